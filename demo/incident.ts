import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStep } from '../test/harness/action-runner.ts';

export interface DemoResult {
  caught: boolean;
  /** The guard's verdict on the incident, as a user would read it. */
  caughtLine: string;
  twinPassed: boolean;
  twinLine: string;
}

export interface DemoIncident {
  /** The action that guards against it. */
  guard: string;
  title: string;
  /** One sentence: what happened to the real team. */
  story: string;
  run(): Promise<DemoResult>;
}

/** The verdict line of a step: its ::error:: annotation, or the last plain log line. */
export function verdictOf(stdout: string): string {
  const lines = stdout.split('\n');
  const error = lines.find((line) => line.startsWith('::error'));
  if (error) return error.replace(/^::error[^:]*::/, '');
  return lines.filter((line) => line && !line.startsWith('::')).at(-1) ?? '';
}

/** The commit the demo deploys: canaries expect it from version URLs. */
export const DEMO_SHA = '4f1e2d3c4b5a69788796a5b4c3d2e1f001234567';

/** The event types (and reasons) an events file holds, in order: `deployment.started → deployment.failed (job-ended)`. */
export function eventsOf(path: string): string {
  if (!existsSync(path)) return '(none)';
  return readFileSync(path, 'utf8').trim().split('\n').map((line) => {
    const event = JSON.parse(line) as { type: string; data: { reason: string | null } };
    return event.data.reason ? `${event.type} (${event.data.reason})` : event.type;
  }).join(' → ');
}

/** A new, empty events file path. */
export function eventsFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'demo-events-')), 'events.ndjson');
}

/** The bundled deploy-canary on short demo timings, with its events in a file of its own. */
export async function demoCanary(urls: string, inputs: Record<string, string> = {}) {
  const file = eventsFile();
  const step = await runStep('deploy-canary', 'main', {
    inputs: { interval: '250ms', timeout: '1s', window: '3s', successes: '3', urls, 'events-file': file, ...inputs },
    env: { GITHUB_SHA: DEMO_SHA },
  });
  return { step, events: eventsOf(file) };
}
