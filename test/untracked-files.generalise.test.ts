// Patterns of fourteen real repositories nobody here tuned on (vue-core, TanStack Query,
// Starlight, tRPC, solid-start, Excalidraw, React Router, documenso, hoppscotch, Plane,
// umami, docmost, redash, linkwarden), each as a small real git repository: a clean
// commit has no false finding, the forgotten file is still caught, and what cannot be
// judged is counted with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliLines, notCheckedJson, notCheckedSentence, summaryMarkdown } from '../src/imports/report.ts';
import { checkUntrackedFiles, type UntrackedFilesOptions } from '../src/imports/untracked-files.ts';
import { GlobSet } from '../src/shared/inputs.ts';
import { GitFixture } from './harness/git-fixture.ts';

function options(directory: string, extra: Partial<UntrackedFilesOptions> = {}): UntrackedFilesOptions {
  const none = new GlobSet([]);
  return { directory, checkImports: true, checkWorktree: false, include: none, exclude: none, allow: none, failOnIgnored: false, ...extra };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const check = async (repo: GitFixture, extra: Partial<UntrackedFilesOptions> = {}) => checkUntrackedFiles(options(repo.dir, extra));
type Result = Awaited<ReturnType<typeof checkUntrackedFiles>>;
const rows = (result: Result) => result.misses.map((miss) => [miss.file, miss.specifier, miss.state, miss.resolved, ...(miss.generator ? [miss.generator] : [])]).sort();
const notChecked = (result: Result) => Object.fromEntries(result.notChecked.map((group) => [group.reason, group.count]));

describe('tsconfig rootDirs: relative imports resolve in every root, as TypeScript merges them', () => {
  /** React Router's route module types: `./+types/<route>` lives in .react-router/types/<same path>. */
  const routeModule = 'import type { Route } from "./+types/root";\nexport default function App(_props: Route.ComponentProps) { return null; }\n';

  it('reports React Router typegen output through rootDirs as generated, not missing', async () => {
    const repo = new GitFixture();
    repo.commit('react router app', {
      'tsconfig.json': json({ include: ['**/*', '.react-router/types/**/*'], compilerOptions: { moduleResolution: 'bundler', rootDirs: ['.', './.react-router/types'] } }),
      '.gitignore': '/.react-router/\n',
      'app/root.tsx': routeModule,
    });
    const result = await check(repo);
    expect(rows(result)).toEqual([['app/root.tsx', './+types/root', 'generated', '.react-router/types/app/+types/root', 'React Router']]);
    expect(result.violations).toBe(0);
  });

  it('still catches a module forgotten beside the routes: the generated root holds only the route types', async () => {
    const repo = new GitFixture();
    repo.commit('react router app', {
      'tsconfig.json': json({ compilerOptions: { rootDirs: ['.', './.react-router/types'] } }),
      '.gitignore': '/.react-router/\n',
      'app/root.tsx': `${routeModule}import { helper } from './helper';\nimport { gone } from './gone';\nexport { helper, gone };\n`,
    });
    repo.write('app/helper.ts', 'export const helper = 1;\n');
    const result = await check(repo);
    expect(rows(result)).toEqual([
      ['app/root.tsx', './+types/root', 'generated', '.react-router/types/app/+types/root', 'React Router'],
      ['app/root.tsx', './gone', 'missing', 'app/gone'],
      ['app/root.tsx', './helper', 'untracked', 'app/helper.ts'],
    ]);
  });

  it('finds the rootDirs of a solution-style tsconfig in the config it references', async () => {
    const repo = new GitFixture();
    repo.commit('react router app, two configs', {
      'apps/web/tsconfig.json': json({ files: [], references: [{ path: './tsconfig.node.json' }, { path: './tsconfig.vite.json' }], compilerOptions: { paths: { '~/*': ['./app/*'] } } }),
      'apps/web/tsconfig.node.json': json({ include: ['vite.config.ts'] }),
      'apps/web/tsconfig.vite.json': json({ extends: './tsconfig.json', compilerOptions: { rootDirs: ['.', './gen/types'] } }),
      '.gitignore': 'gen/\n',
      'apps/web/app/routes/home.tsx': 'import type { Schema } from "./home.schema";\nexport const meta = (_args: Schema) => [];\n',
    });
    const result = await check(repo);
    // No generator owns this root: it is a gitignored folder, so the import is generated output.
    expect(rows(result)).toEqual([['apps/web/app/routes/home.tsx', './home.schema', 'ignored', 'apps/web/gen/types/app/routes/home.schema']]);
    expect(result.violations).toBe(0);
  });

  it('resolves into a tracked file of another root, catches one left untracked there, and still reports a file no root has', async () => {
    const repo = new GitFixture();
    repo.commit('generated templates beside views', {
      'tsconfig.json': json({ compilerOptions: { rootDirs: ['src', 'generated/templates'] } }),
      'src/views/view1.ts': "import { template1 } from './template1';\nimport { gone } from './gone';\nexport const v = [template1, gone];\n",
      'src/views/view2.ts': "import { template2 } from './template2';\nexport const w = template2;\n",
      'generated/templates/views/template1.ts': 'export const template1 = 1;\n',
    });
    repo.write('generated/templates/views/template2.ts', 'export const template2 = 2;\n');
    const result = await check(repo);
    expect(rows(result)).toEqual([
      ['src/views/view1.ts', './gone', 'missing', 'src/views/gone'],
      ['src/views/view2.ts', './template2', 'untracked', 'generated/templates/views/template2.ts'],
    ]);
  });

  it('names a `./+types/<route>` import as React Router output even where no rootDirs is configured', async () => {
    const repo = new GitFixture();
    repo.commit('route without rootDirs', { 'app/routes/home.tsx': 'import type { Route } from "./+types/home";\nexport const loader = (_a: Route.LoaderArgs) => null;\n' });
    const result = await check(repo);
    expect(rows(result)).toEqual([['app/routes/home.tsx', './+types/home', 'generated', 'app/routes/+types/home', 'React Router']]);
  });
});

describe('a gitignored file imported without its extension is ignored on a clean checkout too', () => {
  function codegenRepo(): GitFixture {
    const repo = new GitFixture();
    repo.commit('codegen', {
      '.gitignore': '/src/gen.ts\n/src/keys.generated.ts\n/src/client/\n',
      'src/a.ts': 'import { x } from "./gen";\nexport type { K } from "./keys.generated";\nimport { c } from "./client";\nexport { x, c };\n',
    });
    return repo;
  }

  it('asks check-ignore about every file the import could mean when none is on disk', async () => {
    const result = await check(codegenRepo());
    expect(rows(result)).toEqual([
      ['src/a.ts', './client', 'ignored', 'src/client/index.ts'],
      ['src/a.ts', './gen', 'ignored', 'src/gen.ts'],
      ['src/a.ts', './keys.generated', 'ignored', 'src/keys.generated.ts'],
    ]);
    expect(result.violations).toBe(0);
  });

  it('gives the same verdict after codegen wrote the files (a laptop and a clean checkout agree)', async () => {
    const repo = codegenRepo();
    repo.write('src/gen.ts', 'export const x = 1;\n').write('src/keys.generated.ts', 'export type K = string;\n').write('src/client/index.ts', 'export const c = 1;\n');
    const result = await check(repo);
    expect(rows(result)).toEqual([
      ['src/a.ts', './client', 'ignored', 'src/client/index.ts'],
      ['src/a.ts', './gen', 'ignored', 'src/gen.ts'],
      ['src/a.ts', './keys.generated', 'ignored', 'src/keys.generated.ts'],
    ]);
  });
});

describe('type tests are only type-checked', () => {
  it('holds the imports of *.test-d.ts and *.spec-d.tsx files to the type-level rule, and a runtime test to the value rule', async () => {
    const repo = new GitFixture();
    repo.commit('dts tests', {
      'dts-test/utils.d.ts': 'export function expectType<T>(value: T): void;\n',
      'dts-test/ref.test-d.ts': "import { expectType } from './utils';\nexpectType<number>(1);\n",
      'dts-test/component.spec-d.tsx': "import { expectType } from './utils';\nexpectType<string>('a');\n",
      'dts-test/runtime.test.ts': "import { expectType } from './utils';\nexpectType<number>(1);\n",
    });
    const result = await check(repo);
    expect(rows(result)).toEqual([['dts-test/runtime.test.ts', './utils', 'missing', 'dts-test/utils']]);
    expect(result.misses[0]!.declaration).toBe('dts-test/utils.d.ts');
  });
});

describe('tsconfig paths are normalised after substitution, as TypeScript does', () => {
  it('folds `..`, `.` and `//` in the substituted path before looking it up', async () => {
    const repo = new GitFixture();
    repo.commit('aliases', {
      'tsconfig.json': json({ compilerOptions: { baseUrl: '.', paths: { '~/*': ['./src/*'], '@modules/*': ['./src/modules/*'] } } }),
      'package.json': json({ name: 'x', version: '1.0.0' }),
      'src/lib/b.ts': 'export const b = 1;\n',
      'src/modules/index.ts': 'export const m = 1;\n',
      'src/a.ts': 'import { version } from "~/../package.json";\nimport { b } from "~//lib/b";\nimport { m } from "@modules/.";\nimport { late } from "~/../late";\nexport { version, b, m, late };\n',
    });
    repo.write('late.ts', 'export const late = 1;\n');
    const result = await check(repo);
    expect(rows(result)).toEqual([['src/a.ts', '~/../late', 'untracked', 'late.ts']]);
    expect(cliLines(result)).toContain('fix: git add late.ts');
  });
});

describe('a specifier ending in `.d` names the declaration file itself', () => {
  it('probes x.d + .ts (x.d.ts) as Vite and TypeScript do, and keeps `./y` with only y.d.ts a finding', async () => {
    const repo = new GitFixture();
    repo.commit('types', {
      'types/x.d.ts': 'export type T = object;\nexport type U = string;\n',
      'types/y.d.ts': 'export type T = object;\n',
      'types/index.ts': 'export * from "./x.d";\n',
      'types/index2.ts': 'export * from "./y";\n',
      'types/index3.ts': 'import { U } from "./x.d";\nexport type V = U;\n',
    });
    const result = await check(repo);
    expect(rows(result)).toEqual([['types/index2.ts', './y', 'missing', 'types/y']]);
    expect(result.misses[0]!.declaration).toBe('types/y.d.ts');
  });
});

describe('a file only ever imported as text (?raw) or as a URL (?url) is an asset, not a module', () => {
  function templateRepo(extra: Record<string, string> = {}): GitFixture {
    const repo = new GitFixture();
    repo.commit('download template', {
      'src/download.ts': "import main from './template/main.js?raw';\nimport worklet from './worklet.js?url';\nexport { main, worklet };\n",
      'src/template/main.js': "import App from './App.vue';\nimport { helper } from './helper.js';\nconsole.log(App, helper);\n",
      'src/template/helper.js': 'export const helper = 1;\n',
      'src/worklet.js': "import { paint } from './paint-lib.js';\nregisterPaint('x', paint);\n",
      ...extra,
    });
    return repo;
  }

  it('does not judge the imports of a file that is only read as text or emitted as an asset, and counts them', async () => {
    const result = await check(templateRepo());
    expect(result.misses).toEqual([]);
    expect(JSON.parse(notCheckedJson(result))).toEqual({ 'asset-only': 3 });
    expect(result.notChecked.map(notCheckedSentence)).toEqual([
      "2 imports in src/template/main.js not checked: every import of that file reads it as text or a URL (?raw, ?url), so the bundler never loads it as a module (e.g. './App.vue' in src/template/main.js:1)",
      "1 import in src/worklet.js not checked: every import of that file reads it as text or a URL (?raw, ?url), so the bundler never loads it as a module (e.g. './paint-lib.js' in src/worklet.js:1)",
    ]);
    expect(result.importCounts.notChecked).toBe(3);
    expect(result.importCounts.tracked).toBe(2); // the two ?raw/?url imports: their files are tracked
  });

  it('still judges the file when another importer loads it as a module', async () => {
    const result = await check(templateRepo({ 'src/run.ts': "import './template/main.js';\n" }));
    expect(rows(result)).toEqual([['src/template/main.js', './App.vue', 'missing', 'src/template/App.vue']]);
    expect(notChecked(result)).toEqual({ 'asset-only': 1 });
  });

  it('still requires the file a ?raw import names to be tracked', async () => {
    const repo = templateRepo();
    repo.git('rm', '-q', '--cached', 'src/template/main.js');
    const result = await check(repo);
    expect(rows(result)).toEqual([['src/download.ts', './template/main.js?raw', 'untracked', 'src/template/main.js']]);
  });
});

describe('dependencies declared as local folders (link:, file:, portal:) resolve into that folder', () => {
  function linkRepo(protocol: string): GitFixture {
    const repo = new GitFixture();
    repo.commit('app with a linked package', {
      'package.json': json({ name: 'app', private: true, dependencies: { api: `${protocol}./src/api`, tarball: 'file:./vendor/tarball-1.0.0.tgz', outside: 'link:../../elsewhere' } }),
      'src/api/package.json': json({ name: 'api', exports: { '.': './client.ts', './server': './server.ts' } }),
      'src/api/server.ts': 'export const s = 1;\n',
      'vendor/tarball-1.0.0.tgz': 'not really a tarball\n',
      'src/app.ts': "import { c } from 'api';\nimport { s } from 'api/server';\nimport t from 'tarball';\nimport o from 'outside';\nexport { c, s, t, o };\n",
    });
    repo.write('src/api/client.ts', 'export const c = 1;\n');
    return repo;
  }

  it.each(['link:', 'file:', 'portal:'])('catches a file of a %s dependency that was never added', async (protocol) => {
    const result = await check(linkRepo(protocol));
    expect(rows(result)).toEqual([['src/app.ts', 'api', 'untracked', 'src/api/client.ts']]);
    expect(notChecked(result)).toEqual({ 'outside-repository': 1 });
  });

  it('catches the forgotten target of one export condition while another condition\'s target is tracked (tRPC\'s react-server / default split)', async () => {
    const repo = new GitFixture();
    repo.commit('next app with a linked api', {
      'package.json': json({ name: 'next-app', dependencies: { 'trpc-api': 'link:./src/trpc' } }),
      'src/trpc/package.json': json({ name: 'trpc-api', exports: { '.': { types: './client.ts', 'react-server': './server-invoker.ts', default: './client.ts' } } }),
      'src/trpc/server-invoker.ts': 'export const useAction = () => null;\n',
      'src/app/Form.tsx': "'use client';\nimport { useAction } from 'trpc-api';\nexport const f = useAction;\n",
    });
    repo.write('src/trpc/client.ts', 'export const useAction = () => null;\n');
    const result = await check(repo);
    expect(rows(result)).toEqual([['src/app/Form.tsx', 'trpc-api', 'untracked', 'src/trpc/client.ts']]);
    repo.git('add', 'src/trpc/client.ts');
    expect((await check(repo)).misses).toEqual([]);
  });

  it('resolves a linked folder without a package.json by its files', async () => {
    const repo = new GitFixture();
    repo.commit('linked folder', {
      'package.json': json({ name: 'app', dependencies: { imgs: 'link:./static/imgs' } }),
      'static/imgs/index.js': 'export default [];\n',
      'src/app.js': "import imgs from 'imgs';\nimport logo from 'imgs/logo.js';\nexport { imgs, logo };\n",
    });
    const result = await check(repo);
    expect(rows(result)).toEqual([['src/app.js', 'imgs/logo.js', 'missing', 'static/imgs/logo.js']]);
  });
});

describe('virtual modules of bundler plugins are generated, not unknown aliases', () => {
  it('classifies unplugin-icons `~icons/*` as generated', async () => {
    const repo = new GitFixture();
    repo.commit('icons', { 'src/App.vue': "<script setup lang=\"ts\">\nimport IconMenu from '~icons/lucide/menu';\n</script>\n<template><IconMenu /></template>\n" });
    const result = await check(repo);
    expect(rows(result)).toEqual([['src/App.vue', '~icons/lucide/menu', 'generated', '~icons/lucide/menu', 'unplugin-icons']]);
    expect(result.notChecked).toEqual([]);
  });
});

describe('computed dynamic imports are counted, never skipped in silence', () => {
  it('counts template, concatenated and variable specifiers on both scanners; a template that matches tracked files is checked', async () => {
    const repo = new GitFixture();
    repo.commit('lazy loading', {
      'src/locales/en.json': '{}\n',
      // No `require`: es-module-lexer reads this file.
      'src/i18n.ts': "export const load = (lang: string) => import(`./locales/${lang}.json`);\nexport const page = (name: string) => import(`./pages/${name}.ts`);\nexport const any = (x: string) => import(x);\nexport const plus = (x: string) => import('./x' + x);\n",
      // `require` and JSX: the tokenizer reads these.
      'src/plugins.cjs': "const name = process.env.PLUGIN;\nmodule.exports = require(name);\nmodule.exports.locale = (l) => require(`./locales/${l}.json`);\nfunction require2(id) { return id; }\n",
      'src/View.tsx': "export const View = () => <p>It's {String(import(`./locales/${'en'}.json`))}</p>;\nexport const other = (m: string) => import(m);\n",
    });
    const result = await check(repo);
    expect(result.misses).toEqual([]);
    expect(notChecked(result)).toEqual({ computed: 5 });
    expect(result.importsChecked).toBe(8);
    expect(result.importCounts).toMatchObject({ tracked: 3, notChecked: 5 });
    const sentence = notCheckedSentence(result.notChecked[0]!);
    expect(sentence).toMatch(/^5 imports with a computed specifier not checked: the file is chosen at run time/);
    expect(cliLines(result).some((line) => line.startsWith('not checked') && line.includes('computed specifier'))).toBe(true);
    expect(summaryMarkdown(result)).toContain('computed');
  });
});

describe('the documented one-line exclude for test code', () => {
  const documented = () => {
    const action = readFileSync(join(import.meta.dirname, '../actions/untracked-files/action.yml'), 'utf8');
    const glob = /'(\*\*\/\{[^']+\}\/\*\*)'/.exec(action)?.[1];
    if (!glob) throw new Error('action.yml no longer documents the one-line exclude');
    const catalog = readFileSync(join(import.meta.dirname, '../action-catalog.md'), 'utf8');
    expect(catalog).toContain(`exclude: '${glob}'`);
    return glob;
  };

  it('leaves out jscodeshift codemod fixtures (__testfixtures__), read as text by their tests', async () => {
    const repo = new GitFixture();
    repo.commit('codemod', {
      'src/v5/rename/__testfixtures__/default.input.tsx': "import x from '../nope';\nexport { x };\n",
      'src/v5/rename/__tests__/rename.test.cjs': "const { defineTest } = require('jscodeshift/dist/testUtils');\ndefineTest(__dirname, 'rename');\n",
      'src/v5/rename/rename.cjs': 'module.exports = (file) => file.source;\n',
      'src/shipped.ts': "import { gone } from './gone';\nexport { gone };\n",
    });
    const result = await check(repo, { exclude: new GlobSet([documented()]) });
    expect(rows(result)).toEqual([['src/shipped.ts', './gone', 'missing', 'src/gone']]);
  });
});

