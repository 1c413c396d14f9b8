// "Every started ends, exactly once, at every sink, in every job": the lifecycle
// through the bundled actions, including the cases where a step dies (SIGKILL), a
// sink answers 500 to the terminal event, two jobs of one run deploy the same
// environment, and an events file cannot be written.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFileCommands, prepareStep, printed, runStep, type RunOptions } from './harness/action-runner.ts';
import { Receiver, ScenarioServer, checkCloudEvent, stoppedAfterEach } from './harness/http-scenarios.ts';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const ENV = { GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main' };
const FAST = { interval: '200ms', timeout: '5s', window: '3s', successes: '2', environment: 'staging' };

const started = stoppedAfterEach();

interface Event { type: string; id: string; partitionkey?: string; data: { reason: string | null } }
function eventsIn(path: string): Event[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Event);
}
const lifecycle = (path: string) => eventsIn(path).map((event) => [event.type, event.data.reason]);
const newEventsFile = () => join(mkdtempSync(join(tmpdir(), 'lifecycle-events-')), 'events.ndjson');
const received = (receiver: Receiver) => receiver.requests.map((request) => JSON.parse(request.body) as Event);

/** Runs a main step and kills it with SIGKILL once `ready` says so (no handler can run); returns what the runner keeps. */
async function killedStep(action: string, options: RunOptions, ready: () => boolean): Promise<{ runnerTemp: string; state: Record<string, string> }> {
  const step = prepareStep(action, 'main', options);
  const child = spawn(process.execPath, [step.entry], { cwd: step.cwd, env: step.env, stdio: 'ignore' });
  const closed = new Promise<NodeJS.Signals | null>((done) => child.on('close', (_code, signal) => done(signal)));
  const deadline = Date.now() + 30_000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`${action} never became ready to kill`);
    await new Promise((done) => setTimeout(done, 20));
  }
  child.kill('SIGKILL');
  expect(await closed).toBe('SIGKILL');
  return { runnerTemp: step.runnerTemp, state: parseFileCommands(readFileSync(step.paths.state, 'utf8')) };
}

