// commit-count's facts come from git's output: no commit message may hide a commit's
// files or markers, invent a commit, or make a cut output count as complete.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countCommits } from '../../src/commits/commit-count.ts';
import { commitLine, summaryMarkdown } from '../../src/commits/report.ts';
import { Git } from '../../src/git/git.ts';
import { GlobSet } from '../../src/shared/inputs.ts';
import { ROOT, printed, runStep } from '../harness/action-runner.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { rawCommit, revListCount } from './hostile-repo.ts';

interface OutputCommit { sha: string; subject: string; author: string; watched: string[]; flags: string[] }
const commitsOf = (outputs: Record<string, string>) => JSON.parse(outputs.commits!) as OutputCommit[];

function cli(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'commit-count', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('commit-count: messages cannot forge facts', () => {
  it('a message holding \\x1f neither hides the migration it touches nor its [skip ci]', async () => {
    const repo = new GitFixture();
    const base = repo.commit('base', { 'src/app.ts': 'export {}\n' });
    rawCommit(repo, 'add orders table\x1f [skip ci]\n', { files: { 'db/migrations/0042_orders.sql': 'create table orders();\n' } });
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, 'watch-paths': 'db/migrations/**', 'max-watched': '0' } });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(step.outputs['watched-count']).toBe('1');
    expect(step.outputs['flagged-count']).toBe('1');
    expect(commitsOf(step.outputs)[0]).toMatchObject({ watched: ['db/migrations/0042_orders.sql'], flags: ['watched', 'message: [skip ci]'] });
  });

  it('a file name holding a line break does not slip past watch-paths', async () => {
    const repo = new GitFixture();
    const base = repo.commit('base');
    rawCommit(repo, 'rename things\n', { files: { 'db/migrations/0042\n.sql': 'drop table orders;\n', 'db/migrations/0043\u2028.sql': '--\n' } });
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, 'watch-paths': 'db/migrations/**', 'max-watched': '0' } });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(commitsOf(step.outputs)[0]!.watched).toEqual(['db/migrations/0042\n.sql', 'db/migrations/0043\u2028.sql']);
  });

  it('a message holding \\x1e and \\0 cannot invent a commit or an author', async () => {
    const repo = new GitFixture();
    const base = repo.commit('base');
    const fake = 'f'.repeat(40);
    rawCommit(repo, `real one\n\n\x1e${fake}\x1fInvented Author\x1f2020-01-01T00:00:00Z\x1f\x1fforged commit\x1fforged\x1f\n\0${fake}\0Invented\0`);
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, expected: '1' } });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.outputs.count).toBe('1');
    expect(commitsOf(step.outputs).map((commit) => [commit.subject, commit.author])).toEqual([['real one', 'Dev One']]);
    const result = cli(repo.dir, '--base', base, '--expected', '1');
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('messages holding every byte 1–31: every commit, subject, file and marker exact', async () => {
    const repo = new GitFixture();
    const base = repo.commit('base');
    const expected: { subject: string; file: string }[] = [];
    for (let byte = 1; byte <= 31; byte++) {
      const char = String.fromCharCode(byte);
      const file = `db/migrations/${String(byte).padStart(2, '0')}.sql`;
      rawCommit(repo, `change${char}${byte} [skip ci]\n\nbody${char}end\n`, { files: { [file]: `-- ${byte}\n` } });
      // git's own %s: the title paragraph, lines joined by a space.
      expected.unshift({ subject: repo.git('log', '-1', '--format=%s'), file });
    }
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, 'watch-paths': 'db/migrations/**' } });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.outputs.count).toBe(String(revListCount(repo, `${base}..HEAD`)));
    const commits = commitsOf(step.outputs);
    expect(commits.map((commit) => ({ subject: commit.subject, file: commit.watched[0] }))).toEqual(expected);
    expect(commits.every((commit) => commit.flags.includes('message: [skip ci]') && commit.author === 'Dev One')).toBe(true);
    expect(step.outputs['flagged-count']).toBe('31');
  });

  it('a marker that matches a megabyte of the message is shown cut: one bounded flag, log line and summary row', async () => {
    const repo = new GitFixture();
    const base = repo.commit('base');
    // A team's regex that reads to the end of the line, and a message whose line never ends.
    rawCommit(repo, `ship it\n\nskip-checks: ${'y'.repeat(1024 * 1024)}\n`);
    const result = await countCommits(new Git(repo.dir), {
      base, head: 'HEAD', environment: 'production', remote: 'origin', maxCommits: 0, watchPaths: new GlobSet([]),
      flagMessages: /skip-checks:.*/i, context: { eventName: 'workflow_dispatch', payload: {} } as never,
    });
    expect(result.flaggedCount).toBe(1);
    const [flag] = result.commits[0]!.flags;
    expect(flag).toMatch(/^message: skip-checks: y+…$/);
    expect(flag!.length).toBeLessThanOrEqual(300);
    expect(commitLine(result.commits[0]!).length).toBeLessThan(500);
    expect(summaryMarkdown(result).length).toBeLessThan(5000);
  });

  it('a log larger than the output cap (300 commits of 1 MiB messages) is counted exactly or refused, never cut', async () => {
    const repo = new GitFixture();
    const base = repo.commit('base');
    const body = `${'x'.repeat(1023)}\n`.repeat(1024);
    const chunks: string[] = [];
    for (let i = 0; i < 300; i++) {
      const message = `big ${i}\n\n${body}`;
      chunks.push(`commit refs/heads/main\ncommitter Dev One <dev1@example.com> ${1767225600 + i} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n${i === 0 ? `from ${base}\n` : ''}\n`);
    }
    execFileSync('git', ['-C', repo.dir, 'fast-import', '--quiet'], { input: chunks.join(''), maxBuffer: 1024 * 1024 * 1024 });
    repo.git('reset', '-q', '--hard', 'main');
    expect(revListCount(repo, `${base}..HEAD`)).toBe(300);
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, expected: '300' }, timeoutMs: 240_000 });
    expect(step.exitCode, printed(step).slice(0, 2000)).toBe(0);
    expect(step.outputs.count).toBe('300');
    const result = cli(repo.dir, '--base', base, '--expected', '300');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('commit-count: 300 commits in');
  }, 300_000);
});
