import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCloneBuild } from '../src/build/clean-clone-build.ts';
import { diagnoseMissing, followImports } from '../src/build/diagnose.ts';
import { detectInstall } from '../src/build/install.ts';
import { materializeCommit } from '../src/build/materialize.ts';
import { stepEnvironment } from '../src/build/step.ts';
import { workingTreeChanges, type DirtyState } from '../src/build/working-tree.ts';
import { Git } from '../src/git/git.ts';
import { GitFixture, cloneFrom } from './harness/git-fixture.ts';
import { snapshotTree } from './harness/tree-snapshot.ts';

const CLONE = '/tmp/runner/clean-clone-abc1234-XyZ';
const ORIGINAL = '/home/dev/shop';
const changes = (files: Record<string, DirtyState>) => ({ files: new Map(Object.entries(files)) });
const INCIDENT = changes({ 'src/module-registry.ts': 'untracked', 'src/modules/billing/module.config.ts': 'untracked', 'src/app.ts': 'modified', 'Dockerfile': 'modified', '.env': 'ignored', 'generated/': 'ignored' });
const diagnose = (log: string, stepDir = '', files = INCIDENT) => diagnoseMissing(log, files, { cloneRoot: CLONE, originalRoot: ORIGINAL, stepDir }).map((file) => [file.path, file.state, file.importer ?? null]);

describe('missing-from-git diagnosis: the failure logs of real tools', () => {
  it.each([
    ['esbuild (the incident)', '✘ [ERROR] Could not resolve "./module-registry"\n\n    src/database.ts:3:32:\n      3 │ import { modules } from "./module-registry";\n        ╵                          ~~~~~~~~~~~~~~~~~~~\n', [['src/module-registry.ts', 'untracked', 'src/database.ts']]],
    ['tsc TS2307 with the .js → .ts mapping', "src/database.ts(1,25): error TS2307: Cannot find module './module-registry.js' or its corresponding type declarations.", [['src/module-registry.ts', 'untracked', 'src/database.ts']]],
    ['tsc pretty output', "src/database.ts:1:25 - error TS2307: Cannot find module './module-registry' or its corresponding type declarations.", [['src/module-registry.ts', 'untracked', 'src/database.ts']]],
    ['vite / rollup', '[vite]: Rollup failed to resolve import "./module-registry" from "/tmp/runner/clean-clone-abc1234-XyZ/src/database.ts".\nerror during build:\nCould not resolve "./module-registry" from "src/database.ts"', [['src/module-registry.ts', 'untracked', 'src/database.ts']]],
    ['webpack', "Module not found: Error: Can't resolve './module-registry' in '/tmp/runner/clean-clone-abc1234-XyZ/src'", [['src/module-registry.ts', 'untracked', null]]],
    ['node ESM, absolute paths in the clone', "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/tmp/runner/clean-clone-abc1234-XyZ/src/module-registry.js' imported from /tmp/runner/clean-clone-abc1234-XyZ/src/database.js", [['src/module-registry.ts', 'untracked', 'src/database.js']]],
    ['node CJS with a require stack', "Error: Cannot find module './modules/billing/module.config'\nRequire stack:\n- /tmp/runner/clean-clone-abc1234-XyZ/src/module-registry.js", [['src/modules/billing/module.config.ts', 'untracked', 'src/module-registry.js']]],
    ['a path alias, no importer', "error: Cannot find module '@/modules/billing/module.config'", [['src/modules/billing/module.config.ts', 'untracked', null]]],
    ['docker COPY', 'COPY failed: file not found in build context or excluded by .dockerignore: stat src/module-registry.ts: file does not exist', [['src/module-registry.ts', 'untracked', null]]],
    ['BuildKit', 'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 4f3c::x: "/src/module-registry.ts": not found', [['src/module-registry.ts', 'untracked', null]]],
    ['ENOENT', "Error: ENOENT: no such file or directory, open '/tmp/runner/clean-clone-abc1234-XyZ/src/module-registry.ts'", [['src/module-registry.ts', 'untracked', null]]],
    ['a shell tool', 'cat: src/module-registry.ts: No such file or directory', [['src/module-registry.ts', 'untracked', null]]],
    ['a modified file named on an error line', 'Dockerfile:12\nERROR: failed to solve: process "/bin/sh -c node --max-old-space-size=512 build.js" did not complete successfully: exit code: 137 (see Dockerfile)', [['Dockerfile', 'modified', null]]],
    ['an ignored file', "Error: ENOENT: no such file or directory, open '.env'", [['.env', 'ignored', null]]],
    ['a file under an ignored directory', "src/db.ts(2,20): error TS2307: Cannot find module '../generated/schema.js' or its corresponding type declarations.", [['generated/schema.js', 'ignored', 'src/db.ts']]],
  ])('%s', (_tool, log, expected) => {
    expect(diagnose(log)).toEqual(expected);
  });

  it('resolves against the step directory when the log prints paths relative to it', () => {
    const files = changes({ 'apps/web/src/module-registry.ts': 'untracked' });
    expect(diagnose("src/database.ts(1,25): error TS2307: Cannot find module './module-registry.js'", 'apps/web', files)).toEqual([['apps/web/src/module-registry.ts', 'untracked', 'apps/web/src/database.ts']]);
  });

  it.each([
    ["src/index.ts(1,23): error TS2307: Cannot find module 'lodash' or its corresponding type declarations."],
    ["Error: Cannot find module 'node:fs/promises2'"],
    ['Could not resolve "./something-else"\n\n    src/database.ts:3:32:'],
    ['compiled src/app.ts in 20ms'], // a changed file named on a line that reports no failure
  ])('names nothing that is not a changed file in the working tree: %s', (log) => {
    expect(diagnose(log)).toEqual([]);
  });

  it('lists each file once, in the order the log names them', () => {
    const log = [
      "src/database.ts(1,25): error TS2307: Cannot find module './module-registry.js'",
      "src/module-registry.ts(1,25): error TS2307: Cannot find module './modules/billing/module.config.js'",
      "src/other.ts(1,25): error TS2307: Cannot find module './module-registry.js'",
    ].join('\n');
    expect(diagnose(log).map(([path]) => path)).toEqual(['src/module-registry.ts', 'src/modules/billing/module.config.ts']);
  });
});

