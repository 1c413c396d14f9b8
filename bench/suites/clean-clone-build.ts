import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { materializeCommit } from '../../src/build/materialize.ts';
import { Git } from '../../src/git/git.ts';
import { prepareStep } from '../../test/harness/action-runner.ts';
import { GitFixture, fastCommits } from '../../test/harness/git-fixture.ts';
import { median, ms, runProcess, type BenchLine, type BenchSuite } from '../measure.ts';

const FILES = 50_000;
const CACHE = join(import.meta.dirname, '..', '..', '.bench-cache', `clean-clone-build-${FILES}`);
// 50,000 files per copy: a slow disk makes each run long, so 3 by default (BENCH_RUNS=7 for more).
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A repository with 50,000 tracked files (a README, then one commit adding the rest through git fast-import), made once. */
function repository(): string {
  if (!existsSync(join(CACHE, '.git'))) {
    mkdirSync(CACHE, { recursive: true });
    const repo = new GitFixture(CACHE);
    repo.commit('root', { 'README.md': 'bench\n' });
    fastCommits(repo, 1, {
      files: () => Object.fromEntries(Array.from({ length: FILES - 1 }, (_, i) => [`src/pkg-${i % 500}/mod-${i % 7}/file-${i}.ts`, `export const value${i} = ${i};\n// generated file ${i} for the clean-clone-build bench\n`])),
      message: () => `${FILES} files`,
    });
  }
  return CACHE;
}

/** Each way to get a clean copy of HEAD, as a function of an empty target directory. */
function candidates(dir: string, sha: string): Record<string, (target: string) => Promise<unknown>> {
  const git = new Git(dir);
  return {
    // What the action does.
    ours: (target) => materializeCommit(git, sha, target),
    // The reference of the issue.
    archive: (target) => runProcess('bash', ['-c', `git -C '${dir}' archive ${sha} | tar -x -C '${target}'`]),
    // Alternatives measured for the choice (see src/build/materialize.ts).
    'git clone --local --shared --no-checkout + checkout': (target) => runProcess('bash', ['-ec', `git clone -q --local --shared --no-checkout '${dir}' '${target}/c'; git -C '${target}/c' -c advice.detachedHead=false checkout -q --detach ${sha}`]),
    'temporary index + checkout-index': (target) => runProcess('bash', ['-ec', `export GIT_INDEX_FILE='${target}.index'; git -C '${dir}' read-tree ${sha}; git -C '${dir}' --work-tree='${target}' checkout-index -a; rm -f "$GIT_INDEX_FILE"`]),
  };
}

export const suite: BenchSuite = {
  name: 'clean-clone-build',
  async coldStart() {
    const repo = new GitFixture();
    repo.commit('one', { 'a.txt': '1\n' });
    return { action: 'clean-clone-build', step: prepareStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { install: 'none', build: 'true' } }) };
  },
  async run() {
    const dir = repository();
    const sha = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const count = Number(execFileSync('bash', ['-c', `git -C '${dir}' ls-files | wc -l`], { encoding: 'utf8' }).trim());
    if (count !== FILES) throw new Error(`bench fixture has ${count} files, expected ${FILES}`);
    const ways = candidates(dir, sha);
    const samples: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((name) => [name, []]));
    const parent = mkdtempSync(join(tmpdir(), 'dg-bench-clean-'));
    // Interleaved run by run so machine noise hits every candidate alike; removal is not timed.
    for (let run = 0; run <= RUNS; run++) {
      for (const [name, materialize] of Object.entries(ways)) {
        const target = mkdtempSync(join(parent, 't-'));
        const started = performance.now();
        await materialize(target);
        const elapsed = performance.now() - started;
        if (run > 0) samples[name]!.push(elapsed); // run 0 warms the page cache
        rmSync(target, { recursive: true, force: true });
      }
    }
    rmSync(parent, { recursive: true, force: true });
    const reference = median(samples.archive!);
    const lines: BenchLine[] = [];
    const ours = median(samples.ours!);
    lines.push({ label: `clean copy of ${FILES} tracked files (alternates + detached checkout) vs git archive HEAD | tar -x`, value: `${ms(ours)} vs ${ms(reference)} (median of ${RUNS})`, ratio: ours / reference, target: '<= 1.5x', ok: ours / reference <= 1.5 });
    for (const name of Object.keys(ways).filter((way) => way !== 'ours' && way !== 'archive')) {
      const value = median(samples[name]!);
      lines.push({ label: `(alternative) ${name} vs archive`, value: `${ms(value)} (median of ${RUNS})`, ratio: value / reference });
    }
    return lines;
  },
};
