import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runStep } from '../../test/harness/action-runner.ts';
import { verdictOf, type DemoIncident } from '../incident.ts';

/** The step's one-line verdict (the annotations before it are the single findings). */
const verdict = (stdout: string) => stdout.split('\n').find((line) => line.startsWith('::error::env-completeness:'))?.replace('::error::', '') ?? verdictOf(stdout);

function workspace(name: 'incident' | 'fixed'): string {
  const dir = mkdtempSync(join(tmpdir(), `demo-env-${name}-`));
  cpSync(join(ROOT, 'test/fixtures/env-completeness', name), dir, { recursive: true });
  return dir;
}

export const incident: DemoIncident = {
  guard: 'env-completeness',
  title: 'Incident 6: MANA_STT_URL set for the legacy service, not for mana-web',
  story: 'compose.override.yaml gave MANA_STT_URL to mana-stt-legacy only; mana-web (SvelteKit, $env/dynamic/private) answered 503 on its first request, ${MANA_STT_API_KEY:-} was silently empty and DATABASE_URL was unset.',
  async run() {
    const caught = await runStep('env-completeness', 'main', { cwd: workspace('incident') });
    // The fixed twin: mana-web's environment carries all three, and the host provides them.
    const twin = await runStep('env-completeness', 'main', { cwd: workspace('fixed'), inputs: { provided: 'DATABASE_URL\nMANA_STT_URL\nMANA_STT_API_KEY' } });
    const missing = JSON.parse(caught.outputs.missing ?? '[]') as { variable: string; reason: string; hint: string }[];
    const stt = missing.find((entry) => entry.variable === 'MANA_STT_URL' && entry.reason === 'not-passed');
    return {
      caught: caught.exitCode === 1 && stt !== undefined && stt.hint.includes('defined for mana-stt-legacy'),
      caughtLine: `${verdict(caught.stdout)}; hint: ${stt?.hint ?? '(none)'}`,
      twinPassed: twin.exitCode === 0 && twin.outputs['missing-count'] === '0',
      twinLine: verdictOf(twin.stdout),
    };
  },
};
