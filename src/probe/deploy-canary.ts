import type { JournalEntry } from '../events/journal.ts';
import { DeploymentEvents, type Emitted, type EventsOptions } from '../events/lifecycle.ts';
import type { Attempt } from './check.ts';
import { runCanary, type CanaryResult } from './canary.ts';
import type { DeployCanarySettings } from './settings.ts';

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
}

/** deploy-canary: the verdict loop between a started and its one terminal event. */
export async function deployCanary(settings: DeployCanarySettings, env: DeployCanaryEnvironment): Promise<DeployCanaryResult> {
  const events = DeploymentEvents.open({
    context: env.context, sinks: settings.sinks, environmentUrl: settings.environmentUrl, logUrl: env.logUrl,
    apiUrl: env.apiUrl, journalDir: settings.mode === 'deploy' ? env.journalDir : undefined,
    print: env.print, warn: env.warn, mask: env.mask,
  });
  const notes: string[] = [];
  if (settings.mode === 'deploy' && !events.started) {
    notes.push('No deploy-start ran for this environment in this job: deploy-canary sent deployment.started itself.');
    await events.start();
  }
  const result = await runCanary(settings.canary, { signal: env.signal, onAttempt: env.onAttempt });
  const reason = result.healthy ? undefined : result.reason;
  if (settings.mode === 'probe') {
    await events.probeVerdict(result.healthy ? 'canary.passed' : 'canary.failed', { reason, durationMs: result.durationMs });
  } else {
    const startedAt = events.started ? Date.parse(events.started.time) : Date.now() - result.durationMs;
    const previous = events.terminal;
    const sent = await events.finish(result.healthy ? 'deployment.complete' : 'deployment.failed', { reason, durationMs: Date.now() - startedAt, cancelled: env.signal?.aborted });
    if (!sent && previous) notes.push(`This deployment already ended with ${previous.type}${previous.reason ? ` (${previous.reason})` : ''} at ${previous.time}; no second terminal event was sent.`);
  }
  return {
    ...result, mode: settings.mode, environment: settings.environment, sent: events.sent,
    timeline: settings.mode === 'deploy' ? events.record.events : events.sent.map(({ event }) => ({ type: event.type, id: event.id, time: event.time, reason: event.data.reason })),
    sinks: events.sinkNames, notes,
  };
}
