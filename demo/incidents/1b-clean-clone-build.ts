import { execFileSync } from 'node:child_process';
import { runStep } from '../../test/harness/action-runner.ts';
import { TSC_BUILD, incidentProject } from '../../test/harness/node-project.ts';
import { verdictOf, type DemoIncident } from '../incident.ts';

export const incident: DemoIncident = {
  guard: 'clean-clone-build',
  title: 'Incident 1: every local build passed; the first clean clone failed',
  story: 'database.ts imported ./module-registry, which with the module configs was never committed; the deploy host\'s fresh clone could not resolve it.',
  async run() {
    // The developer's machine: untracked registry on disk, so the local build passes.
    const dirty = incidentProject();
    execFileSync('bash', ['-ec', `npm ci --silent && ${TSC_BUILD}`], { cwd: dirty.dir, stdio: 'pipe' });
    const caught = await runStep('clean-clone-build', 'main', { cwd: dirty.dir, inputs: { build: TSC_BUILD }, timeoutMs: 120_000 });
    const missing = JSON.parse(caught.outputs['missing-from-git'] ?? '[]') as { path: string; state: string }[];
    const verdict = caught.annotations.find((a) => a.level === 'error' && a.message.startsWith('clean-clone-build:'))?.message ?? verdictOf(caught.stdout);
    const fix = caught.stdout.split('\n').find((line) => line.trim().startsWith('git add'))?.trim() ?? '';

    const twin = await runStep('clean-clone-build', 'main', { cwd: incidentProject({ fixed: true }).dir, inputs: { build: TSC_BUILD }, timeoutMs: 120_000 });
    return {
      caught: caught.exitCode === 1 && missing.some((file) => file.path === 'src/module-registry.ts'),
      caughtLine: `${verdict} (the local build passed; fix: ${fix})`,
      twinPassed: twin.exitCode === 0 && twin.outputs.result === 'success',
      twinLine: verdictOf(twin.stdout),
    };
  },
};