describe('followImports', () => {
  it('follows the relative imports of missing files through uncommitted files only', () => {
    const files = changes({ 'src/module-registry.ts': 'untracked', 'src/modules/a/module.config.ts': 'untracked', 'src/modules/b/module.config.ts': 'uncommitted', 'src/modules/b/helper.ts': 'untracked', 'src/shared.ts': 'modified' });
    const sources: Record<string, string> = {
      'src/module-registry.ts': "import { a } from './modules/a/module.config.js';\nimport b from \"./modules/b/module.config\";\nimport { s } from './shared.js';\nimport { x } from 'lodash';\n",
      'src/modules/b/module.config.ts': "export * from './helper';\nconst lazy = () => import('../a/module.config.js');\n",
      'src/modules/b/helper.ts': "import '../../module-registry.js';\n",
    };
    const missing = [{ path: 'src/module-registry.ts', state: 'untracked' as const, mention: '' }];
    expect(followImports(missing, files, (path) => sources[path])).toEqual([
      { path: 'src/modules/a/module.config.ts', state: 'untracked', importedBy: 'src/module-registry.ts' },
      { path: 'src/modules/b/module.config.ts', state: 'uncommitted', importedBy: 'src/module-registry.ts' },
      { path: 'src/modules/b/helper.ts', state: 'untracked', importedBy: 'src/modules/b/module.config.ts' },
    ]);
  });
});

describe('working-tree changes against the commit', () => {
  it('finds untracked, staged, modified and ignored files without writing the index', async () => {
    const repo = new GitFixture();
    repo.commit('one', { '.gitignore': 'dist/\nnode_modules/\n.env\n', 'a.ts': '1', 'b.ts': '1' });
    repo.write('a.ts', '2').write('new.ts', 'x').write('staged.ts', 'y').write('.env', 's').write('dist/x.js', '1').write('node_modules/p/index.js', '1');
    repo.git('add', 'staged.ts');
    const before = snapshotTree(repo.dir);
    const found = await workingTreeChanges(new Git(repo.dir), repo.head());
    expect(Object.fromEntries(found.files)).toEqual({ 'a.ts': 'modified', 'new.ts': 'untracked', 'staged.ts': 'uncommitted', '.env': 'ignored', 'dist/': 'ignored' });
    expect(snapshotTree(repo.dir)).toEqual(before);
  });
});

