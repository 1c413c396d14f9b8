import * as core from '../shared/toolkit.ts';
import { runHostCanary } from '../../host/host-canary.ts';
import { findingsJson, summaryMarkdown, verdictLine } from '../../host/report.ts';
import { readHostCanarySettings } from '../../host/settings.ts';
import { actionInputs, annotate, concludeFailure, runAction, writeSummary } from '../shared/action.ts';

export async function run(): Promise<void> {
  await runAction('host-canary', async () => {
    const settings = await readHostCanarySettings(actionInputs());
    const result = await runHostCanary(settings, core.info);

    core.setOutput('result', result.result);
    core.setOutput('findings', findingsJson(result));
    core.setOutput('host-key-fingerprint', result.hostKey?.fingerprint ?? '');
    annotate(result.findings, { demoteErrors: !settings.fail });
    await writeSummary(summaryMarkdown(result));

    if (result.result === 'unhealthy') concludeFailure(verdictLine(result), settings.fail);
    else core.info(verdictLine(result));
  });
}