describe('declaration files under skipLibCheck (penpot plugins-runtime/src/lib/global.d.ts)', () => {
  // `import type { Manifest } from './lib/models/manifest.model'` one folder too deep: tsc with
  // skipLibCheck never checks the .d.ts, and no bundler loads it, so the build cannot fail.
  const files = {
    'tsconfig.base.json': json({ compilerOptions: { strict: true, skipLibCheck: true } }),
    'lib/tsconfig.json': json({ extends: '../tsconfig.base.json' }),
    'lib/src/global.d.ts': "import type { Manifest } from './lib/models/manifest.model';\nexport declare global { function load(m: Manifest): void; }\n",
    'lib/src/models/manifest.model.ts': 'export interface Manifest { name: string }\n',
    'lib/src/index.ts': "import type { Manifest } from './models/manifest.model';\nexport const names = (m: Manifest) => m.name;\n",
  };

  it('counts its miss as not checked, naming the tsconfig and the example, instead of failing', async () => {
    const repo = new GitFixture();
    repo.commit('lib', files);
    const result = await check(repo);
    expect(rows(result)).toEqual([]);
    expect(notChecked(result)).toEqual({ 'skip-lib-check': 1 });
    const sentence = notCheckedSentence(result.notChecked[0]!);
    expect(sentence).toContain('lib/tsconfig.json sets skipLibCheck');
    expect(sentence).toContain("'./lib/models/manifest.model' in lib/src/global.d.ts:1");
  });

  it('still fails it without skipLibCheck (tsc reports the module not found), and a .ts file either way', async () => {
    const repo = new GitFixture();
    repo.commit('lib', { ...files, 'tsconfig.base.json': json({ compilerOptions: { strict: true } }), 'lib/src/other.ts': "import type { Gone } from './gone';\nexport type X = Gone;\n" });
    expect(rows(await check(repo))).toEqual([
      ['lib/src/global.d.ts', './lib/models/manifest.model', 'missing', 'lib/src/lib/models/manifest.model'],
      ['lib/src/other.ts', './gone', 'missing', 'lib/src/gone'],
    ]);
    const skipping = new GitFixture();
    skipping.commit('lib', { ...files, 'lib/src/other.ts': "import type { Gone } from './gone';\nexport type X = Gone;\n" });
    expect(rows(await check(skipping))).toEqual([['lib/src/other.ts', './gone', 'missing', 'lib/src/gone']]);
  });
});

