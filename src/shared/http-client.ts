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
