// Worker threads: batches of files claimed by the main thread and workers, merged in
// file order, give exactly the one-thread result (issue 16), and a worker that dies
// costs time, never a verdict.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSetup, type ScanSetup, unpackSetup } from '../src/imports/scan-files.ts';
import { MIN_FILES_FOR_WORKERS, scanFiles } from '../src/imports/scan-pool.ts';
import { checkUntrackedFiles, type UntrackedFilesOptions } from '../src/imports/untracked-files.ts';
import { GlobSet } from '../src/shared/inputs.ts';
import { ROOT, runStep } from './harness/action-runner.ts';
import { GitFixture } from './harness/git-fixture.ts';

function options(directory: string, extra: Partial<UntrackedFilesOptions> = {}): UntrackedFilesOptions {
  const none = new GlobSet([]);
  return { directory, checkImports: true, checkWorktree: true, include: none, exclude: none, allow: none, failOnIgnored: false, ...extra };
}

/** Every kind of outcome, spread over many files so that small batches put them on different threads. */
function mixedRepo(): GitFixture {
  const repo = new GitFixture();
  const files: Record<string, string> = {
    '.gitignore': 'gen/\n',
    // Workers load the YAML parser for it, as the main thread does.
    'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
    'packages/lib/package.json': JSON.stringify({ name: '@w/lib', main: 'index.js' }),
    'packages/lib/index.js': 'export const lib = 1;\n',
    'tsconfig.json': JSON.stringify({ compilerOptions: { skipLibCheck: true, paths: { '@app/*': ['src/*'] } } }),
    'broken/tsconfig.json': '{ "compilerOptions": ',
    'src/download.ts': "import main from './template/main.js?raw';\nimport worklet from './worklet.js?url';\nexport { main, worklet };\n",
    'src/template/main.js': "import App from './App.vue';\nconsole.log(App);\n",
    'src/worklet.js': "import { paint } from './paint-lib.js';\nregisterPaint('x', paint);\n",
    'src/types.d.ts': "import type { Gone } from './nowhere';\nexport declare const g: Gone;\n",
    'src/routes/+page.ts': "import type { PageLoad } from './$types';\nexport const load: PageLoad = () => ({});\n",
    'src/deleted.ts': 'export const deleted = 1;\n',
  };
  for (let i = 0; i < 24; i++) {
    files[`src/m${String(i).padStart(2, '0')}.ts`] = [
      `import { a } from './m${String((i + 1) % 24).padStart(2, '0')}';`,
      `import { b } from './missing-${i % 3}';`,
      i % 4 === 0 ? "import { client } from '../gen/client';" : "import { x } from '~/unknown';",
      i % 5 === 0 ? 'const lazy = (name: string) => import(`./locale-${name}`);' : "import { app } from '@app/m00';",
      i % 6 === 0 ? "import 'virtual:pwa-register';" : i % 6 === 1 ? `import { lib } from '@w/lib${i % 4 === 1 ? '' : `/gone-${i}.js`}';` : "import { readFile } from 'node:fs';",
      `export const v${i} = 1;`,
    ].join('\n');
  }
  for (let i = 0; i < 6; i++) files[`broken/b${i}.ts`] = `import { y } from '~/alias-${i}';\nexport const y${i} = y;\n`;
  // A later file loads the template as a module: its imports are judged after all.
  files['src/zz-run.ts'] = "import './template/main.js';\n";
  repo.commit('mixed', files);
  repo.write('src/missing-1.ts', 'export const b = 1;\n'); // on disk, not in git: untracked
  repo.write('gen/client.ts', 'export const client = 1;\n'); // gitignored
  repo.git('rm', '-q', '--cached', '--', 'src/m23.ts'); // untracked, imported by m22
  writeFileSync(join(repo.dir, 'src/deleted.ts'), ''); // then deleted from disk
  repo.git('rm', '-q', '--cached', '--', 'src/deleted.ts');
  repo.git('add', 'src/deleted.ts');
  repo.git('commit', '-qm', 'deleted');
  return repo;
}

