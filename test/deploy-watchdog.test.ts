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
import { Receiver, checkCloudEvent, checkLokiPush } from './harness/http-scenarios.ts';

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
    expect(step.annotations.some((a) => a.level === 'error' && a.message.startsWith('deploy-watchdog: 4 deployments started without an end for more than 300s; ended with deployment.failed (no-end)'))).toBe(true);

    // Ended: a failure status on each GitHub deployment, and deployment.failed (no-end) to every sink.
    expect(posted.map((item) => [item.id, item.body.state])).toEqual([[999, 'failure'], [950, 'failure'], [897, 'failure']]);
    expect(webhook.violations).toEqual([]);
    const sent = webhook.requests.map((request) => JSON.parse(request.body) as { id: string; type: string; partitionkey: string; data: { reason: string; deployment_id: number | null } });
    expect(sent.map((event) => [event.type, event.data.reason, event.data.deployment_id])).toEqual([
      ['deployment.failed', 'no-end', 999], ['deployment.failed', 'no-end', 950], ['deployment.failed', 'no-end', 897], ['deployment.failed', 'no-end', null],
    ]);
    // The deployment's own terminal id when its key is known (from the deployment payload or the started event).
    expect(sent[0]!.id).toBe(eventId('a'.repeat(32), 'deployment.failed'));
    expect(sent[3]!.id).toBe(eventId(open!, 'deployment.failed'));
    expect(readFileSync(eventsFile, 'utf8')).toContain(`"id":"${eventId(open!, 'deployment.failed')}"`);

    // The next run finds nothing left open.
    const again = await runStep('deploy-watchdog', 'main', { inputs, env });
    expect(again.exitCode, printed(again)).toBe(0);
    expect(again.outputs['stale-count']).toBe('0');
    expect(posted).toHaveLength(3);
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
    expect(queries[0]!.get('direction')).toBe('forward');
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
});
