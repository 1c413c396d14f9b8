import * as core from '../shared/toolkit.ts';
import { checkEnvCompleteness } from '../../compose/env-completeness.ts';
import { missingJson, noteLine, noticesJson, servicesJson, summaryMarkdown, verdictLine } from '../../compose/report.ts';
import { readEnvCompletenessSettings } from '../../compose/settings.ts';
import { readGitHubContext } from '../../shared/github-context.ts';
import { actionInputs, annotate, concludeFailure, runAction, writeSummary } from '../shared/action.ts';

export async function run(): Promise<void> {
  await runAction('env-completeness', async () => {
    const context = readGitHubContext();
    const settings = readEnvCompletenessSettings(actionInputs(), context, context.workspace);
    const result = await checkEnvCompleteness({ ...settings, stepEnv: process.env, log: core.info });

    core.setOutput('missing-count', result.missing.length);
    core.setOutput('missing', missingJson(result));
    core.setOutput('notice-count', result.notices.length);
    core.setOutput('notices', noticesJson(result));
    core.setOutput('services', servicesJson(result));
    annotate(result.findings, { demoteErrors: !settings.fail });
    for (const note of result.notes) core.notice(noteLine(note));
    await writeSummary(summaryMarkdown(result));

    if (result.missing.length > 0) concludeFailure(verdictLine(result), settings.fail);
    else core.info(verdictLine(result));
  });
}
