// deploy-start + deploy-canary + the post step as one job: every started gets exactly
// one terminal event, delivered to every sink (GitHub Deployments, a webhook, Loki)
// in the documented shapes, and a sink that is down never changes the verdict.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventId } from '../src/events/event.ts';
import { parse } from 'yaml';
import { ROOT, parseFileCommands, prepareStep, printed, runStep, runWithPost } from './harness/action-runner.ts';
import { DeploymentsApi, GitHubStandIn, HANG, type RecordedRequest } from './harness/github-stand-in.ts';
import { Receiver, ScenarioServer, checkCloudEvent, checkLokiPush, freePort } from './harness/http-scenarios.ts';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const ENV = { GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main' };
const FAST = { interval: '200ms', timeout: '5s', window: '3s', successes: '2', environment: 'staging' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((stop) => stop()));
});
async function healthyApp(): Promise<ScenarioServer> {
  const server = await new ScenarioServer((_req, res) => res.end('<html>shop</html>')).start();
  cleanups.push(() => server.stop());
  return server;
}

function eventsIn(path: string) {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { type: string; id: string; partitionkey: string; data: { reason: string | null; deployment_id: number | null; url: string | null } });
}
const lifecycle = (path: string) => eventsIn(path).map((event) => [event.type, event.data.reason]);
const newEventsFile = () => join(mkdtempSync(join(tmpdir(), 'deploy-events-')), 'events.ndjson');

