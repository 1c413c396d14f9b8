import { errorMessage } from '../shared/errors.ts';
import type { DeploymentEvent } from './event.ts';
import { PermanentSinkError, type Sink } from './sinks.ts';

export interface DeliveryOptions {
  /** Each attempt's deadline. */
  timeoutMs: number;
  attempts?: number;
  /** First pause between attempts; doubles each time. */
  backoffMs?: number;
}

export interface SinkOutcome {
  sink: string;
  ok: boolean;
  attempts: number;
  error?: string;
  /** Refused for good: another attempt would fail the same way. */
  permanent?: boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs `call` until it succeeds, a permanent error, or the attempts run out.
 * Bounded: at most attempts × timeout plus the backoff pauses.
 */
export async function withRetries(sink: string, call: (timeoutMs: number) => Promise<void>, options: DeliveryOptions): Promise<SinkOutcome> {
  const attempts = options.attempts ?? 3;
  let backoff = options.backoffMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    try {
      await withDeadline(call(options.timeoutMs), options.timeoutMs);
      return { sink, ok: true, attempts: attempt };
    } catch (error) {
      if (error instanceof PermanentSinkError) return { sink, ok: false, attempts: attempt, error: errorMessage(error), permanent: true };
      if (attempt >= attempts) return { sink, ok: false, attempts: attempt, error: errorMessage(error) };
      await sleep(backoff);
      backoff *= 2;
    }
  }
}

/** A sink must not outlive its deadline, whatever its client does. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms + 100);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** The warning for a sink that failed: names it, the cause, and that nothing else changed. */
export function failureWarning(outcome: SinkOutcome, type: string): string {
  const how = outcome.permanent ? 'failed (not retried: another attempt would fail the same way)' : `failed after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'}`;
  return `Event sink '${outcome.sink}' ${how}: ${outcome.error} (${type} is in the log; the verdict is unchanged)`;
}
