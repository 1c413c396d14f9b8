import { Agent, request } from 'undici';
import { deployCanary } from '../../src/probe/deploy-canary.ts';
import { runCanary } from '../../src/probe/canary.ts';
import { probeCheck, type CheckSpec } from '../../src/probe/check.ts';
import type { DeployCanarySettings } from '../../src/probe/settings.ts';
import { prepareStep, runStep } from '../../test/harness/action-runner.ts';
import { ScenarioServer } from '../../test/harness/http-scenarios.ts';
import { ms, sideBySide, type BenchLine, type BenchSuite } from '../measure.ts';

const PAGE = '<html>' + 'x'.repeat(4000) + '</html>';
const check = (url: string): CheckSpec => ({ name: 'home', url, method: 'GET', headers: {}, status: [{ from: 200, to: 299 }], statusText: '200-299', minBytes: 1 });
const limits = { timeoutMs: 2000, maxRedirects: 5, maxBodyBytes: 1024 * 1024 };
const context = { environment: 'bench', sha: 'abc1234', ref: '', repository: 'acme/shop', runId: '1', runAttempt: '1', workflow: 'bench', actor: 'bench', source: 'http://bench' };
const sinks = { eventsFile: '', webhookUrl: '', webhookToken: '', lokiUrl: '', lokiLabels: {}, lokiTenant: '', lokiUsername: '', lokiPassword: '', githubDeployment: false, token: '', sinkTimeoutMs: 1000 };

/** 40 sequential attempts, so per-attempt costs dominate the timer's resolution. */
const BATCH = 40;

async function healthyToComplete(flipAfterMs: number): Promise<number> {
  let healthy = false;
  const server = await new ScenarioServer((_req, res) => (healthy ? res.end(PAGE) : res.writeHead(503).end('starting'))).start();
  let flippedAt = 0;
  let completeAt = 0;
  const timer = setTimeout(() => {
    healthy = true;
    flippedAt = performance.now();
  }, flipAfterMs);
  const settings: DeployCanarySettings = {
    mode: 'deploy', environment: 'bench', environmentUrl: '', fail: true, sinks, skippedHostnames: [],
    canary: { checks: [check(`${server.url}/`)], intervalMs: 1000, timeoutMs: 2000, windowMs: 30_000, successes: 3, maxRedirects: 5, maxBodyBytes: 1024 * 1024 },
  };
  await deployCanary(settings, {
    context, logUrl: '', apiUrl: '', warn: () => {},
    print: (line) => {
      if (line.startsWith('event deployment.complete')) completeAt = performance.now();
    },
  });
  clearTimeout(timer);
  await server.stop();
  if (!completeAt || !flippedAt) throw new Error('bench canary did not complete');
  return completeAt - flippedAt;
}

export const suite: BenchSuite = {
  name: 'deploy-canary',
  async coldStart() {
    const server = await new ScenarioServer((_req, res) => res.end('ok')).start();
    const canary = await runStep('deploy-canary', 'main', { inputs: { urls: `${server.url}/`, successes: '1', interval: '100ms', timeout: '2s', window: '5s' } });
    if (canary.exitCode !== 0) throw new Error(`cold start run failed: ${canary.stdout}`);
    return [
      { action: 'deploy-canary', step: prepareStep('deploy-canary', 'main', { inputs: { urls: `${server.url}/`, successes: '1', interval: '100ms', timeout: '2s', window: '5s' } }), dispose: () => server.stop() },
      { action: 'deploy-start', step: prepareStep('deploy-start', 'main', {}) },
    ];
  },
  async run() {
    const lines: BenchLine[] = [];

    const server = await new ScenarioServer((_req, res) => res.end(PAGE)).start();
    try {
      const spec = check(`${server.url}/`);
      const probe = await sideBySide(
        async () => {
          for (let i = 0; i < BATCH; i++) if (!(await probeCheck(spec, limits)).ok) throw new Error('probe failed');
        },
        async () => {
          for (let i = 0; i < BATCH; i++) {
            const agent = new Agent();
            const response = await request(spec.url, { dispatcher: agent });
            await response.body.text();
            await agent.close();
          }
        },
      );
      lines.push({
        label: 'probe attempt (fresh connection, deadline, bounded read, judging) vs bare undici request on a fresh Agent',
        value: `${ms(probe.ours / BATCH)} vs ${ms(probe.reference / BATCH)} per attempt`, ratio: probe.ratio, target: '<= 1.5x', ok: probe.ratio <= 1.5,
      });
      const keepAlive = new Agent();
      const reused = await sideBySide(
        async () => {
          for (let i = 0; i < BATCH; i++) await probeCheck(spec, limits);
        },
        async () => {
          for (let i = 0; i < BATCH; i++) await (await request(spec.url, { dispatcher: keepAlive })).body.text();
        },
      );
      await keepAlive.close();
      lines.push({ label: 'probe attempt vs bare undici request reusing a keep-alive connection (the cost of never reusing; informational)', value: `${ms(reused.ours / BATCH)} vs ${ms(reused.reference / BATCH)} per attempt`, ratio: reused.ratio });

      const started = performance.now();
      const verdict = await runCanary({ checks: [spec], intervalMs: 1000, windowMs: 30_000, successes: 3, ...limits });
      const wall = performance.now() - started;
      if (!verdict.healthy) throw new Error('bench canary was not healthy');
      lines.push({ label: '3-success verdict, healthy from the start, interval 1s (ideal: 2 intervals)', value: `${ms(wall)} vs 2000 ms`, ratio: wall / 2000, target: '<= 1.2x', ok: wall / 2000 <= 1.2 });
    } finally {
      await server.stop();
    }

    // The server turns healthy at a moment unrelated to the rounds: three offsets, the worst reported.
    const delays: number[] = [];
    for (const flip of [1130, 1370, 1610]) delays.push(await healthyToComplete(flip));
    const worst = Math.max(...delays);
    lines.push({
      label: 'server healthy → deployment.complete, interval 1s, 3 successes (ideal: 2 intervals; worst of 3 offsets)',
      value: `${delays.map((delay) => ms(delay)).join(', ')} vs 2000 ms`, ratio: worst / 2000, target: '<= 1.1x', ok: worst / 2000 <= 1.1,
    });

    const hanging = await new ScenarioServer(() => {}).start();
    try {
      // Rounds start at 0, 1 s and 2 s: the last one starts just inside the window and hangs a whole timeout.
      const windowMs = 2050;
      const timeoutMs = 1000;
      const started = performance.now();
      const result = await runCanary({ checks: [check(`${hanging.url}/`)], intervalMs: 1000, windowMs, successes: 3, ...limits, timeoutMs });
      const overshoot = performance.now() - started - windowMs;
      if (result.reason !== 'timeout-headers') throw new Error(`hanging bench server gave ${result.reason}`);
      lines.push({ label: 'window overshoot for a hanging server (window 2.05s, timeout 1s: a round starts just before the window ends)', value: `${ms(overshoot)} past the window`, ratio: overshoot / timeoutMs, target: '<= 1 timeout', ok: overshoot <= timeoutMs });
    } finally {
      await hanging.stop();
    }
    return lines;
  },
};
