import { pipeline, type Readable } from 'node:stream';
import { Agent, buildConnector, request } from '../shared/http-client.ts';
import { errorMessage } from '../shared/errors.ts';
import { classifyError, type Phase, type Reason } from './reasons.ts';

export interface FetchOptions {
  method: string;
  headers: Record<string, string>;
  /** The whole exchange (connect, headers, every byte of the body, all redirects) ends by then. */
  timeoutMs: number;
  maxRedirects: number;
  /** Read at most this much of the decoded body; the rest is not downloaded (or decompressed). */
  maxBodyBytes: number;
  /** Cancellation of the whole canary. */
  signal?: AbortSignal;
  connectTo?: ConnectTo[];
}

/** curl's --connect-to HOST:PORT:ADDRESS:PORT; an empty host or port matches any. */
export interface ConnectTo {
  host: string;
  port: string;
  toHost: string;
  toPort: string;
}

/** The address to connect to for `url`: its own unless a connect-to entry maps it. */
function connectTarget(url: string, rules: readonly ConnectTo[] | undefined): ConnectTo | undefined {
  const parsed = new URL(url);
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  return rules?.find((rule) => (rule.host === '' || rule.host === parsed.hostname) && (rule.port === '' || rule.port === port));
}

/** An Agent for one request: limits, the browser's header size, and connect-to applied at the socket only. */
function agentFor(url: string, options: FetchOptions): Agent {
  const rule = connectTarget(url, options.connectTo);
  const base = { timeout: options.timeoutMs };
  const connect: buildConnector.connector | typeof base = rule
    ? ((connector) => (opts, callback) => connector({ ...opts, hostname: rule.toHost || opts.hostname, port: rule.toPort || opts.port, servername: opts.servername || new URL(url).hostname }, callback))(buildConnector(base))
    : base;
  return new Agent({ connect, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs, pipelining: 0, maxHeaderSize: MAX_HEADER_BYTES });
}

export interface FetchResult {
  status: number;
  url: string;
  /** The first maxBodyBytes of the body, decoded (Content-Encoding). */
  body: Buffer;
  /** Decoded bytes read. */
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

/** What browsers accept in response headers (Chrome: 256 KiB); Node's default of 16 KiB fails real pages. */
export const MAX_HEADER_BYTES = 256 * 1024;
/** Headers a redirect to another origin must not carry, as fetch drops them. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** node:zlib, loaded when a response is compressed (loading it costs ~2 ms of every start). */
const zlib = () => process.getBuiltinModule('node:zlib');

/** Decoders for the Content-Encodings a browser accepts; undefined for identity. */
const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: () => zlib().createGunzip(),
  'x-gzip': () => zlib().createGunzip(),
  deflate: () => zlib().createUnzip(),
  br: () => zlib().createBrotliDecompress(),
  // Node 24 (the actions' runtime) decodes zstd; a Node without it has no process.versions.zstd either (Node 20).
  ...('zstd' in process.versions ? { zstd: () => zlib().createZstdDecompress() } : {}),
};
export const ACCEPT_ENCODING = Object.keys(DECODERS).filter((name) => name !== 'x-gzip').join(', ');

class UnsupportedEncoding extends Error {}

/** The body as a visitor's browser reads it: each listed Content-Encoding undone, last first. */
function decodedBody(body: Readable, header: string | string[] | undefined): Readable {
  const codings = String(header ?? '').split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '' && item !== 'identity');
  let stream: Readable = body;
  for (const coding of codings.reverse()) {
    const make = Object.hasOwn(DECODERS, coding) ? DECODERS[coding] : undefined; // not `constructor` or `__proto__` of the object
    if (!make) throw new UnsupportedEncoding(`the body has Content-Encoding '${coding.slice(0, 40)}', which no browser decodes`);
    stream = pipeline(stream, make(), () => {}) as unknown as Readable;
  }
  return stream;
}

function sameOrigin(a: string, b: string): boolean {
  return new URL(a).origin === new URL(b).origin;
}

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
  let headers: Record<string, string> = { 'user-agent': 'deploy-guards-canary', 'accept-encoding': ACCEPT_ENCODING, ...options.headers, connection: 'close' };
  try {
    if (options.signal?.aborted) throw options.signal.reason;
    for (let hop = 0; ; hop++) {
      phase = 'connect';
      const agent = agentFor(current, options);
      agent.on('connect', () => {
        if (phase === 'connect') phase = 'headers';
      });
      try {
        const response = await request(current, {
          dispatcher: agent, method: options.method as 'GET', headers,
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
          // Credentials stay with their origin (as fetch does): a hop elsewhere, and every hop after it, goes without them.
          if (!sameOrigin(current, next)) headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.includes(name.toLowerCase())));
          current = next;
          continue;
        }
        const chunks: Buffer[] = [];
        let truncated = false;
        // The cap counts decoded bytes: a small compressed body that inflates to gigabytes stops here too.
        const decoded = decodedBody(response.body, response.headers['content-encoding']);
        for await (const chunk of decoded as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          chunks.push(chunk);
          if (bytes >= options.maxBodyBytes) {
            truncated = bytes > options.maxBodyBytes || !decoded.readableEnded;
            break; // stop downloading: the iterator's return() destroys the stream
          }
        }
        decoded.destroy();
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
    if (error instanceof UnsupportedEncoding) throw new FetchFailure('invalid-response', error.message, { status, bytes, ttfbMs, totalMs });
    const reason = controller.signal.reason;
    if (options.signal?.aborted && !(reason instanceof Deadline)) throw new FetchFailure('cancelled', 'cancelled', { status, bytes, ttfbMs, totalMs });
    if (reason instanceof Deadline) {
      phase = phase as Phase; // set inside the connect listener, which TypeScript cannot see
      const what = phase === 'connect' ? 'no connection' : phase === 'headers' ? 'no response headers' : `body incomplete after ${bytes} bytes`;
      throw new FetchFailure(`timeout-${phase}`, `${what} within ${options.timeoutMs} ms`, { status, bytes, ttfbMs, totalMs });
    }
    const classified = classifyError(error, phase);
    const overflow = (error as { code?: string })?.code === 'UND_ERR_HEADERS_OVERFLOW';
    const message = overflow ? `response headers larger than ${MAX_HEADER_BYTES / 1024} KiB (browsers refuse them too)` : `${classified}: ${describe(error)}`;
    throw new FetchFailure(classified, message, { status, bytes, ttfbMs, totalMs });
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
