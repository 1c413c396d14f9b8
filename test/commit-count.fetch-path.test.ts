// What commit-count runs when a depth-1 checkout lacks the range: only the git processes
// the count needs, and when a fetch fails, git's own cause (not the hint it prints after).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countCommits, type CommitCountOptions } from '../src/commits/commit-count.ts';
import { Git } from '../src/git/git.ts';
import { GlobSet } from '../src/shared/inputs.ts';
import { GitFixture } from './harness/git-fixture.ts';

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();

/** An origin with 30 commits on main, a branch of 3 that left it 10 commits back, and the merge ref of its pull request. */
function origin(): { dir: string; base: string; head: string } {
  const repo = new GitFixture();
  for (let i = 0; i < 30; i++) repo.commit(`main ${i}`, { [`m${i}.txt`]: `${i}` });
  repo.git('checkout', '-q', '-b', 'feature', 'main~10');
  for (let i = 0; i < 3; i++) repo.commit(`feature ${i}`, { [`f${i}.txt`]: `${i}` });
  repo.git('checkout', '-q', 'main');
  const dir = mkdtempSync(join(tmpdir(), 'dg-fetch-origin-'));
  execFileSync('git', ['clone', '-q', '--bare', repo.dir, dir]);
  const [base, head] = [git(dir, 'rev-parse', 'main'), git(dir, 'rev-parse', 'feature')];
  git(dir, 'update-ref', 'refs/pull/1/merge', git(dir, 'commit-tree', `${head}^{tree}`, '-p', base, '-p', head, '-m', 'merge'));
  return { dir, base, head };
}

/** A depth-1 checkout of the merge ref, as actions/checkout makes it. */
function checkout(originDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-fetch-checkout-'));
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${originDir}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge');
  git(dir, 'checkout', '-q', '--detach', 'refs/remotes/pull/1/merge');
  return dir;
}

const pullRequest = (base: string, head: string): CommitCountOptions => ({
  base: '', head: 'HEAD', environment: 'production', remote: 'origin', maxCommits: 0, watchPaths: new GlobSet([]),
  context: { eventName: 'pull_request', payload: { pull_request: { number: 1, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } } } } as never,
});

describe('the fetch path', () => {
  // Every git process this test file's counts start, written down by a `git` first on PATH.
  const calls = join(mkdtempSync(join(tmpdir(), 'dg-git-calls-')), 'calls.log');
  const savedPath = process.env.PATH;
  beforeEach(() => {
    const bin = mkdtempSync(join(tmpdir(), 'dg-git-bin-'));
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${calls}'\nexec '${real}' "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    writeFileSync(calls, '');
    process.env.PATH = `${bin}:${savedPath}`;
  });
  afterEach(() => {
    process.env.PATH = savedPath;
  });
  const forget = () => writeFileSync(calls, '');
  const ran = () => readFileSync(calls, 'utf8').split('\n').filter(Boolean).map((line) => line.replace(/^-C \S+ /, ''));

  it('runs no git process that adds nothing: no remote lookup while fetches work, the shallow flag asked once, fetched refs resolved in one process', async () => {
    const { dir, base, head } = origin();
    const cloned = checkout(dir);
    forget();
    const result = await countCommits(new Git(cloned), pullRequest(base, head));
    expect(result.count).toBe(Number(git(dir, 'rev-list', '--count', `${base}..${head}`)));
    const commands = ran();
    expect(commands.filter((command) => command.startsWith('remote '))).toEqual([]);
    expect(commands.filter((command) => command === 'rev-parse --is-shallow-repository')).toHaveLength(1);
    // Before the fetch each ref is asked alone (to know which is missing); after it, all in one.
    expect(commands.filter((command) => command.startsWith('rev-parse --verify'))).toHaveLength(2);
    expect(commands.filter((command) => command.startsWith('rev-parse --is-shallow-repository '))).toHaveLength(2);
  });

  it("a fetch that fails is reported with git's cause, not the hint git prints after it", async () => {
    const { dir, base, head } = origin();
    const cloned = checkout(dir);
    rmSync(dir, { recursive: true, force: true }); // the remote is gone
    const failure = await countCommits(new Git(cloned), pullRequest(base, head)).then(() => undefined, (error: Error) => error);
    expect(failure?.message).toMatch(/could not be fetched from 'origin' \(git: fatal: '[^']+' does not appear to be a git repository \/ fatal: Could not read from remote repository\.\)/);
    expect(failure?.message).not.toMatch(/the repository exists/);
  });

  it('a shallow checkout without the remote says so (the remote is asked about only after a fetch failed)', async () => {
    const { dir, base, head } = origin();
    const cloned = checkout(dir);
    git(cloned, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', base, head);
    git(cloned, 'remote', 'remove', 'origin');
    forget();
    const failure = await countCommits(new Git(cloned), { ...pullRequest(base, head), base, head }).then(() => undefined, (error: Error) => error);
    expect(failure?.message).toBe("The checkout is shallow and has no 'origin' remote to fetch more history from; check out with full history (actions/checkout with fetch-depth: 0)");
    expect(ran().filter((command) => command.startsWith('remote get-url'))).toHaveLength(1);
  });
});
