// Real HTTP(S) servers on 127.0.0.1 that misbehave on purpose (hang, drip, redirect
// forever, lie about the version), and receivers standing in for a webhook endpoint
// and Loki's push API that check the documented request shapes.
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export class ScenarioServer {
  url = '';
  port = 0;
  /** Requests per path. */
  readonly hits = new Map<string, number>();
  /** TCP connections accepted so far. */
  connections = 0;
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  private readonly handler: Handler;
  private readonly tls?: { key: string; cert: string };

  constructor(handler: Handler, tls?: { key: string; cert: string }) {
    this.handler = handler;
    this.tls = tls;
  }

  async start(port = 0): Promise<this> {
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const hit = (this.hits.get(path) ?? 0) + 1;
      this.hits.set(path, hit);
      this.handler(req, res, hit);
    };
    this.server = this.tls ? createHttpsServer(this.tls, listener) : createServer(listener);
    this.server.on('connection', (socket: Socket) => {
      this.connections++;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('secureConnection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('tlsClientError', () => {});
    await new Promise<void>((done) => this.server!.listen(port, '127.0.0.1', done));
    this.port = (this.server.address() as AddressInfo).port;
    this.url = `${this.tls ? 'https' : 'http'}://127.0.0.1:${this.port}`;
    return this;
  }

  /** Stops at once, cutting hanging and dripping responses. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

/** A port nothing listens on (bound once, then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * A throwaway self-signed certificate, made by the openssl CLI: for 127.0.0.1, or for
 * the given hostnames. `certPath` can be trusted by a child process through
 * NODE_EXTRA_CA_CERTS, so a test can serve public hostnames on loopback (with connect-to).
 */
export function selfSignedCertificate(hostnames: string[] = []): { key: string; cert: string; certPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'self-signed-'));
  const names = hostnames.length > 0 ? hostnames.map((name) => `DNS:${name}`).join(',') : 'IP:127.0.0.1';
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    '-days', '1', '-subj', `/CN=${hostnames[0] ?? '127.0.0.1'}`, '-addext', `subjectAltName=${names}`], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), certPath: join(dir, 'cert.pem') };
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stand-in service on its own ScenarioServer: its URL, start and stop. */
abstract class StandInServer {
  protected server!: ScenarioServer;

  get url(): string {
    return this.server.url;
  }

  async start(): Promise<this> {
    await this.server.start();
    return this;
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}

/**
 * Stands in for a webhook endpoint or Loki: records every request; `answer` picks
 * the status for the n-th request (500 twice then 200, or a hang).
 */
export class Receiver extends StandInServer {
  readonly requests: ReceivedRequest[] = [];
  readonly violations: string[] = [];

  constructor(answer: (n: number) => number | 'hang', check: (request: ReceivedRequest) => string[]) {
    super();
    this.server = new ScenarioServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const request = { method: req.method ?? '', path: new URL(req.url ?? '/', 'http://x').pathname, headers: req.headers, body };
        this.requests.push(request);
        this.violations.push(...check(request));
        const status = answer(this.requests.length);
        if (status === 'hang') return;
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? '' : 'unavailable');
      });
    });
  }
}

/** CloudEvents HTTP binding, structured mode: the content type and a complete 1.0 event. */
export function checkCloudEvent(request: ReceivedRequest): string[] {
  const problems: string[] = [];
  if (request.method !== 'POST') problems.push(`method ${request.method}`);
  if (!String(request.headers['content-type']).startsWith('application/cloudevents+json')) problems.push(`content-type ${request.headers['content-type']}`);
  try {
    const event = JSON.parse(request.body);
    for (const attribute of ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'data']) {
      if (event[attribute] === undefined) problems.push(`no ${attribute}`);
    }
    if (event.specversion !== '1.0') problems.push(`specversion ${event.specversion}`);
  } catch {
    problems.push('body is not JSON');
  }
  return problems;
}

