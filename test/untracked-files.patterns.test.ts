// The patterns of real monorepos (vite, SvelteKit, Nuxt, Astro), each as a small real
// git repository: no false finding on a clean commit, every forgotten file caught,
// and every import the engine cannot judge counted with its reason.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Git } from '../src/git/git.ts';
import { ignoredPaths } from '../src/imports/git-state.ts';
import { checkUntrackedFiles, type UntrackedFilesOptions } from '../src/imports/untracked-files.ts';
import { GlobSet } from '../src/shared/inputs.ts';
import { GitFixture } from './harness/git-fixture.ts';

function options(directory: string, extra: Partial<UntrackedFilesOptions> = {}): UntrackedFilesOptions {
  const none = new GlobSet([]);
  return { directory, checkImports: true, checkWorktree: false, include: none, exclude: none, allow: none, failOnIgnored: false, ...extra };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const check = async (repo: GitFixture, extra: Partial<UntrackedFilesOptions> = {}) => checkUntrackedFiles(options(repo.dir, extra));
const rows = (result: Awaited<ReturnType<typeof checkUntrackedFiles>>) => result.misses.map((miss) => [miss.file, miss.specifier, miss.state, miss.resolved]);

describe('a declaration file satisfies type-only imports, never a value import', () => {
  /** A SvelteKit adapter's layout: index.js (the module) beside index.d.ts (its types). */
  function adapterRepo(): GitFixture {
    const repo = new GitFixture();
    repo.commit('adapter', {
      'package.json': json({ name: 'root', private: true, workspaces: ['packages/*'] }),
      'packages/adapter/package.json': json({ name: '@acme/adapter', type: 'module', exports: { '.': { types: './index.d.ts', import: './index.js' } } }),
      'packages/adapter/index.d.ts': "import { Adapter } from './types';\nexport default function plugin(): Adapter;\n",
      'packages/adapter/index.js': 'export default function plugin() { return {}; }\n',
      'packages/adapter/types.d.ts': 'export interface Adapter { name: string }\n',
      'packages/adapter/test/smoke.js': "import plugin from '../index.js';\nexport const p = plugin;\n",
      'packages/adapter/src/extensionless.ts': "import plugin from '..';\nimport type { Adapter } from '../index.js';\nexport const q: Adapter = plugin();\n",
      'apps/web/svelte.config.js': "import adapter from '@acme/adapter';\nexport default { adapter: adapter() };\n",
    });
    return repo;
  }

  it('passes the adapter layout when the module is committed', async () => {
    const result = await check(adapterRepo());
    expect(result.misses).toEqual([]);
    expect(result.importCounts).toMatchObject({ untracked: 0, missing: 0, notChecked: 0 });
  });

  it('catches a forgotten .js beside a tracked .d.ts, through a relative, an extensionless and a package import', async () => {
    const repo = adapterRepo();
    repo.git('rm', '-q', '--cached', 'packages/adapter/index.js');
    const result = await check(repo);
    expect(rows(result).sort()).toEqual([
      ['apps/web/svelte.config.js', '@acme/adapter', 'untracked', 'packages/adapter/index.js'],
      ['packages/adapter/src/extensionless.ts', '..', 'untracked', 'packages/adapter/index.js'],
      ['packages/adapter/test/smoke.js', '../index.js', 'untracked', 'packages/adapter/index.js'],
    ]);
    expect(result.misses.every((miss) => miss.violation && miss.declaration === 'packages/adapter/index.d.ts')).toBe(true);
    // The type-only import of the same file is still satisfied by the declaration.
    expect(result.misses.some((miss) => miss.specifier === '../index.js' && miss.file.endsWith('extensionless.ts'))).toBe(false);
  });

  it('accepts a TypeScript import of a declaration file that declares only types (erased), not a side-effect import or a JavaScript one', async () => {
    const repo = new GitFixture();
    repo.commit('types', {
      'src/model.d.ts': '/** comment: export const notReal = 1 */\nexport interface Model { id: string }\nexport type Id = string;\ndeclare global { const BUILD: string }\nexport {};\n',
      'src/values.d.ts': 'export declare const version: string;\n',
      'src/app.ts': "import { Model } from './model';\nimport { version } from './values';\nimport './model';\nexport const m: Model = { id: version };\n",
      'src/plain.js': "import { Model } from './model';\nexport { Model };\n",
    });
    const result = await check(repo);
    expect(rows(result)).toEqual([
      ['src/app.ts', './values', 'missing', 'src/values'],
      ['src/app.ts', './model', 'missing', 'src/model'],
      ['src/plain.js', './model', 'missing', 'src/model'],
    ]);
  });

  it('resolves a .ts specifier to the declaration file beside it for type-only imports and in declaration files', async () => {
    const repo = new GitFixture();
    repo.commit('nuxt and kit layouts', {
      'packages/nuxt/schema.d.ts': 'export interface NuxtConfig { ssr: boolean }\nexport declare const defaults: NuxtConfig;\n',
      'packages/nuxt/test/load.test.ts': "import type { NuxtConfig } from '../schema.ts';\nexport const c: NuxtConfig = { ssr: true };\n",
      'packages/nuxt/test/value.test.ts': "import { defaults } from '../schema.ts';\nexport const d = defaults;\n",
      'packages/kit/expected/index.d.ts': "export { helper } from './helper.ts';\nexport type { Other } from './helper2.ts';\n",
      'packages/kit/expected/helper.d.ts': 'export declare function helper(): void;\n',
      'packages/kit/expected/helper2.d.ts': 'export interface Other {}\n',
    });
    const result = await check(repo);
    expect(rows(result)).toEqual([['packages/nuxt/test/value.test.ts', '../schema.ts', 'missing', 'packages/nuxt/schema.ts']]);
    expect(result.misses[0]!.declaration).toBe('packages/nuxt/schema.d.ts');
  });

  it('reads import("./x").T inside type literals and declarations of a .d.ts file', async () => {
    const repo = new GitFixture();
    repo.commit('types', {
      'types/index.d.ts': "export interface Api { load(): import('./loader').Loader; cfg: { a: import(\"./config\").Config } }\nexport declare const x: typeof import('./gone');\n",
      'types/loader.d.ts': 'export interface Loader {}\n',
      'types/config.ts': 'export interface Config {}\n',
    });
    const result = await check(repo);
    expect(rows(result)).toEqual([['types/index.d.ts', './gone', 'missing', 'types/gone']]);
    expect(result.misses[0]!.typeOnly).toBe(true);
    expect(result.importsChecked).toBe(3);
  });
});

describe('paths as the build sees them', () => {
  it('normalises ../..//x before resolving, and names the file by its normal path', async () => {
    const repo = new GitFixture();
    repo.commit('shortcut', { 'a/b/c/main.ts': "import { s } from '../..//shortcut';\nimport { t } from './/.//t';\nexport { s, t };\n", 'a/shortcut.ts': 'export const s = 1;\n', 'a/b/c/t.ts': 'export const t = 1;\n' });
    expect((await check(repo)).misses).toEqual([]);
    repo.git('rm', '-q', '--cached', 'a/shortcut.ts');
    const result = await check(repo);
    expect(rows(result)).toEqual([['a/b/c/main.ts', '../..//shortcut', 'untracked', 'a/shortcut.ts']]);
  });

  it('reads a tracked symlinked source from its target\'s folder, and resolves through a tracked directory symlink', async () => {
    const repo = new GitFixture();
    repo.write('module-a/src/index.js', "import { data } from './data';\nexport const hi = () => data;\n");
    repo.write('module-a/src/data.js', 'export const data = 1;\n');
    symlinkSync('./src/index.js', join(repo.dir, 'module-a/linked.js'));
    repo.write('collections/content/post.md', '# post\n');
    repo.write('collections/content/helper.ts', 'export const h = 1;\n');
    repo.write('site/page.ts', "import { h } from './with-symlinked-content/helper';\nimport { hi } from '../module-a/linked.js';\nexport { h, hi };\n");
    symlinkSync('../collections/content', join(repo.dir, 'site/with-symlinked-content'));
    repo.commit('links');
    expect((await check(repo)).misses).toEqual([]);
    // The link's target forgotten: a clean clone has a dangling link.
    repo.git('rm', '-q', '--cached', 'collections/content/helper.ts');
    const result = await check(repo);
    expect(rows(result)).toEqual([['site/page.ts', './with-symlinked-content/helper', 'untracked', 'collections/content/helper.ts']]);
  });

  it('asks check-ignore about what it can when a path is beyond a symbolic link: other verdicts stay', async () => {
    const repo = new GitFixture();
    repo.write('.gitignore', 'generated/\n');
    repo.write('real/keep.ts', 'export const k = 1;\n');
    symlinkSync('real', join(repo.dir, 'linked'));
    repo.write('src/main.ts', "import { g } from '../generated/client';\nimport { k } from '../linked/keep';\nexport { g, k };\n");
    repo.commit('app');
    repo.write('generated/client.ts', 'export const g = 1;\n');
    // An untracked directory link on disk (made at run time, as vite's glob-import playground does).
    symlinkSync('elsewhere', join(repo.dir, 'runtime-link'));
    repo.write('elsewhere/lib.ts', 'export const l = 1;\n');
    repo.write('src/late.ts', "import { l } from '../runtime-link/lib';\nexport { l };\n");
    repo.git('add', 'src/late.ts');
    const result = await check(repo);
    expect(rows(result)).toEqual([
      ['src/late.ts', '../runtime-link/lib', 'untracked', 'runtime-link/lib.ts'],
      ['src/main.ts', '../generated/client', 'ignored', 'generated/client.ts'],
    ]);
    expect(result.notChecked).toEqual([]);
  });

  it('keeps asking git check-ignore about the other paths when it refuses one', async () => {
    const repo = new GitFixture();
    repo.write('.gitignore', 'dist/\n*.log\n');
    repo.write('real/keep.ts', 'export const k = 1;\n');
    symlinkSync('real', join(repo.dir, 'linked'));
    repo.commit('app');
    const paths = ['dist/a.js', 'src/b.ts', 'linked/keep.ts', 'x.log', ...Array.from({ length: 20 }, (_, i) => `dist/n${i}.js`)];
    const status = await ignoredPaths(new Git(repo.dir), paths);
    expect([...status.unknown.keys()]).toEqual(['linked/keep.ts']);
    expect(status.unknown.get('linked/keep.ts')).toMatch(/beyond a symbolic link/);
    expect([...status.ignored].sort()).toEqual(paths.filter((path) => path.startsWith('dist/') || path.endsWith('.log')).sort());
  });

  it('follows the package.json browser map for files it replaces or stubs out', async () => {
    const repo = new GitFixture();
    repo.commit('browser field', {
      'pkg/package.json': json({ name: 'pkg', main: 'out/cjs.node.js', browser: { './out/cjs.node.js': './out/esm.browser.js', './ext.js': './out/esm.browser.js', './ext-index/index.js': './out/esm.browser.js', './not-browser.js': false, './gone.js': './out/gone.js' } }),
      'pkg/out/esm.browser.js': 'export default 1;\n',
      'pkg/relative.js': "import a from './ext';\nimport b from './ext-index/index.js';\nimport c from './ext.js';\nimport d from './not-browser.js';\nimport e from './gone';\nexport { a, b, c, d, e };\n",
      'app.js': "import p from './pkg';\nexport { p };\n",
    });
    const result = await check(repo);
    expect(rows(result)).toEqual([['pkg/relative.js', './gone', 'missing', 'pkg/out/gone.js']]);
  });

  it('reports a workspace package whose main points into gitignored output as ignored, not missing', async () => {
    const repo = new GitFixture();
    repo.commit('language tools', {
      '.gitignore': 'dist/\n',
      'pnpm-workspace.yaml': "packages:\n  - 'tools/*'\n",
      'tools/yaml2ts/package.json': json({ name: '@acme/yaml2ts', type: 'commonjs', main: 'dist/index.js' }),
      'tools/yaml2ts/src/index.ts': 'export const y = 1;\n',
      'tools/server/src/holders.ts': "import { y } from '@acme/yaml2ts';\nexport { y };\n",
    });
    const result = await check(repo);
    expect(result.misses.map((miss) => [miss.specifier, miss.state, miss.resolved, miss.violation])).toEqual([['@acme/yaml2ts', 'ignored', 'tools/yaml2ts/dist/index.js', false]]);
  });

  it('falls back from tsconfig paths to the real package when the mapped file is absent, as TypeScript does', async () => {
    const repo = new GitFixture();
    repo.commit('alias fixture', {
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - 'fixtures/*'\n",
      'packages/ns/package.json': json({ name: '@test/namespace-package', main: 'index.js' }),
      'packages/ns/index.js': 'export const namespace = 1;\n',
      'fixtures/alias/package.json': json({ name: '@test/alias', dependencies: { '@astrojs/svelte': '^7', '@test/namespace-package': 'workspace:*' } }),
      'fixtures/alias/tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@components/*": ["src/components/*"], "@*": ["src/*"] } } }',
      'fixtures/alias/src/components/Alias.svelte': '<p>alias</p>\n',
      'fixtures/alias/src/pages/index.ts': "import Alias from '@components/Alias.svelte';\nimport svelte from '@astrojs/svelte';\nimport { namespace } from '@test/namespace-package';\nimport { gone } from '@utils/gone';\nexport { Alias, svelte, namespace, gone };\n",
    });
    const result = await check(repo);
    // `@utils/gone` is no package anyone depends on: the alias miss stands.
    expect(rows(result)).toEqual([['fixtures/alias/src/pages/index.ts', '@utils/gone', 'missing', 'fixtures/alias/src/utils/gone']]);
    repo.git('rm', '-q', '--cached', 'packages/ns/index.js');
    expect(rows(await check(repo))).toContainEqual(['fixtures/alias/src/pages/index.ts', '@test/namespace-package', 'untracked', 'packages/ns/index.js']);
  });

  it('reads a package.json that starts with a byte order mark', async () => {
    const repo = new GitFixture();
    repo.commit('bom', {
      'package.json': `\uFEFF${json({ name: 'bom', imports: { '#lib/*': './lib/*.js' } })}`,
      'lib/x.js': 'export const x = 1;\n',
      'main.js': "import { x } from '#lib/x';\nexport { x };\n",
    });
    const result = await check(repo);
    expect(result.notes).toEqual([]);
    expect(result.misses).toEqual([]);
    repo.git('rm', '-q', '--cached', 'lib/x.js');
    expect(rows(await check(repo))).toEqual([['main.js', '#lib/x', 'untracked', 'lib/x.js']]);
  });
});

describe('generated and virtual modules are notices naming their generator', () => {
  it('classifies SvelteKit, Nuxt, Astro, Next.js and Vite conventions from one table, and still catches a real miss beside them', async () => {
    const repo = new GitFixture();
    repo.commit('frameworks', {
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
      'packages/vite/package.json': json({ name: 'vite', exports: { '.': './index.js' } }),
      'packages/vite/index.js': 'export default 1;\n',
      'kit/src/routes/+page.svelte': "<script lang=\"ts\">\n  import type { PageData } from './$types';\n  import { goto } from '$app/navigation';\n  import Gone from './Gone.svelte';\n</script>\n",
      'kit/src/routes/+page.server.ts': "import type { Actions } from './$types.js';\nimport { env } from '$env/dynamic/private';\nimport '../../.svelte-kit/ambient';\nexport const actions: Actions = {};\nexport { env };\n",
      'nuxt/app.vue': "<script setup lang=\"ts\">\nimport { useHead } from '#imports';\nimport { defineNuxtPlugin } from '#app';\n</script>\n",
      'astro/src/env.d.ts': '/// <reference path="../.astro/types.d.ts" />\n',
      'astro/src/pages/index.astro': "---\nimport { getCollection } from 'astro:content';\n---\n",
      'next/app/env.ts': "/// <reference path=\"../next-env.d.ts\" />\nexport {};\n",
      'web/main.ts': "import 'vite/modulepreload-polyfill';\nimport routes from 'virtual:generated-pages';\nexport { routes };\n",
    });
    const result = await check(repo);
    const generated = result.misses.filter((miss) => miss.state === 'generated').map((miss) => [miss.specifier, miss.generator]);
    expect(generated.sort()).toEqual([
      ['#app', 'Nuxt'], ['#imports', 'Nuxt'],
      ['$app/navigation', 'SvelteKit'], ['$env/dynamic/private', 'SvelteKit'],
      ['../.astro/types.d.ts', 'Astro'],
      ['../../.svelte-kit/ambient', 'SvelteKit'],
      ['../next-env.d.ts', 'Next.js'],
      ['./$types', 'SvelteKit'], ['./$types.js', 'SvelteKit'],
      ['astro:content', 'Astro'],
      ['virtual:generated-pages', 'Vite'], ['vite/modulepreload-polyfill', 'Vite'],
    ].sort());
    expect(result.misses.every((miss) => miss.state === 'generated' ? !miss.violation : miss.violation)).toBe(true);
    expect(rows(result).filter((row) => row[2] !== 'generated')).toEqual([['kit/src/routes/+page.svelte', './Gone.svelte', 'missing', 'kit/src/routes/Gone.svelte']]);
    expect(result.importCounts).toMatchObject({ generated: 12, missing: 1, notChecked: 0 });
  });
});

describe('what the engine cannot judge is counted and named', () => {
  it('counts aliases of a generated tsconfig that is absent, and unknown aliases, per reason', async () => {
    const repo = new GitFixture();
    repo.commit('nuxt app', {
      '.gitignore': '.nuxt/\n',
      'tsconfig.json': '{ "extends": "./.nuxt/tsconfig.json" }',
      'app/pages/index.vue': "<script setup lang=\"ts\">\nimport Card from '~/components/Card.vue';\nimport { a } from '~/utils/a';\n</script>\n",
      'app/components/Card.vue': '<template><p>card</p></template>\n',
      'web/tsconfig.json': '{ "compilerOptions": { "strict": true } }',
      'web/src/main.ts': "import x from '@/lib/x';\nimport y from '@/lib/y';\nimport z from '$lib/z';\n",
    });
    const result = await check(repo);
    expect(result.misses).toEqual([]);
    expect(result.notChecked.map((group) => [group.reason, group.subject, group.detail, group.count])).toEqual([
      ['generated-tsconfig', '~/', '.nuxt/tsconfig.json', 2],
      ['unknown-alias', '@/', 'web/tsconfig.json', 2],
      ['unknown-alias', '$lib/', 'web/tsconfig.json', 1],
    ]);
    expect(result.importCounts.notChecked).toBe(5);
    expect(result.importCounts.tracked + result.importCounts.external + result.importCounts.notChecked).toBe(result.importsChecked);
    // Once `nuxi prepare` wrote the config, the same imports are checked.
    repo.write('.nuxt/tsconfig.json', '{ "compilerOptions": { "paths": { "~/*": ["../app/*"] } } }');
    const prepared = await check(repo);
    expect(rows(prepared)).toEqual([['app/pages/index.vue', '~/utils/a', 'missing', 'app/utils/a']]);
    expect(prepared.notChecked.map((group) => group.reason)).toEqual(['unknown-alias', 'unknown-alias']);
  });

  it('resolves into a checked-out submodule against its tracked files, and counts one that is not checked out', async () => {
    const lib = new GitFixture();
    lib.commit('lib', { 'src/index.ts': 'export const lib = 1;\n', '.gitignore': 'build/\n' });
    const repo = new GitFixture();
    repo.commit('app', { 'src/main.ts': "import { lib } from '../vendor/lib/src/index';\nimport { late } from '../vendor/lib/src/late';\nimport { built } from '../vendor/lib/build/out';\nimport { other } from '../vendor/other/x';\nexport { lib, late, built, other };\n" });
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.dir, 'vendor/lib');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${lib.head()},vendor/other`);
    repo.git('commit', '-q', '-m', 'submodules');
    repo.write('vendor/lib/src/late.ts', 'export const late = 1;\n'); // on disk in the submodule, not tracked by it
    repo.write('vendor/lib/build/out.ts', 'export const built = 1;\n'); // ignored by the submodule's .gitignore
    const result = await check(repo);
    expect(rows(result)).toEqual([
      ['src/main.ts', '../vendor/lib/src/late', 'untracked', 'vendor/lib/src/late.ts'],
      ['src/main.ts', '../vendor/lib/build/out', 'ignored', 'vendor/lib/build/out.ts'],
    ]);
    expect(result.notChecked.map((group) => [group.reason, group.subject, group.count])).toEqual([['submodule-not-checked-out', 'vendor/other', 1]]);
  });
});

describe('hostile trees stay bounded', () => {
  it('survives symlink loops, a 5 MB minified line, invalid UTF-8 and a file name with a newline', async () => {
    const repo = new GitFixture();
    symlinkSync('loop-b', join(repo.dir, 'loop-a'));
    symlinkSync('loop-a', join(repo.dir, 'loop-b'));
    symlinkSync('.', join(repo.dir, 'self'));
    symlinkSync('untracked-loop', join(repo.dir, 'untracked-loop'));
    const minified = `import{a}from"./a";${'var x=1;'.repeat(650_000)}import{gone}from"./gone-min";`;
    repo.write('vendor/bundle.min.js', minified);
    repo.write('vendor/a.js', 'export const a = 1;\n');
    repo.write('src/new\nline.ts', "import { x } from './gone-newline';\n");
    writeFileSync(join(repo.dir, 'latin1.ts'), Buffer.from("import { b } from './b';\n// caf\xe9 \xff\xfe\nimport { c } from './gone-latin';\n", 'latin1'));
    // A name that is not UTF-8: git lists its bytes, which no decoded name reaches.
    writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/src/bad-`), Buffer.from([0xe9]), Buffer.from('.ts')]), "import './gone-bad';\n");
    repo.write('b.ts', 'export const b = 1;\n');
    repo.write('src/uses-loop.ts', "import { y } from '../loop-a/y';\nimport { z } from '../self/b';\nimport { w } from '../untracked-loop/w';\n");
    repo.commit('hostile');
    repo.git('rm', '-q', '--cached', 'untracked-loop');
    const result = await check(repo);
    expect(rows(result).sort()).toEqual([
      ['latin1.ts', './gone-latin', 'missing', 'gone-latin'],
      ['src/new\nline.ts', './gone-newline', 'missing', 'src/gone-newline'],
      ['src/uses-loop.ts', '../untracked-loop/w', 'missing', 'untracked-loop/w'],
      ['vendor/bundle.min.js', './gone-min', 'missing', 'vendor/gone-min'],
    ]);
    expect(result.notChecked.map((group) => [group.reason, group.count])).toEqual([['outside-repository', 1]]);
    expect(result.scannedFiles).toBe(6);
    expect(result.notes).toEqual([expect.stringMatching(/^1 tracked source file not scanned: the name is not valid UTF-8 \(src\/bad-\uFFFD\.ts\)$/)]);
  });
});
