import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runStep } from '../../test/harness/action-runner.ts';
import { FlyStandIn, type StandInApp } from '../../test/harness/fly-stand-in.ts';
import { verdictOf, type DemoIncident } from '../incident.ts';

const HOUR = 3_600_000;
/** The step's one-line verdict (the annotations before it are the single findings). */
const verdict = (stdout: string) => stdout.split('\n').find((line) => line.startsWith('::error::env-completeness:'))?.replace('::error::', '') ?? verdictOf(stdout);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

function phoenixApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demo-fly-'));
  cpSync(join(ROOT, 'test/fixtures/fly-phoenix'), dir, { recursive: true });
  return dir;
}

/** The app's secrets and two Machines, last updated (deployed) at `deployedAt`. */
function flyApp(deployedAt: number, databaseUrlSetAt: number): StandInApp {
  const old = Date.now() - 40 * 24 * HOUR;
  const secret = (name: string, at: number) => ({ name, digest: 'cdbe3268a82bfe993921b9cae2a526af', createdAt: iso(at), updatedAt: iso(at) });
  return {
    secrets: [secret('SECRET_KEY_BASE', old), secret('POSTMARK_API_KEY', old), secret('DATABASE_URL', databaseUrlSetAt)],
    machines: ['e7843', '9080e'].map((id) => ({ id, state: 'started' as const, boots: [{ type: 'update' as const, at: deployedAt }, { type: 'start' as const, at: deployedAt + 2000 }], updatedAt: iso(deployedAt + 2000) })),
  };
}

export const incident: DemoIncident = {
  guard: 'env-completeness',
  title: 'Incident 6 (Fly.io): DATABASE_URL set again by re-attaching the database, but only staged',
  story: '`fly secrets unset DATABASE_URL` redeployed the Phoenix app without it ("environment variable DATABASE_URL is missing" at boot); re-attaching Postgres set the secret again, staged, not deployed, so the Machines kept running without it.',
  async run() {
    const fly = await new FlyStandIn().start();
    try {
      const now = Date.now();
      // Deployed two hours ago without DATABASE_URL; the re-attach set it an hour ago.
      fly.app('hello-phx', flyApp(now - 2 * HOUR, now - HOUR));
      const caught = await runStep('env-completeness', 'main', { cwd: phoenixApp(), inputs: { 'fly-token': fly.token, 'fly-api-url': fly.url } });
      const missing = JSON.parse(caught.outputs.missing ?? '[]') as { variable: string; reason: string; hint: string }[];
      const staged = missing.find((entry) => entry.variable === 'DATABASE_URL' && entry.reason === 'staged-not-deployed');
      // The twin: `fly secrets deploy` restarted the Machines after the secret was set.
      fly.app('hello-phx', flyApp(now - 10 * 60_000, now - HOUR));
      const twin = await runStep('env-completeness', 'main', { cwd: phoenixApp(), inputs: { 'fly-token': fly.token, 'fly-api-url': fly.url } });
      return {
        caught: caught.exitCode === 1 && staged !== undefined && staged.hint.includes('fly secrets deploy') && fly.violations.length === 0,
        caughtLine: `${verdict(caught.stdout)}; hint: ${staged?.hint ?? '(none)'}`,
        twinPassed: twin.exitCode === 0 && twin.outputs['missing-count'] === '0',
        twinLine: verdictOf(twin.stdout),
      };
    } finally {
      await fly.stop();
    }
  },
};
