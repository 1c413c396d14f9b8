// Repositories for untracked-files: the incident of DESIGN.md (a module registry and
// 31 module configs that only exist on the developers' disks) and a realistic
// multi-package workspace in which every import resolves.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture } from './git-fixture.ts';

export const MODULES = Array.from({ length: 31 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);

/** Files that exist on the developer's disk but were never committed. */
export const INCIDENT_UNTRACKED = ['src/lib/module-registry.ts', ...MODULES.map((m) => `src/modules/${m}/module.config.ts`)];

/**
 * The incident: committed code imports src/lib/module-registry.ts and 31
 * module.config.ts files that were never added (one through a `.js` specifier, one
 * through a tsconfig alias, one from a .svelte file); a gitignored generated client
 * is imported too, and the Dockerfile heap bump is uncommitted.
 */
export function incidentRepo(): GitFixture {
  const repo = new GitFixture();
  const files: Record<string, string> = {
    '.gitignore': 'node_modules/\nsrc/generated/\n',
    'package.json': JSON.stringify({ name: 'shop', type: 'module', dependencies: { pg: '^8' } }, null, 2),
    'tsconfig.json': '{\n  // the app\'s aliases\n  "compilerOptions": {\n    "baseUrl": ".",\n    "paths": { "@modules/*": ["src/modules/*"], },\n  },\n}\n',
    Dockerfile: 'FROM node:24\nCMD ["node", "--max-old-space-size=2048", "dist/server.js"]\n',
    'src/lib/database.ts': "import { Pool } from 'pg';\nimport { readFileSync } from 'node:fs';\nimport { registry } from './module-registry';\nimport type { PrismaClient } from '../generated/prisma';\n\nexport const pool = new Pool();\nexport const modules = registry;\n",
    'src/server.ts': "import { pool } from './lib/database.js';\nimport { routes } from './routes/index.js';\nexport { pool, routes };\n",
    'src/routes/index.ts': 'export const routes = [];\n',
    'src/routes/Settings.svelte': `<script lang="ts">\n  import config from '../modules/${MODULES[3]}/module.config';\n  let name = config.name;\n</script>\n\n<h1>Settings for {name}</h1>\n`,
  };
  MODULES.forEach((module, i) => {
    let line = "import config from './module.config';\n";
    if (i === 1) line = "import config from './module.config.js';\n";
    if (i === 2) line = `import config from '@modules/${module}/module.config';\n`;
    if (i === 3) line = '';
    files[`src/modules/${module}/index.ts`] = `${line}export const ${module} = ${i === 3 ? '{}' : 'config'};\n`;
  });
  repo.commit('modules refactor', files);
  // Never committed: on every developer's disk and the deploy host.
  repo.write('src/lib/module-registry.ts', `export const registry = [${MODULES.map((m) => `'${m}'`).join(', ')}];\n`);
  for (const module of MODULES) repo.write(`src/modules/${module}/module.config.ts`, `export default { name: '${module}' };\n`);
  repo.write('src/generated/prisma.ts', 'export type PrismaClient = object;\n');
  repo.write('Dockerfile', 'FROM node:24\nCMD ["node", "--max-old-space-size=6144", "dist/server.js"]\n');
  return repo;
}

/** The fixed twin: the forgotten files added and the Dockerfile committed. */
export function fixIncident(repo: GitFixture): void {
  repo.git('add', ...INCIDENT_UNTRACKED, 'Dockerfile');
  repo.git('commit', '-q', '-m', 'add the module registry and configs');
}

/**
 * A pnpm/npm workspace with two apps and two packages in which every import
 * resolves to a tracked file: tsconfig paths with `extends`, JSONC, package
 * `exports` and `imports`, `main` directories, `index` files, `.js`→`.ts`,
 * `.mjs`→`.mts`, TSX with quotes in its text, Svelte, Vue and Astro.
 */
export function workspaceRepo(): GitFixture {
  const repo = new GitFixture();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  repo.commit('workspace', {
    '.gitignore': 'node_modules/\ndist/\n.svelte-kit/\n*.log\n',
    'package.json': json({ name: 'acme', private: true, workspaces: ['packages/*', 'apps/*'] }),
    'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - 'apps/*'\n  - '!apps/ignored-*'\n",
    'tsconfig.base.json': '{\n  /* shared */\n  "compilerOptions": {\n    "strict": true,\n    "paths": {\n      "@shared/*": ["./packages/shared/src/*"], // alias into a package\n    },\n  },\n}\n',
    'packages/shared/package.json': json({
      name: '@acme/shared', type: 'module',
      exports: { '.': { types: './src/index.ts', import: './dist/index.js' }, './utils/*': './src/utils/*.ts', './package.json': './package.json' },
      imports: { '#internal/*': { types: './src/internal/*.ts', default: './dist/internal/*.js' }, '#dep': 'some-third-party' },
    }),
    'packages/shared/src/index.ts': "export * from './utils/format.js';\nexport { secret } from '#internal/secret';\nexport { dep } from '#dep';\nexport type { Model } from './model';\n",
    'packages/shared/src/utils/format.ts': "export const format = (value: number) => value.toFixed(2);\n",
    'packages/shared/src/internal/secret.ts': "export const secret = 'x';\n",
    'packages/shared/src/model.d.ts': 'export interface Model { id: string }\n',
    'packages/shared/src/constants.ts': 'export const VERSION = 1;\n',
    'packages/ui/package.json': json({ name: '@acme/ui', main: 'src/index.tsx' }),
    'packages/ui/src/index.tsx': "import React from 'react';\nexport default function Button({ label }: { label: string }) {\n  return <button title=\"it's\">{label} isn't \"quoted\"</button>;\n}\n",
    'apps/api/package.json': json({ name: '@acme/api', dependencies: { '@acme/shared': 'workspace:*', express: '^5' } }),
    'apps/api/tsconfig.json': '{\n  "extends": "../../tsconfig.base.json",\n  // inherits @shared/*\n  "compilerOptions": { "outDir": "dist", },\n}\n',
    'apps/api/src/server.ts': [
      '/// <reference path="./env.d.ts" />',
      "import express from 'express';",
      "import { createServer } from 'node:http';",
      "import path from 'path';",
      "import { format, type Model } from '@acme/shared';",
      "import { format as f2 } from '@acme/shared/utils/format';",
      "import pkg from '@acme/shared/package.json' with { type: 'json' };",
      "import { VERSION } from '@shared/constants';",
      "import { routes } from './routes/index.js';",
      "import * as again from './routes';",
      "import vendor from './vendor/lib';",
      "import esm from './esm.mjs';",
      "import own from '../package.json';",
      "const lazy = () => import('./lazy.js');",
      "const helper = require('./cjs-helper.cjs');",
      'export { express, createServer, path, format, f2, pkg, VERSION, routes, again, vendor, esm, own, lazy, helper };',
      '',
    ].join('\n'),
    'apps/api/src/env.d.ts': 'declare const BUILD: string;\n',
    'apps/api/src/routes/index.ts': "export const routes = ['/'];\n",
    'apps/api/src/vendor/lib/package.json': json({ main: './entry.js' }),
    'apps/api/src/vendor/lib/entry.js': 'module.exports = 1;\n',
    'apps/api/src/esm.mts': 'export default 1;\n',
    'apps/api/src/lazy.ts': 'export default 1;\n',
    'apps/api/src/cjs-helper.cjs': 'module.exports = {};\n',
    'apps/web/package.json': json({ name: '@acme/web', imports: { '#app/*': './src/*' } }),
    'apps/web/tsconfig.json': '{\n  "compilerOptions": {\n    "jsx": "react-jsx",\n    "paths": { "~/*": ["./src/*"] },\n  },\n  "include": ["src"],\n}\n',
    'apps/web/src/App.tsx': [
      "import React, { lazy } from 'react';",
      "import Button from '@acme/ui';",
      "import { x } from '~/lib/x';",
      "import { y } from '#app/lib/y.js';",
      "import './styles.css';",
      "import logo from './logo.svg?url';",
      "import Page from './Page.svelte';",
      "import type { Model } from '@acme/shared';",
      'export function App() {',
      "  return <main><h1>Don't panic</h1><p>It's {x} \"and\" {y}</p><Button label=\"go\" /></main>;",
      '}',
      "const Home = lazy(() => import('./pages/Home'));",
      'export { logo, Page, Home };',
      '',
    ].join('\n'),
    'apps/web/src/lib/x.ts': 'export const x = 1;\n',
    'apps/web/src/lib/y.ts': 'export const y = 2;\n',
    'apps/web/src/styles.css': 'main {}\n',
    'apps/web/src/logo.svg': '<svg/>\n',
    'apps/web/src/pages/Home.tsx': 'export default function Home() { return <p>home</p>; }\n',
    'apps/web/src/Page.svelte': "<script lang=\"ts\">\n  import { x } from '~/lib/x';\n  import Comp from './Comp.vue';\n</script>\n<p>{x} isn't <Comp /></p>\n",
    'apps/web/src/Comp.vue': "<template><p>it's</p></template>\n<script setup lang=\"ts\">\nimport { y } from './lib/y';\n</script>\n",
    'apps/site/package.json': json({ name: '@acme/site' }),
    'apps/site/src/pages/index.astro': "---\nimport Base from '../layouts/Base.astro';\nimport { format } from '@acme/shared';\n---\n<Base><p>it's {format(1)}</p></Base>\n",
    'apps/site/src/layouts/Base.astro': '<html><slot /></html>\n',
  });
  return repo;
}

/** Removes a file from disk while it stays tracked. */
export function deleteFromDisk(repo: GitFixture, path: string): void {
  rmSync(join(repo.dir, path));
}

export function writeRaw(repo: GitFixture, path: string, content: string): void {
  writeFileSync(join(repo.dir, path), content);
}
