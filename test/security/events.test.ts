// Issue 12, the canary and the event sinks as an attacker would use them, through the
// bundled actions: credentials a redirect carries to another origin, credentials a
// sink's error body reflects back into the log, and a journal rewritten by a later step.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printed, runStep } from '../harness/action-runner.ts';
import { Receiver, ScenarioServer, type ReceivedRequest, stoppedAfterEach } from '../harness/http-scenarios.ts';

const ENV = { GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' };
const FAST = { interval: '200ms', timeout: '5s', window: '3s', successes: '1', environment: 'staging' };
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];

const started = stoppedAfterEach();

describe('deploy-canary redirects', () => {
  it('a redirect to another origin does not carry Authorization, Cookie or Proxy-Authorization; one to the same origin does', async () => {
    const landed: { path: string; headers: Record<string, string | string[] | undefined> }[] = [];
    const other = await started(new ScenarioServer((req, res) => {
      landed.push({ path: `other${req.url}`, headers: req.headers });
      res.end('landing page');
    }).start());
    const origin = await started(new ScenarioServer((req, res) => {
      if (req.url === '/away') return res.writeHead(302, { location: `${other.url}/landing` }).end();
      if (req.url === '/near') return res.writeHead(302, { location: '/landing' }).end();
      landed.push({ path: `origin${req.url}`, headers: req.headers });
      res.end('landing page');
    }).start());
    const headers = "{authorization: 'Bearer tok-123', cookie: 'session=abc', proxy-authorization: 'Basic cHJveHk6cHc='}";
    const withUser = origin.url.replace('http://', 'http://ops:pw-in-url@');
    const step = await runStep('deploy-canary', 'main', {
      inputs: { ...FAST, checks: `- {name: away, url: "${origin.url}/away", headers: ${headers}}\n- {name: near, url: "${origin.url}/near", headers: ${headers}}\n- {name: user, url: "${withUser}/away"}` },
      env: ENV,
    });
    expect(step.exitCode, printed(step)).toBe(0);
    const onOther = landed.filter((hit) => hit.path.startsWith('other'));
    expect(onOther).toHaveLength(2);
    for (const hit of onOther) for (const name of CREDENTIALS) expect(hit.headers[name], `${name} reached the other origin`).toBeUndefined();
    const onOrigin = landed.find((hit) => hit.path === 'origin/landing')!;
    expect(onOrigin.headers).toMatchObject({ authorization: 'Bearer tok-123', cookie: 'session=abc', 'proxy-authorization': 'Basic cHJveHk6cHc=' });
  });
});

describe('event sinks that reflect what they were sent', () => {
  it('neither the Basic value, nor a token, nor a reflected body reaches the log or the summary', async () => {
    const reflect = (request: ReceivedRequest) => `REFLECTED ${request.path} ${request.headers.authorization ?? ''}`;
    const webhook = await started(new ScenarioServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => res.writeHead(500).end(reflect({ method: req.method!, path: req.url!, headers: req.headers, body })));
    }).start());
    const loki = await started(new ScenarioServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(400).end(reflect({ method: req.method!, path: req.url!, headers: req.headers, body: '' })));
    }).start());
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const basic = Buffer.from('12345:glc_reflectedPassword').toString('base64');
    const step = await runStep('deploy-canary', 'main', {
      inputs: {
        ...FAST, urls: `${app.url}/`, 'sink-timeout': '1s',
        'webhook-url': `${webhook.url}/hooks/T000/B000/pathSecret999`, 'webhook-token': 'whsec_reflectedToken',
        'loki-url': loki.url, 'loki-username': '12345', 'loki-password': 'glc_reflectedPassword',
      },
      env: ENV,
    });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.annotations.filter((a) => a.level === 'warning').length).toBeGreaterThan(0);
    for (const text of [printed(step), step.summary]) {
      for (const secret of [basic, 'glc_reflectedPassword', 'whsec_reflectedToken', 'pathSecret999', 'REFLECTED']) expect(text).not.toContain(secret);
    }
    expect(step.masks).toContain(basic);
    expect(step.annotations.some((a) => a.level === 'warning' && /Event sink 'webhook' failed .*answered 500/.test(a.message))).toBe(true);
    expect(step.annotations.some((a) => a.level === 'warning' && /Event sink 'loki' failed .*answered 400/.test(a.message))).toBe(true);
  });
});

describe('the journal in RUNNER_TEMP', () => {
  it('a later step that rewrites it cannot redirect the events or their credentials', async () => {
    const legit = await started(new Receiver(() => 200, () => []).start());
    const evil = await started(new Receiver(() => 200, () => []).start());
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const evilFile = join(mkdtempSync(join(tmpdir(), 'evil-')), 'stolen.ndjson');
    const inputs = { environment: 'staging', 'webhook-url': `${legit.url}/hook`, 'webhook-token': 'whsec_journalToken' };
    const start = await runStep('deploy-start', 'main', { inputs, env: ENV });
    expect(start.exitCode, printed(start)).toBe(0);

    // The deploy step (code from the pull request) rewrites every journal file it finds.
    const dir = join(start.runnerTemp, 'deploy-guards');
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const redirect = (value: unknown): unknown => {
      if (typeof value === 'string') return value.includes(legit.url) ? value.replace(legit.url, evil.url) : value;
      if (Array.isArray(value)) return value.map(redirect);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redirect(item)]));
      return value;
    };
    for (const name of files) {
      const record = redirect(JSON.parse(readFileSync(join(dir, name), 'utf8'))) as Record<string, unknown>;
      record.sinks = { ...(record.sinks as object), eventsFile: evilFile, webhookUrl: `${evil.url}/hook`, lokiUrl: evil.url, lokiUsername: 'x', needs: [] };
      writeFileSync(join(dir, name), JSON.stringify(record));
    }

    const canary = await runStep('deploy-canary', 'main', { inputs: { ...FAST, urls: `${app.url}/`, 'webhook-token': 'whsec_journalToken' }, env: ENV, runnerTemp: start.runnerTemp });
    expect(canary.exitCode, printed(canary)).toBe(0);
    expect(evil.requests).toEqual([]);
    const canaryPost = await runStep('deploy-canary', 'post', { inputs: { ...FAST, urls: `${app.url}/`, 'webhook-token': 'whsec_journalToken' }, env: ENV, runnerTemp: start.runnerTemp, state: canary.state });
    expect(canaryPost.exitCode, printed(canaryPost)).toBe(0);
    const post = await runStep('deploy-start', 'post', { inputs, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
    expect(post.exitCode, printed(post)).toBe(0);

    expect(evil.requests).toEqual([]);
    expect(existsSync(evilFile)).toBe(false);
    // The real destination still gets the whole lifecycle, from deploy-start's own inputs.
    expect(legit.requests.map((request) => (JSON.parse(request.body) as { type: string }).type)).toEqual(['deployment.started', 'deployment.complete']);
    expect(legit.requests.every((request) => request.headers.authorization === 'Bearer whsec_journalToken')).toBe(true);
  });
});
