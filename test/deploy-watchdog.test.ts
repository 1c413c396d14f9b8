// deploy-watchdog through the bundled action: a GitHub API stand-in (paths, Link
// pagination, headers), an events file and a Loki stand-in (query_range, push) hold
// deployments that were started and never ended; the watchdog reports and ends them.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEvent, deploymentKey, eventId, type DeploymentEventType } from '../src/events/event.ts';
import { printed, runStep } from './harness/action-runner.ts';
import { GitHubStandIn } from './harness/github-stand-in.ts';
import { LokiQueryStandIn, Receiver, checkCloudEvent, checkLokiPush } from './harness/http-scenarios.ts';

const MINUTE = 60_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((stop) => stop()));
});

const context = (environment: string, runId: string) => ({ environment, sha: 'c0ffee0c0ffee0c0ffee0c0ffee0c0ffee0c0ffe', ref: 'refs/heads/main', repository: 'acme/shop', runId, runAttempt: '1', workflow: 'deploy', actor: 'octocat', source: `https://github.com/acme/shop/actions/runs/${runId}` });
function eventLine(type: DeploymentEventType, environment: string, runId: string, key: string, minutesAgo: number, reason?: string): string {
  return JSON.stringify(buildEvent(type, context(environment, runId), key, { time: new Date(Date.now() - minutesAgo * MINUTE), reason }));
}

