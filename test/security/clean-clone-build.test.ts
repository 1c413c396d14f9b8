// clean-clone-build runs a pull request's install and build: they must not outlive the
// step, must not change the checkout it promises to leave alone, and get none of the
// runner's file-command paths or credentials unless the workflow passes them on purpose.
import { readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printed, runStep } from '../harness/action-runner.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { snapshotTree } from '../harness/tree-snapshot.ts';

/** Running, not a zombie: here no init reaps orphans, so a killed orphan lingers as one (kill -0 still finds it). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

describe('clean-clone-build: the build is contained', () => {
  it('stops processes that left the build with setsid, and names them', async () => {
    const repo = new GitFixture();
    // Each escapee writes its pid once it is in a session of its own; the build waits for them all.
    repo.commit('init', { 'build.sh': [
      `setsid sh -c 'echo $$ > "$PID_FILE.1"; exec sleep 1000' >/dev/null 2>&1 </dev/null &`,
      `( setsid sh -c 'echo $$ > "$PID_FILE.2"; exec sleep 1001' >/dev/null 2>&1 </dev/null & )`,
      // Out of the clone too: only the build's marker in its environment gives it away.
      `( cd / && setsid sh -c 'echo $$ > "$PID_FILE.3"; exec sleep 1002' >/dev/null 2>&1 </dev/null & )`,
      // Its command line is the build's text: a line break in it must not start a line of the log.
      `setsid bash escape4.sh >/dev/null 2>&1 </dev/null &`,
      'while [ ! -s "$PID_FILE.1" ] || [ ! -s "$PID_FILE.2" ] || [ ! -s "$PID_FILE.3" ] || [ ! -s "$PID_FILE.4" ]; do sleep 0.05; done',
      'echo built',
      '',
    ].join('\n'), 'escape4.sh': 'echo $$ > "$PID_FILE.4"\nexec -a "$(printf \'fake\\n::warning::forged\')" sleep 1003\n' });
    const pidFile = join(repo.dir, '..', `${repo.dir.split('/').pop()}.pid`);
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: 'bash build.sh', install: 'none' }, env: { PID_FILE: pidFile } });
    const pids = [1, 2, 3, 4].map((n) => Number(readFileSync(`${pidFile}.${n}`, 'utf8')));
    try {
      expect(step.exitCode, printed(step)).toBe(0);
      for (const pid of pids) expect(running(pid), `the setsid'd sleep ${pid} survived the step`).toBe(false);
      expect(step.stdout).toContain("4 processes that left the build's process group");
      expect(step.stdout).toContain(`${pids[0]} sleep 1000`);
      expect(step.stdout).toContain(`${pids[1]} sleep 1001`);
      expect(step.stdout).toContain(`${pids[2]} sleep 1002`);
      expect(step.stdout).toContain(`${pids[3]} fake\\n::warning::forged 1003`);
      expect(step.stdout.split('\n').filter((line) => line.includes('::warning::forged') && !line.includes(`${pids[3]} fake`))).toEqual([]);
    } finally {
      for (const pid of pids) if (running(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  it('leaves the original checkout byte for byte as it was, .git/index included, with dirty tracked files', async () => {
    const repo = new GitFixture();
    repo.commit('init', { 'src/app.js': 'import "./helper.js";\n', 'src/touched.js': 'export {};\n', 'build.sh': 'echo "Cannot find module \'./src/new.js\'" >&2; exit 1\n' });
    writeFileSync(join(repo.dir, 'src/app.js'), 'import "./new.js";\n'); // modified content
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(join(repo.dir, 'src/touched.js'), past, past); // stat changed, content not: git diff would refresh the index
    writeFileSync(join(repo.dir, 'src/new.js'), 'export const n = 1;\n'); // untracked
    const before = snapshotTree(repo.dir);
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: 'bash build.sh', install: 'none' } });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(JSON.parse(step.outputs['missing-from-git']!)).toEqual([expect.objectContaining({ path: 'src/new.js', state: 'untracked' })]);
    expect(snapshotTree(repo.dir)).toEqual(before);
  });

  it('gives the build no file-command path and no credential-looking variable unless env-passthrough names it', async () => {
    const repo = new GitFixture();
    repo.commit('init', { 'build.sh': 'env | sort > "$ENV_DUMP"\nif [ -n "${GITHUB_ENV:-}" ]; then echo "NODE_OPTIONS=--require=/tmp/evil.js" >> "$GITHUB_ENV"; fi\n' });
    const dump = join(repo.dir, '..', `${repo.dir.split('/').pop()}.env`);
    const env = {
      ENV_DUMP: dump,
      NPM_TOKEN: 'npm-secret-1', GH_PAT_TOKEN: 'ghp-secret-2', MY_SECRET: 'secret-3', API_KEY: 'key-4', DB_PASSWORD: 'password-5', aws_secret_access_key: 'aws-6',
      NODE_AUTH_TOKEN: 'node-auth-7', KEEP_ME: 'plain',
    };
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: 'bash build.sh', install: 'none' }, env });
    expect(step.exitCode, printed(step)).toBe(0);
    const seen = readFileSync(dump, 'utf8');
    for (const name of ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'NPM_TOKEN', 'GH_PAT_TOKEN', 'MY_SECRET', 'API_KEY', 'DB_PASSWORD', 'aws_secret_access_key', 'NODE_AUTH_TOKEN']) {
      expect(seen, name).not.toMatch(new RegExp(`^${name}=`, 'm'));
    }
    expect(seen).toMatch(/^KEEP_ME=plain$/m);
    expect(step.env).toEqual({}); // the build could not set NODE_OPTIONS for the steps after it

    const passed = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: 'bash build.sh', install: 'none', 'env-passthrough': 'NODE_AUTH_TOKEN\nNPM_TOKEN' }, env });
    expect(passed.exitCode, printed(passed)).toBe(0);
    const seenPassed = readFileSync(dump, 'utf8');
    expect(seenPassed).toMatch(/^NODE_AUTH_TOKEN=node-auth-7$/m);
    expect(seenPassed).toMatch(/^NPM_TOKEN=npm-secret-1$/m);
    expect(seenPassed).not.toMatch(/^MY_SECRET=/m);
  });
});
