import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { countCommits } from '../../src/commits/commit-count.ts';
import { Git } from '../../src/git/git.ts';
import { GlobSet } from '../../src/shared/inputs.ts';
import { DEFAULT_FLAG_MESSAGES } from '../../src/commits/settings.ts';
import { prepareStep } from '../../test/harness/action-runner.ts';
import { GitFixture, fastCommits } from '../../test/harness/git-fixture.ts';
import { ms, runProcess, sideBySide, type BenchSuite } from '../measure.ts';

const CACHE = join(import.meta.dirname, '..', '..', '.bench-cache', 'commit-count-5000');
const COMMITS = 5000;

function history(): { dir: string; base: string } {
  if (!existsSync(join(CACHE, '.git'))) {
    mkdirSync(CACHE, { recursive: true });
    const repo = new GitFixture(CACHE);
    repo.commit('root', { 'README.md': 'bench\n' });
    fastCommits(repo, COMMITS, {
      files: (i) => ({ [`src/module-${i % 400}/file-${i % 7}.ts`]: `export const v = ${i};\n`, ...(i % 250 === 0 ? { [`db/migrations/${i}.sql`]: '--\n' } : {}) }),
      message: (i) => (i % 500 === 0 ? `release ${i} [skip ci]` : `change ${i}\n\nbody line for change ${i}`),
    });
  }
  const base = execFileSync('git', ['-C', CACHE, 'rev-list', '--max-parents=0', 'HEAD'], { encoding: 'utf8' }).trim();
  return { dir: CACHE, base };
}

export const suite: BenchSuite = {
  name: 'commit-count',
  async coldStart() {
    const repo = new GitFixture();
    const base = repo.commit('one');
    repo.commit('two');
    return { action: 'commit-count', step: prepareStep('commit-count', 'main', { cwd: repo.dir, inputs: { base } }) };
  },
  async run() {
    const { dir, base } = history();
    const git = new Git(dir);
    const options = {
      base, head: 'HEAD', environment: 'production', remote: 'origin', maxCommits: 0,
      watchPaths: new GlobSet(['db/migrations/**', '.github/workflows/**']),
      flagMessages: new RegExp(DEFAULT_FLAG_MESSAGES, 'i'),
      context: { eventName: 'workflow_dispatch', payload: {} } as never,
    };
    const result = await countCommits(git, options);
    if (result.count !== COMMITS) throw new Error(`bench fixture miscounted: ${result.count}`);
    const measured = await sideBySide(
      () => countCommits(git, options),
      () => runProcess('git', ['-C', dir, 'log', '--name-only', `${base}..HEAD`]),
    );
    return [{
      label: `engine over ${COMMITS} commits (watch-paths + flag-messages) vs git log --name-only`,
      value: `${ms(measured.ours)} vs ${ms(measured.reference)}`,
      ratio: measured.ratio,
      target: '<= 2x',
      ok: measured.ratio <= 2,
    }];
  },
};
