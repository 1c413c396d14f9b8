// Builds one @vercel/ncc bundle per action entry (and post entry) plus the CLI:
//   src/actions/<name>/main.ts -> dist/<name>/index.js
//   src/actions/<name>/post.ts -> dist/<name>/post/index.js
//   src/cli.ts                 -> dist/cli/index.js
// `node scripts/bundle.ts --out DIR` builds elsewhere (the check-dist test compares).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]!) : join(root, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const run = promisify(execFile);

export function bundleEntries(): { entry: string; out: string }[] {
  const entries = [{ entry: 'src/cli.ts', out: 'cli' }];
  for (const name of readdirSync(join(root, 'src/actions')).sort()) {
    if (name === 'shared') continue;
    for (const [file, out] of [['main.ts', name], ['post.ts', `${name}/post`]] as const) {
      if (existsSync(join(root, 'src/actions', name, file))) entries.push({ entry: `src/actions/${name}/${file}`, out });
    }
  }
  return entries;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function pruneEmptyDirs(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      pruneEmptyDirs(path);
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
    }
  }
}

async function build({ entry, out }: { entry: string; out: string }): Promise<void> {
  const target = join(outDir, out);
  // Only this entry's own files: a post bundle lives inside its action's folder.
  for (const name of existsSync(target) ? readdirSync(target) : []) if (name !== 'post') rmSync(join(target, name), { recursive: true });
  await run(process.execPath, [ncc, 'build', join(root, entry), '-o', target, '--license', 'licenses.txt', '--target', 'es2023', '--quiet', '--no-source-map-register'], { cwd: root });
  // ssh2 falls back to pure JS; its optional native addons must never ship (runners differ in OS/CPU).
  for (const file of walk(target)) {
    if (/\.(node|exe)$/.test(file)) rmSync(file);
  }
  pruneEmptyDirs(target);
  console.log(`bundled ${entry} -> ${relative(root, target)}/index.js`);
}

if (import.meta.main) {
  const queue = bundleEntries();
  if (outIndex < 0) rmSync(outDir, { recursive: true, force: true });
  // Two at a time: ncc is CPU-bound and CI has two cores.
  await Promise.all([0, 1].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await build(next);
  }));
}
