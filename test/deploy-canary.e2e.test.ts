// deploy-canary, bundled, run as the runner runs it, against real servers on
// 127.0.0.1 that fail the ways production pages failed. Each case asserts the
// verdict, the reason and the exact events written to the events file.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { brotliCompressSync, deflateSync, gzipSync, zstdCompressSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventId } from '../src/events/event.ts';
import { ROOT, printed, runStep, type RunOptions } from './harness/action-runner.ts';
import { ScenarioServer, freePort, selfSignedCertificate } from './harness/http-scenarios.ts';
import { escapeRegExp } from '../src/shared/regex.ts';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
// Short rounds and windows keep the suite fast; a generous timeout keeps a loaded machine from failing good pages.
const FAST = { interval: '200ms', timeout: '5s', window: '4s', successes: '2' };

const servers: ScenarioServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});
async function serve(handler: ConstructorParameters<typeof ScenarioServer>[0], tls?: { key: string; cert: string }, port = 0): Promise<ScenarioServer> {
  const server = await new ScenarioServer(handler, tls).start(port);
  servers.push(server);
  return server;
}

interface Report {
  result: string;
  reason: string | null;
  checks: { check: string; attempts: number; passes: number; startupFailures: number }[];
  attempts: { check: string; round: number; verdict: string; reason: string | null; status: number | null; bytes: number; truncated: boolean; detail: string }[];
}

function readEvents(path: string): { type: string; id: string; key: string; reason: string | null; data: Record<string, unknown> }[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((line) => {
    const event = JSON.parse(line);
    return { type: event.type, id: event.id, key: event.partitionkey, reason: event.data.reason, data: event.data };
  });
}

async function canary(inputs: Record<string, string>, options: RunOptions = {}) {
  const eventsFile = join(mkdtempSync(join(tmpdir(), 'canary-events-')), 'events.ndjson');
  const step = await runStep('deploy-canary', 'main', {
    ...options, inputs: { ...FAST, 'events-file': eventsFile, ...inputs }, env: { GITHUB_SHA: SHA, ...options.env },
  });
  const report = (step.outputs.report ? JSON.parse(step.outputs.report) : undefined) as Report;
  const events = readEvents(eventsFile);
  return { step, report, events, eventsFile, lifecycle: events.map((event) => [event.type, event.reason]) };
}

const started = ['deployment.started', null];
const failed = (reason: string) => ['deployment.failed', reason];

