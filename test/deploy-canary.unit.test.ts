// Engine units of deploy-canary and the events layer: error classification, version
// matching, check parsing, event ids, Loki bodies, bounded retries, the verdict loop.
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEvent, deploymentKey, eventId, type EventContext } from '../src/events/event.ts';
import { withRetries } from '../src/events/emit.ts';
import { readSinkSettings } from '../src/events/settings.ts';
import { LokiSink, PermanentSinkError } from '../src/events/sinks.ts';
import { runCanary } from '../src/probe/canary.ts';
import { parseStatusRanges, probeCheck, type CheckSpec } from '../src/probe/check.ts';
import { classifyError } from '../src/probe/reasons.ts';
import { latencyChart, percentile } from '../src/probe/report.ts';
import { readDeployCanarySettings } from '../src/probe/settings.ts';
import { readVersion, versionMatches } from '../src/probe/version.ts';
import { Inputs } from '../src/shared/inputs.ts';
import { readGitHubContext } from '../src/shared/github-context.ts';
import { ScenarioServer } from './harness/http-scenarios.ts';

const inputs = (values: Record<string, string>) => new Inputs({ get: (name) => values[name] ?? '', mask: () => {} });
const context = { ...readGitHubContext({}), sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', workspace: '/work' };
const errorWith = (code: string, message = '') => Object.assign(new Error(message), { code });

describe('classifyError', () => {
  it('names DNS, TLS, refused, reset and undici timeouts from error codes', () => {
    expect(classifyError(errorWith('ENOTFOUND', 'getaddrinfo ENOTFOUND shop.invalid'), 'connect')).toBe('dns');
    expect(classifyError(errorWith('EAI_AGAIN'), 'connect')).toBe('dns');
    expect(classifyError(errorWith('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), 'connect')).toBe('tls');
    expect(classifyError(errorWith('CERT_HAS_EXPIRED'), 'connect')).toBe('tls');
    expect(classifyError(errorWith('ERR_TLS_CERT_ALTNAME_INVALID'), 'connect')).toBe('tls');
    expect(classifyError(errorWith('ECONNREFUSED'), 'connect')).toBe('connect-refused');
    expect(classifyError(new AggregateError([errorWith('ECONNREFUSED'), errorWith('ECONNREFUSED')]), 'connect')).toBe('connect-refused');
    expect(classifyError(Object.assign(new Error('fetch failed'), { cause: errorWith('ENOTFOUND') }), 'connect')).toBe('dns');
    expect(classifyError(errorWith('UND_ERR_CONNECT_TIMEOUT'), 'connect')).toBe('timeout-connect');
    expect(classifyError(errorWith('UND_ERR_HEADERS_TIMEOUT'), 'headers')).toBe('timeout-headers');
    expect(classifyError(errorWith('UND_ERR_BODY_TIMEOUT'), 'body')).toBe('timeout-body');
    expect(classifyError(errorWith('ECONNRESET'), 'headers')).toBe('connection-reset');
    expect(classifyError(errorWith('UND_ERR_SOCKET', 'other side closed'), 'body')).toBe('connection-reset');
  });
  it('a request undici refuses to send is invalid-request, not a refused connection', async () => {
    expect(classifyError(errorWith('UND_ERR_INVALID_ARG', 'invalid request method'), 'connect')).toBe('invalid-request');
    expect(classifyError(errorWith('UND_ERR_NOT_SUPPORTED', 'expect header not supported'), 'connect')).toBe('invalid-request');
    // The real thing: checks built without the settings reader, against a live server that is never reached.
    let requests = 0;
    const server = await new ScenarioServer((_req, res) => {
      requests++;
      res.end('ok');
    }).start();
    try {
      const base: CheckSpec = { name: 'home', url: `${server.url}/`, method: 'GET', headers: {}, status: [{ from: 200, to: 299 }], statusText: '200-299', minBytes: 1 };
      const limits = { timeoutMs: 5000, maxRedirects: 0, maxBodyBytes: 1024 };
      for (const check of [{ ...base, method: 'GET ME' }, { ...base, method: 'CONNECT' }, { ...base, headers: { expect: '100-continue' } }, { ...base, headers: { 'transfer-encoding': 'chunked' } }, { ...base, headers: { 'x-id': 'a\r\nb' } }]) {
        const outcome = await probeCheck(check, limits);
        expect(outcome.reason, JSON.stringify(check)).toBe('invalid-request');
      }
      expect(requests).toBe(0);
      expect(server.connections).toBe(0);
      expect((await probeCheck(base, limits)).ok).toBe(true);
    } finally {
      await server.stop();
    }
  });
});

describe('version matching', () => {
  it('accepts 7+ character prefixes either way, case-insensitively, and nothing shorter', () => {
    const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
    expect(versionMatches(sha, sha)).toBe(true);
    expect(versionMatches('A1B2C3D', sha)).toBe(true);
    expect(versionMatches(sha, 'a1b2c3d4')).toBe(true);
    expect(versionMatches('a1b2c3', sha)).toBe(false);
    expect(versionMatches('a1b2c3e', sha)).toBe(false);
    expect(versionMatches('', '')).toBe(false);
    expect(versionMatches('v1.2.3', 'v1.2.3')).toBe(true);
  });
  it('reads a dot path from JSON, or the trimmed text', () => {
    expect(readVersion('{"build":{"sha":"abc1234"}}', 'build.sha')).toEqual({ value: 'abc1234' });
    expect(readVersion('{"items":[{"v":7}]}', 'items.0.v')).toEqual({ value: '7' });
    expect(readVersion(' abc1234\n', '')).toEqual({ value: 'abc1234' });
    expect(readVersion('<html>', 'sha').problem).toBe("the body is not JSON, so version-field 'sha' cannot be read");
    expect(readVersion('{"build":{}}', 'build.sha').problem).toBe("version-field 'build.sha' is missing in the JSON body");
  });
});

describe('settings', () => {
  it('parses urls and checks with status ranges, headers and limits', async () => {
    const settings = await readDeployCanarySettings(inputs({
      urls: 'https://shop.example.com/\nhttps://shop.example.com/cart',
      checks: '- name: api\n  url: https://api.example.com/orders\n  method: head\n  status: 2xx, 304\n  headers: {Authorization: Bearer x}\n  expect-body: ok\n  min-bytes: 0\n  max-latency: 800ms\n',
      interval: '1s', successes: '4',
    }), context);
    expect(settings.canary.checks.map((check) => check.name)).toEqual(['shop.example.com/', 'shop.example.com/cart', 'api']);
    expect(settings.canary.checks[2]).toMatchObject({ method: 'HEAD', status: [{ from: 200, to: 299 }, { from: 304, to: 304 }], headers: { authorization: 'Bearer x' }, expectBody: 'ok', minBytes: 0, maxLatencyMs: 800 });
    expect(settings.canary).toMatchObject({ intervalMs: 1000, timeoutMs: 10_000, windowMs: 180_000, successes: 4, maxRedirects: 5, maxBodyBytes: 1024 * 1024 });
    expect(settings.mode).toBe('deploy');
  });
  it('expects no body from HEAD checks unless min-bytes says so', async () => {
    const settings = await readDeployCanarySettings(inputs({ checks: '- {url: https://a.example/, method: HEAD}\n- {url: https://a.example/b, method: HEAD, min-bytes: 5}' }), context);
    expect(settings.canary.checks.map((check) => check.minBytes)).toEqual([0, 5]);
  });
  it('defaults expect-version to the commit SHA', async () => {
    const settings = await readDeployCanarySettings(inputs({ 'version-url': 'https://shop.example.com/version' }), context);
    expect(settings.canary.version).toEqual({ url: 'https://shop.example.com/version', field: '', expect: context.sha });
  });
  it('rejects bad values with one line naming the input and an example', async () => {
    const bad = (values: Record<string, string>) => readDeployCanarySettings(inputs(values), context);
    await expect(bad({ urls: 'ftp://ops:hunter2@files.example/' })).rejects.toThrow("Input 'urls': 'ftp://***@files.example/' is not an http(s) URL.");
    await expect(bad({})).rejects.toThrow("Input 'urls': no URL to probe: give urls, checks or hostnames-from. Example: urls: https://shop.example.com/");
    await expect(bad({ checks: '- {url: https://a.example, retries: 3}' })).rejects.toThrow(/Input 'checks': item 1 has an unknown key 'retries'/);
    await expect(bad({ checks: '- {url: https://a.example, status: ok}' })).rejects.toThrow(/Input 'checks': item 1 status 'ok' is not a status/);
    await expect(bad({ checks: 'url: x' })).rejects.toThrow(/Input 'checks': must be a YAML list/);
    await expect(bad({ urls: 'https://a.example', mode: 'watch' })).rejects.toThrow("Input 'mode': 'watch' is not deploy or probe. Example: mode: probe");
    await expect(bad({ urls: 'https://a.example', interval: 'soon' })).rejects.toThrow(/Input 'interval': 'soon' is not a duration/);
    await expect(bad({ urls: 'https://a.example', 'loki-labels': 'bad label=x' })).rejects.toThrow(/Input 'loki-labels'/);
    await expect(bad({ urls: 'https://a.example', 'webhook-url': 'https://user:pw@hooks.example' })).rejects.toThrow(/Input 'webhook-url': must not carry credentials/);
    await expect(bad({ urls: 'https://a.example', 'github-deployment': 'true' })).rejects.toThrow(/Input 'token': is empty but github-deployment is true/);
  });
  it('rejects methods and headers undici would refuse, naming the check, before any request', async () => {
    const bad = (check: string) => readDeployCanarySettings(inputs({ checks: `- {name: api, url: 'https://shop.example.com/api', ${check}}` }), context);
    const oneLine = async (check: string, problem: RegExp) => {
      let message = '';
      try {
        await bad(check);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, check).toMatch(/^Input 'checks': check "api" \(item 1\) /);
      expect(message, check).toMatch(problem);
      expect(message, check).toMatch(/\. Example: checks: '- \{name: \w+, url: https:\/\/shop\.example\.com\/[^']*\}'$/);
      expect(message, check).not.toMatch(/[\r\n\0]/);
    };
    await oneLine("method: 'GET ME'", /method "GET ME" is not an HTTP method/);
    await oneLine("method: ''", /method "" is not an HTTP method/);
    await oneLine('method: 7', /method 7 is not an HTTP method/);
    await oneLine('method: CONNECT', /method CONNECT does not fetch a page; use GET or HEAD/);
    await oneLine('method: trace', /method TRACE does not fetch a page/);
    await oneLine('headers: {expect: 100-continue}', /the expect header is not supported/);
    await oneLine('headers: {Transfer-Encoding: chunked}', /the transfer-encoding header is set by the HTTP client/);
    await oneLine('headers: {upgrade: websocket}', /the upgrade header is not allowed/);
    await oneLine('headers: {keep-alive: timeout=5}', /the keep-alive header is not allowed/);
    await oneLine('headers: {content-length: 5}', /the content-length header is set by the HTTP client/);
    await oneLine('headers: {connection: upgrade}', /connection header "upgrade" is not close or keep-alive/);
    await oneLine("headers: {'x trace': 1}", /header name "x trace" is not a valid header name/);
    await oneLine("headers: {'x-id:': 1}", /header name "x-id:" is not a valid header name/);
    await oneLine('headers: {"x-id\\n": 1}', /header name "x-id\\n" is not a valid header name/);
    await oneLine('headers: {x-id: "a\\r\\nx-evil: 1"}', /header 'x-id' has a value with a line break, NUL or other control character/);
    await oneLine('headers: {x-id: "a\\0b"}', /header 'x-id' has a value with a line break, NUL/);
    await oneLine('headers: {x-id: [a, b]}', /header 'x-id' must be a single text value/);
    // A header value is never echoed: it may be a token.
    await expect(bad('headers: {authorization: "Bearer s3cret\\n"}')).rejects.toThrow(/^(?!.*s3cret)/);
  });
  it('accepts ordinary methods and headers, including a connection header undici allows', async () => {
    const settings = await readDeployCanarySettings(inputs({ checks: "- {url: 'https://a.example/', method: options, headers: {Connection: Keep-Alive, X-Request-Id: 'abc-1', Accept: 'text/html; q=0.9', X-Empty: }}\n- {url: 'https://a.example/b', method: PURGE}" }), context);
    expect(settings.canary.checks.map((check) => check.method)).toEqual(['OPTIONS', 'PURGE']);
    expect(settings.canary.checks[0]!.headers).toEqual({ connection: 'Keep-Alive', 'x-request-id': 'abc-1', accept: 'text/html; q=0.9', 'x-empty': '' });
  });
  it('masks sink secrets', () => {
    const masked: string[] = [];
    readSinkSettings(new Inputs({ get: (name) => ({ 'webhook-token': 'w-secret', 'loki-password': 'l-secret', token: 't-secret' })[name] ?? '', mask: (value) => masked.push(value) }), '/work');
    expect(masked.sort()).toEqual(['l-secret', 't-secret', 'w-secret']);
  });
  it('parses status ranges', () => {
    expect(parseStatusRanges('200-299')).toEqual([{ from: 200, to: 299 }]);
    expect(parseStatusRanges('3xx,418')).toEqual([{ from: 300, to: 399 }, { from: 418, to: 418 }]);
    expect(parseStatusRanges('299-200')).toBeUndefined();
    expect(parseStatusRanges('')).toBeUndefined();
  });
});

describe('events', () => {
  const run: EventContext = { environment: 'production', sha: 'abc', ref: 'refs/heads/main', repository: 'acme/shop', runId: '9', runAttempt: '1', workflow: 'deploy', actor: 'octocat', source: 'https://github.com/acme/shop/actions/runs/9' };
  const key = deploymentKey(run, 'nonce-1');
  it('ids derive from the deployment key: one started id, one terminal id shared by complete and failed', () => {
    expect(key).toBe(deploymentKey({ ...run }, 'nonce-1'));
    expect(key).not.toBe(deploymentKey(run, 'nonce-2')); // two jobs of one run
    expect(key).not.toBe(deploymentKey({ ...run, runAttempt: '2' }, 'nonce-1'));
    expect(key).not.toBe(deploymentKey({ ...run, environment: 'staging' }, 'nonce-1'));
    expect(deploymentKey(run)).not.toBe(deploymentKey(run)); // a fresh nonce each time
    expect(eventId(key, 'deployment.failed')).toBe(eventId(key, 'deployment.complete'));
    expect(eventId(key, 'deployment.failed')).not.toBe(eventId(key, 'deployment.started'));
    expect(eventId(key, 'canary.passed')).not.toBe(eventId(key, 'canary.failed'));
    expect(eventId(key, 'deployment.failed')).toMatch(/^[0-9a-f]{32}$/);
  });
  it('builds CloudEvents 1.0 with every data field', () => {
    const event = buildEvent('deployment.failed', run, key, { reason: 'timeout-body', durationMs: 1234, deploymentId: 5, url: 'https://shop.example', time: new Date('2026-01-02T03:04:05.678Z') });
    expect(event).toEqual({
      specversion: '1.0', id: eventId(key, 'deployment.failed'), source: run.source, type: 'deployment.failed', subject: 'production',
      time: '2026-01-02T03:04:05.678Z', datacontenttype: 'application/json', partitionkey: key,
      data: { environment: 'production', sha: 'abc', ref: 'refs/heads/main', repository: 'acme/shop', run_id: '9', run_attempt: '1', workflow: 'deploy', actor: 'octocat', deployment_id: 5, url: 'https://shop.example', reason: 'timeout-body', duration_ms: 1234 },
    });
  });
  it('Loki bodies carry string nanosecond timestamps', () => {
    const event = buildEvent('deployment.started', run, key, { time: new Date('2026-01-02T03:04:05.678Z') });
    const body = JSON.parse(LokiSink.body(event, { service: 'deployment' }));
    expect(body.streams[0].values[0][0]).toBe('1767323045678000000');
    expect(JSON.parse(body.streams[0].values[0][1]).id).toBe(event.id);
    expect(LokiSink.pushUrl('https://loki.example/')).toBe('https://loki.example/loki/api/v1/push');
    expect(LokiSink.pushUrl('https://loki.example/loki/api/v1/push')).toBe('https://loki.example/loki/api/v1/push');
  });
  it('retries transient failures with backoff, never permanent ones', async () => {
    let calls = 0;
    const flaky = await withRetries('webhook', async () => {
      if (++calls < 3) throw new Error('answered 500');
    }, { timeoutMs: 1000, backoffMs: 1 });
    expect(flaky).toEqual({ sink: 'webhook', ok: true, attempts: 3 });
    calls = 0;
    const rejected = await withRetries('webhook', async () => {
      calls++;
      throw new PermanentSinkError('answered 403');
    }, { timeoutMs: 1000, backoffMs: 1 });
    expect(rejected).toEqual({ sink: 'webhook', ok: false, attempts: 1, error: 'answered 403', permanent: true });
    const hanging = await withRetries('loki', () => new Promise(() => {}), { timeoutMs: 50, attempts: 2, backoffMs: 1 });
    expect(hanging).toEqual({ sink: 'loki', ok: false, attempts: 2, error: 'no answer within 50 ms' });
  });
});

describe('runCanary', () => {
  const servers: ScenarioServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  });
  const check = (url: string): CheckSpec => ({ name: 'home', url, method: 'GET', headers: {}, status: [{ from: 200, to: 299 }], statusText: '200-299', minBytes: 1 });
  const limits = { timeoutMs: 400, maxRedirects: 5, maxBodyBytes: 1024 * 1024 };

  it('a server that never answers: timeout-headers when the window ends', async () => {
    const server = await new ScenarioServer(() => {}).start();
    servers.push(server);
    const result = await runCanary({ checks: [check(`${server.url}/`)], intervalMs: 200, windowMs: 1000, successes: 2, ...limits });
    expect(result).toMatchObject({ healthy: false, reason: 'timeout-headers' });
    // No round starts once the window is over, however long the previous one hung.
    expect(result.attempts.length).toBeGreaterThan(0);
    expect(result.attempts.filter((attempt) => attempt.atMs >= 1000)).toEqual([]);
    // It never passed: none of it was the app starting up.
    expect(result.attempts.every((attempt) => attempt.reason === 'timeout-headers' && attempt.beforeFirstPass && !attempt.startup)).toBe(true);
  });
  it('a TLS handshake that never completes is timeout-connect', async () => {
    // Accepts TCP and then says nothing: the https client waits for the ServerHello.
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => void sockets.push(socket));
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    try {
      const outcome = await probeCheck(check(`https://127.0.0.1:${(silent.address() as AddressInfo).port}/`), limits);
      expect(outcome).toMatchObject({ ok: false, reason: 'timeout-connect', detail: 'no connection within 400 ms' });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => silent.close(() => done()));
    }
  });
  it('opens a fresh connection for every attempt (no keep-alive reuse)', async () => {
    const server = await new ScenarioServer((_req, res) => res.writeHead(200, { connection: 'keep-alive' }).end('ok')).start();
    servers.push(server);
    const result = await runCanary({ checks: [check(`${server.url}/`)], intervalMs: 100, windowMs: 10_000, successes: 3, ...limits, timeoutMs: 5000 });
    expect(result.healthy).toBe(true);
    expect(server.connections).toBe(result.attempts.length);
    expect(server.hits.get('/')).toBe(result.attempts.length);
  });
  it('cancellation stops a hanging attempt with reason cancelled', async () => {
    const server = await new ScenarioServer(() => {}).start();
    servers.push(server);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const result = await runCanary({ checks: [check(`${server.url}/`)], intervalMs: 200, windowMs: 60_000, successes: 2, ...limits, timeoutMs: 30_000 }, { signal: controller.signal });
    expect(result).toMatchObject({ healthy: false, reason: 'cancelled' });
  });
  it('a streak cut short by the window is window-expired', async () => {
    const server = await new ScenarioServer((_req, res, hit) => res.writeHead(hit === 1 ? 503 : 200).end('x')).start();
    servers.push(server);
    const result = await runCanary({ checks: [check(`${server.url}/`)], intervalMs: 400, windowMs: 700, successes: 5, ...limits });
    expect(result.reason).toBe('window-expired');
    expect(result.detail).toMatch(/ended with \d of 5 passing rounds/);
  });
});

describe('report', () => {
  it('percentiles and a Mermaid xychart with one line per check', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([...Array(20).keys()].map((i) => i + 1), 95)).toBe(19);
    expect(percentile([], 50)).toBeUndefined();
    const chart = latencyChart({
      rounds: 2, checkNames: ['a', 'b'],
      attempts: [
        { check: 'a', round: 1, atMs: 0, ok: true, detail: '', bytes: 1, totalMs: 10 },
        { check: 'b', round: 1, atMs: 0, ok: true, detail: '', bytes: 1, totalMs: 20 },
        { check: 'a', round: 2, atMs: 0, ok: true, detail: '', bytes: 1, totalMs: 30 },
      ],
    });
    expect(chart).toContain('xychart-beta');
    expect(chart).toContain('x-axis "round" [1, 2]');
    expect(chart).toContain('line [10, 30]');
    expect(chart).toContain('line [20, 0]');
    expect(chart).not.toContain('bar');
  });
});