describe('untracked-files on worker threads', () => {
  it('gives exactly the one-thread result, in the same order, with any number of workers and batch size', async () => {
    const repo = mixedRepo();
    const lines: string[] = [];
    const one = await checkUntrackedFiles(options(repo.dir, { threads: { workers: 0 } }));
    expect(one.misses.length).toBeGreaterThan(20);
    expect(new Set(one.misses.map((miss) => miss.state))).toEqual(new Set(['untracked', 'missing', 'ignored', 'generated']));
    expect(new Set(one.notChecked.map((group) => group.reason))).toEqual(new Set(['asset-only', 'computed', 'skip-lib-check', 'unknown-alias']));
    expect(one.notes.some((note) => note.startsWith('broken/tsconfig.json: not valid JSON'))).toBe(true);
    expect(one.misses.filter((miss) => miss.resolved.startsWith('packages/lib/')).map((miss) => miss.resolved)).toEqual(['packages/lib/gone-7.js', 'packages/lib/gone-19.js']);
    for (const threads of [{ workers: 1, batch: 1, mainThreadScans: false }, { workers: 3, batch: 2, mainThreadScans: false }, { workers: 2, batch: 5 }]) {
      const spread = await checkUntrackedFiles(options(repo.dir, { threads, log: (line) => lines.push(line) }));
      expect(spread).toEqual(one);
      expect(lines.pop()).toContain(`on ${threads.workers + 1} threads`);
    }
  });

  it('scans again on the main thread when a worker dies, with the same result', async () => {
    const repo = mixedRepo();
    const one = await checkUntrackedFiles(options(repo.dir, { threads: { workers: 0 } }));
    const scripts = mkdtempSync(join(tmpdir(), 'dg-worker-'));
    const dying = join(scripts, 'dying.mjs');
    writeFileSync(dying, 'process.exit(3);\n');
    const lines: string[] = [];
    const result = await checkUntrackedFiles(options(repo.dir, { threads: { workers: 2, batch: 1, script: dying }, log: (line) => lines.push(line) }));
    expect(result).toEqual(one);
    expect(lines).toContain('untracked-files: a worker thread failed (exited with code 3); every file was scanned again on the main thread');
    // What a worker threw (it may name a file of the pull request) stays on one line.
    const throwing = join(scripts, 'throwing.mjs');
    writeFileSync(throwing, "throw new Error('src/x.ts\\n::error::forged');\n");
    const said: string[] = [];
    expect(await checkUntrackedFiles(options(repo.dir, { threads: { workers: 1, batch: 1, script: throwing }, log: (line) => said.push(line) }))).toEqual(one);
    expect(said.filter((line) => line.includes('worker thread failed'))).toEqual(['untracked-files: a worker thread failed (src/x.ts\\n::error::forged); every file was scanned again on the main thread']);
  });

  it('keeps the verdict when a worker dies after scanning (its record of what loads as a module is lost with it)', async () => {
    // tpl.js is read as text by a.ts and loaded as a module by z.ts: its forgotten import is a
    // finding only if z.ts's import is known, and only the worker scanned z.ts.
    const repo = new GitFixture();
    repo.commit('x', {
      'src/a.ts': "import tpl from './tpl.js?raw';\nexport { tpl };\n",
      'src/tpl.js': "import gone from './forgotten.js';\nconsole.log(gone);\n",
      'src/z.ts': "import './tpl.js';\n",
    });
    repo.write('src/forgotten.js', 'export default 1;\n');
    const one = await checkUntrackedFiles(options(repo.dir, { checkWorktree: false, threads: { workers: 0 } }));
    expect(one.misses.map((miss) => `${miss.file} ${miss.resolved} ${miss.state}`)).toEqual(['src/tpl.js src/forgotten.js untracked']);
    const scripts = mkdtempSync(join(tmpdir(), 'dg-worker-'));
    const scan = `import { parentPort, workerData } from 'node:worker_threads';
import { FileScanner, forEachClaimedBatch, unpackSetup } from ${JSON.stringify(join(ROOT, 'src/imports/scan-files.ts'))};
const { next, batch } = workerData;
const setup = unpackSetup(workerData.setup);
const scanner = await FileScanner.create(setup);
forEachClaimedBatch(next, Math.ceil(setup.files.length / batch), (id) => parentPort.postMessage({ id, batch: scanner.scan(id * batch, Math.min((id + 1) * batch, setup.files.length)) }));
`;
    // Dies before saying done; dies when asked what it loaded.
    writeFileSync(join(scripts, 'dies-late.mjs'), `${scan}process.exit(7);\n`);
    writeFileSync(join(scripts, 'dies-when-asked.mjs'), `${scan}parentPort.postMessage({ done: true });\nparentPort.on('message', () => process.exit(8));\n`);
    for (const [script, code] of [['dies-late.mjs', 7], ['dies-when-asked.mjs', 8]] as const) {
      const lines: string[] = [];
      const spread = await checkUntrackedFiles(options(repo.dir, { checkWorktree: false, threads: { workers: 1, batch: 1, mainThreadScans: false, script: join(scripts, script) }, log: (line) => lines.push(line) }));
      expect(spread, script).toEqual(one);
      expect(lines.filter((line) => line.includes('worker thread failed'))).toEqual([`untracked-files: a worker thread failed (exited with code ${code}); every file was scanned again on the main thread`]);
      expect(lines.at(-1)).not.toContain('threads');
    }
  });

  it('says so when the worker script is not there, and scans on the main thread', async () => {
    const repo = mixedRepo();
    const one = await checkUntrackedFiles(options(repo.dir, { threads: { workers: 0 } }));
    const lines: string[] = [];
    expect(await checkUntrackedFiles(options(repo.dir, { threads: { workers: 2, batch: 1, script: '' }, log: (line) => lines.push(line) }))).toEqual(one);
    expect(lines[0]).toBe('untracked-files: the worker script is not beside this bundle; scanning on the main thread only');
  });

  it('sends a worker the setup as one string and positions, which give back the same setup', () => {
    const setup: ScanSetup = {
      root: '/r',
      rootPrefix: '/r/',
      // An unmerged path is listed once per stage; a top-level file has the folder ''.
      tracked: ['a.ts', 'conflict.ts', 'conflict.ts', 'conflict.ts', 'docs/readme.md', 'src/b.ts', 'src/link.ts', 'src/real/c.ts'],
      submoduleFiles: ['vendor/x.ts'],
      submodules: [{ path: 'vendor', checkedOut: true }],
      symlinks: [['src/link.ts', 'src/real/c.ts']],
      files: ['a.ts', 'conflict.ts', 'src/b.ts', 'src/link.ts'],
      // A tracked symlink is scanned where it points: its imports resolve from src/real.
      dirs: ['', '', 'src', 'src/real'],
    };
    const packed = packSetup(setup);
    expect(typeof packed.tracked).toBe('string');
    expect([...packed.positions]).toEqual([0, 1, 5, 6]);
    expect(packed.otherDirs).toEqual([[3, 'src/real']]);
    expect(unpackSetup(structuredClone(packed))).toEqual(setup);
    expect(unpackSetup(packSetup({ ...setup, tracked: [], files: [], dirs: [] }))).toEqual({ ...setup, tracked: [], files: [], dirs: [] });
    expect(() => packSetup({ ...setup, files: ['src/b.ts', 'a.ts'], dirs: ['src', ''] })).toThrow(/a\.ts is not in the tracked list after the file before it/);
  });

  it('returns, or throws, with its workers ended: they end while git classifies, and every way out waits for them', async () => {
    // Nothing to classify and no worktree check: no git work after the scan to outlast their ending.
    const repo = new GitFixture();
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`src/m${i}.ts`] = `import { a } from './m${(i + 1) % 12}';\nexport const a = ${i};\n`;
    repo.commit('clean', files);
    const active = () => process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort' || kind === 'Worker');
    const lines: string[] = [];
    const result = await checkUntrackedFiles(options(repo.dir, { checkWorktree: false, threads: { workers: 2, batch: 1 }, log: (line) => lines.push(line) }));
    expect(result.violations).toBe(0);
    expect(lines.at(-1)).toContain('on 3 threads');
    expect(active()).toEqual([]);
    // A failure after the scan (here the log sink's) still waits for them.
    const failing = checkUntrackedFiles(options(repo.dir, { checkWorktree: false, threads: { workers: 2, batch: 1 }, log: () => { throw new Error('log sink failed'); } }));
    await expect(failing).rejects.toThrow('log sink failed');
    expect(active()).toEqual([]);
  });

  it('ends its workers: nothing it started outlives the scan', async () => {
    const repo = mixedRepo();
    const root = repo.dir;
    const tracked = repo.git('ls-files').trim().split('\n');
    const files = tracked.filter((file) => file.endsWith('.ts'));
    const setup: ScanSetup = { root, rootPrefix: `${root}/`, tracked, submoduleFiles: [], submodules: [], symlinks: [], files, dirs: files.map((file) => file.slice(0, file.lastIndexOf('/'))) };
    const run = await scanFiles(setup, { workers: 2, batch: 1, mainThreadScans: false });
    expect(run.workers).toBe(2);
    expect(run.batches).toHaveLength(files.length);
    const before = process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort' || kind === 'Worker').length;
    expect(before).toBeGreaterThan(0);
    await run.close();
    expect(process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort' || kind === 'Worker')).toEqual([]);
  });
});