describe('every started ends exactly once', () => {
  it('a standalone canary killed with SIGKILL: its post step sends exactly one terminal event', async () => {
    const eventsFile = newEventsFile();
    const hang = await started(new ScenarioServer(() => {}).start());
    const inputs = { ...FAST, urls: `${hang.url}/`, timeout: '30s', window: '60s', 'events-file': eventsFile };
    const killed = await killedStep('deploy-canary', { inputs, env: ENV }, () => lifecycle(eventsFile).length === 1);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null]]);
    const post = await runStep('deploy-canary', 'post', { inputs, env: ENV, runnerTemp: killed.runnerTemp, state: killed.state });
    expect(post.exitCode, printed(post)).toBe(0);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'job-ended']]);
    const [start, end] = eventsIn(eventsFile);
    expect(end!.partitionkey).toBe(start!.partitionkey);
    // The post step again (a re-run of it): nothing new.
    const again = await runStep('deploy-canary', 'post', { inputs, env: ENV, runnerTemp: killed.runnerTemp, state: killed.state });
    expect(again.exitCode, printed(again)).toBe(0);
    expect(lifecycle(eventsFile)).toHaveLength(2);
  });

  it('a canary that ended the deployment: its post step sends nothing', async () => {
    const eventsFile = newEventsFile();
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const inputs = { ...FAST, urls: `${app.url}/`, 'events-file': eventsFile };
    const main = await runStep('deploy-canary', 'main', { inputs, env: ENV });
    expect(main.exitCode, printed(main)).toBe(0);
    const post = await runStep('deploy-canary', 'post', { inputs, env: ENV, runnerTemp: main.runnerTemp, state: main.state });
    expect(post.exitCode, printed(post)).toBe(0);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.complete', null]]);
  });

  it('killed between appending to the events file and recording it: the post step does not append it again', async () => {
    const eventsFile = newEventsFile();
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const inputs = { ...FAST, urls: `${app.url}/`, 'events-file': eventsFile };
    const main = await runStep('deploy-canary', 'main', { inputs, env: ENV });
    expect(main.exitCode, printed(main)).toBe(0);
    // What a SIGKILL right after the append leaves: the events in the file, no delivery recorded in runner state.
    const saved = JSON.parse(main.state.events!) as { events: { delivered: string[] }[]; closed: string[] };
    for (const event of saved.events) event.delivered = [];
    const post = await runStep('deploy-canary', 'post', { inputs, env: ENV, runnerTemp: main.runnerTemp, state: { ...main.state, events: JSON.stringify(saved) } });
    expect(post.exitCode, printed(post)).toBe(0);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.complete', null]]);
  });

  it('two jobs of one run deploying the same environment: distinct ids; each job\'s ids stable across its steps', async () => {
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const jobs = [];
    for (const job of ['a', 'b']) {
      const eventsFile = newEventsFile();
      const start = await runStep('deploy-start', 'main', { inputs: { environment: 'staging', 'events-file': eventsFile }, env: ENV });
      expect(start.exitCode, printed(start)).toBe(0);
      const canary = await runStep('deploy-canary', 'main', { inputs: { ...FAST, urls: `${app.url}/`, 'events-file': eventsFile }, env: ENV, runnerTemp: start.runnerTemp });
      expect(canary.exitCode, printed(canary)).toBe(0);
      jobs.push({ job, start, events: eventsIn(eventsFile) });
    }
    const [a, b] = jobs;
    expect(a!.events.map((event) => event.type)).toEqual(['deployment.started', 'deployment.complete']);
    const ids = [...a!.events, ...b!.events].map((event) => event.id);
    expect(new Set(ids).size).toBe(4);
    expect(a!.start.outputs['event-id']).toBe(a!.events[0]!.id);
    expect(b!.start.outputs['event-id']).toBe(b!.events[0]!.id);
    // One deployment, one partition key, shared by deploy-start and the canary of the same job.
    expect(a!.events[0]!.partitionkey).toBe(a!.events[1]!.partitionkey);
    expect(a!.events[0]!.partitionkey).not.toBe(b!.events[0]!.partitionkey);
  });

  it('a webhook that answers 500 to the terminal event and then recovers: the post step delivers it once, with the same id', async () => {
    let healthy = true;
    const answers: number[] = [];
    const webhook = await started(new Receiver((n) => (answers[n - 1] = healthy ? 200 : 500), checkCloudEvent).start());
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const eventsFile = newEventsFile();
    const sinks = { environment: 'staging', 'events-file': eventsFile, 'webhook-url': `${webhook.url}/hook`, 'webhook-token': 'whsec_terminal', 'sink-timeout': '1s' };
    const start = await runStep('deploy-start', 'main', { inputs: sinks, env: ENV });
    expect(start.exitCode, printed(start)).toBe(0);
    healthy = false; // down while the canary sends its verdict
    const canary = await runStep('deploy-canary', 'main', { inputs: { ...FAST, ...sinks, urls: `${app.url}/` }, env: ENV, runnerTemp: start.runnerTemp });
    expect(canary.exitCode, printed(canary)).toBe(0);
    expect(canary.annotations.some((a) => a.level === 'warning' && a.message.startsWith("Event sink 'webhook' failed"))).toBe(true);
    healthy = true;
    // The runner runs post steps in reverse order: the canary's, then deploy-start's.
    const canaryPost = await runStep('deploy-canary', 'post', { inputs: { ...FAST, ...sinks, urls: `${app.url}/` }, env: ENV, runnerTemp: start.runnerTemp, state: canary.state });
    const startPost = await runStep('deploy-start', 'post', { inputs: sinks, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
    expect(canaryPost.exitCode, printed(canaryPost)).toBe(0);
    expect(startPost.exitCode, printed(startPost)).toBe(0);

    const terminalId = eventsIn(eventsFile)[1]!.id;
    const deliveries = received(webhook).map((event, index) => ({ type: event.type, id: event.id, status: answers[index] }));
    const completes = deliveries.filter((delivery) => delivery.type === 'deployment.complete');
    expect(completes.length).toBeGreaterThan(1); // refused, then re-delivered
    expect(new Set(completes.map((delivery) => delivery.id))).toEqual(new Set([terminalId]));
    // Each event was accepted exactly once: the started by deploy-start, the complete by a post step.
    expect(deliveries.filter((delivery) => delivery.status === 200).map((delivery) => delivery.type)).toEqual(['deployment.started', 'deployment.complete']);
    expect(printed(canaryPost)).toContain('deployment.complete');
    expect(printed(startPost)).not.toMatch(/^event deployment\.complete/m);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.complete', null]]);
    expect(webhook.violations).toEqual([]);
  });

  it('an events file that cannot be written: one warning with the real cause, not retried', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unwritable-'));
    writeFileSync(join(dir, 'logs'), 'a file where a directory should be');
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const step = await runStep('deploy-canary', 'main', { inputs: { ...FAST, urls: `${app.url}/`, 'events-file': join(dir, 'logs', 'events.ndjson') }, env: ENV });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.outputs.result).toBe('healthy');
    const warnings = step.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings, warnings.join('\n')).toHaveLength(1);
    expect(warnings[0]).toContain("Event sink 'events-file'");
    expect(warnings[0]).toContain(`${join(dir, 'logs')} is a file, not a directory`);
    expect(warnings[0]).not.toMatch(/attempts|EEXIST/);
    expect(step.stdout).toMatch(/^event deployment\.complete \{/m);
  });

  it('a webhook down while the started is sent: it gets the started before the end, and never a started after it', async () => {
    const webhook = await started(new Receiver((n) => (n <= 3 ? 503 : 200), checkCloudEvent).start());
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const inputs = { ...FAST, urls: `${app.url}/`, 'webhook-url': `${webhook.url}/hook`, 'sink-timeout': '1s' };
    const main = await runStep('deploy-canary', 'main', { inputs, env: ENV });
    expect(main.exitCode, printed(main)).toBe(0);
    const post = await runStep('deploy-canary', 'post', { inputs, env: ENV, runnerTemp: main.runnerTemp, state: main.state });
    expect(post.exitCode, printed(post)).toBe(0);
    const types = received(webhook).map((event) => event.type);
    const end = types.findIndex((type) => type !== 'deployment.started');
    expect(end, types.join(', ')).toBeGreaterThan(0);
    expect(types.slice(end), types.join(', ')).toEqual(['deployment.complete']);
    // What the webhook accepted (the 4th request on): the lifecycle in order.
    expect(types.slice(3)).toEqual(['deployment.started', 'deployment.complete']);
    expect(webhook.violations).toEqual([]);
  });

  it('a 404 on the started does not silence the webhook: the verdict is still sent there', async () => {
    const webhook = await started(new Receiver((n) => (n === 1 ? 404 : 200), checkCloudEvent).start());
    const app = await started(new ScenarioServer((_req, res) => res.end('ok')).start());
    const step = await runStep('deploy-canary', 'main', { inputs: { ...FAST, urls: `${app.url}/`, 'webhook-url': `${webhook.url}/hook` }, env: ENV });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.annotations.some((a) => a.level === 'warning' && /Event sink 'webhook' failed .*answered 404/.test(a.message))).toBe(true);
    expect(received(webhook).map((event) => event.type)).toEqual(['deployment.started', 'deployment.complete']);
  });

  it('cancelled while a webhook hangs on the started: the canary cuts it short and sends failed (cancelled) before the runner kills it', async () => {
    const eventsFile = newEventsFile();
    const webhook = await started(new Receiver((n) => (n === 1 ? 'hang' : 200), checkCloudEvent).start());
    const hang = await started(new ScenarioServer(() => {}).start());
    const inputs = { ...FAST, urls: `${hang.url}/`, timeout: '30s', window: '60s', 'events-file': eventsFile, 'webhook-url': `${webhook.url}/hook`, 'sink-timeout': '20s' };
    // The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that.
    const step = prepareStep('deploy-canary', 'main', { inputs, env: ENV });
    const child = spawn(process.execPath, [step.entry], { cwd: step.cwd, env: step.env, stdio: 'ignore' });
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (code, signal) => done([code, signal])));
    const deadline = Date.now() + 30_000;
    while (webhook.requests.length === 0) {
      if (Date.now() > deadline) throw new Error('the started never reached the webhook');
      await new Promise((done) => setTimeout(done, 20));
    }
    const timers = [
      setTimeout(() => child.kill('SIGINT'), 0),
      setTimeout(() => child.kill('SIGTERM'), 7500),
      setTimeout(() => child.kill('SIGKILL'), 10_000),
    ];
    const [code, signal] = await closed;
    for (const timer of timers) clearTimeout(timer);
    expect(signal, 'the runner had to kill the step').toBeNull();
    expect(code).toBe(1);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'cancelled']]);
    expect(received(webhook).map((event) => [event.type, event.data.reason])).toEqual([['deployment.started', null], ['deployment.failed', 'cancelled']]);
    // The post step: the webhook has the end, so the started it never took is not sent after it.
    const post = await runStep('deploy-canary', 'post', { inputs, env: ENV, runnerTemp: step.runnerTemp, state: parseFileCommands(readFileSync(step.paths.state, 'utf8')) });
    expect(post.exitCode, printed(post)).toBe(0);
    expect(received(webhook).map((event) => event.type)).toEqual(['deployment.started', 'deployment.failed']);
    expect(lifecycle(eventsFile)).toEqual([['deployment.started', null], ['deployment.failed', 'cancelled']]);
  });
});
