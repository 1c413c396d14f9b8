// The worst outcome of commit-count is a wrong number. These tests build a history
// with branches and merges, then count random ranges in shallow clones of every
// depth and compare with the full repository's `git rev-list --count`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countCommits } from '../src/commits/commit-count.ts';
import { Git } from '../src/git/git.ts';
import { GlobSet } from '../src/shared/inputs.ts';
import { GitFixture, cloneFrom } from './harness/git-fixture.ts';

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
  execFileSync('git', ['-C', repo.dir, 'fast-import', '--quiet', `--export-marks=${repo.dir}/.git/marks`], { input: `${lines.join('\n')}\n` });
  repo.git('reset', '-q', '--hard', 'main');
  const marks = new Map<number, string>();
  for (const line of readFileSync(`${repo.dir}/.git/marks`, 'utf8').trim().split('\n')) {
    const [id, sha] = line.split(' ');
    marks.set(Number(id!.slice(1)), sha!);
  }
  return { repo, marks };
}

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
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
      const expected = Number(repo.git('rev-list', '--count', `${base}..${head}`));
      const clone = cloneFrom(repo, { depth });
      const result = await countCommits(new Git(clone.dir), {
        base, head, environment: 'production', remote: 'origin', maxCommits: 0,
        watchPaths: new GlobSet([]), context: { eventName: 'workflow_dispatch', payload: {} } as never,
      });
      expect({ base, head, count: result.count }).toEqual({ base, head, count: expected });
    }
  }, 120_000);
});