describe('untracked-files bundled: the worker script ships beside the action', () => {
  it(`scans a repository of ${MIN_FILES_FOR_WORKERS} files on every core and finds the forgotten file in the last one`, async () => {
    const repo = new GitFixture();
    const files: Record<string, string> = {};
    for (let i = 0; i < MIN_FILES_FOR_WORKERS; i++) files[`src/d${Math.floor(i / 100)}/f${i}.ts`] = `import { x } from './f${i - (i % 100) + ((i + 1) % 100)}';\nexport const v${i} = x;\n`;
    files['src/zz/last.ts'] = "import { forgotten } from './forgotten';\nexport { forgotten };\n";
    repo.commit('many', files);
    repo.write('src/zz/forgotten.ts', 'export const forgotten = 1;\n');
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir, inputs: { 'check-worktree': 'false' } });
    expect(step.exitCode).toBe(1);
    expect(step.outputs.violations).toBe('1');
    expect(JSON.parse(step.outputs['untracked-imports']!)).toEqual([expect.objectContaining({ file: 'src/zz/last.ts', resolved: 'src/zz/forgotten.ts', state: 'untracked' })]);
    const threads = availableParallelism();
    const scanned = step.stdout.split('\n').find((line) => line.startsWith(`untracked-files: ${MIN_FILES_FOR_WORKERS + 1} tracked source files`));
    expect(step.stdout).not.toContain('worker thread failed');
    if (threads > 1) expect(scanned).toContain(`on ${threads} threads`);
    else expect(scanned).not.toContain('threads');
    // The CLI's bundle has its own copy of the worker script.
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'untracked-files', '--check-worktree', 'false'], { cwd: repo.dir, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain("src/zz/last.ts:1  './forgotten' -> src/zz/forgotten.ts");
    expect(cli.stdout).not.toContain('worker');
    if (threads > 1) expect(cli.stdout).toContain(`tracked source files, ${MIN_FILES_FOR_WORKERS + 1} imports (${MIN_FILES_FOR_WORKERS + 1} lexed, 0 by the JSX-safe tokenizer) on ${threads} threads`);
  }, 120_000);
});
