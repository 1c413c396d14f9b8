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
      if (error instanceof PermanentSinkError || attempt >= attempts) return { sink, ok: false, attempts: attempt, error: errorMessage(error) };
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

export interface EmitOptions extends DeliveryOptions {
  /** The log: always written first, so no event is ever lost from it. */
  print: (line: string) => void;
  /** A sink that failed: the message names it. */
  warn: (message: string) => void;
}

/** Logs the event, then delivers it to every sink in parallel; failures become warnings. */
export async function emitEvent(event: DeploymentEvent, sinks: readonly Sink[], options: EmitOptions): Promise<SinkOutcome[]> {
  options.print(`event ${event.type} ${JSON.stringify(event)}`);
  const outcomes = await Promise.all(sinks.map((sink) => withRetries(sink.name, (timeoutMs) => sink.send(event, timeoutMs), options)));
  for (const outcome of outcomes) {
    if (!outcome.ok) options.warn(`Event sink '${outcome.sink}' failed after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'}: ${outcome.error} (${event.type} is in the log; the verdict is unchanged)`);
  }
  return outcomes;
}
