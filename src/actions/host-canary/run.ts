import * as core from '../shared/toolkit.ts';
import { eventContext } from '../../events/context.ts';
import { readCanaryEventSettings } from '../../events/settings.ts';
import { emitCanaryVerdict } from '../../events/verdict.ts';
import { runHostCanary } from '../../host/host-canary.ts';
import { canaryVerdict, findingsJson, summaryMarkdown, verdictLine } from '../../host/report.ts';
import { readHostCanarySettings } from '../../host/settings.ts';
import { readGitHubContext, runUrl } from '../../shared/github-context.ts';
import { actionInputs, annotate, concludeFailure, runAction, writeSummary } from '../shared/action.ts';

export async function run(): Promise<void> {
  await runAction('host-canary', async () => {
    const started = performance.now();
    const context = readGitHubContext();
    const inputs = actionInputs();
    const settings = await readHostCanarySettings(inputs);
    const events = readCanaryEventSettings(inputs, context.workspace);
    const result = await runHostCanary(settings, core.info);

    core.setOutput('result', result.result);
    core.setOutput('findings', findingsJson(result));
    core.setOutput('host-key-fingerprint', result.hostKey?.fingerprint ?? '');
    annotate(result.findings, { demoteErrors: !settings.fail });
    await emitCanaryVerdict(canaryVerdict(result, performance.now() - started), {
      context: eventContext(context, events.environment), sinks: events.sinks, apiUrl: context.apiUrl, logUrl: runUrl(context),
      print: core.info, warn: core.warning,
    });
    await writeSummary(summaryMarkdown(result));

    if (result.result === 'unhealthy') concludeFailure(verdictLine(result), settings.fail);
    else core.info(verdictLine(result));
  });
}
