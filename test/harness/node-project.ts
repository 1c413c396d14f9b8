// A small TypeScript project for clean-clone builds, offline: its one dependency is a
// local tarball (`npm pack` of a tiny package made here) committed under vendor/ with a
// real package-lock.json, and it compiles with this repository's own tsc.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './action-runner.ts';
import { GitFixture } from './git-fixture.ts';

export const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** The build line: compile with tsc by absolute path (the fixture has no registry access). */
export const TSC_BUILD = `node '${TSC}' -p .`;

const NPMRC = 'audit=false\nfund=false\nupdate-notifier=false\n';
const NPM_ENV = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

let packed: { tarball: Buffer; lock: string; packageJson: string } | undefined;

/** The vendored dependency and a lockfile that pins it, made once per test process. */
function vendoredDependency(): { tarball: Buffer; lock: string; packageJson: string } {
  if (packed) return packed;
  const work = mkdtempSync(join(tmpdir(), 'dg-npm-'));
  const pkg = join(work, 'greet');
  mkdirSync(pkg);
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'greet', version: '1.0.0', type: 'module', main: 'index.js', types: 'index.d.ts' }));
  writeFileSync(join(pkg, 'index.js'), 'export const greet = (name) => `hello ${name}`;\n');
  writeFileSync(join(pkg, 'index.d.ts'), 'export declare const greet: (name: string) => string;\n');
  const app = join(work, 'app');
  mkdirSync(join(app, 'vendor'), { recursive: true });
  execFileSync('npm', ['pack', '--silent', '--pack-destination', join(app, 'vendor')], { cwd: pkg, env: NPM_ENV, stdio: 'pipe' });
  const packageJson = `${JSON.stringify({ name: 'shop', version: '1.0.0', private: true, type: 'module', dependencies: { greet: 'file:vendor/greet-1.0.0.tgz' } }, null, 2)}\n`;
  writeFileSync(join(app, 'package.json'), packageJson);
  writeFileSync(join(app, '.npmrc'), NPMRC);
  execFileSync('npm', ['install', '--package-lock-only', '--offline'], { cwd: app, env: NPM_ENV, stdio: 'pipe' });
  packed = { tarball: readFileSync(join(app, 'vendor', 'greet-1.0.0.tgz')), lock: readFileSync(join(app, 'package-lock.json'), 'utf8'), packageJson };
  return packed;
}

export const TSCONFIG = `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'dist', skipLibCheck: true, types: [] }, include: ['src'] }, null, 2)}\n`;

/**
 * Incident 1: database.ts imports ./module-registry, which (with the module configs)
 * exists only in the working tree. `fixed: true` commits them: the healthy twin.
 */
export function incidentProject({ fixed = false, dir }: { fixed?: boolean; dir?: string } = {}): GitFixture {
  const { tarball, lock, packageJson } = vendoredDependency();
  const repo = new GitFixture(dir);
  const registry = {
    'src/module-registry.ts': "import { config as billing } from './modules/billing/module.config.js';\nimport { config as orders } from './modules/orders/module.config.js';\n\nexport const modules = [billing, orders];\n",
    'src/modules/billing/module.config.ts': "export const config = { name: 'billing' };\n",
    'src/modules/orders/module.config.ts': "export const config = { name: 'orders' };\n",
  };
  repo.write('vendor/greet-1.0.0.tgz', '');
  writeFileSync(join(repo.dir, 'vendor', 'greet-1.0.0.tgz'), tarball);
  repo.commit('shop app', {
    'package.json': packageJson,
    'package-lock.json': lock,
    '.npmrc': NPMRC,
    '.gitignore': 'node_modules/\ndist/\n.env\n',
    'tsconfig.json': TSCONFIG,
    'src/index.ts': "import { greet } from 'greet';\nimport { connect } from './database.js';\n\nconsole.log(greet('shop'), connect());\n",
    'src/database.ts': "import { modules } from './module-registry.js';\n\nexport function connect(): string {\n  return `db with ${modules.length} modules`;\n}\n",
    ...(fixed ? registry : {}),
  });
  if (!fixed) for (const [path, content] of Object.entries(registry)) repo.write(path, content);
  return repo;
}
