import * as core from '../shared/toolkit.ts';
import { eventContext } from '../../events/context.ts';
import { deployCanary } from '../../probe/deploy-canary.ts';
import { reportJson, summaryMarkdown, verdictLine } from '../../probe/report.ts';
import { readDeployCanarySettings } from '../../probe/settings.ts';
import { readGitHubContext, runUrl } from '../../shared/github-context.ts';
import { actionInputs, concludeFailure, runAction, writeSummary } from '../shared/action.ts';
import { journalDir } from '../shared/journal-dir.ts';

export async function run(): Promise<void> {
  // Cancellation: the runner sends SIGINT, then SIGTERM 7.5 s later. Stop probing and
  // let the normal path send deployment.failed (cancelled) well before that.
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    core.info(`deploy-canary: received ${signal}${cancel.signal.aborted ? '' : ': ending the deployment as cancelled'}`);
    cancel.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  await runAction('deploy-canary', async () => {
    const context = readGitHubContext();
    const settings = readDeployCanarySettings(actionInputs(), context);
    const result = await deployCanary(settings, {
      context: eventContext(context, settings.environment), logUrl: runUrl(context), apiUrl: context.apiUrl,
      journalDir: journalDir(), print: core.info, warn: core.warning, mask: core.setSecret,
      signal: cancel.signal,
      onAttempt: (attempt) => core.info(`round ${attempt.round} ${attempt.check}: ${attempt.ok ? 'pass' : `${attempt.reason}${attempt.startup ? ' (startup)' : ''}`} — ${attempt.detail}`),
    });
    core.setOutput('result', result.healthy ? 'healthy' : 'unhealthy');
    core.setOutput('reason', result.reason ?? '');
    core.setOutput('duration-ms', result.durationMs);
    core.setOutput('report', reportJson(result));
    for (const note of result.notes) core.notice(note);
    await writeSummary(summaryMarkdown(result));
    if (result.healthy) core.info(verdictLine(result));
    else if (result.reason === 'cancelled') core.setFailed(verdictLine(result));
    else concludeFailure(verdictLine(result), settings.fail);
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
