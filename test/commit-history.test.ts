// The worst outcome of commit-count is a wrong number. These tests build histories with
// branches and merges, then count ranges in shallow clones shaped as CI checks them out
// (depth 1 of a branch, of a pull request's merge ref, of a force-pushed branch) and
// compare every count, and every commit's files, with the full repository's. A failing
// random history names its seed: replay it with DG_PROPERTY_SEED=<seed>.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countCommits, type CommitCountOptions } from '../src/commits/commit-count.ts';
import { extent } from '../src/commits/history.ts';
import { Git } from '../src/git/git.ts';
import { GlobSet } from '../src/shared/inputs.ts';
import { GitFixture, cloneFrom } from './harness/git-fixture.ts';
import { mulberry32 } from './harness/random.ts';

// 70002: a history whose set-back clocks make git's own full-clone count inexact (see expectedCounts).
const SEEDS = process.env.DG_PROPERTY_SEED ? [Number(process.env.DG_PROPERTY_SEED)] : [1, 2, 70002, Date.now() % 1_000_000];
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: GIT_ENV, maxBuffer: 1 << 28 }).trim();

/** Writes a fast-import stream and returns mark → SHA. */
function fastImport(repo: GitFixture, lines: string[]): Map<number, string> {
  execFileSync('git', ['-C', repo.dir, 'fast-import', '--quiet', `--export-marks=${repo.dir}/.git/marks`], { input: `${lines.join('\n')}\n` });
  const marks = new Map<number, string>();
  for (const line of readFileSync(`${repo.dir}/.git/marks`, 'utf8').trim().split('\n')) {
    const [id, sha] = line.split(' ');
    marks.set(Number(id!.slice(1)), sha!);
  }
  return marks;
}

/** main with 240 commits; every 30 a side branch of 6 commits forks and is merged back 12 later. */
function mergeHeavyHistory(): { repo: GitFixture; marks: Map<number, string> } {
  const repo = new GitFixture();
  const lines: string[] = [];
  let mark = 0;
  const commit = (branch: string, from: number | undefined, merge: number | undefined, i: number) => {
    mark++;
    lines.push(`commit refs/heads/${branch}`, `mark :${mark}`, `author A <a@example.com> ${1767225600 + mark} +0000`, `committer A <a@example.com> ${1767225600 + mark} +0000`, `data <<EOF`, `${branch} ${i}`, 'EOF');
    if (from) lines.push(`from :${from}`);
    if (merge) lines.push(`merge :${merge}`);
    lines.push('M 100644 inline file.txt', 'data <<EOF', `${branch} ${i}`, 'EOF', '');
    return mark;
  };
  let main = 0;
  const sideTips: { tip: number; mergeAt: number }[] = [];
  for (let i = 0; i < 240; i++) {
    const due = sideTips.find((side) => side.mergeAt === i);
    main = commit('main', main || undefined, due?.tip, i);
    if (i % 30 === 5) {
      let tip = main;
      for (let j = 0; j < 6; j++) tip = commit(`side-${i}`, tip, undefined, j);
      sideTips.push({ tip, mergeAt: i + 12 });
    }
  }
  const marks = fastImport(repo, lines);
  repo.git('reset', '-q', '--hard', 'main');
  return { repo, marks };
}

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const options = (base: string, head: string, extra: Partial<CommitCountOptions> = {}): CommitCountOptions => ({
  base, head, environment: 'production', remote: 'origin', maxCommits: 0,
  watchPaths: new GlobSet(['**']), context: { eventName: 'workflow_dispatch', payload: {} } as never, ...extra,
});

/** What the count reports, commit by commit: the SHA and the files it changed (its watched paths under `**`). */
async function counted(dir: string, opts: CommitCountOptions, log?: string[]) {
  const result = await countCommits(new Git(dir), { ...opts, log: (line) => log?.push(line) });
  return { count: result.count, commits: result.commits.map((commit) => `${commit.sha} ${commit.watched.join(',')}`).sort() };
}

