import * as core from '../shared/toolkit.ts';
import { readGitHubContext, runUrl } from '../../shared/github-context.ts';
import { staleLine, summaryMarkdown, verdictLine } from '../../watchdog/report.ts';
import { readWatchdogSettings } from '../../watchdog/settings.ts';
import { runWatchdog } from '../../watchdog/watchdog.ts';
import { actionInputs, concludeFailure, runAction, writeSummary } from '../shared/action.ts';

export async function run(): Promise<void> {
  await runAction('deploy-watchdog', async () => {
    const context = readGitHubContext();
    const settings = readWatchdogSettings(actionInputs(), context.workspace);
    const result = await runWatchdog(settings, {
      repository: context.repository, apiUrl: context.apiUrl, logUrl: runUrl(context), source: runUrl(context),
      print: core.info, warn: core.warning, mask: core.setSecret,
    });
    for (const item of result.stale) core.info(staleLine(item));
    core.setOutput('stale-count', result.stale.length);
    core.setOutput('stale', JSON.stringify(result.stale.map(({ environment, deployment_id, sha, age_s, run_url }) => ({ environment, deployment_id, sha, age_s, run_url }))));
    await writeSummary(summaryMarkdown(result, settings));
    if (result.stale.length === 0) core.info(verdictLine(result, settings));
    else concludeFailure(verdictLine(result, settings), settings.fail);
  });
}
