// The CLI bundle, run as the package bin: same engine, exit codes for hooks.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/action-runner.ts';
import { GitFixture } from './harness/git-fixture.ts';

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('deploy-guards CLI', () => {
  const repo = new GitFixture();
  const base = repo.commit('one');
  repo.commit('two [skip ci]');
  repo.commit('three');

  it('lists the checks', () => {
    const help = cli(repo.dir, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('commit-count');
    expect(cli(repo.dir).code).toBe(2);
  });

  it('commit-count exits 0 on a pass and 1 on a violation', () => {
    const pass = cli(repo.dir, 'commit-count', '--base', base, '--expected', '2');
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain('[message: [skip ci]]');
    expect(pass.stdout).toContain('commit-count: 2 commits in');
    const fail = cli(repo.dir, 'commit-count', `--base=${base}`, '--expected', '3');
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('commit-count: announced 3 commits, found 2');
    expect(cli(repo.dir, 'commit-count', `--base=${base}`, '--expected', '3', '--fail', 'false').code).toBe(0);
  });

  it('exits 2 with one line for bad input or an unknown flag', () => {
    const bad = cli(repo.dir, 'commit-count', '--max-commits', 'many');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("deploy-guards commit-count: Input 'max-commits': 'many' is not a whole number. Example: max-commits: 20 (0 = no limit)");
    const unknown = cli(repo.dir, 'commit-count', '--maxcommits', '3');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown flag --maxcommits for commit-count');
    expect(cli(repo.dir, 'no-such-check').code).toBe(2);
  });
});
