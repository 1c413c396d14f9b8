// Issue 12, the canary and the event sinks as an attacker would use them, through the
// bundled actions: credentials a redirect carries to another origin, credentials a
// sink's error body reflects back into the log, and a journal rewritten by a later step.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandInputs } from '../../src/cli/command.ts';
import { COMMANDS } from '../../src/cli/commands.ts';
import { ROOT, printed, runStep, type StepResult } from '../harness/action-runner.ts';
import { DeploymentsApi, GitHubStandIn } from '../harness/github-stand-in.ts';
import { Receiver, ScenarioServer, checkCloudEvent, type ReceivedRequest, stoppedAfterEach } from '../harness/http-scenarios.ts';

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

    const canary = await runStep('deploy-canary', 'main', { inputs: { ...FAST, ...inputs, urls: `${app.url}/` }, env: ENV, runnerTemp: start.runnerTemp });
    expect(canary.exitCode, printed(canary)).toBe(0);
    expect(evil.requests).toEqual([]);
    const canaryPost = await runStep('deploy-canary', 'post', { inputs: { ...FAST, ...inputs, urls: `${app.url}/` }, env: ENV, runnerTemp: start.runnerTemp, state: canary.state });
    expect(canaryPost.exitCode, printed(canaryPost)).toBe(0);
    const post = await runStep('deploy-start', 'post', { inputs, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
    expect(post.exitCode, printed(post)).toBe(0);

    expect(evil.requests).toEqual([]);
    expect(existsSync(evilFile)).toBe(false);
    // The real destination still gets the whole lifecycle, from each step's own inputs.
    expect(legit.requests.map((request) => (JSON.parse(request.body) as { type: string }).type)).toEqual(['deployment.started', 'deployment.complete']);
    expect(legit.requests.every((request) => request.headers.authorization === 'Bearer whsec_journalToken')).toBe(true);
  });
});

interface JournalFile { deploymentId: number | null; events: { type: string; id: string; time: string; reason: string | null; durationMs: number | null; delivered: string[]; rejected: string[] }[] }

/** What a later step of the job (a deploy script from a pull request) can do: rewrite every journal file in RUNNER_TEMP. */
function rewriteJournal(runnerTemp: string, change: (record: JournalFile) => void): void {
  const dir = join(runnerTemp, 'deploy-guards');
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  for (const name of files) {
    const record = JSON.parse(readFileSync(join(dir, name), 'utf8')) as JournalFile;
    change(record);
    writeFileSync(join(dir, name), JSON.stringify(record));
  }
}

const typesAt = (receiver: Receiver) => receiver.requests.map((request) => (JSON.parse(request.body) as { type: string }).type);
function lifecycleIn(path: string): [string, string | null][] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { type: string; data: { reason: string | null } }).map((event) => [event.type, event.data.reason]);
}
const sentEvents = (step: StepResult) => step.stdout.split('\n').filter((line) => line.startsWith('event ')).map((line) => line.split(' ')[1]);

