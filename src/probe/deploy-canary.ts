import type { JournalEntry } from '../events/journal.ts';
import type { SkippedHostname } from '../hostnames/hostnames.ts';
import { DeploymentEvents, closeDeployment, type Emitted, type EventsOptions, type PostOutcome } from '../events/lifecycle.ts';
import type { Attempt } from './check.ts';
import { runCanary, type CanaryResult } from './canary.ts';
import type { DeployCanarySettings } from './settings.ts';
import { oneLine } from '../shared/log-text.ts';

/** The run the canary reports to: the events options except what its own settings give. */
export interface DeployCanaryEnvironment extends Omit<EventsOptions, 'sinks' | 'environmentUrl'> {
  signal?: AbortSignal;
  onAttempt?: (attempt: Attempt) => void;
}

export interface DeployCanaryResult extends CanaryResult {
  mode: 'deploy' | 'probe';
  environment: string;
  /** Events this step sent. */
  sent: Emitted[];
  /** Every event of the deployment so far (deploy-start's too). */
  timeline: JournalEntry[];
  sinks: string[];
  notes: string[];
  /** Checks that came from hostnames-from carry their source; these were found but not probed. */
  skippedHostnames: SkippedHostname[];
  /** Check name → `file:line`, for the checks hostnames-from found. */
  sources: Record<string, string>;
}

function eventsOptions(settings: DeployCanarySettings, env: DeployCanaryEnvironment): EventsOptions {
  const deploy = settings.mode === 'deploy';
  return {
    context: env.context, sinks: settings.sinks, environmentUrl: settings.environmentUrl, logUrl: env.logUrl, apiUrl: env.apiUrl,
    journalDir: deploy ? env.journalDir : undefined, state: deploy ? env.state : undefined, deploymentKey: deploy ? settings.deploymentKey || undefined : undefined,
    signal: env.signal, print: env.print, warn: env.warn, mask: env.mask,
  };
}

/** deploy-canary: the verdict loop between a started and its one terminal event. */
export async function deployCanary(settings: DeployCanarySettings, env: DeployCanaryEnvironment): Promise<DeployCanaryResult> {
  const events = DeploymentEvents.open(eventsOptions(settings, env));
  const notes: string[] = [];
  if (settings.mode === 'deploy') {
    await events.start();
    if (!events.joined) notes.push(`No deploy-start ran for this environment in this job${settings.deploymentKey ? ' (none recorded the deployment-key input)' : ''}: deploy-canary sent deployment.started itself (its post step ends the deployment if this step cannot).`);
    const others = events.otherStepSinks;
    if (others.length > 0) {
      notes.push(`deploy-start sends this deployment's events to ${others.join(', ')}, which this step was not given: this step's verdict does not reach them (deploy-start's post step never forwards a verdict it can only read from the journal, which any step can write; it ends the deployment there with deployment.failed (job-ended)). Give this step the same sink inputs.`);
    }
  }
  // Hostnames and rules come from files a pull request may change: one line each.
  for (const check of settings.canary.checks) if (check.source) env.print(`hostnames-from: probing ${oneLine(check.url, 300)} (${oneLine(check.source, 300)})`);
  for (const skipped of settings.skippedHostnames) env.print(`hostnames-from: not probed: ${oneLine(skipped.what, 300)} (${oneLine(skipped.source, 300)}): ${oneLine(skipped.why, 300)}`);
  const result = await runCanary(settings.canary, { signal: env.signal, onAttempt: env.onAttempt });
  const reason = result.healthy ? undefined : result.reason;
  if (settings.mode === 'probe') {
    await events.probeVerdict(result.healthy ? 'canary.passed' : 'canary.failed', { reason, durationMs: result.durationMs });
  } else {
    await events.finish(result.healthy ? 'deployment.complete' : 'deployment.failed', { reason, durationMs: result.durationMs, cancelled: env.signal?.aborted });
  }
  notes.push(...events.notes);
  return {
    ...result, mode: settings.mode, environment: settings.environment, sent: events.sent,
    timeline: events.timeline,
    sinks: events.sinkNames, notes, skippedHostnames: settings.skippedHostnames,
    sources: Object.fromEntries(settings.canary.checks.filter((check) => check.source).map((check) => [check.name, check.source!])),
  };
}

/** deploy-canary's post step: the same guarantee as deploy-start's for the deployment it took part in. */
export function deployCanaryPost(settings: DeployCanarySettings, env: DeployCanaryEnvironment): Promise<PostOutcome | undefined> {
  return closeDeployment(eventsOptions(settings, env));
}
