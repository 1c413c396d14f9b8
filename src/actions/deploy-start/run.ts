import * as core from '../shared/toolkit.ts';
import { eventContext } from '../../events/context.ts';
import { DeploymentEvents, closeDeployment, type EventsOptions } from '../../events/lifecycle.ts';
import { eventsSummary, postReport } from '../../events/report.ts';
import { readDeployStartSettings } from '../../events/settings.ts';
import { readGitHubContext, runUrl } from '../../shared/github-context.ts';
import { actionInputs, runAction, writeSummary } from '../shared/action.ts';
import { journalDir, runnerState } from '../shared/journal-dir.ts';

function eventsOptions(): EventsOptions {
  const context = readGitHubContext();
  const settings = readDeployStartSettings(actionInputs(), context.workspace);
  return {
    context: eventContext(context, settings.environment), sinks: settings.sinks, environmentUrl: settings.environmentUrl,
    logUrl: runUrl(context), apiUrl: context.apiUrl, journalDir: journalDir(), state: runnerState,
    print: core.info, warn: core.warning, mask: core.setSecret,
  };
}

/** Main step: `deployment.started` (and the GitHub deployment), kept in runner state and told to later steps through the journal. */
export async function run(): Promise<void> {
  await runAction('deploy-start', async () => {
    const events = DeploymentEvents.open(eventsOptions());
    // start() saves the deployment key in runner state before delivery, and the GitHub
    // deployment id the moment it exists: a cancellation during delivery still leaves the
    // post step something to end, and no second deployment to create.
    const sent = await events.start();
    core.setOutput('event-id', events.startedId);
    core.setOutput('deployment-id', events.deploymentId ?? '');
    core.setOutput('deployment-key', events.key);
    const notes = sent ? [] : ['deployment.started was already sent for this environment in this job; not sent again.'];
    core.info(`deploy-start: deployment to ${events.environment} started (event ${events.startedId}); sinks: ${events.sinkNames.join(', ')}`);
    await writeSummary(eventsSummary(`🚀 deploy-start: ${events.environment}`, events.timeline, events.sent, events.sinkNames, [...events.notes, ...notes]));
  });
}

/**
 * Post step (always runs): a started without an end gets `deployment.failed`
 * (job-ended), so a job that died or was cancelled before the canary still closes it;
 * then every event of the deployment that one of this step's sinks has not
 * acknowledged is delivered again, with its id.
 */
export async function post(): Promise<void> {
  await runAction('deploy-start post', async () => {
    if (core.getState('key') === '') return core.info('deploy-start post: the main step started no deployment: nothing to end.');
    const report = postReport('deploy-start post', await closeDeployment(eventsOptions()));
    for (const line of report.info) core.info(line);
    for (const line of report.warnings) core.warning(line);
    if (report.summary) await writeSummary(report.summary);
  });
}
