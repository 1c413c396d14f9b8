// A worker thread that cannot start (the system refuses another thread) fails the scan in
// one error, and the workers already started end with it: nothing outlives the step.
import { describe, expect, it, vi } from 'vitest';

let started = 0;
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class RefusedSecond extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      if (++started === 2) throw Object.assign(new Error('thread creation failed'), { code: 'ERR_WORKER_INIT_FAILED' });
      super(...args);
    }
  }
  return { ...real, Worker: RefusedSecond };
});

const { checkUntrackedFiles } = await import('../src/imports/untracked-files.ts');
const { GlobSet } = await import('../src/shared/inputs.ts');
const { GitFixture } = await import('./harness/git-fixture.ts');

describe('untracked-files: a worker that cannot start', () => {
  it('ends the workers already started', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'src/a.ts': "import { b } from './b';\nexport const a = b;\n", 'src/b.ts': 'export const b = 1;\n', 'src/c.ts': 'export const c = 1;\n' });
    const none = new GlobSet([]);
    const failure = await checkUntrackedFiles({ directory: repo.dir, checkImports: true, checkWorktree: false, include: none, exclude: none, allow: none, failOnIgnored: false, threads: { workers: 2, batch: 1 } }).then(() => undefined, (error: unknown) => error);
    expect(started).toBe(2);
    expect((failure as Error).message).toBe('thread creation failed');
    expect(process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort' || kind === 'Worker')).toEqual([]);
  });
});
