// undici, the project's one HTTP client, loaded without its index: `import 'undici'`
// compiles fetch, WebSocket, the Cache API, EventSource, cookies and the mocks before the
// first request (about half of deploy-canary's start-up, measured in issue 16). The checks
// use only its dispatcher (Agent), connector and request API, loaded here from their own
// modules: the same code undici's index exports, nothing compiled that is never run.
import type { Dispatcher } from 'undici';
import Agent from 'undici/lib/dispatcher/agent.js';
import buildConnector from 'undici/lib/core/connect.js';
import requestApi from 'undici/lib/api/api-request.js';
import { getGlobalDispatcher } from 'undici/lib/global.js';
import { oneLine } from './log-text.ts';

export { Agent, buildConnector };

export type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path' | 'method'> & { method?: Dispatcher.HttpMethod; dispatcher?: Dispatcher };

/** undici's `request(url, options)`: the URL's origin and path, on `options.dispatcher` or the global Agent. */
export function request(url: string | URL, options: RequestOptions = {}): Promise<Dispatcher.ResponseData> {
  const parsed = new URL(url);
  const { dispatcher = getGlobalDispatcher(), ...rest } = options;
  return requestApi.call(dispatcher, { ...rest, origin: parsed.origin, path: `${parsed.pathname}${parsed.search}`, method: options.method ?? (options.body ? 'PUT' : 'GET') }); // undici's own default
}

/** A response body as text, or undefined past `maxBytes` (the rest is not read): a server may send without end. */
export async function boundedText(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    bytes += (chunk as Buffer).length;
    if (bytes > maxBytes) {
      body.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** An answer read whole as text: `text` is undefined past the size bound (the rest was not read). */
export interface TextAnswer {
  status: number;
  headers: Dispatcher.ResponseData['headers'];
  text: string | undefined;
}

/** A request that got no answer in time, or none at all; `reason` is one bounded line (undici's words). */
export class RequestFailed extends Error {
  readonly timedOut: boolean;
  readonly reason: string;
  constructor(timedOut: boolean, reason: string) {
    super(reason);
    this.timedOut = timedOut;
    this.reason = reason;
  }
}

/**
 * One request of an API client (GitHub, Loki, Fly): one deadline for the whole answer
 * (undici's header and body timers are idle timers, which a server dripping a byte
 * restarts), and the body read up to `maxBytes`. Failures are RequestFailed; what to say
 * about a status or a body is the caller's (never the body itself: a proxy may echo
 * credentials).
 */
export async function requestText(url: string | URL, options: RequestOptions & { deadlineMs: number; maxBytes: number }): Promise<TextAnswer> {
  const { deadlineMs, maxBytes, signal, ...rest } = options;
  const cancel = signal as AbortSignal | undefined; // undici types it loosely (an EventEmitter too)
  const deadline = AbortSignal.timeout(deadlineMs);
  try {
    const response = await request(url, { ...rest, headersTimeout: deadlineMs, bodyTimeout: deadlineMs, signal: cancel ? AbortSignal.any([deadline, cancel]) : deadline });
    return { status: response.statusCode, headers: response.headers, text: await boundedText(response.body, maxBytes) };
  } catch (error) {
    if (deadline.aborted) throw new RequestFailed(true, `no answer within ${deadlineMs} ms`);
    if (cancel?.aborted) throw new RequestFailed(false, 'cancelled'); // the caller's: undici would say "This operation was aborted"
    throw new RequestFailed(false, error instanceof Error ? oneLine(error.message, 300) : 'request error');
  }
}