describe('deploy-watchdog', () => {
  it('finds open GitHub Deployments across pages and starteds without an end in an events file, and ends them once', async () => {
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    const iso = (minutesAgo: number) => new Date(Date.now() - minutesAgo * MINUTE).toISOString();
    // 105 deployments of production, newest first, one every 10 minutes: two pages of 100.
    const deployments = Array.from({ length: 105 }, (_, i) => ({ id: 1000 - i, sha: `sha${i}`.padEnd(40, '0'), environment: 'production', created_at: iso(i * 10 + 1), payload: i === 1 ? { deploy_guards: { partition_key: 'a'.repeat(32) } } : {} }));
    const statuses = new Map<number, { state: string; created_at: string; log_url?: string }[]>();
    for (const [i, deployment] of deployments.entries()) statuses.set(deployment.id, [{ state: 'success', created_at: iso(i * 10) }]);
    statuses.set(1000, [{ state: 'in_progress', created_at: iso(1), log_url: 'https://github.com/acme/shop/actions/runs/70' }]); // too young
    statuses.set(999, [{ state: 'in_progress', created_at: iso(11), log_url: 'https://github.com/acme/shop/actions/runs/71' }]); // stale
    statuses.set(950, []); // never got a status: pending, stale
    statuses.set(897, [{ state: 'queued', created_at: iso(1030), log_url: 'https://github.com/acme/shop/actions/runs/72' }]); // stale, on page 2
    const problems: string[] = [];
    github.route('GET', /^\/repos\/acme\/shop\/deployments$/, (request) => {
      if (request.query.get('environment') !== 'production') problems.push(`deployments for ${request.query.get('environment')}`);
      return GitHubStandIn.paged(request, deployments, github.url);
    });
    github.route('GET', /^\/repos\/acme\/shop\/deployments\/\d+\/statuses$/, (request) => {
      if (request.query.get('per_page') !== '1') problems.push(`statuses per_page ${request.query.get('per_page')}`);
      return { body: [...statuses.get(Number(request.path.split('/')[5]))!].reverse().slice(0, 1) };
    });
    const posted: { id: number; body: Record<string, unknown> }[] = [];
    github.route('POST', /^\/repos\/acme\/shop\/deployments\/\d+\/statuses$/, (request) => {
      const id = Number(request.path.split('/')[5]);
      const body = JSON.parse(request.body) as { state: string };
      posted.push({ id, body });
      statuses.get(id)!.push({ state: body.state, created_at: new Date().toISOString() });
      return { status: 201, body: { id: posted.length } };
    });
    const webhook = await new Receiver(() => 202, checkCloudEvent).start();
    cleanups.push(() => webhook.stop());

    const eventsFile = join(mkdtempSync(join(tmpdir(), 'watchdog-')), 'events.ndjson');
    const [open, ended, young, elsewhere] = ['b', 'c', 'd', 'e'].map((letter) => letter.repeat(32));
    writeFileSync(eventsFile, [
      eventLine('deployment.started', 'production', '81', open!, 20),
      eventLine('deployment.started', 'production', '82', ended!, 30),
      eventLine('deployment.complete', 'production', '82', ended!, 28),
      eventLine('deployment.started', 'production', '83', young!, 1),
      eventLine('deployment.started', 'staging', '84', elsewhere!, 40),
      'not json',
    ].join('\n') + '\n');

    const inputs = { environments: 'production', token: github.token, 'events-file': eventsFile, 'webhook-url': `${webhook.url}/hook`, 'end-stale': 'true' };
    const env = { GITHUB_API_URL: github.url };
    const step = await runStep('deploy-watchdog', 'main', { inputs, env });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(github.violations).toEqual([]);
    expect(problems).toEqual([]);
    expect(github.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/deployments')).map((request) => request.query.get('page'))).toEqual([null, '2']);
    expect(step.outputs['stale-count']).toBe('4');
    const stale = JSON.parse(step.outputs.stale!) as { environment: string; deployment_id: number | null; run_url: string; age_s: number }[];
    expect(stale.map((item) => [item.deployment_id, item.run_url])).toEqual([
      [999, 'https://github.com/acme/shop/actions/runs/71'],
      [950, ''],
      [897, 'https://github.com/acme/shop/actions/runs/72'],
      [null, 'https://github.com/acme/shop/actions/runs/81'],
    ]);
    expect(stale[0]!.age_s).toBeGreaterThanOrEqual(11 * 60 - 5);
    expect(step.annotations.some((a) => a.level === 'error' && a.message.startsWith('deploy-watchdog: 4 deployments started without an end for more than 300s; ended 2 of them with deployment.failed (no-end); 2 not created by deploy-guards left open (end-others: true ends them) (examined'))).toBe(true);

    // Ended: a failure status on the GitHub deployment deploy-guards created (its payload names the deployment key),
    // and deployment.failed (no-end) to every sink. 950 and 897 carry no key: another tool's (or an Actions
    // environment job's) deployments, reported but not ended.
    expect(posted.map((item) => [item.id, item.body.state])).toEqual([[999, 'failure']]);
    expect(webhook.violations).toEqual([]);
    type Sent = { id: string; type: string; partitionkey: string; data: { reason: string; deployment_id: number | null } };
    const sent = () => webhook.requests.map((request) => JSON.parse(request.body) as Sent);
    expect(sent().map((event) => [event.type, event.data.reason, event.data.deployment_id])).toEqual([
      ['deployment.failed', 'no-end', 999], ['deployment.failed', 'no-end', null],
    ]);
    // The deployment's own terminal id when its key is known (from the deployment payload or the started event).
    expect(sent()[0]!.id).toBe(eventId('a'.repeat(32), 'deployment.failed'));
    expect(sent()[1]!.id).toBe(eventId(open!, 'deployment.failed'));
    expect(readFileSync(eventsFile, 'utf8')).toContain(`"id":"${eventId(open!, 'deployment.failed')}"`);
    for (const id of [950, 897]) expect(step.stdout).toContain(`deployment ${id} was not created by deploy-guards (no deployment key in its payload): not ended; end-others: true ends it`);
    expect(step.summary).toContain('not ended (not created by deploy-guards)');

    // The next run still reports the two it did not end; with end-others it ends them.
    const again = await runStep('deploy-watchdog', 'main', { inputs, env });
    expect(again.exitCode, printed(again)).toBe(1);
    expect(JSON.parse(again.outputs.stale!).map((item: { deployment_id: number }) => item.deployment_id)).toEqual([950, 897]);
    expect(posted).toHaveLength(1);
    const others = await runStep('deploy-watchdog', 'main', { inputs: { ...inputs, 'end-others': 'true' }, env });
    expect(others.exitCode, printed(others)).toBe(1);
    expect(posted.map((item) => [item.id, item.body.state])).toEqual([[999, 'failure'], [950, 'failure'], [897, 'failure']]);
    expect(sent().slice(2).map((event) => [event.data.reason, event.data.deployment_id])).toEqual([['no-end', 950], ['no-end', 897]]);

    // The next run finds nothing left open.
    const last = await runStep('deploy-watchdog', 'main', { inputs, env });
    expect(last.exitCode, printed(last)).toBe(0);
    expect(last.outputs['stale-count']).toBe('0');
    expect(posted).toHaveLength(3);
  });

  it('an event line that names another tool\'s GitHub deployment does not make the watchdog end it', async () => {
    // Deployment 950 was created by another tool (no deploy-guards key in its payload) and is open.
    // A line in the events file (anyone who can write it, or push to Loki) claims it as a deploy-guards started.
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    const iso = (minutesAgo: number) => new Date(Date.now() - minutesAgo * MINUTE).toISOString();
    github.route('GET', /^\/repos\/acme\/shop\/deployments$/, () => ({ body: [{ id: 950, sha: 'c0ffee'.padEnd(40, '0'), environment: 'production', created_at: iso(20), payload: {} }] }));
    github.route('GET', /^\/repos\/acme\/shop\/deployments\/950\/statuses$/, () => ({ body: [{ state: 'in_progress', created_at: iso(20) }] }));
    const posted: string[] = [];
    github.route('POST', /^\/repos\/acme\/shop\/deployments\/\d+\/statuses$/, (request) => {
      posted.push(request.path);
      return { status: 201, body: { id: 1 } };
    });
    const eventsFile = join(mkdtempSync(join(tmpdir(), 'watchdog-')), 'events.ndjson');
    const forged = buildEvent('deployment.started', context('production', '81'), 'f'.repeat(32), { time: new Date(Date.now() - 20 * MINUTE), deploymentId: 950 });
    writeFileSync(eventsFile, `${JSON.stringify(forged)}\n`);
    const step = await runStep('deploy-watchdog', 'main', { inputs: { environments: 'production', token: github.token, 'events-file': eventsFile, 'end-stale': 'true' }, env: { GITHUB_API_URL: github.url } });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(JSON.parse(step.outputs.stale!).map((item: { deployment_id: number }) => item.deployment_id)).toEqual([950]);
    expect(step.stdout).toContain('(github, events-file)');
    expect(posted).toEqual([]);
    expect(step.stdout).toContain('deployment 950 was not created by deploy-guards (no deployment key in its payload): not ended; end-others: true ends it');
    expect(github.violations).toEqual([]);
  });

  it('ends a stale deployment the way every step sends events: a failure status that meets a 502 is retried, then the other sinks get the end', async () => {
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    const iso = (minutesAgo: number) => new Date(Date.now() - minutesAgo * MINUTE).toISOString();
    const key = 'a'.repeat(32);
    github.route('GET', /^\/repos\/acme\/shop\/deployments$/, () => ({ body: [{ id: 999, sha: 'c0ffee'.padEnd(40, '0'), environment: 'production', created_at: iso(20), payload: { deploy_guards: { partition_key: key } } }] }));
    github.route('GET', /^\/repos\/acme\/shop\/deployments\/999\/statuses$/, () => ({ body: [{ state: 'in_progress', created_at: iso(20), log_url: 'https://github.com/acme/shop/actions/runs/71' }] }));
    const posted: { state: string; description: string }[] = [];
    github.route('POST', /^\/repos\/acme\/shop\/deployments\/999\/statuses$/, (request) => {
      posted.push(JSON.parse(request.body) as { state: string; description: string });
      // The first answer is a proxy's 502 (GitHub may or may not have stored it): another attempt is safe.
      return posted.length === 1 ? { status: 502, body: { message: 'Server Error' } } : { status: 201, body: { id: 1 } };
    });
    const webhook = await new Receiver(() => 202, checkCloudEvent).start();
    cleanups.push(() => webhook.stop());
    const step = await runStep('deploy-watchdog', 'main', {
      inputs: { environments: 'production', token: github.token, 'webhook-url': `${webhook.url}/hook`, 'end-stale': 'true' }, env: { GITHUB_API_URL: github.url },
    });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(github.violations).toEqual([]);
    expect(posted.map((body) => body.state)).toEqual(['failure', 'failure']);
    expect(step.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(JSON.parse(step.outputs.stale!)).toMatchObject([{ deployment_id: 999 }]);
    expect(step.stdout).toContain('(github) https://github.com/acme/shop/actions/runs/71 — ended (no-end)');
    expect(webhook.requests.map((request) => (JSON.parse(request.body) as { id: string }).id)).toEqual([eventId(key, 'deployment.failed')]);
  });

  it('a failure status GitHub refuses for good is not retried, names the status and permission, quotes no body, and leaves the deployment open', async () => {
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    const iso = (minutesAgo: number) => new Date(Date.now() - minutesAgo * MINUTE).toISOString();
    github.route('GET', /^\/repos\/acme\/shop\/deployments$/, () => ({ body: [{ id: 999, sha: 'c0ffee'.padEnd(40, '0'), environment: 'production', created_at: iso(20), payload: { deploy_guards: { partition_key: 'a'.repeat(32) } } }] }));
    github.route('GET', /^\/repos\/acme\/shop\/deployments\/999\/statuses$/, () => ({ body: [{ state: 'in_progress', created_at: iso(20) }] }));
    let posts = 0;
    // A message that tries to start a workflow command and runs on for kilobytes.
    const message = `Resource not accessible by integration\n::error::forged verdict\n${'x'.repeat(5000)}`;
    github.route('POST', /^\/repos\/acme\/shop\/deployments\/999\/statuses$/, () => (posts++, { status: 403, body: { message } }));
    const webhook = await new Receiver(() => 202, checkCloudEvent).start();
    cleanups.push(() => webhook.stop());
    const step = await runStep('deploy-watchdog', 'main', {
      inputs: { environments: 'production', token: github.token, 'webhook-url': `${webhook.url}/hook`, 'end-stale': 'true' }, env: { GITHUB_API_URL: github.url },
    });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(posts).toBe(1);
    const warnings = step.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^deploy-watchdog: could not set the failure status of deployment 999, so it was not ended: Event sink 'github-deployment' failed \(not retried: another attempt would fail the same way\): GitHub API POST \/repos\/acme\/shop\/deployments\/999\/statuses answered 403: Resource not accessible by integration\\n::error::forged verdict\\nx+… \(check that the token can read this repository and has deployments: write\)/);
    expect(warnings[0]!.length).toBeLessThan(700);
    expect(step.stdout).not.toMatch(/^::error::forged/m);
    expect(JSON.parse(step.outputs.stale!)).toMatchObject([{ deployment_id: 999 }]);
    expect(step.stdout).not.toContain('ended (no-end)');
    expect(webhook.requests).toEqual([]);
  });

  it('reads starteds from Loki with the labels the Loki sink writes, and pushes the no-end event there', async () => {
    const key = deploymentKey(context('production', '91'));
    const queries: URLSearchParams[] = [];
    const pushes: string[] = [];
    const problems: string[] = [];
    const loki: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const url = new URL(req.url!, 'http://x');
        if (req.headers.authorization !== `Basic ${Buffer.from('12345:glc_watch').toString('base64')}`) problems.push('no basic auth');
        if (req.headers['x-scope-orgid'] !== 'acme') problems.push('no tenant');
        if (req.method === 'GET' && url.pathname === '/loki/api/v1/query_range') {
          queries.push(url.searchParams);
          const values = [[String((Date.now() - 20 * MINUTE) * 1e6), eventLine('deployment.started', 'production', '91', key, 20)]];
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'success', data: { resultType: 'streams', result: [{ stream: { service: 'deployment', env: 'production', app: 'shop' }, values }] } }));
          return;
        }
        if (req.method === 'POST' && url.pathname === '/loki/api/v1/push') {
          problems.push(...checkLokiPush({ method: req.method, path: url.pathname, headers: req.headers, body }));
          pushes.push(body);
          return void res.writeHead(204).end();
        }
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((done) => loki.listen(0, '127.0.0.1', done));
    cleanups.push(() => new Promise((done) => loki.close(() => done())));
    const lokiUrl = `http://127.0.0.1:${(loki.address() as AddressInfo).port}`;
    const step = await runStep('deploy-watchdog', 'main', {
      inputs: { environments: 'production', 'loki-url': lokiUrl, 'loki-username': '12345', 'loki-password': 'glc_watch', 'loki-tenant': 'acme', 'loki-labels': 'app=shop', 'end-stale': 'true', fail: 'false' },
    });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(problems).toEqual([]);
    expect(queries).toHaveLength(1);
    expect(queries[0]!.get('query')).toBe('{service="deployment", app="shop", env=~"production"} |= "deployment."');
    expect(queries[0]!.get('direction')).toBe('backward');
    expect(BigInt(queries[0]!.get('end')!) - BigInt(queries[0]!.get('start')!)).toBe(24n * 3600n * 1_000_000_000n);
    expect(step.outputs['stale-count']).toBe('1');
    expect(pushes).toHaveLength(1);
    const pushed = JSON.parse(pushes[0]!) as { streams: { stream: Record<string, string>; values: [string, string][] }[] };
    expect(pushed.streams[0]!.stream).toEqual({ service: 'deployment', env: 'production', app: 'shop' });
    expect(JSON.parse(pushed.streams[0]!.values[0]![1])).toMatchObject({ id: eventId(key, 'deployment.failed'), partitionkey: key, type: 'deployment.failed', data: { reason: 'no-end' } });
    expect(step.annotations.some((a) => a.level === 'warning' && a.message.includes('(not failing the step: fail is false)'))).toBe(true);
    expect(printed(step)).not.toContain('glc_watch');
  });

  it('the CLI trap line ends a started that a killed canary left open', async () => {
    const eventsFile = join(mkdtempSync(join(tmpdir(), 'trap-')), 'events.ndjson');
    const key = deploymentKey(context('production', ''));
    appendFileSync(eventsFile, `${eventLine('deployment.started', 'production', '', key, 0)}\n`);
    const { spawnSync } = await import('node:child_process');
    const { ROOT } = await import('./harness/action-runner.ts');
    const args = [join(ROOT, 'dist/cli/index.js'), 'deploy-watchdog', '--events-file', eventsFile, '--environments', 'production', '--max-age', '0s', '--end-stale'];
    const first = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(first.status, first.stdout + first.stderr).toBe(1);
    const second = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(second.status, second.stdout + second.stderr).toBe(0);
    const events = readFileSync(eventsFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string; id: string; data: { reason: string | null } });
    expect(events.map((event) => [event.type, event.data.reason])).toEqual([['deployment.started', null], ['deployment.failed', 'no-end']]);
    expect(events[1]!.id).toBe(eventId(key, 'deployment.failed'));
  });

  it('reads every Loki line of the lookback, newest first across pages: an end past the first 5000 lines is seen', async () => {
    // 5002 event lines over the last 30 minutes: the oldest is the started of `key`, the newest its complete,
    // and between them 2500 other deployments that each started and completed.
    const key = 'b'.repeat(32);
    const count = 5002;
    const startNs = BigInt(Date.now() - 30 * MINUTE) * 1_000_000n;
    const at = (index: number) => startNs + BigInt(index) * 300_000_000n; // every 0.3 s
    const line = (index: number) => {
      const time = Number(at(index) / 1_000_000n);
      const minutesAgo = (Date.now() - time) / MINUTE;
      if (index === 0) return eventLine('deployment.started', 'production', '91', key, minutesAgo);
      if (index === count - 1) return eventLine('deployment.complete', 'production', '91', key, minutesAgo);
      const other = ((index - 1) >> 1).toString(16).padStart(32, 'c');
      return eventLine(index % 2 === 1 ? 'deployment.started' : 'deployment.complete', 'production', `9${index}`, other, minutesAgo);
    };
    const loki = await new LokiQueryStandIn(count, at, line).start();
    cleanups.push(() => loki.stop());
    const step = await runStep('deploy-watchdog', 'main', { inputs: { environments: 'production', 'loki-url': loki.url, lookback: '1h' } });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.outputs['stale-count']).toBe('0');
    expect(loki.queries.length).toBeGreaterThan(1);
    for (const query of loki.queries) {
      expect(query.get('direction')).toBe('backward');
      expect(Number(query.get('limit'))).toBeLessThanOrEqual(5000);
    }
    expect(step.stdout).toContain(`${count} in loki`);
  });

  it('a Loki read that hits its bound says so, with what it did not examine', async () => {
    const count = 100_050; // more than 20 pages of 5000
    const startNs = BigInt(Date.now() - 50 * MINUTE) * 1_000_000n;
    const at = (index: number) => startNs + BigInt(index) * 25_000_000n; // every 25 ms
    const line = (index: number) => JSON.stringify({ specversion: '1.0', id: `e${index}`, type: 'deployment.complete', subject: 'production', time: new Date(Number(at(index) / 1_000_000n)).toISOString(), partitionkey: index.toString(16).padStart(32, '0'), source: 'x', data: {} });
    const loki = await new LokiQueryStandIn(count, at, line).start();
    cleanups.push(() => loki.stop());
    const step = await runStep('deploy-watchdog', 'main', { inputs: { environments: 'production', 'loki-url': loki.url, lookback: '1h' }, timeoutMs: 120_000 });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(loki.queries).toHaveLength(20);
    const warning = step.annotations.find((a) => a.level === 'warning' && a.message.includes('Loki'));
    // 20 pages of 5000, less the one line each later page shares with the one before (end is exclusive, so it moves 1 ns past it).
    expect(warning?.message, printed(step)).toMatch(/^deploy-watchdog: Loki: read the newest 99981 lines of the lookback in 20 pages \(the bound\); lines before \S+ were not examined$/);
    expect(step.summary).toContain('lines before');
    expect(step.stdout).toContain('99981 in loki');
  });

  /** A Loki on loopback whose query_range `answer`s the way a broken server or proxy would. */
  async function brokenLoki(answer: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void): Promise<string> {
    const open = new Set<import('node:net').Socket>();
    const loki: Server = createServer(answer);
    loki.on('connection', (socket) => {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
    });
    await new Promise<void>((done) => loki.listen(0, '127.0.0.1', done));
    cleanups.push(() => new Promise((done) => {
      for (const socket of open) socket.destroy();
      loki.close(() => done());
    }));
    return `http://127.0.0.1:${(loki.address() as AddressInfo).port}`;
  }

  it('a Loki that drips its answer a byte at a time is cut at one deadline, in one line', async () => {
    const url = await brokenLoki((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const drip = setInterval(() => res.write(' '), 100); // each byte restarts an idle timer
      res.on('close', () => clearInterval(drip));
    });
    const started = Date.now();
    const step = await runStep('deploy-watchdog', 'main', { inputs: { environments: 'production', 'loki-url': url, 'sink-timeout': '500ms' } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(step.exitCode, printed(step)).toBe(1);
    expect(printed(step)).toContain('Loki query_range did not answer within 2s');
  });

  it('a Loki answer that is not JSON fails in one line without quoting it (a proxy may echo the credentials)', async () => {
    const url = await brokenLoki((req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`${req.headers.authorization} was refused`);
    });
    const step = await runStep('deploy-watchdog', 'main', { inputs: { environments: 'production', 'loki-url': url, 'loki-username': 'u', 'loki-password': 'p' } });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(printed(step)).toContain('Loki query_range answered 200 with a body that is not JSON');
    expect(printed(step)).not.toContain(Buffer.from('u:p').toString('base64'));
  });

  it('follows a GitHub next-page link only to the API\'s own origin: the token never goes elsewhere', async () => {
    const github = await new GitHubStandIn().start();
    const elsewhere = await new Receiver(() => 200, () => []).start();
    cleanups.push(() => github.stop(), () => elsewhere.stop());
    github.route('GET', /^\/repos\/acme\/shop\/deployments$/, () => ({ body: [], headers: { link: `<${elsewhere.url}/repos/acme/shop/deployments?page=2>; rel="next"` } }));
    const step = await runStep('deploy-watchdog', 'main', { inputs: { environments: 'production', token: github.token }, env: { GITHUB_API_URL: github.url } });
    expect(elsewhere.requests).toEqual([]);
    expect(step.exitCode).toBe(1);
    expect(step.annotations.some((a) => a.level === 'error' && a.message.includes('next page on another origin') && a.message.includes('not followed'))).toBe(true);
    expect(github.violations).toEqual([]);
  });

  it('a GitHub listing longer than its page bound fails naming the bound, never passes a partial list off as the list', async () => {
    // 5050 deployments of production in the lookback, one every 10 s, every one ended: the list runs past 50 pages of 100.
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    const deployments = Array.from({ length: 5050 }, (_, i) => ({ id: 10_000 - i, sha: 'c0ffee'.padEnd(40, '0'), environment: 'production', created_at: new Date(Date.now() - i * 10_000).toISOString(), payload: {} }));
    github.route('GET', /^\/repos\/acme\/shop\/deployments$/, (request) => GitHubStandIn.paged(request, deployments, github.url));
    github.route('GET', /^\/repos\/acme\/shop\/deployments\/\d+\/statuses$/, () => ({ body: [{ state: 'success', created_at: new Date().toISOString() }] }));
    const step = await runStep('deploy-watchdog', 'main', { inputs: { environments: 'production', token: github.token }, env: { GITHUB_API_URL: github.url }, timeoutMs: 120_000 });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(step.annotations.some((a) => a.level === 'error' && /deployments: the list goes on past 50 pages \(the bound\); the items after them were not read/.test(a.message)), printed(step)).toBe(true);
    expect(github.requests.filter((request) => request.method === 'GET' && request.path === '/repos/acme/shop/deployments')).toHaveLength(50);
    expect(github.violations).toEqual([]);
  }, 180_000);

  it('the CLI trap line with --deployment-key ends only its own deployment, not another deploy of the same environment', async () => {
    const { spawn, spawnSync } = await import('node:child_process');
    const { ROOT } = await import('./harness/action-runner.ts');
    const cli = join(ROOT, 'dist/cli/index.js');
    const env = { PATH: process.env.PATH ?? '' };
    const eventsFile = join(mkdtempSync(join(tmpdir(), 'trap-')), 'events.ndjson');
    // Another deploy script of the same environment, still running: its started is open too.
    const theirs = deploymentKey(context('production', ''));
    appendFileSync(eventsFile, `${eventLine('deployment.started', 'production', '', theirs, 0)}\n`);
    // This script draws its key, gives it to the canary, which is then killed (kill -9, the OOM killer).
    const mine = 'd'.repeat(32);
    const hang = createServer(() => {});
    await new Promise<void>((done) => hang.listen(0, '127.0.0.1', done));
    cleanups.push(() => new Promise((done) => { hang.closeAllConnections(); hang.close(() => done()); }));
    const canary = spawn(process.execPath, [cli, 'deploy-canary', '--events-file', eventsFile, '--environment', 'production', '--deployment-key', mine,
      '--urls', `http://127.0.0.1:${(hang.address() as AddressInfo).port}/`, '--timeout', '30s', '--window', '60s'], { env, stdio: 'ignore' });
    const closed = new Promise((done) => canary.on('close', done));
    const deadline = Date.now() + 30_000;
    while (!readFileSync(eventsFile, 'utf8').includes(mine)) {
      if (Date.now() > deadline) throw new Error('the canary never sent its started');
      await new Promise((done) => setTimeout(done, 20));
    }
    canary.kill('SIGKILL');
    await closed;
    const args = [cli, 'deploy-watchdog', '--events-file', eventsFile, '--environments', 'production', '--deployment-key', mine, '--max-age', '0s', '--end-stale'];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    const events = readFileSync(eventsFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string; id: string; partitionkey: string; data: { reason: string | null } });
    expect(events.map((event) => [event.type, event.partitionkey, event.data.reason])).toEqual([
      ['deployment.started', theirs, null], ['deployment.started', mine, null], ['deployment.failed', mine, 'no-end'],
    ]);
    expect(events[2]!.id).toBe(eventId(mine, 'deployment.failed'));
    const bad = spawnSync(process.execPath, [cli, 'deploy-watchdog', '--events-file', eventsFile, '--deployment-key', 'not-a-key'], { encoding: 'utf8', env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("'deployment-key'");
  });
});