describe('exact counts in shallow clones', () => {
  const { repo, marks } = mergeHeavyHistory();
  const all = [...marks.values()];
  const random = rng(42);
  const pairs: [string, string][] = [];
  while (pairs.length < 12) {
    const a = all[Math.floor(random() * all.length)]!;
    const b = all[Math.floor(random() * all.length)]!;
    if (a !== b) pairs.push([a, b]);
  }
  pairs.push([all[0]!, repo.head()]);

  it.each([1, 3, 25])('depth %i: every random range counts as in the full repository', async (depth) => {
    for (const [base, head] of pairs) {
      const expected = await counted(repo.dir, options(base, head));
      expect(expected.count).toBe(Number(repo.git('rev-list', '--count', `${base}..${head}`)));
      const clone = cloneFrom(repo, { depth });
      expect({ base, head, ...(await counted(clone.dir, options(base, head))) }).toEqual({ base, head, ...expected });
    }
  }, 120_000);
});

/**
 * A random history: main and feature branches that fork from old and new commits, take
 * main in (sync merges), merge into main and go on, merge into each other; committer
 * dates mostly move forward, with clock skew now and then (a commit dated days before
 * its parent), which a fetch by date must survive.
 */
function randomHistory(seed: number) {
  const next = mulberry32(seed);
  const pick = <T,>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const repo = new GitFixture();
  const lines: string[] = [];
  let mark = 0;
  let clock = 1767225600;
  const tips = new Map<string, number>();
  const mainLine: number[] = [];
  const commit = (branch: string, parents: number[]) => {
    mark++;
    clock += 60 + Math.floor(next() * 7200);
    const date = next() < 0.05 ? clock - Math.floor(next() * 5 * 86_400) : clock;
    lines.push(`commit refs/heads/${branch}`, `mark :${mark}`, `author A <a@example.com> ${date} +0000`, `committer A <a@example.com> ${date} +0000`, 'data <<EOF', `${branch} ${mark}`, 'EOF');
    if (parents[0]) lines.push(`from :${parents[0]}`);
    for (const parent of parents.slice(1)) lines.push(`merge :${parent}`);
    lines.push(`M 100644 inline ${branch}/${mark % 7}.txt`, 'data <<EOF', `${mark}`, 'EOF', '');
    tips.set(branch, mark);
    if (branch === 'main') mainLine.push(mark);
    return mark;
  };
  commit('main', []);
  let features = 0;
  for (let step = 0; step < 260; step++) {
    const roll = next();
    const open = [...tips.keys()].filter((name) => name !== 'main');
    if (roll < 0.07) commit(`feature-${++features}`, [next() < 0.3 ? pick(mainLine) : tips.get('main')!]);
    else if (roll < 0.5 || open.length === 0) commit('main', [tips.get('main')!]);
    else if (roll < 0.8) {
      const branch = pick(open);
      commit(branch, [tips.get(branch)!]);
    } else if (roll < 0.86) {
      const branch = pick(open);
      commit(branch, [tips.get(branch)!, tips.get('main')!]); // main taken into the branch
    } else if (roll < 0.96) {
      const branch = pick(open);
      commit('main', [tips.get('main')!, tips.get(branch)!]); // merged; the branch may go on
      if (next() < 0.5) tips.delete(branch);
    } else if (open.length > 1) {
      const [a, b] = [pick(open), pick(open)];
      if (a !== b) commit(a, [tips.get(a)!, tips.get(b)!]);
    }
  }
  const marks = fastImport(repo, lines);
  repo.git('reset', '-q', '--hard', 'main');
  return { repo, marks, mainLine: mainLine.map((id) => marks.get(id)!), features: [...tips.keys()].filter((name) => name !== 'main') };
}

/**
 * What a shallow count may be: git's count on the full repository and, only where git's own
 * `base..head` walk is inexact there, the exact set too. That walk stops on commit dates
 * (revision.c's SLOP), and this history sets 5% of clocks back as real clocks and rebases do:
 * then it can list commits base reaches (seed 70002: 5, where two plain walks, head's history
 * minus base's, give 3). A shallow checkout's count then depends on the path it took (a walk
 * of the local history, or what the remote's own walk listed), so it may be either; wherever
 * git's count is exact, it must be exactly that.
 */