describe('deploy-start → deploy-canary → post (one job)', () => {
  it('sends started and complete to GitHub Deployments, a flaky webhook and Loki, each once', async () => {
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    new DeploymentsApi(github, 'acme/shop', 77);
    const bodies = (): RecordedRequest[] => github.requests.filter((request) => request.method === 'POST');
    const webhook = await new Receiver((n) => (n % 3 === 0 ? 200 : 500), checkCloudEvent).start(); // 500, 500, 200 per event
    const loki = await new Receiver(() => 204, checkLokiPush).start();
    cleanups.push(() => webhook.stop(), () => loki.stop());
    const app = await healthyApp();
    const eventsFile = newEventsFile();
    const sinks = {
      environment: 'staging', 'environment-url': 'https://staging.shop.example', 'events-file': eventsFile,
      'webhook-url': `${webhook.url}/hooks/deploy`, 'webhook-token': 'whsec_secretValue123',
      'loki-url': loki.url, 'loki-labels': 'team=payments', 'loki-tenant': 'acme', 'loki-username': '12345', 'loki-password': 'glc_lokiSecret456',
      'github-deployment': 'true', token: github.token,
    };
    const env = { ...ENV, GITHUB_API_URL: github.url };

    const start = await runStep('deploy-start', 'main', { inputs: sinks, env });
    expect(start.exitCode, printed(start)).toBe(0);
    expect(start.outputs['deployment-id']).toBe('77');
    // The journal (RUNNER_TEMP, rewritable by every later step) holds no secret and no destination.
    const journals = readdirSync(join(start.runnerTemp, 'deploy-guards')).map((name) => readFileSync(join(start.runnerTemp, 'deploy-guards', name), 'utf8'));
    expect(journals).toHaveLength(1);
    for (const value of ['whsec_secretValue123', 'glc_lokiSecret456', github.token, webhook.url, loki.url, eventsFile]) expect(journals[0]).not.toContain(value);
    // The canary is given the same sinks: each step's destinations come from its own inputs.
    const canary = await runStep('deploy-canary', 'main', { inputs: { ...FAST, ...sinks, urls: `${app.url}/` }, env, runnerTemp: start.runnerTemp });
    expect(canary.exitCode, printed(canary)).toBe(0);
    const post = await runStep('deploy-start', 'post', { inputs: sinks, env, runnerTemp: start.runnerTemp, state: start.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('already ended with deployment.complete');
    expect(post.stdout).not.toContain('re-delivering');

    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.complete', null]]);
    const [startedEvent, completeEvent] = eventsIn(eventsFile);
    expect(startedEvent!.data).toMatchObject({ deployment_id: 77, url: 'https://staging.shop.example' });
    expect(start.outputs['event-id']).toBe(startedEvent!.id);
    expect(startedEvent!.id).toBe(eventId(startedEvent!.partitionkey, 'deployment.started'));
    expect(completeEvent!.id).toBe(eventId(startedEvent!.partitionkey, 'deployment.complete'));

    expect(github.violations).toEqual([]);
    expect(bodies().map((request) => [request.method, request.path])).toEqual([
      ['POST', '/repos/acme/shop/deployments'],
      ['POST', '/repos/acme/shop/deployments/77/statuses'],
      ['POST', '/repos/acme/shop/deployments/77/statuses'],
    ]);
    expect(JSON.parse(bodies()[0]!.body)).toMatchObject({ ref: SHA, environment: 'staging', auto_merge: false, required_contexts: [], payload: { deploy_guards: { partition_key: startedEvent!.partitionkey, run_url: 'https://github.com/acme/shop/actions/runs/4242' } } });
    // The canary found this job's deployment through the API (by its key and run), and the post step read its latest status.
    const reads = github.requests.filter((request) => request.method === 'GET');
    expect(reads.map((request) => [request.path, request.query.get('environment'), request.query.get('sha')])).toEqual([
      ['/repos/acme/shop/deployments', 'staging', SHA], ['/repos/acme/shop/deployments/77/statuses', null, null],
    ]);
    const statuses = bodies().slice(1).map((request) => JSON.parse(request.body));
    expect(statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    for (const status of statuses) {
      expect(status).toMatchObject({ environment_url: 'https://staging.shop.example', log_url: 'https://github.com/acme/shop/actions/runs/4242', environment: 'staging' });
    }

    // The webhook answered 500 twice per event: each event arrived three times, always with the same id.
    expect(webhook.violations).toEqual([]);
    const deliveries = webhook.requests.map((request) => JSON.parse(request.body) as { id: string; type: string });
    expect(deliveries.map((event) => event.type)).toEqual(['deployment.started', 'deployment.started', 'deployment.started', 'deployment.complete', 'deployment.complete', 'deployment.complete']);
    expect(new Set(deliveries.slice(0, 3).map((event) => event.id))).toEqual(new Set([startedEvent!.id]));
    expect(new Set(deliveries.slice(3).map((event) => event.id))).toEqual(new Set([completeEvent!.id]));
    expect(webhook.requests.every((request) => request.headers.authorization === 'Bearer whsec_secretValue123' && request.path === '/hooks/deploy')).toBe(true);

    expect(loki.violations).toEqual([]);
    expect(loki.requests).toHaveLength(2);
    for (const request of loki.requests) {
      expect(request.headers['x-scope-orgid']).toBe('acme');
      expect(request.headers.authorization).toBe(`Basic ${Buffer.from('12345:glc_lokiSecret456').toString('base64')}`);
      const push = JSON.parse(request.body);
      expect(push.streams[0].stream).toEqual({ service: 'deployment', env: 'staging', app: 'shop', team: 'payments' });
      const [[nanoseconds, line]] = push.streams[0].values;
      const event = JSON.parse(line);
      expect(BigInt(nanoseconds)).toBe(BigInt(Date.parse(event.time)) * 1_000_000n);
    }

    for (const step of [start, canary, post]) {
      expect(printed(step)).not.toContain('whsec_secretValue123');
      expect(printed(step)).not.toContain('glc_lokiSecret456');
    }
    expect(canary.summary).toContain('### Events');
    expect(canary.summary).toMatch(/deployment\.started[\s\S]*deployment\.complete/);
  });

  it('the job fails between deploy-start and the canary: the post step sends deployment.failed (job-ended), once', async () => {
    const eventsFile = newEventsFile();
    const { main, post } = await runWithPost('deploy-start', { inputs: { environment: 'staging', 'events-file': eventsFile }, env: ENV });
    expect(main.exitCode).toBe(0);
    expect(post.exitCode).toBe(0);
    expect(post.annotations.some((a) => a.level === 'warning' && a.message.includes('sent deployment.failed (job-ended)'))).toBe(true);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'job-ended']]);
    const [startedEvent, failedEvent] = eventsIn(eventsFile);
    expect(failedEvent!.id).toBe(eventId(startedEvent!.partitionkey, 'deployment.failed'));
    // The post step again (a re-run of the step): nothing new.
    const again = await runStep('deploy-start', 'post', { inputs: { environment: 'staging', 'events-file': eventsFile }, env: ENV, runnerTemp: main.runnerTemp, state: main.state });
    expect(again.exitCode).toBe(0);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'job-ended']]);
  });

  it('the canary is cancelled: failed (cancelled), and the post step adds nothing', async () => {
    const eventsFile = newEventsFile();
    const hang = await new ScenarioServer(() => {}).start();
    cleanups.push(() => hang.stop());
    const inputs = { environment: 'staging', 'events-file': eventsFile };
    const start = await runStep('deploy-start', 'main', { inputs, env: ENV });
    const canary = await runStep('deploy-canary', 'main', { inputs: { ...FAST, ...inputs, urls: `${hang.url}/`, timeout: '20s', window: '60s' }, env: ENV, runnerTemp: start.runnerTemp, cancelAfterMs: 3000 });
    expect(canary.exitCode).toBe(1);
    expect(canary.outputs.reason).toBe('cancelled');
    const post = await runStep('deploy-start', 'post', { inputs, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
    expect(post.exitCode).toBe(0);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'cancelled']]);
  });

  it('a sink that is down or hangs: a warning naming it, the verdict unchanged, the event still logged', async () => {
    const eventsFile = newEventsFile();
    const hangingLoki = await new Receiver(() => 'hang', () => []).start();
    cleanups.push(() => hangingLoki.stop());
    const app = await healthyApp();
    const step = await runStep('deploy-canary', 'main', {
      inputs: { ...FAST, urls: `${app.url}/`, 'events-file': eventsFile, 'webhook-url': `http://127.0.0.1:${await freePort()}/hook`, 'loki-url': hangingLoki.url, 'sink-timeout': '300ms' },
      env: ENV,
    });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.outputs.result).toBe('healthy');
    const warnings = step.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.filter((m) => m.startsWith("Event sink 'webhook' failed after 3 attempts"))).toHaveLength(2);
    expect(warnings.filter((m) => m.startsWith("Event sink 'loki' failed after 3 attempts"))).toHaveLength(2);
    // Each of the 3 attempts per event reached the hanging Loki and was given up on, and one more
    // for the started, which a sink gets before the verdict if it did not take it.
    expect(hangingLoki.requests.length).toBeGreaterThan(0);
    expect(hangingLoki.requests.length).toBeLessThanOrEqual(7);
    expect(warnings.filter((m) => m.startsWith("Event sink 'loki' failed after 1 attempt"))).toHaveLength(1);
    expect(step.stdout).toMatch(/^event deployment\.complete \{/m);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.complete', null]]);
  });

  it('a GitHub API that rejects the token: a warning naming github-deployment, events still flow', async () => {
    const github = await new GitHubStandIn('ghs_otherToken').start();
    cleanups.push(() => github.stop());
    const eventsFile = newEventsFile();
    const { main, post } = await runWithPost('deploy-start', {
      inputs: { environment: 'staging', 'events-file': eventsFile, 'github-deployment': 'true', token: 'ghs_wrongToken' }, env: { ...ENV, GITHUB_API_URL: github.url },
    });
    expect(main.exitCode).toBe(0);
    expect(main.annotations.some((a) => a.level === 'warning' && a.message.startsWith("Event sink 'github-deployment' could not create the deployment: GitHub API POST /repos/acme/shop/deployments answered 401: Bad credentials (the token is invalid or expired)"))).toBe(true);
    expect(post.exitCode).toBe(0);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'job-ended']]);
  });

  it('deploy-start cancelled while its webhook hangs: the post step still ends the started with failed (job-ended)', async () => {
    const eventsFile = newEventsFile();
    const hanging = await new Receiver(() => 'hang', () => []).start();
    cleanups.push(() => hanging.stop());
    const inputs = { environment: 'staging', 'events-file': eventsFile, 'webhook-url': `${hanging.url}/hook`, 'sink-timeout': '30s' };
    const start = await runStep('deploy-start', 'main', { inputs, env: ENV, cancelAfterMs: 1500 });
    expect(start.exitCode, printed(start)).not.toBe(0);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null]]);
    const post = await runStep('deploy-start', 'post', { inputs: { ...inputs, 'sink-timeout': '300ms' }, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
    expect(post.exitCode, printed(post)).toBe(0);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'job-ended']]);
  });

  it('a canary not given deploy-start\'s webhook: a notice says so, and deploy-start\'s post step ends the deployment there without forwarding a verdict it read from the journal', async () => {
    const webhook = await new Receiver(() => 200, checkCloudEvent).start();
    cleanups.push(() => webhook.stop());
    const app = await healthyApp();
    const startFile = newEventsFile();
    const canaryFile = newEventsFile();
    const startInputs = { environment: 'staging', 'events-file': startFile, 'webhook-url': `${webhook.url}/hook`, 'webhook-token': 'whsec_onlyOnStart' };
    const start = await runStep('deploy-start', 'main', { inputs: startInputs, env: ENV });
    expect(start.exitCode, printed(start)).toBe(0);
    const canary = await runStep('deploy-canary', 'main', { inputs: { ...FAST, urls: `${app.url}/`, 'events-file': canaryFile }, env: ENV, runnerTemp: start.runnerTemp });
    expect(canary.exitCode, printed(canary)).toBe(0);
    expect(canary.annotations.some((a) => a.level === 'notice' && a.message.includes('deploy-start sends this deployment\'s events to events-file, webhook, which this step was not given'))).toBe(true);
    expect(webhook.requests).toHaveLength(1); // only the started so far
    expect(lifecycle(canaryFile)).toEqual([['deployment.complete', null]]);
    const post = await runStep('deploy-start', 'post', { inputs: startInputs, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
    expect(post.exitCode, printed(post)).toBe(0);
    expect(post.annotations.some((a) => a.level === 'warning' && a.message.includes('says another step ended staging with deployment.complete, but not at events-file, webhook') && a.message.includes('never forwarded'))).toBe(true);
    expect(webhook.violations).toEqual([]);
    expect(webhook.requests.map((request) => (JSON.parse(request.body) as { type: string; data: { reason: string | null } })).map((event) => [event.type, event.data.reason])).toEqual([['deployment.started', null], ['deployment.failed', 'job-ended']]);
    expect(webhook.requests.every((request) => request.headers.authorization === 'Bearer whsec_onlyOnStart')).toBe(true);
    expect(lifecycle(startFile)).toEqual([['deployment.started', null], ['deployment.failed', 'job-ended']]);
    // One terminal id for the deployment, whichever step sent its end.
    expect(eventsIn(startFile)[1]!.id).toBe(eventsIn(canaryFile)[0]!.id);
  });

  it('a cancelled canary delivers its terminal event with one short attempt, before the runner\'s SIGTERM', async () => {
    const eventsFile = newEventsFile();
    const hang = await new ScenarioServer(() => {}).start();
    const hangingWebhook = await new Receiver((n) => (n === 1 ? 200 : 'hang'), () => []).start(); // takes the started, hangs on the end
    cleanups.push(() => hang.stop(), () => hangingWebhook.stop());
    const inputs = { ...FAST, urls: `${hang.url}/`, timeout: '20s', window: '60s', 'events-file': eventsFile, 'webhook-url': `${hangingWebhook.url}/hook`, 'sink-timeout': '5s' };
    const canary = await runStep('deploy-canary', 'main', { inputs, env: ENV, cancelAfterMs: 2000 });
    expect(canary.exitCode, printed(canary)).toBe(1);
    expect(canary.outputs.reason).toBe('cancelled');
    expect(canary.annotations.some((a) => a.level === 'warning' && a.message.startsWith("Event sink 'webhook' failed after 1 attempt:"))).toBe(true);
    const types = hangingWebhook.requests.map((request) => (JSON.parse(request.body) as { type: string }).type);
    expect(types.filter((type) => type === 'deployment.failed')).toHaveLength(1);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'cancelled']]);
  });

  it('GitHub answers 502 to the in_progress status: the post step ends the deployment, and no in_progress comes after the end', async () => {
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    const api = new DeploymentsApi(github);
    let statuses = 0;
    api.statusAnswer = () => (++statuses <= 3 ? 502 : 201); // a bad minute: the three attempts at in_progress fail
    const inputs = { environment: 'staging', 'github-deployment': 'true', token: github.token, 'sink-timeout': '1s' };
    const env = { ...ENV, GITHUB_API_URL: github.url };
    const { main, post } = await runWithPost('deploy-start', { inputs, env });
    expect(main.exitCode, printed(main)).toBe(0);
    expect(post.exitCode, printed(post)).toBe(0);
    expect(api.deployments.map((deployment) => deployment.id)).toEqual([100]);
    expect(api.states(100)).toEqual(['failure']);
    expect(github.violations).toEqual([]);
  });

  it('a later step removes the journal: the post step ends the GitHub deployment it created, and creates no other', async () => {
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    const api = new DeploymentsApi(github);
    const inputs = { environment: 'staging', 'github-deployment': 'true', token: github.token };
    const env = { ...ENV, GITHUB_API_URL: github.url };
    const main = await runStep('deploy-start', 'main', { inputs, env });
    expect(main.exitCode, printed(main)).toBe(0);
    expect(main.state['deployment-id']).toBe('100');
    rmSync(join(main.runnerTemp, 'deploy-guards'), { recursive: true, force: true });
    const post = await runStep('deploy-start', 'post', { inputs, env, runnerTemp: main.runnerTemp, state: main.state });
    expect(post.exitCode, printed(post)).toBe(0);
    expect(api.deployments.map((deployment) => deployment.id)).toEqual([100]);
    expect(api.states(100)).toEqual(['in_progress', 'failure']);
    expect(github.violations).toEqual([]);
  });

  it('GitHub stores the deployment but its answer is lost (a 502 from a proxy): the retry finds it and creates no second one', async () => {
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    const api = new DeploymentsApi(github);
    let creates = 0;
    api.createAnswer = () => (++creates === 1 ? 502 : 201);
    const inputs = { environment: 'staging', 'github-deployment': 'true', token: github.token, 'sink-timeout': '2s' };
    const env = { ...ENV, GITHUB_API_URL: github.url };
    const { main, post } = await runWithPost('deploy-start', { inputs, env });
    expect(main.exitCode, printed(main)).toBe(0);
    expect(main.outputs['deployment-id']).toBe('100');
    expect(post.exitCode, printed(post)).toBe(0);
    expect(api.deployments.map((deployment) => deployment.id)).toEqual([100]);
    expect(api.states(100)).toEqual(['in_progress', 'failure']);
    expect(github.violations).toEqual([]);
  });

  it('the step is killed after GitHub created its deployment but before the id reached runner state: the post step finds and ends it', async () => {
    const github = await new GitHubStandIn().start();
    cleanups.push(() => github.stop());
    const api = new DeploymentsApi(github);
    api.createAnswer = () => HANG; // stored, and the answer never comes
    const inputs = { environment: 'staging', 'github-deployment': 'true', token: github.token, 'sink-timeout': '30s' };
    const env = { ...ENV, GITHUB_API_URL: github.url };
    const step = prepareStep('deploy-start', 'main', { inputs, env });
    const child = spawn(process.execPath, [step.entry], { cwd: step.cwd, env: step.env, stdio: 'ignore' });
    const closed = new Promise((done) => child.on('close', done));
    const deadline = Date.now() + 30_000;
    while (api.deployments.length === 0) {
      if (Date.now() > deadline) throw new Error('deploy-start never asked GitHub for a deployment');
      await new Promise((done) => setTimeout(done, 20));
    }
    child.kill('SIGKILL');
    await closed;
    const state = parseFileCommands(readFileSync(step.paths.state, 'utf8'));
    expect(state['deployment-id']).toBeUndefined();
    api.createAnswer = () => 201;
    const post = await runStep('deploy-start', 'post', { inputs, env, runnerTemp: step.runnerTemp, state });
    expect(post.exitCode, printed(post)).toBe(0);
    expect(api.deployments.map((deployment) => deployment.id)).toEqual([100]);
    expect(api.states(100)).toEqual(['failure']);
    expect(github.violations).toEqual([]);
  });

  it('documents event-id as what it is: the started id, unique per deployment', () => {
    const metadata = parse(readFileSync(join(ROOT, 'actions/deploy-start/action.yml'), 'utf8')) as { outputs: Record<string, { description: string }> };
    expect(metadata.outputs['event-id']!.description).toMatch(/unique per deployment/);
    expect(metadata.outputs['event-id']!.description).not.toMatch(/per run attempt, environment and type/);
  });
});
