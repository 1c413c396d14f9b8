import * as core from '../shared/toolkit.ts';
import { eventContext } from '../../events/context.ts';
import { DeploymentEvents } from '../../events/lifecycle.ts';
import { eventsSummary } from '../../events/report.ts';
import { readDeployStartSettings } from '../../events/settings.ts';
import { readGitHubContext, runUrl } from '../../shared/github-context.ts';
import { actionInputs, runAction, writeSummary } from '../shared/action.ts';
import { journalDir } from '../shared/journal-dir.ts';

function openEvents() {
  const context = readGitHubContext();
  const settings = readDeployStartSettings(actionInputs(), context.workspace);
  return DeploymentEvents.open({
    context: eventContext(context, settings.environment), sinks: settings.sinks, environmentUrl: settings.environmentUrl,
    logUrl: runUrl(context), apiUrl: context.apiUrl, journalDir: journalDir(),
    print: core.info, warn: core.warning, mask: core.setSecret,
  });
}

/** Main step: `deployment.started` (and the GitHub deployment), recorded in the journal. */
export async function run(): Promise<void> {
  await runAction('deploy-start', async () => {
    const events = openEvents();
    // Before delivery: the journal records the started first, and a cancellation
    // during delivery must still leave the post step something to end.
    core.saveState('started', 'true');
    const sent = await events.start();
    const started = events.started!;
    core.setOutput('event-id', started.id);
    core.setOutput('deployment-id', events.deploymentId ?? '');
    const notes = sent ? [] : ['deployment.started was already sent for this environment in this job; not sent again.'];
    core.info(`deploy-start: deployment to ${events.record.environment} started (event ${started.id}); sinks: ${events.sinkNames.join(', ')}`);
    await writeSummary(eventsSummary(`🚀 deploy-start: ${events.record.environment}`, events.record.events, events.sent, events.sinkNames, notes));
  });
}

/**
 * Post step (always runs): a started without an end gets `deployment.failed`
 * (job-ended), so a job that died or was cancelled before the canary still closes it.
 * The journal decides, not the saved state: a step cancelled while delivering the
 * started has it in the journal (and the events file) but may not have saved state.
 */
export async function post(): Promise<void> {
  await runAction('deploy-start post', async () => {
    if (core.getState('started') !== 'true') return core.info('deploy-start did not start a deployment: nothing to end.');
    const events = openEvents();
    if (!events.started) return core.info('deploy-start recorded no deployment.started for this environment: nothing to end.');
    const terminal = events.terminal;
    if (terminal) {
      core.info(`deploy-start: the deployment already ended with ${terminal.type}${terminal.reason ? ` (${terminal.reason})` : ''}; nothing to send.`);
      return;
    }
    const startedAt = events.started ? Date.parse(events.started.time) : Date.now();
    await events.finish('deployment.failed', { reason: 'job-ended', durationMs: Date.now() - startedAt });
    core.warning(`deploy-start: the job ended without deployment.complete or deployment.failed for ${events.record.environment}; sent deployment.failed (job-ended). Run deploy-canary after the deploy step to end it with a verdict.`);
    await writeSummary(eventsSummary(`⚠️ deploy-start: ${events.record.environment} ended without a verdict (job-ended)`, events.record.events, events.sent, events.sinkNames));
  });
}