/** Loki push API, JSON encoding: streams of {stream: labels, values: [[ns string, line]]}. */
export function checkLokiPush(request: ReceivedRequest): string[] {
  const problems: string[] = [];
  if (request.method !== 'POST' || request.path !== '/loki/api/v1/push') problems.push(`${request.method} ${request.path}`);
  if (request.headers['content-type'] !== 'application/json') problems.push(`content-type ${request.headers['content-type']}`);
  try {
    const body = JSON.parse(request.body) as { streams?: { stream?: Record<string, unknown>; values?: unknown[][] }[] };
    if (!Array.isArray(body.streams) || body.streams.length === 0) problems.push('no streams');
    for (const stream of body.streams ?? []) {
      if (!stream.stream || Object.values(stream.stream).some((value) => typeof value !== 'string')) problems.push('stream labels are not strings');
      for (const value of stream.values ?? []) {
        if (value.length !== 2 || typeof value[0] !== 'string' || !/^\d{19}$/.test(value[0]) || typeof value[1] !== 'string') problems.push(`bad value ${JSON.stringify(value).slice(0, 80)}`);
      }
    }
  } catch {
    problems.push('body is not JSON');
  }
  return problems;
}

/**
 * For a test file: `const started = stoppedAfterEach();` then
 * `const server = await started(new ScenarioServer(...).start())` — everything started
 * this way is stopped after each test, passed or failed.
 */
export function stoppedAfterEach(): <T extends { stop(): Promise<void> }>(thing: Promise<T>) => Promise<T> {
  const running: { stop(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((item) => item.stop()));
  });
  return async (thing) => {
    const value = await thing;
    running.push(value);
    return value;
  };
}

/**
 * Loki's query_range for log queries, as Loki answers it: entries with start <= ts < end
 * (`end` is exclusive, as logcli's batching relies on), sorted by `direction`, at most
 * `limit` of them (Loki's default and usual maximum: 5000). `entries` is a function of the
 * index so a test can hold more lines than it would care to build.
 */
export class LokiQueryStandIn extends StandInServer {
  readonly queries: URLSearchParams[] = [];
  readonly pushes: ReceivedRequest[] = [];
  readonly violations: string[] = [];

  /** `count` entries; entry `i` (0 = oldest) at `timestampNs(i)` with `line(i)`; `check` sees every request. */
  constructor(count: number, timestampNs: (index: number) => bigint, line: (index: number) => string, check: (request: ReceivedRequest) => string[] = () => []) {
    super();
    this.server = new ScenarioServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        const request = { method: req.method ?? '', path: url.pathname, headers: req.headers, body };
        this.violations.push(...check(request));
        if (request.method === 'POST' && url.pathname === '/loki/api/v1/push') {
          this.violations.push(...checkLokiPush(request));
          this.pushes.push(request);
          return void res.writeHead(204).end();
        }
        if (request.method !== 'GET' || url.pathname !== '/loki/api/v1/query_range') return void res.writeHead(404).end();
        this.queries.push(url.searchParams);
        const start = BigInt(url.searchParams.get('start') ?? '0');
        const end = BigInt(url.searchParams.get('end') ?? '0');
        const limit = Number(url.searchParams.get('limit') ?? '100');
        const backward = (url.searchParams.get('direction') ?? 'backward') === 'backward';
        if (limit > 5000) {
          res.writeHead(400, { 'content-type': 'text/plain' }).end('max entries limit per query exceeded, limit > max_entries_limit (5000)');
          return;
        }
        // Timestamps rise with the index: find the matching range by binary search, then take `limit` from the right end.
        const first = (bound: bigint) => {
          let low = 0;
          let high = count;
          while (low < high) {
            const middle = (low + high) >> 1;
            if (timestampNs(middle) < bound) low = middle + 1;
            else high = middle;
          }
          return low;
        };
        const from = first(start);
        const to = first(end);
        const indexes: number[] = [];
        if (backward) for (let index = to - 1; index >= from && indexes.length < limit; index--) indexes.push(index);
        else for (let index = from; index < to && indexes.length < limit; index++) indexes.push(index);
        const values = indexes.map((index) => [timestampNs(index).toString(), line(index)]);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
          status: 'success', data: { resultType: 'streams', result: values.length ? [{ stream: { service: 'deployment' }, values }] : [] },
        }));
      });
    });
  }
}
