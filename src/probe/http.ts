import { Agent, request } from 'undici';
import { errorMessage } from '../shared/errors.ts';
import { classifyError, type Phase, type Reason } from './reasons.ts';

export interface FetchOptions {
  method: string;
  headers: Record<string, string>;
  /** The whole exchange (connect, headers, every byte of the body, all redirects) ends by then. */
  timeoutMs: number;
  maxRedirects: number;
  /** Read at most this much of the body; the rest is not downloaded. */
  maxBodyBytes: number;
  /** Cancellation of the whole canary. */
  signal?: AbortSignal;
}

export interface FetchResult {
  status: number;
  url: string;
  /** The first maxBodyBytes of the body. */
  body: Buffer;
  bytes: number;
  /** The body was longer than maxBodyBytes; reading stopped there. */
  truncated: boolean;
  ttfbMs: number;
  totalMs: number;
}

/** A request that did not produce a response: its reason code and how far it got. */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
  readonly reason: Reason;
  readonly status?: number;
  readonly bytes: number;
  readonly ttfbMs?: number;
  readonly totalMs: number;
  constructor(reason: Reason, message: string, details: { status?: number; bytes?: number; ttfbMs?: number; totalMs: number }) {
    super(message);
    this.reason = reason;
    this.status = details.status;
    this.bytes = details.bytes ?? 0;
    this.ttfbMs = details.ttfbMs;
    this.totalMs = details.totalMs;
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
class Deadline extends Error {}

/**
 * One HTTP exchange the way a visitor would see it: a fresh connection (no keep-alive
 * reuse that could hide a dead server), one deadline for the whole exchange (undici's
 * bodyTimeout resets on every chunk, so a slow drip would outlive it), a bounded body
 * read, and redirects followed by hand so a loop is named as such.
 */
export async function fetchOnce(url: string, options: FetchOptions): Promise<FetchResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Deadline()), options.timeoutMs);
  const cancel = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', cancel, { once: true });
  let phase: Phase = 'connect';
  let status: number | undefined;
  let ttfbMs: number | undefined;
  let bytes = 0;
  const visited = [url];
  let current = url;
  try {
    if (options.signal?.aborted) throw options.signal.reason;
    for (let hop = 0; ; hop++) {
      phase = 'connect';
      const agent = new Agent({ connect: { timeout: options.timeoutMs }, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs, pipelining: 0 });
      agent.on('connect', () => {
        if (phase === 'connect') phase = 'headers';
      });
      try {
        const response = await request(current, {
          dispatcher: agent, method: options.method as 'GET', headers: { 'user-agent': 'deploy-guards-canary', ...options.headers, connection: 'close' },
          signal: controller.signal,
        });
        response.body.on('error', () => {}); // destroying it early is how reading stops; not an error
        phase = 'body';
        status = response.statusCode;
        ttfbMs = elapsed();
        const location = response.headers.location;
        if (REDIRECTS.has(status) && typeof location === 'string' && options.maxRedirects > 0) {
          response.body.destroy();
          const next = new URL(location, current).toString();
          if (visited.includes(next) || hop + 1 > options.maxRedirects) {
            const loop = visited.includes(next);
            throw new FetchFailure('redirect-loop', loop ? `redirect loop: ${[...visited, next].map(pathOf).join(' → ')}` : `more than ${options.maxRedirects} redirects: ${[...visited, next].map(pathOf).join(' → ')}`, { status, ttfbMs, totalMs: elapsed() });
          }
          visited.push(next);
          current = next;
          continue;
        }
        const chunks: Buffer[] = [];
        let truncated = false;
        for await (const chunk of response.body as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          chunks.push(chunk);
          if (bytes >= options.maxBodyBytes) {
            truncated = bytes > options.maxBodyBytes || !response.body.readableEnded;
            break; // stop downloading: the iterator's return() destroys the stream
          }
        }
        response.body.destroy();
        const body = Buffer.concat(chunks).subarray(0, options.maxBodyBytes);
        return { status, url: current, body, bytes, truncated, ttfbMs, totalMs: elapsed() };
      } finally {
        void agent.destroy().catch(() => {});
      }
    }
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    const totalMs = elapsed();
    const reason = controller.signal.reason;
    if (options.signal?.aborted && !(reason instanceof Deadline)) throw new FetchFailure('cancelled', 'cancelled', { status, bytes, ttfbMs, totalMs });
    if (reason instanceof Deadline) {
      phase = phase as Phase; // set inside the connect listener, which TypeScript cannot see
      const what = phase === 'connect' ? 'no connection' : phase === 'headers' ? 'no response headers' : `body incomplete after ${bytes} bytes`;
      throw new FetchFailure(`timeout-${phase}`, `${what} within ${options.timeoutMs} ms`, { status, bytes, ttfbMs, totalMs });
    }
    const classified = classifyError(error, phase);
    throw new FetchFailure(classified, `${classified}: ${describe(error)}`, { status, bytes, ttfbMs, totalMs });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

function describe(error: unknown): string {
  const item = error as { code?: string; cause?: { code?: string; message?: string } };
  const code = item?.code ?? item?.cause?.code;
  const message = errorMessage(item?.cause && !(error as Error).message ? item.cause : error);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}
