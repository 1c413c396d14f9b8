import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countCommits } from '../../src/commits/commit-count.ts';
import { Git } from '../../src/git/git.ts';
import { GlobSet } from '../../src/shared/inputs.ts';
import { DEFAULT_FLAG_MESSAGES } from '../../src/commits/settings.ts';
import { prepareStep, runStep } from '../../test/harness/action-runner.ts';
import { GitFixture, fastCommits } from '../../test/harness/git-fixture.ts';
import { median, ms, runProcess, sideBySide, type BenchLine, type BenchSuite } from '../measure.ts';

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

const SHALLOW = join(import.meta.dirname, '..', '..', '.bench-cache', 'commit-count-shallow-10000');
const SHALLOW_RUNS = 5;

/**
 * The pull-request shape of issue 16: an origin with 10,000 commits on main, a branch of
 * 8 commits that left main 2,000 commits before its tip (commits 10 minutes apart, the
 * branch's spread over the day after it left), the merge ref GitHub keeps, and a depth-1
 * checkout of that ref as actions/checkout makes it (kept as a template, copied per run).
 */
function shallowFixture(): { origin: string; checkout: string; base: string; head: string } {
  const origin = join(SHALLOW, 'origin.git');
  const checkout = join(SHALLOW, 'checkout');
  if (!existsSync(join(SHALLOW, '.complete'))) {
    rmSync(SHALLOW, { recursive: true, force: true });
    mkdirSync(SHALLOW, { recursive: true });
    const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
    execFileSync('git', ['init', '-q', '--bare', '--initial-branch=main', origin]);
    const chunks: string[] = [];
    const start = 1767225600;
    const commit = (mark: number, branch: string, date: number, from: number | undefined, path: string, text: string) => {
      chunks.push(`commit refs/heads/${branch}\nmark :${mark}\nauthor Dev <dev@example.com> ${date} +0000\ncommitter Dev <dev@example.com> ${date} +0000\ndata ${branch.length + 8}\n${branch} change\n`);
      if (from) chunks.push(`from :${from}\n`);
      chunks.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n\n`);
    };
    for (let i = 1; i <= 10_000; i++) commit(i, 'main', start + i * 600, i > 1 ? i - 1 : undefined, `src/module-${i % 400}/file-${i % 7}.ts`, `export const v = ${i};\n`);
    for (let j = 0; j < 8; j++) commit(10_001 + j, 'feature', start + 8000 * 600 + 3000 * (j + 1), j === 0 ? 8000 : 10_000 + j, `feature/f${j}.ts`, `export const f = ${j};\n`);
    execFileSync('git', ['-C', origin, 'fast-import', '--quiet'], { input: chunks.join(''), maxBuffer: 1 << 28 });
    const [base, head] = [git(origin, 'rev-parse', 'main'), git(origin, 'rev-parse', 'feature')];
    const env = { ...process.env, GIT_AUTHOR_NAME: 'GitHub', GIT_AUTHOR_EMAIL: 'noreply@github.com', GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' };
    const merge = execFileSync('git', ['-C', origin, 'commit-tree', `${head}^{tree}`, '-p', base, '-p', head, '-m', `Merge ${head} into ${base}`], { encoding: 'utf8', env }).trim();
    git(origin, 'update-ref', 'refs/pull/1/merge', merge);
    git(origin, 'repack', '-adq');
    execFileSync('git', ['init', '-q', checkout]);
    git(checkout, 'remote', 'add', 'origin', `file://${origin}`);
    git(checkout, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge');
    git(checkout, 'checkout', '-q', '--detach', 'refs/remotes/pull/1/merge');
    writeFileSync(join(SHALLOW, '.complete'), `${base} ${head}\n`);
  }
  const git = (...args: string[]) => execFileSync('git', ['-C', origin, ...args], { encoding: 'utf8' }).trim();
  return { origin, checkout, base: git('rev-parse', 'main'), head: git('rev-parse', 'feature') };
}

/** commit-count (the bundled action, as the runner starts it) on a fresh copy of the depth-1 checkout, against `fetch --unshallow` + `rev-list --count` on another. */
async function shallowPullRequest(baseSha: string, headSha: string, checkout: string): Promise<{ ours: number; reference: number; count: string; note: string }> {
  const event = { number: 1, pull_request: { number: 1, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } } };
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-bench-shallow-'));
    cpSync(checkout, dir, { recursive: true });
    return dir;
  };
  const first = copy();
  const checked = await runStep('commit-count', 'main', { cwd: first, eventName: 'pull_request', event });
  rmSync(first, { recursive: true, force: true });
  const note = /shallow checkout: [^\n]*/.exec(checked.stdout)?.[0] ?? '(no shallow-checkout note)';
  const ours: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < SHALLOW_RUNS; i++) {
    const [a, b] = [copy(), copy()];
    const step = prepareStep('commit-count', 'main', { cwd: a, eventName: 'pull_request', event });
    let started = performance.now();
    await runProcess(process.execPath, [step.entry], { cwd: step.cwd, env: step.env });
    ours.push(performance.now() - started);
    started = performance.now();
    await runProcess('git', ['-C', b, 'fetch', '-q', '--unshallow', 'origin']);
    await runProcess('git', ['-C', b, 'rev-list', '--count', `${baseSha}..${headSha}`]);
    reference.push(performance.now() - started);
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
  return { ours: median(ours), reference: median(reference), count: checked.outputs.count ?? '', note };
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
    const lines: BenchLine[] = [{
      label: `engine over ${COMMITS} commits (watch-paths + flag-messages) vs git log --name-only`,
      value: `${ms(measured.ours)} vs ${ms(measured.reference)}`,
      ratio: measured.ratio,
      target: '<= 2x',
      ok: measured.ratio <= 2,
    }];

    const fixture = shallowFixture();
    const expected = execFileSync('git', ['-C', fixture.origin, 'rev-list', '--count', `${fixture.base}..${fixture.head}`], { encoding: 'utf8' }).trim();
    const pr = await shallowPullRequest(fixture.base, fixture.head, fixture.checkout);
    lines.push({
      label: `depth-1 checkout of a pull request's merge ref (10,000 commits; 8 on the branch, which left main 2,000 commits ago): commit-count vs git fetch --unshallow + rev-list --count; count ${pr.count} (rev-list on origin: ${expected}); ${pr.note}`,
      value: `${ms(pr.ours)} vs ${ms(pr.reference)} (median of ${SHALLOW_RUNS})`,
      ratio: pr.ours / pr.reference,
      target: '<= 0.3x, exact',
      ok: pr.ours / pr.reference <= 0.3 && pr.count === expected,
    });
    // The same pull request once main moved on after the event (base = main~1): the remote cannot list head's commits against the base, so both sides are deepened.
    const movedBase = execFileSync('git', ['-C', fixture.origin, 'rev-parse', 'main~1'], { encoding: 'utf8' }).trim();
    const moved = await shallowPullRequest(movedBase, fixture.head, fixture.checkout);
    lines.push({
      label: `the same once main moved on after the event (base = main~1; informational): count ${moved.count} (expected ${expected}); ${moved.note}`,
      value: `${ms(moved.ours)} vs ${ms(moved.reference)} (median of ${SHALLOW_RUNS})`,
      ratio: moved.ours / moved.reference,
    });
    return lines;
  },
};
