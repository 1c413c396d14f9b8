// A private repository checked out with `persist-credentials: false` (what the project
// recommends): the checkout keeps no credentials, so the fetches commit-count makes to
// deepen a shallow checkout must authenticate with the action's own `token`, the way
// actions/checkout does, without writing it anywhere or putting it on a command line.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printed, runStep } from './harness/action-runner.ts';
import { GitFixture, fastCommits } from './harness/git-fixture.ts';
import { PrivateGitHost } from './harness/git-http.ts';

const run = promisify(execFile);
const TOKEN = 'ghs_privateRepoToken0123456789abcdef';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' };

/** Every file under a directory, read whole (the checkout's .git must not hold the token). */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

describe('commit-count fetches a private repository with its token (persist-credentials: false)', () => {
  const host = new PrivateGitHost(mkdtempSync(join(tmpdir(), 'dg-git-host-')), TOKEN);
  const source = new GitFixture();
  source.commit('root', { 'a.txt': '1' });
  fastCommits(source, 30);
  source.git('checkout', '-q', '-b', 'feature', 'main~10');
  for (let i = 0; i < 3; i++) source.commit(`feature ${i}`, { [`f${i}.txt`]: `${i}` });
  const head = source.head();
  source.git('checkout', '-q', 'main');
  fastCommits(source, 5);
  const base = source.head();
  execFileSync('git', ['clone', '-q', '--bare', source.dir, join(host.root, 'shop.git')], { env: GIT_ENV });
  // The pull request's merge ref, as GitHub keeps it.
  const merge = execFileSync('git', ['-C', join(host.root, 'shop.git'), 'commit-tree', `${head}^{tree}`, '-p', base, '-p', head, '-m', 'Merge'], { encoding: 'utf8', env: { ...GIT_ENV, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com' } }).trim();
  execFileSync('git', ['-C', join(host.root, 'shop.git'), 'update-ref', 'refs/pull/7/merge', merge]);
  const event = { number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } } };

  /**
   * actions/checkout with fetch-depth 1 and persist-credentials false: the header only on
   * its own command line, then gone. Asynchronous: the host answers from this process.
   */
  async function checkout(): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'dg-private-checkout-'));
    const git = (...args: string[]) => run('git', ['-C', dir, ...args], { env: GIT_ENV });
    await git('init', '-q');
    await git('remote', 'add', 'origin', `${host.url}/shop.git`);
    await git('-c', `http.extraheader=AUTHORIZATION: basic ${BASIC}`, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/7/merge:refs/remotes/pull/7/merge');
    await git('checkout', '-q', '--detach', 'refs/remotes/pull/7/merge');
    return dir;
  }

  /** A `git` first on PATH that records each command line, then runs the real one. */
  const shim = mkdtempSync(join(tmpdir(), 'dg-git-shim-'));
  const argvLog = join(shim, 'argv.log');
  mkdirSync(join(shim, 'bin'));
  writeFileSync(join(shim, 'bin', 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argvLog}'\nexec ${execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()} "$@"\n`);
  chmodSync(join(shim, 'bin', 'git'), 0o755);

  beforeAll(() => host.start());
  afterAll(() => host.stop());

  it('deepens with an Authorization header from `token`: right count, token masked, in no file and no command line', async () => {
    const dir = await checkout();
    const configBefore = readFileSync(join(dir, '.git', 'config'), 'utf8');
    const before = host.requests.length;
    writeFileSync(argvLog, '');
    const step = await runStep('commit-count', 'main', {
      cwd: dir,
      eventName: 'pull_request',
      event,
      inputs: { token: TOKEN },
      env: { GITHUB_SERVER_URL: host.url, PATH: `${join(shim, 'bin')}:${process.env.PATH}` },
    });
    expect(step.exitCode, step.stdout).toBe(0);
    expect(step.outputs.count).toBe('3');
    expect(step.stdout).toMatch(/shallow checkout: main on origin is still at the base/);
    const fetches = host.requests.slice(before);
    expect(fetches.length).toBeGreaterThan(0);
    expect(fetches.every((request) => request.authorization.toLowerCase() === `basic ${BASIC}`.toLowerCase() && request.status === 200)).toBe(true);
    expect(step.masks).toContain(TOKEN);
    expect(step.masks).toContain(BASIC);
    expect(printed(step) + step.summary + JSON.stringify(step.outputs)).not.toMatch(new RegExp(`${TOKEN}|${BASIC}`));
    expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).toBe(configBefore);
    expect(allText(join(dir, '.git'))).not.toMatch(new RegExp(`${TOKEN}|${BASIC}`));
    const commandLines = readFileSync(argvLog, 'utf8');
    expect(commandLines).toMatch(/fetch/);
    expect(commandLines).not.toMatch(new RegExp(`${TOKEN}|${BASIC}|extraheader`));
  });

  it('without a token the fetch is refused and the step says how to fix it', async () => {
    const dir = await checkout();
    const step = await runStep('commit-count', 'main', { cwd: dir, eventName: 'pull_request', event, inputs: { token: '' }, env: { GITHUB_SERVER_URL: host.url } });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toMatch(/::error::The (base|head) commit .* is not in this checkout and could not be fetched from 'origin'.*token/);
  });

  it('sends the token to no other server than GITHUB_SERVER_URL', async () => {
    const dir = await checkout();
    const before = host.requests.length;
    const step = await runStep('commit-count', 'main', { cwd: dir, eventName: 'pull_request', event, inputs: { token: TOKEN }, env: { GITHUB_SERVER_URL: 'https://github.com' } });
    expect(step.exitCode).toBe(1);
    const asked = host.requests.slice(before);
    expect(asked.length).toBeGreaterThan(0); // it did ask this server (without the token)
    expect(asked.every((request) => request.authorization === '')).toBe(true);
  });
});
