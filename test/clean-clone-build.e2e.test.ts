import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, printed, runStep } from './harness/action-runner.ts';
import { GitFixture, cloneFrom } from './harness/git-fixture.ts';
import { TSC_BUILD, TSCONFIG, incidentProject } from './harness/node-project.ts';
import { isAlive } from './harness/processes.ts';
import { snapshotTree } from './harness/tree-snapshot.ts';

interface Missing { path: string; state: string; importer?: string; line?: number; mention: string }
const missingOf = (step: { outputs: Record<string, string> }) => JSON.parse(step.outputs['missing-from-git'] ?? '[]') as Missing[];
const STEP_TIMEOUT = 120_000;

/** Clones left in RUNNER_TEMP after a step (the action removes them unless keep-clone). */
const clonesIn = (runnerTemp: string) => readdirSync(runnerTemp).filter((name) => name.startsWith('clean-clone-'));

describe('clean-clone-build (bundled action)', () => {
  it('incident 1: fails in the clean clone while the dirty tree builds, names src/module-registry.ts, touches nothing', async () => {
    const repo = incidentProject();
    // Every developer's machine: the same build passes here, because the files are on disk.
    execFileSync('bash', ['-ec', `npm ci && ${TSC_BUILD}`], { cwd: repo.dir, stdio: 'pipe' });
    expect(existsSync(join(repo.dir, 'dist', 'database.js'))).toBe(true);
    const before = snapshotTree(repo.dir);

    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: TSC_BUILD }, timeoutMs: STEP_TIMEOUT });

    expect(snapshotTree(repo.dir)).toEqual(before);
    expect(step.exitCode).toBe(1);
    expect(step.outputs.result).toBe('failure');
    expect(step.outputs['failed-step']).toBe('build');
    expect(step.outputs['clone-path']).toBe('');
    expect(Number(step.outputs['duration-ms'])).toBeGreaterThan(0);
    const missing = missingOf(step);
    expect(missing.map((file) => [file.path, file.state])).toEqual([['src/module-registry.ts', 'untracked']]);
    expect(missing[0]).toMatchObject({ importer: 'src/database.ts', line: 1 });
    expect(missing[0]!.mention).toContain("TS2307: Cannot find module './module-registry.js'");
    // Logs: install and build in collapsed groups, then the failing step's tail and the fix.
    expect(step.stdout).toMatch(/::group::install: npm ci \(in \.\)\n[\s\S]*added 1 package[\s\S]*::endgroup::/);
    expect(step.stdout).toMatch(/::group::build: node .*tsc' -p \. \(in \.\)\n[\s\S]*error TS2307[\s\S]*::endgroup::/);
    expect(step.stdout).toContain('The build step failed; its last 1 lines:');
    const errors = step.annotations.filter((a) => a.level === 'error');
    expect(errors.find((a) => a.properties.title === 'src/module-registry.ts is not in the commit')?.properties).toMatchObject({ file: 'src/database.ts', line: '1' });
    expect(errors.at(-1)!.message).toMatch(/^clean-clone-build: build step failed in a clean clone of [0-9a-f]{12}: build failed with exit code 2; the failure names 1 file missing from git: src\/module-registry.ts$/);
    expect(step.summary).toContain('❌ clean-clone-build: build failed in a clean clone');
    expect(step.summary).toContain('### Missing from git');
    expect(clonesIn(step.runnerTemp)).toEqual([]);
    // The registry's own imports are not committed either: one fix covers them all.
    const fix = 'git add -- src/module-registry.ts src/modules/billing/module.config.ts src/modules/orders/module.config.ts';
    expect(step.stdout).toContain(fix);
    expect(step.summary).toContain(fix);
    expect(step.summary).toContain('They import 2 more files that are not committed either');

    // Apply the suggested fix: the clean clone builds.
    repo.git(...fix.split(' ').slice(1));
    repo.git('commit', '-q', '-m', 'add the module registry');
    const fixed = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: TSC_BUILD }, timeoutMs: STEP_TIMEOUT });
    expect(fixed.exitCode).toBe(0);
    expect(fixed.outputs.result).toBe('success');
  }, STEP_TIMEOUT);

  it('the fixed twin (registry committed) passes; keep-clone keeps exactly the commit plus the build output', async () => {
    const repo = incidentProject({ fixed: true });
    repo.write('src/scratch.ts', 'export const local = 1;\n').write('.env', 'SECRET=1\n').write('src/database.ts', 'broken on purpose, not committed\n');
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: `${TSC_BUILD}\nls dist`, 'keep-clone': 'true' }, timeoutMs: STEP_TIMEOUT });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.result).toBe('success');
    expect(step.outputs['failed-step']).toBe('');
    expect(step.outputs['missing-from-git']).toBe('[]');
    const clone = step.outputs['clone-path']!;
    expect(clone.startsWith(step.runnerTemp)).toBe(true);
    expect(readFileSync(join(clone, 'dist', 'module-registry.js'), 'utf8')).toContain('modules');
    expect(existsSync(join(clone, 'src', 'scratch.ts'))).toBe(false);
    expect(existsSync(join(clone, '.env'))).toBe(false);
    expect(readFileSync(join(clone, 'src', 'database.ts'), 'utf8')).toContain('export function connect');
    expect(execFileSync('git', ['-C', clone, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()).toBe(repo.head());
    expect(step.summary).toContain('✅ clean-clone-build: the commit builds from a clean clone');
    expect(step.summary).toContain('(kept)');
    rmSync(clone, { recursive: true, force: true });
  }, STEP_TIMEOUT);

  it('names a config that was fixed on this machine but never committed (modified, not untracked)', async () => {
    const repo = incidentProject({ fixed: true });
    const broken = TSCONFIG.replace('"moduleResolution": "NodeNext"', '"moduleResolution": "NodeNext16"');
    repo.commit('tweak tsconfig', { 'tsconfig.json': broken });
    repo.write('tsconfig.json', TSCONFIG); // the local fix nobody committed
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: TSC_BUILD }, timeoutMs: STEP_TIMEOUT });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['failed-step']).toBe('build');
    const missing = missingOf(step);
    expect(missing.map((file) => [file.path, file.state])).toEqual([['tsconfig.json', 'modified']]);
    expect(missing[0]!.mention).toMatch(/tsconfig\.json.*TS6046/);
    expect(step.summary).toContain('modified, not committed');
    expect(step.summary).toContain('git add -- tsconfig.json');
  }, STEP_TIMEOUT);

  it('stops a build at the timeout, with every process it started', async () => {
    const repo = incidentProject({ fixed: true });
    const pids = mkdtempSync(join(tmpdir(), 'dg-pids-'));
    const step = await runStep('clean-clone-build', 'main', {
      cwd: repo.dir,
      inputs: { install: 'none', build: `sleep 300 &\necho $! > ${pids}/child\necho waiting\nsleep 300`, timeout: '3s' },
      timeoutMs: STEP_TIMEOUT,
    });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['failed-step']).toBe('build');
    expect(step.stdout).toMatch(/::error::clean-clone-build: build step failed in a clean clone of \w+: build timed out after \ds; every process it started was stopped/);
    const child = Number(readFileSync(join(pids, 'child'), 'utf8'));
    await expect.poll(() => isAlive(child), { timeout: 10_000 }).toBe(false);
    expect(step.summary).toContain('timed out');
    expect(clonesIn(step.runnerTemp)).toEqual([]);
  }, STEP_TIMEOUT);

  it('does not hang on a build that leaves a long-lived child behind, and stops it', async () => {
    const repo = incidentProject({ fixed: true });
    const pids = mkdtempSync(join(tmpdir(), 'dg-pids-'));
    const step = await runStep('clean-clone-build', 'main', {
      cwd: repo.dir,
      inputs: { install: 'none', build: `sleep 1000 &\necho $! > ${pids}/child\necho built` },
      timeoutMs: 60_000, // far below sleep 1000: the step must end when bash does
    });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.result).toBe('success');
    expect(step.annotations.map((a) => a.message)).toContain('the build step left processes running after bash exited (a server or watcher started with &?); they were stopped');
    const child = Number(readFileSync(join(pids, 'child'), 'utf8'));
    await expect.poll(() => isAlive(child), { timeout: 10_000 }).toBe(false);
  }, STEP_TIMEOUT);

  it('install: auto without a committed lockfile fails clearly and names the lockfile left untracked', async () => {
    const repo = incidentProject({ fixed: true });
    repo.git('rm', '-q', '--cached', 'package-lock.json');
    repo.git('commit', '-q', '-m', 'drop the lockfile from git (still on disk)');
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: TSC_BUILD }, timeoutMs: STEP_TIMEOUT });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['failed-step']).toBe('install');
    expect(step.stdout).toContain('install: auto found package.json but no lockfile (pnpm-lock.yaml, yarn.lock, bun.lock, bun.lockb, package-lock.json, npm-shrinkwrap.json) in the commit: commit your lockfile, or set install: none or a command such as \'npm install\'');
    expect(missingOf(step).map((file) => [file.path, file.state])).toEqual([['package-lock.json', 'untracked']]);
  }, STEP_TIMEOUT);

  it('a failing install command is the failed step, with its tail', async () => {
    const repo = incidentProject({ fixed: true });
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { install: 'echo resolving\necho "registry unreachable" >&2\nexit 7', build: 'echo never' } });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['failed-step']).toBe('install');
    expect(step.stdout).toContain('install (echo resolving …) failed with exit code 7');
    expect(step.stdout).toContain('  registry unreachable');
    expect(step.stdout).not.toContain('never');
  }, STEP_TIMEOUT);

  it('rejects a working-directory outside the repository in one line', async () => {
    const repo = incidentProject({ fixed: true });
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: 'true', 'working-directory': '../elsewhere' } });
    expect(step.exitCode).toBe(1);
    const errors = step.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^Input 'working-directory': '\.\.\/elsewhere' is \/.*elsewhere, outside the repository \/.*\. Example: working-directory: apps\/web/);
    expect(printed(step)).not.toMatch(/\n\s+at /);
  });

  it('a working-directory that exists only in the working tree fails the checkout step and is named', async () => {
    const repo = incidentProject({ fixed: true });
    repo.write('apps/web/package.json', '{}\n');
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: 'true', 'working-directory': 'apps/web' } });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['failed-step']).toBe('checkout');
    expect(step.stdout).toMatch(/working-directory 'apps\/web' does not exist in commit \w{12}/);
    expect(missingOf(step).map((file) => [file.path, file.state])).toEqual([['apps/web/', 'untracked']]);
  });

  it('builds in a working-directory with the monorepo root lockfile; isolate-caches gives fresh HOME and caches', async () => {
    const repo = incidentProject({ fixed: true });
    repo.commit('a workspace package', { 'packages/api/package.json': '{"name":"api","private":true}\n' });
    const step = await runStep('clean-clone-build', 'main', {
      cwd: repo.dir,
      inputs: { 'working-directory': 'packages/api', 'isolate-caches': 'true', build: 'echo "home=$HOME cache=$npm_config_cache pnpm=$npm_config_store_dir"\nls ../../node_modules/greet\npwd' },
      timeoutMs: STEP_TIMEOUT,
    });
    expect(step.exitCode).toBe(0);
    expect(step.stdout).toMatch(/::group::install: npm ci \(in \.\)/);
    expect(step.stdout).toMatch(/::group::build: .* \(in packages\/api\)/);
    const line = /home=(\/\S+) cache=(\S+) pnpm=(\S+)/.exec(step.stdout)!;
    for (const dir of line.slice(1)) expect(dir.startsWith(join(step.runnerTemp, 'clean-clone-caches-')), `${dir} in ${step.runnerTemp}`).toBe(true);
    expect(step.stdout).toMatch(/\/clean-clone-\w+\/packages\/api\n/);
    expect(readdirSync(step.runnerTemp)).toEqual([]); // clone and caches removed
  }, STEP_TIMEOUT);

  it('builds from a depth-1 checkout (actions/checkout default) and an older ref', async () => {
    const source = incidentProject({ fixed: true });
    const first = source.head();
    source.commit('later', { 'later.txt': 'x\n' });
    const shallow = cloneFrom(source, { depth: 1 });
    const step = await runStep('clean-clone-build', 'main', { cwd: shallow.dir, inputs: { install: 'none', build: 'test -f later.txt && git rev-parse --is-shallow-repository' } });
    expect(step.exitCode).toBe(0);
    expect(step.stdout).toContain('\ntrue\n');
    const older = await runStep('clean-clone-build', 'main', { cwd: source.dir, inputs: { install: 'none', ref: first, build: 'test ! -e later.txt' } });
    expect(older.exitCode).toBe(0);
    const bad = await runStep('clean-clone-build', 'main', { cwd: source.dir, inputs: { build: 'true', ref: 'no-such-branch' } });
    expect(bad.stdout).toContain("::error::Input 'ref': 'no-such-branch' is not a commit in");
  }, STEP_TIMEOUT);

  it('is cancelled like a runner cancels: the build group is stopped and the clone removed', async () => {
    const repo = incidentProject({ fixed: true });
    const pids = mkdtempSync(join(tmpdir(), 'dg-pids-'));
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { install: 'none', build: `echo $$ > ${pids}/bash\nsleep 1000` }, cancelAfterMs: 3000, timeoutMs: 60_000 });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('build was cancelled; every process it started was stopped');
    expect(isAlive(Number(readFileSync(join(pids, 'bash'), 'utf8')))).toBe(false);
    expect(clonesIn(step.runnerTemp)).toEqual([]);
  });

  it('install and build do not see the runner\'s action-only credentials, inputs or state', async () => {
    const repo = incidentProject({ fixed: true });
    const actionOnly = {
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
      ACTIONS_RUNTIME_URL: 'https://pipelines.example/runtime',
      ACTIONS_CACHE_URL: 'https://cache.example/',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-value',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/token',
      STATE_clone: '/tmp/somewhere',
    };
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, env: { ...actionOnly, BUILD_VISIBLE: 'yes' }, inputs: { install: 'env | sed "s/^/install-env: /"', build: 'env | sed "s/^/build-env: /"' } });
    expect(step.exitCode).toBe(0);
    const seen = (prefix: string) => step.stdout.split('\n').filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length).split('=')[0]);
    for (const prefix of ['install-env: ', 'build-env: ']) {
      // The step really printed its environment: a variable it should see is there.
      expect(seen(prefix)).toContain('BUILD_VISIBLE');
      expect(seen(prefix).filter((name) => name! in actionOnly || name!.startsWith('INPUT_') || name!.startsWith('STATE_'))).toEqual([]);
    }
    for (const value of Object.values(actionOnly)) expect(step.stdout).not.toContain(value);
  }, STEP_TIMEOUT);

  it('a checkout that fails leaves no clone directory behind', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'package.json': '{ "name": "shop" }\n', 'src/app.ts': 'export {};\n' });
    // A blob of the commit is gone from the object store (a broken clone): checkout fails after the clone directory exists.
    const blob = repo.git('rev-parse', 'HEAD:package.json').trim();
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { install: 'none', build: 'true' } });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['failed-step']).toBe('checkout');
    expect(step.stdout).toMatch(/could not check out \w{12} into a clean directory/);
    expect(clonesIn(step.runnerTemp)).toEqual([]);
  }, STEP_TIMEOUT);

  it('fail: false reports the failure as a warning', async () => {
    const repo = incidentProject();
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: TSC_BUILD, fail: 'false' }, timeoutMs: STEP_TIMEOUT });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.result).toBe('failure');
    expect(step.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(step.annotations.some((a) => a.level === 'warning' && a.message.includes('src/module-registry.ts'))).toBe(true);
  }, STEP_TIMEOUT);

  it.each([
    [{}, "Input 'build': is required but was not given. Example: build: npm run build"],
    [{ build: 'true', timeout: 'soon' }, "Input 'timeout': 'soon' is not a duration"],
    [{ build: 'true', 'keep-clone': 'maybe' }, "Input 'keep-clone': 'maybe' is not a boolean"],
  ])('bad input %o fails with one line', async (inputs, message) => {
    const repo = new GitFixture();
    repo.commit('one', { 'a.txt': '1' });
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs });
    expect(step.exitCode).toBe(1);
    const errors = step.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(message);
    expect(printed(step)).not.toMatch(/\n\s+at /);
  });

  it('runs from the CLI with the same engine (exit 1, the diagnosis printed)', () => {
    const repo = incidentProject();
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), 'clean-clone-build', '--build', TSC_BUILD], { cwd: repo.dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      status = failed.status;
      output = failed.stdout;
    }
    expect(status).toBe(1);
    expect(output).toContain("missing from git: src/module-registry.ts (untracked) — src/database.ts(1,25): error TS2307: Cannot find module './module-registry.js'");
    expect(output).toContain('also not committed: src/modules/orders/module.config.ts (imported by src/module-registry.ts)');
    expect(output).toContain('fix: git add -- src/module-registry.ts src/modules/billing/module.config.ts src/modules/orders/module.config.ts && git commit');
  }, STEP_TIMEOUT);
});
