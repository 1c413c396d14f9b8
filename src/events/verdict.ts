import { DeploymentEvents, type Emitted } from './lifecycle.ts';
import type { EventContext } from './event.ts';
import { hasSinks, type SinkSettings } from './settings.ts';

export interface CanaryVerdict {
  passed: boolean;
  /** The reason or finding code of a failed verdict. */
  reason?: string;
  durationMs: number;
}

export interface CanaryVerdictOptions {
  context: EventContext;
  sinks: SinkSettings;
  apiUrl: string;
  logUrl: string;
  print: (line: string) => void;
  warn: (message: string) => void;
}

/**
 * `canary.passed` / `canary.failed` for a scheduled check that is not a deployment
 * (host-canary): same event shape and sinks as the deploy lifecycle, no journal.
 * Sent only when the step has a sink; the log line alone would add nothing.
 */
export async function emitCanaryVerdict(verdict: CanaryVerdict, options: CanaryVerdictOptions): Promise<Emitted | undefined> {
  if (!hasSinks(options.sinks)) return undefined;
  const events = DeploymentEvents.open({ ...options, environmentUrl: '', journalDir: undefined });
  return events.probeVerdict(verdict.passed ? 'canary.passed' : 'canary.failed', { reason: verdict.reason, durationMs: verdict.durationMs });
}
