import * as core from '../shared/toolkit.ts';
import { eventContext } from '../../events/context.ts';
import { postReport } from '../../events/report.ts';
import { deployCanary, deployCanaryPost, type DeployCanaryEnvironment } from '../../probe/deploy-canary.ts';
import { reportJson, summaryMarkdown, verdictLine } from '../../probe/report.ts';
import { readDeployCanarySettings } from '../../probe/settings.ts';
import { readGitHubContext, runUrl } from '../../shared/github-context.ts';
import { actionInputs, concludeFailure, runAction, writeSummary } from '../shared/action.ts';
import { journalDir, runnerState } from '../shared/journal-dir.ts';

async function read() {
  const context = readGitHubContext();
  const settings = await readDeployCanarySettings(actionInputs(), context);
  const env: DeployCanaryEnvironment = {
    context: eventContext(context, settings.environment), logUrl: runUrl(context), apiUrl: context.apiUrl,
    journalDir: journalDir(), state: runnerState, print: core.info, warn: core.warning, mask: core.setSecret,
  };
  return { settings, env };
}

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
    const { settings, env } = await read();
    const result = await deployCanary(settings, {
      ...env, signal: cancel.signal,
      onAttempt: (attempt) => core.info(`round ${attempt.round} ${attempt.check}: ${attempt.ok ? 'pass' : `${attempt.reason}${attempt.beforeFirstPass ? ' (not passed yet)' : ''}`} — ${attempt.detail}`),
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

/**
 * Post step (always runs): for the deployment the main step started or joined, the
 * same guarantee as deploy-start's post step — an end if nothing sent one (the step
 * was killed, the runner lost it), and re-delivery of what this step's sinks lack.
 */
export async function post(): Promise<void> {
  await runAction('deploy-canary post', async () => {
    if (core.getState('key') === '') return core.info('deploy-canary post: the main step took part in no deployment: nothing to end.');
    const { settings, env } = await read();
    const report = postReport('deploy-canary post', await deployCanaryPost(settings, env));
    for (const line of report.info) core.info(line);
    for (const line of report.warnings) core.warning(line);
    if (report.summary) await writeSummary(report.summary);
  });
}
