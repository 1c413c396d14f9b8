import * as core from '../shared/toolkit.ts';
import { cliLines, dirtyFilesJson, findingsOf, notCheckedJson, summaryMarkdown, untrackedImportsJson, verdictLine } from '../../imports/report.ts';
import { readUntrackedFilesSettings } from '../../imports/settings.ts';
import { checkUntrackedFiles } from '../../imports/untracked-files.ts';
import { readGitHubContext } from '../../shared/github-context.ts';
import { actionInputs, annotate, concludeFailure, runAction, writeSummary } from '../shared/action.ts';

export async function run(): Promise<void> {
  await runAction('untracked-files', async () => {
    const context = readGitHubContext();
    const settings = readUntrackedFilesSettings(actionInputs(), context.workspace);
    const result = await checkUntrackedFiles({ ...settings, log: core.info });

    core.setOutput('violations', result.violations);
    core.setOutput('untracked-imports', untrackedImportsJson(result));
    core.setOutput('dirty-files', dirtyFilesJson(result));
    core.setOutput('not-checked', notCheckedJson(result));
    // The same lines the CLI prints, minus the verdict (that is the step's conclusion).
    for (const line of cliLines(result).slice(0, -1)) core.info(line);
    annotate(findingsOf(result), { demoteErrors: !settings.fail });
    await writeSummary(summaryMarkdown(result));

    if (result.violations > 0) concludeFailure(verdictLine(result), settings.fail);
    else core.info(verdictLine(result));
  });
}