describe('the journal decides nothing a step sends', () => {
  it('a forged deployment.complete: the canary still sends its own verdict, and no post step forwards the forged end', async () => {
    const webhook = await started(new Receiver(() => 200, checkCloudEvent).start());
    const down = await started(new ScenarioServer((_req, res) => res.writeHead(503).end('down')).start());
    const eventsFile = join(mkdtempSync(join(tmpdir(), 'forged-')), 'events.ndjson');
    const sinks = { environment: 'staging', 'events-file': eventsFile, 'webhook-url': `${webhook.url}/hook` };
    const start = await runStep('deploy-start', 'main', { inputs: sinks, env: ENV });
    expect(start.exitCode, printed(start)).toBe(0);
    // The deploy step claims that the deployment completed and that every sink has it.
    rewriteJournal(start.runnerTemp, (record) => {
      record.events.push({ type: 'deployment.complete', id: 'forged', time: new Date().toISOString(), reason: null, durationMs: 1, delivered: [...record.events[0]!.delivered], rejected: [] });
    });
    const canaryInputs = { ...FAST, ...sinks, urls: `${down.url}/`, window: '1500ms' };
    const canary = await runStep('deploy-canary', 'main', { inputs: canaryInputs, env: ENV, runnerTemp: start.runnerTemp });
    expect(canary.exitCode, printed(canary)).toBe(1);
    expect(canary.outputs.result).toBe('unhealthy');
    const canaryPost = await runStep('deploy-canary', 'post', { inputs: canaryInputs, env: ENV, runnerTemp: start.runnerTemp, state: canary.state });
    const startPost = await runStep('deploy-start', 'post', { inputs: sinks, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
    expect(canaryPost.exitCode, printed(canaryPost)).toBe(0);
    expect(startPost.exitCode, printed(startPost)).toBe(0);

    expect(lifecycleIn(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'status']]);
    expect(typesAt(webhook)).toEqual(['deployment.started', 'deployment.failed']);
    for (const step of [canary, canaryPost, startPost]) expect(sentEvents(step)).not.toContain('deployment.complete');
  });

  it('a forged refusal: a sink the journal says refused the deployment still gets the canary\'s verdict', async () => {
    const webhook = await started(new Receiver(() => 200, checkCloudEvent).start());
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const sinks = { environment: 'staging', 'webhook-url': `${webhook.url}/hook` };
    const start = await runStep('deploy-start', 'main', { inputs: sinks, env: ENV });
    expect(start.exitCode, printed(start)).toBe(0);
    rewriteJournal(start.runnerTemp, (record) => {
      for (const entry of record.events) entry.rejected = [...entry.delivered];
    });
    const canary = await runStep('deploy-canary', 'main', { inputs: { ...FAST, ...sinks, urls: `${app.url}/` }, env: ENV, runnerTemp: start.runnerTemp });
    expect(canary.exitCode, printed(canary)).toBe(0);
    const post = await runStep('deploy-start', 'post', { inputs: sinks, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
    expect(post.exitCode, printed(post)).toBe(0);
    expect(typesAt(webhook)).toEqual(['deployment.started', 'deployment.complete']);
  });

  it('a forged GitHub deployment id: the canary posts its verdict to this job\'s deployment, never to another one', async () => {
    const github = await started(new GitHubStandIn().start());
    const api = new DeploymentsApi(github);
    // Another deployment of the repository (another run), made by someone else.
    api.deployments.push({ id: 55, sha: ENV.GITHUB_SHA, ref: ENV.GITHUB_SHA, environment: 'staging', payload: { deploy_guards: { partition_key: 'f'.repeat(32), run_url: 'https://github.com/acme/shop/actions/runs/1' } }, created_at: new Date().toISOString(), statuses: [] });
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const sinks = { environment: 'staging', 'github-deployment': 'true', token: github.token };
    const env = { ...ENV, GITHUB_API_URL: github.url };
    const start = await runStep('deploy-start', 'main', { inputs: sinks, env });
    expect(start.outputs['deployment-id']).toBe('100');
    rewriteJournal(start.runnerTemp, (record) => {
      record.deploymentId = 55;
    });
    const canary = await runStep('deploy-canary', 'main', { inputs: { ...FAST, ...sinks, urls: `${app.url}/` }, env, runnerTemp: start.runnerTemp });
    expect(canary.exitCode, printed(canary)).toBe(0);
    const canaryPost = await runStep('deploy-canary', 'post', { inputs: { ...FAST, ...sinks, urls: `${app.url}/` }, env, runnerTemp: start.runnerTemp, state: canary.state });
    const post = await runStep('deploy-start', 'post', { inputs: sinks, env, runnerTemp: start.runnerTemp, state: start.state });
    expect(canaryPost.exitCode, printed(canaryPost)).toBe(0);
    expect(post.exitCode, printed(post)).toBe(0);
    expect(api.states(55)).toEqual([]);
    expect(api.states(100)).toEqual(['in_progress', 'success']);
    expect(api.deployments).toHaveLength(2);
    expect(github.violations).toEqual([]);
  });
});

describe('deploy-start\'s deployment-key output, given to the canary', () => {
  it('the canary ends the deployment it was given, whatever key the journal names', async () => {
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const eventsFile = join(mkdtempSync(join(tmpdir(), 'wired-')), 'events.ndjson');
    const sinks = { environment: 'staging', 'events-file': eventsFile };
    const start = await runStep('deploy-start', 'main', { inputs: sinks, env: ENV });
    expect(start.outputs['deployment-key']).toMatch(/^[0-9a-f]{32}$/);
    rewriteJournal(start.runnerTemp, (record) => {
      (record as unknown as { key: string }).key = 'e'.repeat(32);
    });
    const canaryInputs = { ...FAST, ...sinks, urls: `${app.url}/`, 'deployment-key': start.outputs['deployment-key']! };
    const canary = await runStep('deploy-canary', 'main', { inputs: canaryInputs, env: ENV, runnerTemp: start.runnerTemp });
    expect(canary.exitCode, printed(canary)).toBe(0);
    const canaryPost = await runStep('deploy-canary', 'post', { inputs: canaryInputs, env: ENV, runnerTemp: start.runnerTemp, state: canary.state });
    const startPost = await runStep('deploy-start', 'post', { inputs: sinks, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
    expect(canaryPost.exitCode, printed(canaryPost)).toBe(0);
    expect(startPost.exitCode, printed(startPost)).toBe(0);
    const events = readFileSync(eventsFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string; partitionkey: string });
    expect(events.map((event) => [event.type, event.partitionkey])).toEqual([
      ['deployment.started', start.outputs['deployment-key']], ['deployment.complete', start.outputs['deployment-key']],
    ]);
  });
});

describe('the security model in the catalog', () => {
  const catalog = readFileSync(join(ROOT, 'action-catalog.md'), 'utf8');
  const model = catalog.split(/^## /m).find((part) => part.startsWith('Security model'))!;
  const rows = (header: string) => {
    const lines = model.split('\n');
    const start = lines.findIndex((line) => line.startsWith(header));
    const table: string[][] = [];
    for (const line of lines.slice(start + 2)) {
      if (!line.trim().startsWith('|')) break;
      table.push(line.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
    }
    return table;
  };
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!).sort();

  it('names every secret of every command with its file flag and variable', () => {
    const table = rows('  | Command | Secret input');
    for (const command of COMMANDS.filter((item) => (item.secrets ?? []).length > 0)) {
      const row = table.find((cells) => cells[0] === `\`${command.name}\``);
      expect(row, `a secrets row for ${command.name}`).toBeDefined();
      const secrets = [...command.secrets!].sort();
      expect(names(row![1]!)).toEqual(secrets);
      expect(names(row![2]!)).toEqual(secrets.map((secret) => `--${secret}-file`).sort());
      expect(names(row![3]!)).toEqual(secrets.map((secret) => `DEPLOY_GUARDS_${secret.toUpperCase().replace(/-/g, '_')}`).sort());
      expect(Object.keys(commandInputs(command))).toEqual(expect.arrayContaining(secrets));
    }
  });

  it('has a trust row for every action', () => {
    const table = rows('| Action | Trusts');
    for (const action of readdirSync(join(ROOT, 'actions'))) expect(table.map((cells) => cells[0]), action).toContain(`\`${action}\``);
  });
});
