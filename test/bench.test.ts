// `npm run bench` exits once it has printed its results: a loopback server a suite's
// cold start left running once kept it waiting forever.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './harness/action-runner.ts';

it('npm run bench exits after its results, whatever a suite left open', async () => {
  // Only the deploy-canary cold start (the one with a server), and no suite's own run.
  const child = spawn(process.execPath, [join(ROOT, 'bench', 'run.ts'), 'cold-start'], { cwd: ROOT, env: { ...process.env, BENCH_COLD_STARTS: 'deploy-canary' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  const exited = await new Promise<number | null | 'still running'>((resolve) => {
    const timer = setTimeout(() => resolve('still running'), 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  if (exited === 'still running') child.kill('SIGKILL');
  expect(stdout).toMatch(/dist\/deploy-canary: .* vs node -e 0/);
  expect(exited).toBe(0);
}, 120_000);
