import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printed, runStep } from './harness/action-runner.ts';
import { GitHubStandIn } from './harness/github-stand-in.ts';
import { GitFixture, cloneFrom, fastCommits } from './harness/git-fixture.ts';

const ZERO = '0000000000000000000000000000000000000000';

/** The incident: "3 commits ahead", actually 27 with a migration and a CI bypass. */
function incidentRepo() {
  const repo = new GitFixture();
  const base = repo.commit('initial', { 'src/app.ts': 'export {}\n' });
  for (let i = 1; i <= 27; i++) {
    if (i === 9) repo.commit('add orders table', { 'db/migrations/0042_orders.sql': 'create table orders();\n' }, 'Dev Two');
    else if (i === 20) repo.commit('hotfix checkout [skip ci]', { 'src/checkout.ts': `export const v = ${i};\n` });
    else repo.commit(`feature step ${i}`, { 'src/app.ts': `export const step = ${i};\n` });
  }
  return { repo, base };
}

describe('commit-count (bundled action)', () => {
  it('fails "announced 3, found 27" and flags the migration and the [skip ci] commit', async () => {
    const { repo, base } = incidentRepo();
    const step = await runStep('commit-count', 'main', {
      cwd: repo.dir,
      inputs: { base, expected: '3', 'watch-paths': 'db/migrations/**\n.github/workflows/**' },
    });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('::error::commit-count: announced 3 commits, found 27');
    expect(step.outputs.count).toBe('27');
    expect(step.outputs['base-sha']).toBe(base);
    expect(step.outputs['watched-count']).toBe('1');
    expect(step.outputs['flagged-count']).toBe('1');
    const commits = JSON.parse(step.outputs.commits!) as { subject: string; watched: string[]; flags: string[]; author: string }[];
    expect(commits).toHaveLength(27);
    expect(commits.find((c) => c.subject === 'add orders table')).toMatchObject({ watched: ['db/migrations/0042_orders.sql'], flags: ['watched'], author: 'Dev Two' });
    expect(commits.find((c) => c.subject.includes('skip ci'))!.flags).toEqual(['message: [skip ci]']);
    expect(step.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).toMatch(/add orders table — touches db\/migrations\/0042_orders.sql/);
    expect(step.summary).toContain('commit-count: 27 commits to ship');
    expect(step.summary).toContain('announced 3 commits, found 27');
    expect(step.summary).toContain('hotfix checkout [skip ci]');
  });

  it('passes when the announced count is right and the limits hold', async () => {
    const { repo, base } = incidentRepo();
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, expected: '27', 'max-commits': '30', 'watch-paths': 'db/migrations/**', 'max-watched': '1' } });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.count).toBe('27');
    expect(step.summary).toContain('✅');
  });

  it('fails over max-commits and max-watched; fail: false only warns', async () => {
    const { repo, base } = incidentRepo();
    const strict = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, 'max-commits': '10', 'watch-paths': 'db/migrations/**', 'max-watched': '0' } });
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toContain('27 commits is over max-commits 10; 1 commit touch watched paths, over max-watched 0');
    const lenient = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, 'max-commits': '10', fail: 'false' } });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.annotations.some((a) => a.level === 'warning' && a.message.includes('over max-commits 10'))).toBe(true);
  });

  it('counts only the pull request\'s own commits when the checkout is the merge ref', async () => {
    const repo = new GitFixture();
    repo.commit('initial', { 'a.txt': '1' });
    const forkPoint = repo.head();
    repo.git('checkout', '-q', '-b', 'feature');
    for (let i = 0; i < 4; i++) repo.commit(`feature ${i}`, { [`f${i}.txt`]: `${i}` });
    const prHead = repo.head();
    repo.git('checkout', '-q', 'main');
    repo.commit('main moved 1', { 'm1.txt': '1' });
    const baseTip = repo.commit('main moved 2', { 'm2.txt': '2' });
    // What actions/checkout does for pull_request: a merge of the head into the base tip, detached.
    repo.git('checkout', '-q', '--detach', baseTip);
    repo.git('merge', '-q', '--no-ff', '-m', `Merge ${prHead} into ${baseTip}`, prHead);
    const step = await runStep('commit-count', 'main', {
      cwd: repo.dir,
      eventName: 'pull_request',
      event: { number: 7, pull_request: { number: 7, base: { sha: baseTip, ref: 'main' }, head: { sha: prHead, ref: 'feature' } }, repository: { default_branch: 'main' } },
    });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.count).toBe('4');
    expect(step.outputs['base-sha']).toBe(baseTip);
    expect(forkPoint).not.toBe(baseTip);
  });

  it('counts before..after for a push, and a new branch (all-zero before) against the default branch', async () => {
    const source = new GitFixture();
    source.commit('initial', { 'a.txt': '1' });
    const before = source.commit('second', { 'a.txt': '2' });
    source.git('checkout', '-q', '-b', 'topic');
    for (let i = 0; i < 5; i++) source.commit(`topic ${i}`, { 't.txt': `${i}` });
    const clone = cloneFrom(source, { branch: 'topic' });
    const push = await runStep('commit-count', 'main', { cwd: clone.dir, eventName: 'push', event: { before, after: clone.head(), repository: { default_branch: 'main' } } });
    expect(push.outputs.count).toBe('5');
    const newBranch = await runStep('commit-count', 'main', { cwd: clone.dir, eventName: 'push', event: { before: ZERO, after: clone.head(), repository: { default_branch: 'main' } } });
    expect(newBranch.exitCode).toBe(0);
    expect(newBranch.outputs.count).toBe('5');
    expect(newBranch.summary).toContain('new branch: compared with origin/main');
  });

  it('counts a 500-commit range exactly in a depth-1 clone, deepening and saying so', async () => {
    const source = new GitFixture();
    const root = source.commit('root', { 'README.md': 'hi\n' });
    fastCommits(source, 500, { files: (i) => (i === 250 ? { 'db/migrations/0001.sql': 'x' } : { [`log/${i % 13}.txt`]: `${i}\n` }) });
    const clone = cloneFrom(source, { depth: 1 });
    expect(clone.git('rev-list', '--count', 'HEAD')).toBe('1');
    const step = await runStep('commit-count', 'main', { cwd: clone.dir, eventName: 'push', inputs: { 'watch-paths': 'db/migrations/**' }, event: { before: root, after: clone.head() } });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.count).toBe('500');
    expect(step.outputs['watched-count']).toBe('1');
    expect(step.stdout).toMatch(/shallow checkout: deepened base to \d+ and head to \d+ commits, where they meet \(\d+ fetch(es)?, [\d,]+ objects\)/);
    expect(execFileSync('git', ['-C', source.dir, 'rev-list', '--count', `${root}..main`], { encoding: 'utf8' }).trim()).toBe('500');
  });

  it('finds origin/<default branch> in a single-branch shallow checkout (scheduled run)', async () => {
    const source = new GitFixture();
    source.commit('root', { 'a.txt': '1' });
    fastCommits(source, 40);
    source.git('checkout', '-q', '-b', 'release');
    fastCommits(source, 12, { branch: 'release' });
    const clone = cloneFrom(source, { depth: 1, branch: 'release' });
    clone.git('config', 'remote.origin.fetch', '+refs/heads/release:refs/remotes/origin/release');
    clone.git('update-ref', '-d', 'refs/remotes/origin/main');
    const step = await runStep('commit-count', 'main', { cwd: clone.dir, eventName: 'schedule', event: { repository: { default_branch: 'main' } } });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.count).toBe('12');
  });

  it('fails with the checkout setting that fixes it when the base cannot be fetched', async () => {
    const source = new GitFixture();
    source.commit('root', { 'a.txt': '1' });
    fastCommits(source, 5);
    const clone = cloneFrom(source, { depth: 1 });
    const step = await runStep('commit-count', 'main', { cwd: clone.dir, eventName: 'push', event: { before: 'f'.repeat(40), after: clone.head() } });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toMatch(/::error::The base commit f{40} \(push event before\) is not in this checkout.*fetch-depth: 0/);
  });

  describe('base: last-deployment', () => {
    const api = new GitHubStandIn();
    const repo = new GitFixture();
    const deployed = repo.commit('deployed', { 'a.txt': '1' });
    const failedDeploy = repo.commit('tried', { 'a.txt': '2' });
    for (let i = 0; i < 3; i++) repo.commit(`after ${i}`, { 'a.txt': `x${i}` });
    const deployments = [
      { id: 3, sha: failedDeploy, ref: 'main', created_at: '2026-11-20T10:00:00Z', environment: 'production' },
      { id: 2, sha: deployed, ref: 'main', created_at: '2026-11-19T10:00:00Z', environment: 'production' },
      ...Array.from({ length: 150 }, (_, i) => ({ id: 1000 + i, sha: deployed, ref: 'main', created_at: '2026-01-01T00:00:00Z', environment: 'production' })),
    ];
    beforeAll(async () => {
      api.route('GET', /^\/repos\/acme\/shop\/deployments$/, (request) => GitHubStandIn.paged(request, request.query.get('environment') === 'production' ? deployments : [], api.url));
      api.route('GET', /^\/repos\/acme\/shop\/deployments\/\d+\/statuses$/, (request) => {
        const id = Number(request.path.split('/')[5]);
        return { body: id === 3 ? [{ state: 'failure' }, { state: 'in_progress' }] : [{ state: 'success' }, { state: 'in_progress' }] };
      });
      await api.start();
    });
    afterAll(() => api.stop());

    it('counts from the newest deployment whose latest status is success', async () => {
      const before = api.requests.length;
      const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base: 'last-deployment', token: api.token }, env: { GITHUB_API_URL: api.url } });
      expect(printed(step) + step.summary + JSON.stringify(step.outputs)).not.toContain(api.token);
      expect(step.masks).toContain(api.token);
      expect(step.exitCode).toBe(0);
      expect(step.outputs['base-sha']).toBe(deployed);
      expect(step.outputs.count).toBe('4');
      expect(api.violations).toEqual([]);
      const list = api.requests.find((r) => r.path === '/repos/acme/shop/deployments')!;
      expect(list.query.get('environment')).toBe('production');
      // Found on the first page: no second page, one status request per deployment until the hit.
      expect(api.requests.slice(before).map((r) => r.path)).toEqual([
        '/repos/acme/shop/deployments',
        '/repos/acme/shop/deployments/3/statuses',
        '/repos/acme/shop/deployments/2/statuses',
      ]);
      expect(step.summary).toContain('last successful deployment to production (#2');
    });

    it('fails clearly when the environment has no deployment', async () => {
      const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base: 'last-deployment', environment: 'staging', token: api.token }, env: { GITHUB_API_URL: api.url } });
      expect(step.exitCode).toBe(1);
      expect(step.stdout).toContain("::error::base 'last-deployment': the repository has no deployments to environment 'staging'");
    });

    it('says which token problem it is when the API refuses', async () => {
      const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base: 'last-deployment', token: 'wrong-token' }, env: { GITHUB_API_URL: api.url } });
      expect(step.exitCode).toBe(1);
      expect(step.stdout).toMatch(/::error::GitHub API GET \/repos\/acme\/shop\/deployments answered 401: Bad credentials \(the token is invalid or expired\)/);
      expect(printed(step)).not.toContain('wrong-token');
    });
  });

  describe('bad input fails with one line naming the input', () => {
    const repo = new GitFixture();
    repo.commit('one');
    it.each([
      [{ base: 'no-such-ref' }, "Input 'base': 'no-such-ref' is not a commit or ref in this repository (nor fetchable from origin). Example: base: origin/main"],
      [{ base: 'HEAD', 'flag-messages': '([skip' }, "Input 'flag-messages': the regular expression does not compile"],
      [{ base: 'HEAD', 'max-commits': '-3' }, "Input 'max-commits': -3 is below the minimum of 0. Example: max-commits: 20 (0 = no limit)"],
      [{ base: 'HEAD', expected: 'three' }, "Input 'expected': 'three' is not a whole number. Example: expected: 3"],
      [{ base: 'HEAD', fail: 'maybe' }, "Input 'fail': 'maybe' is not a boolean"],
    ])('%o', async (inputs, message) => {
      const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs });
      expect(step.exitCode).toBe(1);
      const errors = step.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toContain(message);
      expect(errors[0]!.message).not.toContain('\n');
      expect(step.stdout + step.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(step.summary).toContain('## ❌ commit-count');
      expect(step.summary).toContain(message.replace(/\|/g, '\\|'));
    });
  });
});