async function expectedCounts(dir: string, base: string, head: string): Promise<Awaited<ReturnType<typeof counted>>[]> {
  const byGit = await counted(dir, options(base, head));
  const reached = new Set(git(dir, 'rev-list', base, '--').split('\n'));
  const exact = new Set(git(dir, 'rev-list', head, '--').split('\n').filter((sha) => sha !== '' && !reached.has(sha)));
  if (exact.size === byGit.count) return [byGit];
  return [byGit, { count: exact.size, commits: byGit.commits.filter((line) => exact.has(line.slice(0, line.indexOf(' ')))) }];
}

/** The expected count the actual one equals, else git's (for the failure's diff). */
const matching = (candidates: Awaited<ReturnType<typeof counted>>[], actual: Awaited<ReturnType<typeof counted>>) =>
  candidates.find((candidate) => candidate.count === actual.count && candidate.commits.join('\n') === actual.commits.join('\n')) ?? candidates[0]!;

/** A bare origin of `repo` (with extra refs), and a depth-1 checkout of `ref` as actions/checkout makes it. */
function shallowCheckout(origin: string, ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-checkout-'));
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${origin}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/checkout`);
  git(dir, 'checkout', '-q', '--detach', 'refs/remotes/checkout');
  return dir;
}

describe.each(SEEDS)('random merge-heavy history (seed %i): counts as in the full repository', (seed) => {
  const { repo, marks, mainLine, features } = randomHistory(seed);
  const all = [...marks.values()];
  const next = mulberry32(seed * 7919);
  const pick = <T,>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const origin = mkdtempSync(join(tmpdir(), 'dg-origin-'));
  execFileSync('git', ['clone', '-q', '--bare', repo.dir, origin], { env: GIT_ENV });
  const mainTip = git(origin, 'rev-parse', 'refs/heads/main');
  /** How each count was made exact (the last log line), to show the paths the seeds took. */
  const paths: string[] = [];
  afterAll(() => {
    if (process.env.DG_PROPERTY_PATHS) console.log(`seed ${seed}:\n${paths.join('\n')}`);
  });

  it('pull requests checked out as their merge ref, base branch still at the base or moved on', async () => {
    const cases: { base: string; head: string; branch: string }[] = [];
    for (const feature of features.slice(0, 4)) cases.push({ base: mainTip, head: git(origin, 'rev-parse', `refs/heads/${feature}`), branch: 'main' });
    for (let i = 0; i < 4; i++) cases.push({ base: pick(mainLine.slice(-40)), head: pick(all), branch: 'main' }); // main moved since the event
    for (let i = 0; i < 3; i++) cases.push({ base: pick(all), head: pick(all), branch: `base-${i}` }); // a base branch that is still at the base
    for (const [n, { base, head, branch }] of cases.entries()) {
      if (branch !== 'main') git(origin, 'update-ref', `refs/heads/${branch}`, base);
      const merge = git(origin, 'commit-tree', `${head}^{tree}`, '-p', base, '-p', head, '-m', `Merge ${head} into ${base}`);
      git(origin, 'update-ref', `refs/pull/${n}/merge`, merge);
      const checkout = shallowCheckout(origin, `refs/pull/${n}/merge`);
      const event = { eventName: 'pull_request', payload: { pull_request: { number: n, base: { sha: base, ref: branch }, head: { sha: head, ref: 'feature' } } } } as never;
      const expected = await expectedCounts(repo.dir, base, head);
      const log: string[] = [];
      const actual = await counted(checkout, options('', 'HEAD', { context: event }), log);
      paths.push(log.at(-1)!);
      expect({ seed, n, base, head, ...actual }, log.join('\n')).toEqual({ seed, n, base, head, ...matching(expected, actual) });
    }
  }, 240_000);

  it('pushes to a depth-1 branch checkout, force-pushes (before not an ancestor of after) among them', async () => {
    for (let i = 0; i < 6; i++) {
      const [before, after] = [pick(all), pick(all)];
      git(origin, 'update-ref', 'refs/heads/pushed', after);
      const checkout = shallowCheckout(origin, 'refs/heads/pushed');
      const event = { eventName: 'push', payload: { before, after, repository: { default_branch: 'main' } } } as never;
      const expected = await expectedCounts(repo.dir, before, after);
      const log: string[] = [];
      const actual = await counted(checkout, options('', 'HEAD', { context: event }), log);
      paths.push(log.at(-1)!);
      expect({ seed, before, after, ...actual }, log.join('\n')).toEqual({ seed, before, after, ...matching(expected, actual) });
    }
  }, 240_000);
});

describe('a boundary both sides share can hide that a commit of head is behind base', () => {
  // main: r ← c ← x1 ← x2 ← X ← y ← B; release: c ← rel; feature: X ← h1 ← h2 ← H = merge(h2, rel).
  // Cut below X (X's parents not fetched): base's walk stops at X, head reaches c and r
  // through the release branch, so `base..head` lists them as head's own. A check that only
  // looks for boundaries in base...head sees none (X is reachable from both) and counts 6, not 4.
  it('fetches below the shared boundary and counts 4', async () => {
    const repo = new GitFixture();
    repo.commit('r', { 'r.txt': 'r' });
    const c = repo.commit('c', { 'c.txt': 'c' });
    repo.git('branch', 'release');
    repo.commit('x1', { 'x.txt': '1' });
    repo.commit('x2', { 'x.txt': '2' });
    const x = repo.commit('X', { 'x.txt': 'X' });
    repo.git('checkout', '-q', 'release');
    repo.commit('rel', { 'rel.txt': 'rel' });
    repo.git('checkout', '-q', '-b', 'feature', x);
    repo.commit('h1', { 'h.txt': '1' });
    repo.commit('h2', { 'h.txt': '2' });
    repo.git('merge', '-q', '--no-ff', '-m', 'take the release in', 'release');
    const head = repo.head();
    repo.git('checkout', '-q', 'main');
    repo.commit('y', { 'y.txt': 'y' });
    const base = repo.commit('B', { 'b.txt': 'b' });
    const expected = await counted(repo.dir, options(base, head));
    expect(expected.count).toBe(4);
    expect(git(repo.dir, 'merge-base', '--is-ancestor', c, x)).toBe('');
    // A full clone cut by hand below X: every object is there, history stops at X.
    const clone = cloneFrom(repo);
    clone.git('fetch', '-q', 'origin', 'feature:feature');
    writeFileSync(join(clone.dir, '.git', 'shallow'), `${x}\n`);
    expect(clone.git('rev-list', '--count', `${base}..${head}`)).toBe('6');
    const log: string[] = [];
    expect(await counted(clone.dir, options(base, head), log)).toEqual(expected);
    expect(log.join("\n")).toMatch(/shallow checkout: deepened base to \d+ and head to \d+ commits, where they meet/);

    // The same from a linked worktree (its .git is a file; the shallow list is in the
    // main repository's git directory): found there, so the boundary is seen and it counts 4.
    const linked = clone.dir + '-linked';
    clone.git('worktree', 'add', '-q', '--detach', linked, head);
    writeFileSync(join(clone.dir, '.git', 'shallow'), `${x}\n`);
    expect(git(linked, 'rev-list', '--count', `${base}..${head}`)).toBe('6');
    const linkedLog: string[] = [];
    expect(await counted(linked, options(base, head), linkedLog)).toEqual(expected);
    expect(linkedLog.join("\n")).toMatch(/shallow checkout: deepened base to \d+ and head to \d+ commits, where they meet/);
  });
});

describe('a long local history', () => {
  it('finds the newest and oldest commit time of 200,000 commits in one pass (a spread into Math.min overflows the stack)', () => {
    const times = Array.from({ length: 200_000 }, (_, i) => 1_700_000_000 + ((i * 7919) % 200_000));
    expect(() => Math.min(...times)).toThrow(RangeError);
    expect(extent(times)).toEqual({ min: 1_700_000_000, max: 1_700_199_999 });
  });
});