describe('materializeCommit', () => {
  it('writes only committed content, with .gitattributes applied as a checkout does, and leaves the original untouched', async () => {
    const repo = new GitFixture();
    repo.commit('one', { '.gitattributes': 'docs/** export-ignore\n*.sh text eol=lf\n', 'docs/guide.md': 'kept: a checkout ignores export-ignore\n', 'run.sh': 'echo hi\n', 'src/a.ts': 'committed\n', '.gitignore': '.env\n' });
    const sha = repo.head();
    repo.write('src/a.ts', 'modified\n').write('src/untracked.ts', 'x').write('.env', 'SECRET=1');
    repo.git('add', 'src/a.ts');
    repo.git('stash', 'push', '-q', '--keep-index', '--include-untracked', '-m', 'wip');
    repo.git('stash', 'pop', '-q');
    const before = snapshotTree(repo.dir);
    const target = await materializeCommit(new Git(repo.dir), sha, mkdtempSync(join(tmpdir(), 'dg-mat-')));
    expect(snapshotTree(repo.dir)).toEqual(before);
    expect(readFileSync(join(target, 'src/a.ts'), 'utf8')).toBe('committed\n');
    expect(existsSync(join(target, 'src/untracked.ts'))).toBe(false);
    expect(existsSync(join(target, '.env'))).toBe(false);
    expect(readFileSync(join(target, 'docs/guide.md'), 'utf8')).toContain('kept');
    const git = (...args: string[]) => execFileSync('git', ['-C', target, ...args], { encoding: 'utf8' }).trim();
    expect(git('rev-parse', 'HEAD')).toBe(sha);
    expect(git('status', '--porcelain')).toBe('');
    expect(git('for-each-ref')).toBe(''); // no refs copied: the clone cannot be mistaken for the original
  });

  it('fails on a commit whose objects are not all present, and removes the half-written clone', async () => {
    const repo = new GitFixture();
    repo.commit('one', { 'a.txt': 'a\n', 'b.txt': 'b\n' });
    const blob = repo.git('rev-parse', 'HEAD:b.txt');
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const parent = mkdtempSync(join(tmpdir(), 'dg-mat-'));
    await expect(materializeCommit(new Git(repo.dir), repo.head(), parent)).rejects.toThrow(/could not check out \w{12} into a clean directory: .*unable to read .*a partial or broken clone/);
    expect(readdirSync(parent)).toEqual([]);
    await expect(materializeCommit(new Git(repo.dir), repo.head(), parent, { keepOnError: true })).rejects.toThrow(/the partial checkout is kept in .*clean-clone-/);
    expect(readdirSync(parent)).toHaveLength(1);
  });

  it('works from a shallow clone and ignores GIT_DIR from a hook environment', async () => {
    const source = new GitFixture();
    for (let i = 0; i < 3; i++) source.commit(`c${i}`, { 'f.txt': `${i}\n` });
    const shallow = cloneFrom(source, { depth: 1 });
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = join(shallow.dir, '.git');
    try {
      const target = await materializeCommit(new Git(shallow.dir), shallow.head(), mkdtempSync(join(tmpdir(), 'dg-mat-')));
      delete process.env.GIT_DIR;
      expect(readFileSync(join(target, 'f.txt'), 'utf8')).toBe('2\n');
      expect(execFileSync('git', ['-C', target, 'rev-list', '--count', 'HEAD'], { encoding: 'utf8' }).trim()).toBe('1');
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });
});

describe('install: auto', () => {
  const project = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-install-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  };
  it.each([
    [{ 'package.json': '{}', 'package-lock.json': '{}' }, 'npm ci'],
    [{ 'package.json': '{}', 'npm-shrinkwrap.json': '{}' }, 'npm ci'],
    [{ 'package.json': '{}', 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" }, 'pnpm install --frozen-lockfile'],
    [{ 'package.json': '{}', 'yarn.lock': '__metadata:\n  version: 8\n' }, 'yarn install --immutable'],
    [{ 'package.json': '{}', 'yarn.lock': '# yarn lockfile v1\n' }, 'yarn install --frozen-lockfile'],
    [{ 'package.json': '{}', 'bun.lock': '{}' }, 'bun install --frozen-lockfile'],
    [{ 'package.json': '{}', 'bun.lockb': '' }, 'bun install --frozen-lockfile'],
    [{ 'package.json': '{"packageManager":"yarn@1.22.22"}', 'yarn.lock': '', 'package-lock.json': '{}' }, 'yarn install --frozen-lockfile'],
  ])('%o → %s', (files, command) => {
    const dir = project(files);
    const detection = detectInstall(dir, dir);
    expect(detection.kind === 'plan' && detection.plan.command).toBe(command);
  });

  it('uses the monorepo root lockfile for a package, reports a missing lockfile and nothing to install', () => {
    const dir = project({ 'package.json': '{}', 'pnpm-lock.yaml': '', 'packages/api/package.json': '{}' });
    expect(detectInstall(dir, join(dir, 'packages/api'))).toMatchObject({ kind: 'plan', plan: { cwd: dir, lockfile: 'pnpm-lock.yaml' } });
    const bare = project({ 'apps/web/package.json': '{}' });
    expect(detectInstall(bare, join(bare, 'apps/web'))).toEqual({ kind: 'no-lockfile', packageJson: 'apps/web/package.json' });
    const go = project({ 'main.go': 'package main' });
    expect(detectInstall(go, go).kind).toBe('nothing');
  });
});

describe('build steps', () => {
  it('drop the original repository\'s PATH entries and the action\'s inputs from the environment', () => {
    const { env, withheld } = stepEnvironment({
      PATH: '/home/dev/shop/node_modules/.bin:/usr/bin:/home/dev/shop-tools/bin', INPUT_BUILD: 'x', KEEP: '1',
      ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RUNTIME_URL: 'u', ACTIONS_CACHE_URL: 'u', ACTIONS_RESULTS_URL: 'u',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't', ACTIONS_ID_TOKEN_REQUEST_URL: 'u', STATE_clone: '/tmp/x', ACTIONS_STEP_DEBUG: 'true',
    }, '/home/dev/shop');
    expect(env).toEqual({ PATH: '/usr/bin:/home/dev/shop-tools/bin', KEEP: '1', ACTIONS_STEP_DEBUG: 'true' });
    expect(withheld).toEqual([]); // the action's own variables are dropped without a word: they were never the build's
  });
});

describe('cancellation between steps', () => {
  const project = () => {
    const repo = new GitFixture();
    repo.commit('app', { 'build.sh': 'echo built\n' });
    return repo;
  };
  const settings = (repo: GitFixture, tempDir: string, signal: AbortSignal) => ({
    build: 'echo build-ran', install: { kind: 'command' as const, command: 'echo install-ran' }, workingDirectory: '.', ref: 'HEAD',
    isolateCaches: true, keepClone: false, timeoutMs: 60_000, fail: true, workspace: repo.dir, tempDir, signal,
  });

  it('a run cancelled before it starts checks nothing out and runs nothing', async () => {
    const repo = project();
    const tempDir = mkdtempSync(join(tmpdir(), 'dg-cancel-'));
    const controller = new AbortController();
    controller.abort();
    const result = await cleanCloneBuild(settings(repo, tempDir, controller.signal));
    expect(result).toMatchObject({ result: 'failure', failedStep: 'checkout', reason: 'checkout was cancelled before it started', clonePath: '' });
    expect(result.steps).toEqual([]);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('leaves nothing in the temp folder when the lookup fails: the repository made beside it is removed', async () => {
    const repo = project();
    const tempDir = mkdtempSync(join(tmpdir(), 'dg-lookup-'));
    const live = new AbortController().signal;
    await expect(cleanCloneBuild({ ...settings(repo, tempDir, live), ref: 'no-such-branch' })).rejects.toThrow("Input 'ref': 'no-such-branch' is not a commit in");
    await expect(cleanCloneBuild({ ...settings(repo, tempDir, live), workspace: mkdtempSync(join(tmpdir(), 'dg-not-a-repo-')) })).rejects.toThrow(/is not inside a git repository/);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('a temp folder that cannot be written fails the run once, with no unhandled rejection on the side', async () => {
    const repo = project();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(cleanCloneBuild(settings(repo, join(tmpdir(), 'dg-no-such-folder', 'below'), new AbortController().signal))).rejects.toThrow(/ENOENT/);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });

  it('a cancel that lands after install does not start the build, and the clone and caches are removed', async () => {
    const repo = project();
    const tempDir = mkdtempSync(join(tmpdir(), 'dg-cancel-'));
    const controller = new AbortController();
    const result = await cleanCloneBuild({ ...settings(repo, tempDir, controller.signal), stepEnded: (step) => { if (step.name === 'install') controller.abort(); } });
    expect(result).toMatchObject({ result: 'failure', failedStep: 'build', reason: 'build was cancelled before it started' });
    expect(result.steps.map((step) => [step.name, step.exitCode])).toEqual([['install', 0]]);
    expect(readdirSync(tempDir)).toEqual([]);
  });
});
