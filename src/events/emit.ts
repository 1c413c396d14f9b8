import { errorMessage } from '../shared/errors.ts';
import { GitHubApiError } from '../shared/github-api.ts';
import { pause } from '../shared/pause.ts';
import type { DeploymentEvent } from './event.ts';
import { PermanentSinkError, type Sink } from './sinks.ts';

export interface DeliveryOptions {
  /** Each attempt's deadline. */
  timeoutMs: number;
  attempts?: number;
  /** First pause between attempts; doubles each time. */
  backoffMs?: number;
  /** A cancellation: cuts the attempt in flight short and starts no other. */
  signal?: AbortSignal;
}

export interface SinkOutcome {
  sink: string;
  ok: boolean;
  attempts: number;
  error?: string;
  /** Refused for good: another attempt would fail the same way. */
  permanent?: boolean;
  /** The destination itself cannot take events (a file that cannot be written): no later event is tried there. */
  wholeSink?: boolean;
  /** Cut short by a cancellation: a post step delivers it. */
  cancelled?: boolean;
}

const CANCELLED = 'cut short by the cancellation';

/**
 * Runs `call` until it succeeds, a permanent error, the attempts run out or `signal`
 * aborts. Bounded: at most attempts × timeout plus the backoff pauses.
 */
export async function withRetries(sink: string, call: (timeoutMs: number, signal?: AbortSignal) => Promise<void>, options: DeliveryOptions): Promise<SinkOutcome> {
  const attempts = options.attempts ?? 3;
  const { signal } = options;
  let backoff = options.backoffMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) return { sink, ok: false, attempts: attempt - 1, error: CANCELLED, cancelled: true };
    try {
      await withDeadline(call(options.timeoutMs, signal), options.timeoutMs, signal);
      return { sink, ok: true, attempts: attempt };
    } catch (error) {
      if (signal?.aborted) return { sink, ok: false, attempts: attempt, error: CANCELLED, cancelled: true };
      if (error instanceof PermanentSinkError) return { sink, ok: false, attempts: attempt, error: errorMessage(error), permanent: true, ...(error.wholeSink ? { wholeSink: true } : {}) };
      if (error instanceof GitHubApiError && !error.retryable) return { sink, ok: false, attempts: attempt, error: errorMessage(error), permanent: true };
      if (attempt >= attempts) return { sink, ok: false, attempts: attempt, error: errorMessage(error) };
      await pause(backoff, signal);
      backoff *= 2;
    }
  }
}

/** The log line of an event: written before any sink is tried, so no event is ever lost from the log. */
export function eventLine(event: DeploymentEvent): string {
  return `event ${event.type} ${JSON.stringify(event)}`;
}

/**
 * The one way an event goes to a sink: `sink.send` with retries (withRetries), and a
 * warning naming the sink when it failed. Every step and the watchdog deliver through it.
 */
export async function deliver(sink: Sink, event: DeploymentEvent, delivery: DeliveryOptions, warn: (message: string) => void): Promise<SinkOutcome> {
  const outcome = await withRetries(sink.name, (timeoutMs, signal) => sink.send(event, timeoutMs, signal), delivery);
  if (!outcome.ok) warn(failureWarning(outcome, event.type));
  return outcome;
}

/** A sink must not outlive its deadline, whatever its client does, nor a cancellation. */
function withDeadline<T>(work: Promise<T>, ms: number, signal?: AbortSignal): Promise<T> {
  let timer: NodeJS.Timeout;
  let onAbort = () => {};
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms + 100);
    onAbort = () => reject(new Error(CANCELLED));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, deadline]).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  });
}

/** The warning for a sink that failed: names it, the cause, and that nothing else changed. */
function failureWarning(outcome: SinkOutcome, type: string): string {
  if (outcome.cancelled) return `Event sink '${outcome.sink}': the delivery of ${type} was cut short by the cancellation; the post step delivers it (it is in the log; the verdict is unchanged)`;
  const how = outcome.wholeSink ? 'failed (not retried, and this step writes no later event there)'
    : outcome.permanent ? 'failed (not retried: another attempt would fail the same way)'
    : `failed after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'}`;
  return `Event sink '${outcome.sink}' ${how}: ${outcome.error} (${type} is in the log; the verdict is unchanged)`;
}