describe('a declaration file under skipLibCheck only read as text (Monaco type injection: ./global.d.ts?raw)', () => {
  it('counts its imports once, as asset-only, not also as skip-lib-check', async () => {
    const repo = new GitFixture();
    repo.commit('editor', {
      'tsconfig.json': json({ compilerOptions: { strict: true, skipLibCheck: true } }),
      'src/editor.ts': "import types from './global.d.ts?raw';\nexport const extraLib = types;\n",
      'src/global.d.ts': "import type { Gone } from './gone';\nexport declare const g: Gone;\n",
    });
    const result = await check(repo);
    expect(rows(result)).toEqual([]);
    expect(notChecked(result)).toEqual({ 'asset-only': 1 });
    expect(result.importCounts.notChecked).toBe(1);
  });
});

describe('the ignore check skips the index where that changes no answer', () => {
  it('in a sparse checkout, a .gitignore of a folder that is not on disk still counts (git reads it from the index)', async () => {
    const repo = new GitFixture();
    repo.commit('two folders', { 'pkg/.gitignore': 'gen/\n', 'pkg/index.ts': 'export const x = 1;\n', 'app/a.ts': "import { client } from '../pkg/gen/client';\nexport { client };\n" });
    repo.git('sparse-checkout', 'set', '--no-cone', '/app/');
    const result = await check(repo);
    expect(rows(result)).toEqual([['app/a.ts', '../pkg/gen/client', 'ignored', 'pkg/gen/client']]);
    expect(result.violations).toBe(0);
  });
});

