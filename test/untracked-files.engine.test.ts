// The engine on real git repositories: resolution against `git ls-files`, misses
// classified by the disk and `git check-ignore`, and the working-tree check.
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/shared/errors.ts';
import { checkUntrackedFiles, type UntrackedFilesOptions } from '../src/imports/untracked-files.ts';
import { GlobSet } from '../src/shared/inputs.ts';
import { GitFixture } from './harness/git-fixture.ts';
import { INCIDENT_UNTRACKED, MODULES, deleteFromDisk, fixIncident, incidentRepo, workspaceRepo } from './harness/import-fixtures.ts';

function options(directory: string, extra: Partial<UntrackedFilesOptions> = {}): UntrackedFilesOptions {
  const none = new GlobSet([]);
  return { directory, checkImports: true, checkWorktree: true, include: none, exclude: none, allow: none, failOnIgnored: false, ...extra };
}

describe('untracked-files engine', () => {
  it('replays the incident: the registry and 31 configs are untracked imports, the generated client a notice', async () => {
    const repo = incidentRepo();
    const result = await checkUntrackedFiles(options(repo.dir));
    const untracked = result.misses.filter((miss) => miss.state === 'untracked');
    expect(new Set(untracked.map((miss) => miss.resolved))).toEqual(new Set(INCIDENT_UNTRACKED));
    expect(untracked).toHaveLength(32);
    expect(untracked.every((miss) => miss.violation)).toBe(true);
    expect(untracked.find((miss) => miss.resolved === 'src/lib/module-registry.ts')).toMatchObject({ file: 'src/lib/database.ts', line: 3, specifier: './module-registry' });
    expect(untracked.find((miss) => miss.specifier === './module.config.js')).toMatchObject({ file: `src/modules/${MODULES[1]}/index.ts`, resolved: `src/modules/${MODULES[1]}/module.config.ts` });
    expect(untracked.find((miss) => miss.specifier.startsWith('@modules/'))).toMatchObject({ file: `src/modules/${MODULES[2]}/index.ts`, resolved: `src/modules/${MODULES[2]}/module.config.ts` });
    expect(untracked.find((miss) => miss.file.endsWith('.svelte'))).toMatchObject({ file: 'src/routes/Settings.svelte', line: 2, resolved: `src/modules/${MODULES[3]}/module.config.ts` });
    const ignored = result.misses.filter((miss) => miss.state === 'ignored');
    expect(ignored).toEqual([expect.objectContaining({ file: 'src/lib/database.ts', line: 4, resolved: 'src/generated/prisma.ts', violation: false })]);
    expect(result.misses.filter((miss) => miss.state === 'missing')).toEqual([]);
    // The Dockerfile heap bump; the untracked files count once, through their imports.
    expect(result.dirty.find((file) => file.path === 'Dockerfile')).toMatchObject({ state: 'modified' });
    expect(result.dirtyViolations).toBe(1);
    expect(result.violations).toBe(33);
  });

  it('passes the same repository once the files are added and committed', async () => {
    const repo = incidentRepo();
    fixIncident(repo);
    const result = await checkUntrackedFiles(options(repo.dir));
    expect(result.violations).toBe(0);
    expect(result.misses.map((miss) => miss.state)).toEqual(['ignored']);
    expect(result.dirty).toEqual([]);
    expect(result.scannedFiles).toBe(4 + MODULES.length + 1 + MODULES.length); // 4 app files, 31 index.ts, the registry, 31 configs
  });

  it('fails on ignored imports with fail-on-ignored, and allow covers chosen paths', async () => {
    const repo = incidentRepo();
    fixIncident(repo);
    const strict = await checkUntrackedFiles(options(repo.dir, { failOnIgnored: true }));
    expect(strict.violations).toBe(1);
    expect(strict.misses[0]).toMatchObject({ state: 'ignored', violation: true });
    const allowed = await checkUntrackedFiles(options(repo.dir, { failOnIgnored: true, allow: new GlobSet(['src/generated/**']) }));
    expect(allowed.violations).toBe(0);
    expect(allowed.misses[0]).toMatchObject({ allowed: true, violation: false });
  });

  it('reports an import of a file that exists nowhere as missing', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'src/app.ts': "import { gone } from './gone';\nexport const ok = gone;\n" });
    const result = await checkUntrackedFiles(options(repo.dir));
    expect(result.misses).toEqual([expect.objectContaining({ state: 'missing', resolved: 'src/gone', line: 1, violation: true })]);
  });

  it('does not count a tracked file deleted from disk as an import violation; the worktree check lists it', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'src/app.ts': "import { old } from './old';\nexport { old };\n", 'src/old.ts': 'export const old = 1;\n' });
    deleteFromDisk(repo, 'src/old.ts');
    const importsOnly = await checkUntrackedFiles(options(repo.dir, { checkWorktree: false }));
    expect(importsOnly.misses).toEqual([]);
    expect(importsOnly.violations).toBe(0);
    expect(importsOnly.deletedTracked).toEqual(['src/old.ts']);
    const withWorktree = await checkUntrackedFiles(options(repo.dir));
    expect(withWorktree.dirty).toEqual([{ path: 'src/old.ts', state: 'deleted', allowed: false }]);
    expect(withWorktree.violations).toBe(1);
  });

  it('names the tracked file when an import differs from it only in letter case', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'src/App.tsx': "import Button from './components/button';\nexport default () => <Button />;\n", 'src/components/Button.tsx': 'export default () => null;\n' });
    const result = await checkUntrackedFiles(options(repo.dir));
    expect(result.misses).toEqual([expect.objectContaining({ file: 'src/App.tsx', line: 1, state: 'missing', resolved: 'src/components/Button.tsx', caseMismatch: true, violation: true })]);
  });

  it('handles paths with spaces and unicode', async () => {
    const repo = new GitFixture();
    repo.commit('app', {
      'src/my folder/main.ts': "import { a } from './ünïcode-模块';\nimport { b } from '../other dir/tracked é';\nexport { a, b };\n",
      'src/other dir/tracked é.ts': 'export const b = 1;\n',
    });
    repo.write('src/my folder/ünïcode-模块.ts', 'export const a = 1;\n');
    const result = await checkUntrackedFiles(options(repo.dir));
    expect(result.misses).toEqual([expect.objectContaining({ file: 'src/my folder/main.ts', line: 1, state: 'untracked', resolved: 'src/my folder/ünïcode-模块.ts' })]);
    expect(result.dirtyViolations).toBe(0);
  });

  it('reports no false positive on a realistic multi-package workspace', async () => {
    const repo = workspaceRepo();
    const result = await checkUntrackedFiles(options(repo.dir));
    // A value import of @acme/shared needs what its runtime conditions point at (dist/,
    // build output), not the `types` condition: noted, never failing.
    expect(result.misses.map((miss) => [miss.file, miss.specifier, miss.state, miss.resolved, miss.violation]).sort()).toEqual([
      ['apps/api/src/server.ts', '@acme/shared', 'ignored', 'packages/shared/dist/index.js', false],
      ['apps/site/src/pages/index.astro', '@acme/shared', 'ignored', 'packages/shared/dist/index.js', false],
      ['packages/shared/src/index.ts', '#internal/secret', 'ignored', 'packages/shared/dist/internal/secret.js', false],
    ]);
    expect(result.notes).toEqual([]);
    expect(result.violations).toBe(0);
    expect(result.scannedFiles).toBe(21);
    expect(result.importsChecked).toBe(34);
    // The same tree with one workspace file dropped from git is caught: the check is live.
    repo.git('rm', '-q', '--cached', 'packages/shared/src/utils/format.ts');
    const broken = await checkUntrackedFiles(options(repo.dir, { checkWorktree: false }));
    expect(broken.misses.filter((miss) => miss.violation).map((miss) => [miss.file, miss.specifier, miss.state]).sort()).toEqual([
      ['apps/api/src/server.ts', '@acme/shared/utils/format', 'untracked'],
      ['packages/shared/src/index.ts', './utils/format.js', 'untracked'],
    ]);
  });

  it('catches untracked files behind baseUrl, solution-style references and #imports, without flagging packages', async () => {
    const repo = new GitFixture();
    repo.commit('app', {
      '.gitignore': 'dist/\n',
      'package.json': JSON.stringify({ name: 'app', imports: { '#conf/*': './src/conf/*.ts' } }),
      // Vite's layout: a root config with only references; the aliases live in tsconfig.app.json.
      'tsconfig.json': '{ "files": [], "references": [{ "path": "./tsconfig.app.json" }] }',
      'tsconfig.app.json': '{ "compilerOptions": { "baseUrl": "src", "paths": { "@/*": ["./*"], "*": ["../types/*"] } } }',
      'src/main.ts': [
        "import React from 'react';",
        "import { z } from 'zod';",
        "import { registry } from 'lib/registry';",
        "import { view } from '@/views/home';",
        "import conf from '#conf/prod';",
        "import { ok } from 'lib/ok';",
        '',
      ].join('\n'),
      'src/lib/ok.ts': 'export const ok = 1;\n',
    });
    repo.write('src/lib/registry.ts', 'export const registry = 1;\n');
    repo.write('src/views/home.ts', 'export const view = 1;\n');
    repo.write('src/conf/prod.ts', 'export default 1;\n');
    const result = await checkUntrackedFiles(options(repo.dir, { checkWorktree: false }));
    expect(result.misses.map((miss) => [miss.specifier, miss.state, miss.resolved])).toEqual([
      ['lib/registry', 'untracked', 'src/lib/registry.ts'],
      ['@/views/home', 'untracked', 'src/views/home.ts'],
      ['#conf/prod', 'untracked', 'src/conf/prod.ts'],
    ]);
  });

  it('notes a workspace package whose exports point at gitignored build output', async () => {
    const repo = new GitFixture();
    repo.commit('workspace', {
      '.gitignore': 'dist/\n',
      'package.json': JSON.stringify({ private: true, workspaces: ['packages/*'] }),
      'packages/sdk/package.json': JSON.stringify({ name: '@acme/sdk', exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } }),
      'packages/sdk/src/index.ts': 'export const sdk = 1;\n',
      'packages/app/src/main.ts': "import { sdk } from '@acme/sdk';\nimport { nope } from '@acme/sdk/not-exported';\n",
    });
    const result = await checkUntrackedFiles(options(repo.dir, { checkWorktree: false }));
    // The value import needs dist/index.js (the `default` condition), not the types.
    expect(result.misses.map((miss) => [miss.specifier, miss.state, miss.resolved, miss.violation])).toEqual([
      ['@acme/sdk', 'ignored', 'packages/sdk/dist/index.js', false],
    ]);
    // A subpath the exports map does not list: Node refuses it, so only a bundler plugin
    // could serve it (as Vite's playground does); no file to commit, counted and named.
    expect(result.notChecked).toEqual([{ reason: 'not-exported', subject: '@acme/sdk', detail: 'packages/sdk', count: 1, example: { file: 'packages/app/src/main.ts', line: 2, specifier: '@acme/sdk/not-exported' } }]);
  });

  it('checks only the working tree with check-imports off (is the committed dist/ what the build made?)', async () => {
    const repo = new GitFixture();
    repo.commit('build output committed', { '.gitignore': '*.log\n', 'dist/index.js': 'old\n', 'dist/keep.js': 'same\n', 'src/a.ts': "import './gone';\n" });
    repo.write('dist/index.js', 'rebuilt\n').write('dist/chunk-new.js', 'new\n').write('build.log', 'ignored\n').write('notes.txt', 'local\n');
    repo.git('add', 'dist/chunk-new.js');
    const result = await checkUntrackedFiles(options(repo.dir, { checkImports: false, allow: new GlobSet(['notes.txt']) }));
    expect(result.scannedFiles).toBe(0);
    expect(result.misses).toEqual([]);
    expect(result.dirty).toEqual([
      { path: 'dist/chunk-new.js', state: 'added', allowed: false },
      { path: 'dist/index.js', state: 'modified', allowed: false },
      { path: 'notes.txt', state: 'untracked', allowed: true },
    ]);
    expect(result.violations).toBe(2);
  });

  it('passes a template-literal dynamic import (a runtime choice, not a file) and still catches the static miss next to it', async () => {
    const repo = new GitFixture();
    repo.commit('i18n', {
      // No `require`: the lexer path, where es-module-lexer 3 turns the template into './locales/*.js'.
      'src/i18n.ts': "import { fallback } from './fallback';\nexport const load = (l: string) => import(`./locales/${l}.js`);\nexport { fallback };\n",
      'src/fallback.ts': 'export const fallback = {};\n',
      'src/locales/en.js': 'export default {};\n',
    });
    const clean = await checkUntrackedFiles(options(repo.dir));
    expect(clean.parsers).toEqual({ lexer: 3, tokenizer: 0 }); // i18n.ts, fallback.ts, locales/en.js
    expect(clean.misses).toEqual([]);
    expect(clean.violations).toBe(0);
    repo.commit('a miss beside it', { 'src/i18n.ts': "import { fallback } from './fallback';\nexport const load = (l: string) => import(`./locales/${l}.js`);\nexport { fallback };\nexport { extra } from './extra';\n" });
    const missed = await checkUntrackedFiles(options(repo.dir));
    expect(missed.misses).toEqual([expect.objectContaining({ file: 'src/i18n.ts', line: 4, specifier: './extra', state: 'missing', violation: true })]);
  });

  it('names git status and what git said when the working-tree check cannot run', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'src/app.ts': 'export const a = 1;\n' });
    // A submodule entry whose .git points nowhere: ls-files is fine, status is fatal.
    repo.git('update-index', '--add', '--cacheinfo', `160000,${repo.head()},vendor/lib`);
    repo.write('vendor/lib/.git', 'gitdir: /nonexistent/modules/lib\n');
    const error = await checkUntrackedFiles(options(repo.dir)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^git status \(the working-tree check\) failed in .+: fatal: not a git repository: \/nonexistent\/modules\/lib$/);
    // With the working-tree check off, the import check still runs.
    expect((await checkUntrackedFiles(options(repo.dir, { checkWorktree: false }))).violations).toBe(0);
  });

  it('scans only the working directory, with globs relative to it', async () => {
    const repo = new GitFixture();
    repo.commit('two apps', { 'a/src/x.ts': "import './gone-a';\n", 'b/src/y.ts': "import './gone-b';\nimport './vendor/skip';\n" });
    const result = await checkUntrackedFiles(options(`${repo.dir}/b`, { exclude: new GlobSet(['src/vendor/**']), include: new GlobSet(['src/**']) }));
    expect(result.scope).toBe('b');
    expect(result.misses.map((miss) => miss.specifier).sort()).toEqual(['./gone-b', './vendor/skip']);
  });
});
