import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStep } from '../../test/harness/action-runner.ts';
import { ScenarioServer } from '../../test/harness/http-scenarios.ts';
import { verdictOf, type DemoIncident } from '../incident.ts';

const SHA = '4f1e2d3c4b5a69788796a5b4c3d2e1f001234567';
const FAST = { interval: '250ms', timeout: '1s', window: '3s', successes: '3' };

function eventsOf(path: string): string {
  return readFileSync(path, 'utf8').trim().split('\n').map((line) => {
    const event = JSON.parse(line) as { type: string; data: { reason: string | null } };
    return event.data.reason ? `${event.type} (${event.data.reason})` : event.type;
  }).join(' → ');
}

async function canary(urls: string, inputs: Record<string, string> = {}) {
  const eventsFile = join(mkdtempSync(join(tmpdir(), 'demo-canary-')), 'events.ndjson');
  const step = await runStep('deploy-canary', 'main', { inputs: { ...FAST, urls, 'events-file': eventsFile, ...inputs }, env: { GITHUB_SHA: SHA } });
  return { step, events: eventsOf(eventsFile) };
}

export const incident: DemoIncident = {
  guard: 'deploy-canary',
  title: 'Incident 4: /readyz green while every page hangs with 0 bytes; a stale image shipped',
  story: 'The health endpoint answered 200 while GET / sent headers and then nothing (event loop blocked); elsewhere a cached image served the old SHA while every step looked green.',
  async run() {
    // The incident: /readyz fine, / sends headers then 0 bytes; /version reports the previous build.
    const broken = await new ScenarioServer((req, res) => {
      if (req.url === '/readyz') return res.end('ok');
      if (req.url === '/version') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sha: '0ld5ha0ld5ha0ld5ha0ld5ha0ld5ha0ld5ha0ld5' }));
      res.writeHead(200, { 'content-type': 'text/html' });
      res.flushHeaders();
    }).start();
    const healthy = await new ScenarioServer((req, res) => {
      if (req.url === '/version') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sha: SHA }));
      res.end(req.url === '/readyz' ? 'ok' : '<html>shop</html>');
    }).start();
    try {
      const hung = await canary(`${broken.url}/readyz\n${broken.url}/`);
      const stale = await canary(`${broken.url}/readyz`, { 'version-url': `${broken.url}/version`, 'version-field': 'sha' });
      const twin = await canary(`${healthy.url}/readyz\n${healthy.url}/`, { 'version-url': `${healthy.url}/version`, 'version-field': 'sha' });
      return {
        caught: hung.step.outputs.reason === 'timeout-body' && stale.step.outputs.reason === 'version-mismatch',
        caughtLine: `${verdictOf(hung.step.stdout)} [events: ${hung.events}] | ${verdictOf(stale.step.stdout)} [events: ${stale.events}]`,
        twinPassed: twin.step.exitCode === 0 && twin.step.outputs.result === 'healthy',
        twinLine: `${verdictOf(twin.step.stdout)} [events: ${twin.events}]`,
      };
    } finally {
      await Promise.all([broken.stop(), healthy.stop()]);
    }
  },
};