describe('compiled output in .gitignore is no evidence for a missing TypeScript import', () => {
  it('a missing ./gone stays missing where .gitignore holds *.js (tsc emitting beside its sources)', async () => {
    const repo = new GitFixture();
    repo.commit('tsc in place', { '.gitignore': '*.js\n', 'src/a.ts': "import { gone } from './gone';\nimport { also } from './also.js';\nexport { gone, also };\n" });
    const result = await check(repo);
    expect(rows(result)).toEqual([
      ['src/a.ts', './also.js', 'missing', 'src/also.js'],
      ['src/a.ts', './gone', 'missing', 'src/gone'],
    ]);
    expect(result.violations).toBe(2);
  });

  it('a JavaScript importer still counts the ignored .js it names', async () => {
    const repo = new GitFixture();
    repo.commit('generated js', { '.gitignore': '/src/gen.js\n', 'src/a.js': "import { x } from './gen.js';\nexport { x };\n" });
    expect(rows(await check(repo))).toEqual([['src/a.js', './gen.js', 'ignored', 'src/gen.js']]);
  });
});

describe('a workspace package named like a package the importer installs from the registry (formbricks)', () => {
  // formbricks names its Storybook app `storybook`; apps/web declares `"storybook": "catalog:"`
  // (10.3.6 in pnpm-workspace.yaml) and imports `storybook/test`: npm's package, not the app.
  const monorepo = (webVersion: string) => ({
    'package.json': json({ name: 'root', private: true }),
    'pnpm-workspace.yaml': 'packages:\n  - "apps/*"\ncatalog:\n  storybook: 10.3.6\ncatalogs:\n  tools:\n    storybook: ^10.0.0\n',
    'apps/storybook/package.json': json({ name: 'storybook', private: true, version: '0.0.0' }),
    'apps/storybook/main.ts': 'export const config = {};\n',
    'apps/web/package.json': json({ name: 'web', private: true, devDependencies: { storybook: webVersion } }),
    'apps/web/button.stories.tsx': "import { fn } from 'storybook/test';\nexport const onClick = fn();\n",
  });

  it.each(['catalog:', 'catalog:tools', 'npm:storybook@^10', '^10.3.6', '10.3.6', 'github:storybookjs/storybook', 'https://example.com/storybook-10.3.6.tgz'])('leaves `"storybook": "%s"` to the install: the workspace app cannot satisfy it', async (version) => {
    const repo = new GitFixture();
    repo.commit('stories', monorepo(version));
    const result = await check(repo);
    expect(rows(result)).toEqual([]);
    expect(result.violations).toBe(0);
  });

  it.each(['workspace:*', 'workspace:^', '*', '^0.0.0', 'latest', 'catalog:absent'])('resolves `"storybook": "%s"` into the workspace app, which lacks the file', async (version) => {
    const repo = new GitFixture();
    repo.commit('stories', monorepo(version));
    const result = await check(repo);
    expect(rows(result)).toEqual([['apps/web/button.stories.tsx', 'storybook/test', 'missing', 'apps/storybook/test']]);
    expect(result.violations).toBe(1);
  });
});
