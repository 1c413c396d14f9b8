import * as core from '../shared/toolkit.ts';
import { countCommits } from '../../commits/commit-count.ts';
import { commitLine, commitsJson, summaryMarkdown, verdictLine } from '../../commits/report.ts';
import { readCommitCountSettings } from '../../commits/settings.ts';
import { Git } from '../../git/git.ts';
import { readGitHubContext } from '../../shared/github-context.ts';
import { actionInputs, annotate, concludeFailure, runAction, writeSummary } from '../shared/action.ts';

export async function run(): Promise<void> {
  await runAction('commit-count', async () => {
    const context = readGitHubContext();
    const settings = readCommitCountSettings(actionInputs(), context);
    const result = await countCommits(new Git(context.workspace, { auth: settings.auth }), { ...settings, log: core.info });

    core.startGroup(`${result.count} commits in ${result.baseSha?.slice(0, 7) ?? 'root'}..${result.headSha.slice(0, 7)} (base: ${result.baseSource})`);
    for (const commit of result.commits) core.info(commitLine(commit));
    core.endGroup();

    core.setOutput('count', result.count);
    core.setOutput('base-sha', result.baseSha ?? '');
    core.setOutput('commits', commitsJson(result));
    core.setOutput('watched-count', result.watchedCount);
    core.setOutput('flagged-count', result.flaggedCount);
    annotate(result.findings);
    await writeSummary(summaryMarkdown(result));

    if (result.violations.length > 0) concludeFailure(verdictLine(result), settings.fail);
    else core.info(verdictLine(result));
  });
}