describe('deploy-canary (bundled action) against misbehaving servers', () => {
  it('healthy after a slow start: refused while the app boots, then 3 good rounds', async () => {
    const port = await freePort();
    setTimeout(() => void serve((_req, res) => res.end('<html>shop</html>'), undefined, port), 1200);
    const { step, report, events, lifecycle } = await canary({ urls: `http://127.0.0.1:${port}/`, successes: '3', window: '8s' });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.outputs.result).toBe('healthy');
    expect(step.outputs.reason).toBe('');
    expect(lifecycle).toEqual([started, ['deployment.complete', null]]);
    expect(events[1]!.key).toBe(events[0]!.key);
    expect(events.map((event) => event.id)).toEqual([eventId(events[0]!.key, 'deployment.started'), eventId(events[0]!.key, 'deployment.complete')]);
    expect(events[1]!.data).toMatchObject({ environment: 'production', sha: SHA, repository: 'acme/shop', run_id: '4242', run_attempt: '1' });
    // Failures before the first pass are startup, not errors.
    const verdicts = report.attempts.map((attempt) => attempt.verdict);
    expect(verdicts.slice(-3)).toEqual(['pass', 'pass', 'pass']);
    expect(verdicts.slice(0, -3).length).toBeGreaterThan(0);
    expect(new Set(verdicts.slice(0, -3))).toEqual(new Set(['startup']));
    expect(report.attempts[0]!.reason).toBe('connect-refused');
    expect(step.summary).toContain('xychart-beta');
    expect(step.summary).toMatch(/\| 127\.0\.0\.1:\d+\/ \| \d+ \| 3 \| [1-9]\d* \| 200 \| \d+ ms \| \d+ ms \| ok \|/);
    expect(step.summary).toContain('deployment.complete');
  });

  it('connection refused throughout: unhealthy, connect-refused, within the window', async () => {
    const port = await freePort();
    const { step, lifecycle, report } = await canary({ urls: `http://127.0.0.1:${port}/`, window: '2s' });
    expect(step.exitCode).toBe(1);
    expect(step.outputs.result).toBe('unhealthy');
    expect(step.outputs.reason).toBe('connect-refused');
    expect(lifecycle).toEqual([started, failed('connect-refused')]);
    expect(report.checks[0]).toMatchObject({ passes: 0 });
    expect(step.stdout).toMatch(/::error::deploy-canary: deployment to production is unhealthy \(connect-refused\)/);
  });

  it('/readyz 200 while / sends headers and then 0 bytes: timeout-body', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/readyz') return res.end('ok');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.flushHeaders(); // and then nothing: the event loop is blocked
    });
    const { step, lifecycle, report } = await canary({ checks: `- {name: readyz, url: "${server.url}/readyz"}\n- {name: home, url: "${server.url}/"}`, timeout: '1s', window: '2s' });
    expect(step.exitCode).toBe(1);
    expect(step.outputs.reason).toBe('timeout-body');
    expect(lifecycle).toEqual([started, failed('timeout-body')]);
    const home = report.attempts.filter((attempt) => attempt.check === 'home');
    expect(home.every((attempt) => attempt.reason === 'timeout-body' && attempt.status === 200 && attempt.bytes === 0)).toBe(true);
    expect(home[0]!.detail).toBe('body incomplete after 0 bytes within 1000 ms');
    expect(report.checks.find((check) => check.check === 'readyz')!.passes).toBeGreaterThan(0);
  });

  it('a slow drip of bytes does not extend the request past timeout: timeout-body', async () => {
    const timers: NodeJS.Timeout[] = [];
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 100); // each chunk would reset a per-chunk bodyTimeout
      timers.push(timer);
      res.on('close', () => clearInterval(timer));
    });
    const { step, lifecycle, report } = await canary({ urls: `${server.url}/`, timeout: '1s', window: '2s' });
    for (const timer of timers) clearInterval(timer);
    expect(step.exitCode).toBe(1);
    expect(step.outputs.reason).toBe('timeout-body');
    expect(lifecycle).toEqual([started, failed('timeout-body')]);
    expect(report.attempts[0]!.bytes).toBeGreaterThan(0);
    expect(report.attempts[0]!.detail).toMatch(/^body incomplete after \d+ bytes within 1000 ms$/);
  });

  it('a 50 MB page is read only up to the 1 MiB cap and passes', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sentTotal = 0;
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          sentTotal += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => {});
      pump();
    });
    const { step, lifecycle, report } = await canary({ urls: `${server.url}/`, timeout: '5s', window: '10s' });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(lifecycle).toEqual([started, ['deployment.complete', null]]);
    for (const attempt of report.attempts) {
      expect(attempt.truncated).toBe(true);
      expect(attempt.bytes).toBeGreaterThanOrEqual(1024 * 1024);
      expect(attempt.bytes).toBeLessThan(2 * 1024 * 1024);
    }
    // Reading stopped: far less than 50 MB per attempt left the server.
    expect(sentTotal / report.attempts.length).toBeLessThan(25 * 1024 * 1024);
  });

  it('502 then 200: the 502s are startup and the deployment completes', async () => {
    const server = await serve((_req, res, hit) => {
      if (hit <= 3) return res.writeHead(502).end('Bad Gateway');
      res.end('hello');
    });
    const { step, lifecycle, report } = await canary({ urls: `${server.url}/` });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(lifecycle).toEqual([started, ['deployment.complete', null]]);
    expect(report.attempts.map((attempt) => [attempt.verdict, attempt.status])).toEqual([
      ['startup', 502], ['startup', 502], ['startup', 502], ['pass', 200], ['pass', 200],
    ]);
    expect(report.attempts[0]!.reason).toBe('status');
  });

  it('200 then 500 resets the streak; it must start again from zero', async () => {
    const statuses = [200, 200, 500, 200, 200, 200];
    const server = await serve((_req, res, hit) => res.writeHead(statuses[hit - 1] ?? 200).end('page'));
    const { step, lifecycle, report } = await canary({ urls: `${server.url}/`, successes: '3', window: '8s' });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(lifecycle).toEqual([started, ['deployment.complete', null]]);
    expect(report.attempts.map((attempt) => attempt.verdict)).toEqual(['pass', 'pass', 'fail', 'pass', 'pass', 'pass']);
    expect(report.attempts[2]).toMatchObject({ reason: 'status', status: 500 });
  });

  it('200 then 500 for good: unhealthy with status', async () => {
    const server = await serve((_req, res, hit) => res.writeHead(hit === 1 ? 200 : 500).end('page'));
    const { step, lifecycle } = await canary({ urls: `${server.url}/`, window: '1500ms' });
    expect(step.exitCode).toBe(1);
    expect(step.outputs.reason).toBe('status');
    expect(lifecycle).toEqual([started, failed('status')]);
  });

  it('after a round has passed, a failing app is probed at interval, not 10x as often', async () => {
    const server = await serve((_req, res, hit) => res.writeHead(hit === 1 ? 200 : 503).end('page'));
    // Rounds start at 0 s (passes), 1 s and 2 s; none can start at 3 s, past the window.
    const { step, report } = await canary({ urls: `${server.url}/`, interval: '1s', timeout: '1s', window: '2500ms', successes: '3' });
    expect(step.exitCode).toBe(1);
    expect(step.outputs.reason).toBe('status');
    // (A loaded machine can only start them later, so fewer rounds, never more.)
    const verdicts = report.attempts.map((attempt) => attempt.verdict);
    expect(verdicts[0]).toBe('pass');
    expect(verdicts.length, verdicts.join(', ')).toBeLessThanOrEqual(3);
    expect(new Set(verdicts.slice(1))).toEqual(new Set(['fail']));
  });

  it('a redirect loop fails with its own reason', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/a') return res.writeHead(302, { location: '/b' }).end();
      if (req.url === '/b') return res.writeHead(301, { location: `${server.url}/a` }).end();
      res.writeHead(302, { location: '/a' }).end();
    });
    const { step, lifecycle, report } = await canary({ urls: `${server.url}/`, window: '1500ms' });
    expect(step.exitCode).toBe(1);
    expect(step.outputs.reason).toBe('redirect-loop');
    expect(lifecycle).toEqual([started, failed('redirect-loop')]);
    expect(report.attempts[0]!.detail).toBe('redirect loop: / → /a → /b → /a');
  });

  it('follows a redirect to a healthy page', async () => {
    const server = await serve((req, res) => (req.url === '/' ? res.writeHead(301, { location: '/home' }).end() : res.end('home')));
    const { step } = await canary({ urls: `${server.url}/` });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(server.hits.get('/home')).toBe(2);
  });

  it('stale deploy by JSON field: the version endpoint reports another SHA', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/version') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ build: { sha: '0badc0ffee0badc0ffee0badc0ffee0badc0ffee' } }));
      res.end('page');
    });
    const { step, lifecycle, report } = await canary({ urls: `${server.url}/`, 'version-url': `${server.url}/version`, 'version-field': 'build.sha', window: '1500ms' });
    expect(step.exitCode).toBe(1);
    expect(step.outputs.reason).toBe('version-mismatch');
    expect(lifecycle).toEqual([started, failed('version-mismatch')]);
    expect(report.attempts.find((attempt) => attempt.check === 'version')!.detail).toBe('serves version 0badc0ffee0badc0ffee0badc0ffee0badc0ffee, expected a1b2c3d4e5f6');
  });

  it('stale deploy by plain text; the right short SHA as text passes', async () => {
    const stale = await serve((req, res) => res.end(req.url === '/version' ? '9f8e7d6\n' : 'page'));
    const bad = await canary({ urls: `${stale.url}/`, 'version-url': `${stale.url}/version`, window: '1500ms' });
    expect(bad.step.outputs.reason).toBe('version-mismatch');
    expect(bad.lifecycle).toEqual([started, failed('version-mismatch')]);
    const fresh = await serve((req, res) => res.end(req.url === '/version' ? `${SHA.slice(0, 7)}\n` : 'page'));
    const good = await canary({ urls: `${fresh.url}/`, 'version-url': `${fresh.url}/version` });
    expect(good.step.exitCode, printed(good.step)).toBe(0);
    expect(good.lifecycle).toEqual([started, ['deployment.complete', null]]);
  });

  describe('TLS', () => {
    let certificate: { key: string; cert: string };
    beforeAll(() => {
      certificate = selfSignedCertificate();
    });
    it('a self-signed certificate fails with tls', async () => {
      const server = await serve((_req, res) => res.end('secure page'), certificate);
      const { step, lifecycle, report } = await canary({ urls: `${server.url}/`, window: '1500ms' });
      expect(step.exitCode).toBe(1);
      expect(step.outputs.reason).toBe('tls');
      expect(lifecycle).toEqual([started, failed('tls')]);
      expect(report.attempts[0]!.detail).toMatch(/self.signed/i);
    });
  });

  it('each check is judged on its own: the LAN address is fine, the public one 502s', async () => {
    const lan = await serve((_req, res) => res.end('ok'));
    const publicHost = await serve((_req, res) => res.writeHead(502).end('Bad Gateway'));
    const { step, report } = await canary({ checks: `- {name: lan, url: "${lan.url}/"}\n- {name: public, url: "${publicHost.url}/"}`, window: '1500ms' });
    expect(step.outputs.reason).toBe('status');
    expect(report.checks.map((check) => [check.check, check.passes > 0, check.attempts > 0])).toEqual([['lan', true, true], ['public', false, true]]);
    expect(step.summary).toMatch(/\| public \| \d+ \| 0 \| \d+ \| 502 \|/);
  });

  it('expect-body, min-bytes and max-latency judge the page, not just the status', async () => {
    const server = await serve((req, res) => res.end(req.url === '/db' ? 'Internal error: relation "orders" does not exist' : 'tiny'));
    const mismatch = await canary({ checks: `- {url: "${server.url}/db", expect-body: Checkout}`, window: '1s' });
    expect(mismatch.step.outputs.reason).toBe('body-mismatch');
    const small = await canary({ checks: `- {url: "${server.url}/", min-bytes: 100}`, window: '1s' });
    expect(small.step.outputs.reason).toBe('too-small');
    expect(small.lifecycle).toEqual([started, failed('too-small')]);
  });

  it('SIGINT mid-window: deployment.failed (cancelled) before the runner\'s SIGTERM', async () => {
    const server = await serve(() => {}); // never answers
    const { step, lifecycle } = await canary({ urls: `${server.url}/`, timeout: '20s', window: '60s' }, { cancelAfterMs: 3000 });
    expect(step.signal).toBeNull();
    expect(step.exitCode).toBe(1);
    expect(step.outputs.reason).toBe('cancelled');
    expect(lifecycle).toEqual([started, failed('cancelled')]);
    expect(step.stdout).toContain('deploy-canary: received SIGINT: ending the deployment as cancelled');
    expect(step.stdout).not.toContain('received SIGTERM'); // it was done before the runner's SIGTERM
  });

  it('mode: probe emits canary.passed / canary.failed and no deployment events', async () => {
    const good = await serve((_req, res) => res.end('ok'));
    const passed = await canary({ urls: `${good.url}/`, mode: 'probe' });
    expect(passed.step.exitCode, printed(passed.step)).toBe(0);
    expect(passed.lifecycle).toEqual([['canary.passed', null]]);
    expect(passed.events[0]!.id).toBe(eventId(passed.events[0]!.key, 'canary.passed'));
    const port = await freePort();
    const down = await canary({ urls: `http://127.0.0.1:${port}/`, mode: 'probe', window: '1s', fail: 'false' });
    expect(down.step.exitCode).toBe(0);
    expect(down.lifecycle).toEqual([['canary.failed', 'connect-refused']]);
    expect(down.step.annotations.some((a) => a.level === 'warning' && a.message.includes('(not failing the step: fail is false)'))).toBe(true);
  });

  it('a bad input fails with one line naming it', async () => {
    const { step } = await canary({ urls: 'ftp://example.invalid/' });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain("::error::Input 'urls': 'ftp://example.invalid/' is not an http(s) URL. Example: urls: https://shop.example.com/");
    expect(step.stderr).not.toMatch(/\n\s+at /);
  });

  it('a method or header undici would refuse fails the step at once with one line, probing nothing', async () => {
    const server = await serve((_req, res) => res.end('ok'));
    for (const [check, problem] of [
      ["method: 'GET ME'", 'method "GET ME" is not an HTTP method'],
      ['headers: {Expect: 100-continue}', 'the expect header is not supported'],
    ] as const) {
      const { step, events } = await canary({ checks: `- {name: orders, url: '${server.url}/orders', ${check}}` });
      expect(step.exitCode, printed(step)).toBe(1);
      const errors = step.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(new RegExp(`^::error::Input 'checks': check "orders" \\(item 1\\) ${escapeRegExp(problem)}.*\\. Example: checks: '- \\{.*\\}'$`));
      expect(step.stderr).not.toMatch(/\n\s+at /);
      expect(step.outputs.reason ?? '').not.toBe('connect-refused');
      expect(step.outputs.report).toBeUndefined();
      expect(events).toEqual([]);
    }
    expect(server.connections).toBe(0);
  });

  it('the CLI runs the same engine: exit 0 when healthy, 1 with the reason when not', async () => {
    const good = await serve((_req, res) => res.end('ok'));
    const port = await freePort();
    const cli = (urls: string) => new Promise<{ status: number | null; stdout: string }>((done) => {
      // Async spawn: the servers answer from this process's event loop meanwhile.
      const child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'deploy-canary', '--urls', urls, '--interval', '200ms', '--window', '1500ms', '--successes', '2'], { env: { PATH: process.env.PATH ?? '' } });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.on('close', (status) => done({ status, stdout }));
    });
    const healthy = await cli(`${good.url}/`);
    expect(healthy.status, healthy.stdout).toBe(0);
    expect(healthy.stdout).toMatch(/^event deployment\.complete \{/m);
    expect(healthy.stdout).toContain('deploy-canary: deployment to production is healthy');
    const down = await cli(`http://127.0.0.1:${port}/`);
    expect(down.status).toBe(1);
    expect(down.stdout).toContain('deploy-canary: deployment to production is unhealthy (connect-refused)');
  });

  describe('healthy pages are judged healthy', () => {
    it('a URL with user:pass@ is sent with Basic auth, as curl does, and the password is printed nowhere', async () => {
      const expected = `Basic ${Buffer.from('ops:s3cr3t-P@ss').toString('base64')}`;
      const server = await serve((req, res) => (req.headers.authorization === expected ? res.end('private page') : res.writeHead(401, { 'www-authenticate': 'Basic' }).end('no')));
      const url = server.url.replace('http://', 'http://ops:s3cr3t-P%40ss@');
      const { step, report } = await canary({ urls: `${url}/` });
      expect(step.exitCode, printed(step)).toBe(0);
      expect(step.outputs.result).toBe('healthy');
      for (const text of [printed(step), step.summary, JSON.stringify(step.outputs)]) {
        expect(text).not.toContain('s3cr3t');
        expect(text).not.toContain(expected.slice(6));
      }
      expect(step.masks).toContain('s3cr3t-P@ss');
      expect(report.checks[0]!.check).toBe(`127.0.0.1:${server.port}/`);
    });

    it('gzip, br, deflate and zstd bodies are decoded before expect-body and min-bytes judge them, each offered in Accept-Encoding', async () => {
      const page = Buffer.from('<html><body>Checkout</body></html>');
      const encoders: Record<string, (body: Buffer) => Buffer> = { gzip: gzipSync, br: brotliCompressSync, deflate: deflateSync, zstd: zstdCompressSync };
      const offered = new Set<string>();
      const server = await serve((req, res) => {
        offered.add(String(req.headers['accept-encoding']));
        const encoding = req.url!.slice(1);
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding }).end(encoders[encoding]!(page));
      });
      const checks = Object.keys(encoders).map((encoding) => `- {name: ${encoding}, url: "${server.url}/${encoding}", expect-body: Checkout, min-bytes: ${page.length}}`).join('\n');
      const { step, report } = await canary({ checks });
      expect(step.exitCode, printed(step)).toBe(0);
      expect(report.attempts.every((attempt) => attempt.bytes === page.length)).toBe(true);
      expect([...offered]).toEqual(['gzip, deflate, br, zstd']);
    });

    it('a gzip bomb is read only up to the cap on decoded bytes', async () => {
      const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024)); // 200 MiB of zeros in about 200 KB
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const server = await serve((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
      const { step, report } = await canary({ urls: `${server.url}/`, successes: '1' });
      expect(step.exitCode, printed(step)).toBe(0);
      expect(report.attempts[0]).toMatchObject({ truncated: true });
      expect(report.attempts[0]!.bytes).toBeGreaterThanOrEqual(1024 * 1024);
      expect(report.attempts[0]!.bytes).toBeLessThanOrEqual(1024 * 1024 + 64 * 1024);
    });

    it('a Content-Encoding no browser decodes is invalid-response, whatever its name (constructor, __proto__ are no decoders)', async () => {
      const server = await serve((req, res) => res.writeHead(200, { 'content-encoding': req.url!.slice(1) }).end('<html>hello</html>'));
      for (const coding of ['bogus', 'constructor', '__proto__', 'toString']) {
        const { step, report } = await canary({ urls: `${server.url}/${coding}`, window: '1s' });
        expect(step.outputs.reason, coding).toBe('invalid-response');
        expect(report.attempts[0]!.detail, coding).toBe(`the body has Content-Encoding '${coding.toLowerCase()}', which no browser decodes`);
      }
    });

    it('a 204 health endpoint fails too-small with a hint to set min-bytes: 0; with it, it passes', async () => {
      const server = await serve((_req, res) => res.writeHead(204).end());
      const bad = await canary({ urls: `${server.url}/healthz`, window: '1s' });
      expect(bad.step.outputs.reason).toBe('too-small');
      expect(bad.report.attempts[0]!.detail).toContain('204 No Content has no body: set min-bytes: 0 for this check');
      const good = await canary({ checks: `- {url: "${server.url}/healthz", status: 204, min-bytes: 0}` });
      expect(good.step.exitCode, printed(good.step)).toBe(0);
    });

    it('a 64 KB response header is accepted, as browsers accept it; one over the browser limit is invalid-response, not connection-reset', async () => {
      const server = await serve((req, res) => {
        const size = req.url === '/huge' ? 300 * 1024 : 64 * 1024;
        res.writeHead(200, { 'content-security-policy': `default-src 'self' ${'a'.repeat(size)}` }).end('page');
      });
      const ok = await canary({ urls: `${server.url}/` });
      expect(ok.step.exitCode, printed(ok.step)).toBe(0);
      const huge = await canary({ urls: `${server.url}/huge`, window: '1s' });
      expect(huge.step.outputs.reason).toBe('invalid-response');
      expect(huge.report.attempts[0]!.detail).toMatch(/response headers larger than 256 KiB/);
    });
  });

  describe('the summary tells on-call what decided the verdict', () => {
    it('a flapping check under window-expired: its row names the failure that broke the streak, not "ok"', async () => {
      const server = await serve((_req, res, hit) => res.writeHead(hit === 2 ? 500 : 200).end('page'));
      const { step } = await canary({ urls: `${server.url}/`, successes: '50', window: '1500ms' });
      expect(step.outputs.reason).toBe('window-expired');
      const row = step.summary.split('\n').find((line) => line.startsWith(`| 127.0.0.1:${server.port}/ |`))!;
      expect(row).toBeDefined();
      expect(row).not.toMatch(/\| ok \|$/);
      expect(row).toContain('status 500 in round 2 broke the streak');
    });

    it('a version that never matches is not labelled startup', async () => {
      const server = await serve((req, res) => res.end(req.url === '/version' ? 'deadbeefdeadbeef' : 'page'));
      const { step, report } = await canary({ urls: `${server.url}/`, 'version-url': `${server.url}/version`, window: '2s' });
      expect(step.outputs.reason).toBe('version-mismatch');
      const version = report.attempts.filter((attempt) => attempt.check === 'version');
      expect(version.length).toBeGreaterThan(2);
      expect(version.every((attempt) => attempt.verdict === 'fail')).toBe(true);
      expect(step.summary).not.toContain('(startup)');
      expect(step.stdout).not.toContain('(startup)');
      expect(report.checks.find((check) => check.check === 'version')!.startupFailures).toBe(0);
    });

    it('the latency chart marks the rounds with a failure', async () => {
      const statuses = [200, 500, 200, 200];
      const server = await serve((_req, res, hit) => res.writeHead(statuses[hit - 1] ?? 200).end('page'));
      const { step, report } = await canary({ urls: `${server.url}/`, successes: '2' });
      expect(step.exitCode, printed(step)).toBe(0);
      expect(report.attempts.map((attempt) => attempt.verdict)).toEqual(['pass', 'fail', 'pass', 'pass']);
      const chart = /```mermaid\n([\s\S]*?)```/.exec(step.summary)![1]!;
      const bars = /^ {4}bar \[([^\]]*)\]$/m.exec(chart);
      expect(bars, chart).not.toBeNull();
      const heights = bars![1]!.split(',').map((value) => Number(value.trim()));
      expect(heights.map((height) => height > 0)).toEqual([false, true, false, false]);
      expect(step.summary).toContain('Bars mark rounds in which a check failed');
    });
  });
});
