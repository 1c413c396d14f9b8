// Builds one @vercel/ncc bundle per action entry (and post entry) plus the CLI:
//   src/actions/<name>/main.ts -> dist/<name>/index.js
//   src/actions/<name>/post.ts -> dist/<name>/post/index.js
//   src/cli.ts                 -> dist/cli/index.js
//   src/imports/scan-worker.ts -> dist/{cli,untracked-files}/scan-worker/index.js (WORKERS: built once, copied)
// `node scripts/bundle.ts --out DIR` builds elsewhere (the check-dist test compares).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { METADATA_FILE, actionMetadataSource } from './action-metadata.ts';
import { deferRequires } from './defer-requires.ts';

interface NccAsset { source: string | Buffer; permissions?: number }
type Ncc = (entry: string, options: Record<string, unknown>) => Promise<{ code: string; assets: Record<string, NccAsset> }>;

const root = resolve(import.meta.dirname, '..');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]!) : join(root, 'dist');
const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc;

// ssh2 loads two optional native addons in try/catch and falls back to pure JS. Whether they
// exist in node_modules depends on the npm version (npm 10 ignores `allowScripts` and builds
// them), and ncc bundles whatever it finds. Mapping them to a module that never exists makes
// every bundle byte-identical either way, and ssh2 always takes its pure-JS path on runners of
// any OS and CPU.
const NO_NATIVE_ADDON = 'deploy-guards-bundles-no-native-addon';
const externals = {
  'cpu-features': NO_NATIVE_ADDON,
  '/\\.node$/': NO_NATIVE_ADDON,
};

/**
 * Worker-thread scripts, bundled beside each bundle that starts them (the engine finds
 * `<its folder>/<name>/index.js`): untracked-files reads and scans files in workers.
 */
const WORKERS = [{ entry: 'src/imports/scan-worker.ts', name: 'scan-worker', beside: ['cli', 'untracked-files'] }];

/** One ncc build of `entry` into `out`, and the same files in each of `copies`. */
interface BundleEntry {
  entry: string;
  out: string;
  copies?: string[];
}

export function bundleEntries(): BundleEntry[] {
  const entries: BundleEntry[] = [{ entry: 'src/cli.ts', out: 'cli' }];
  for (const name of readdirSync(join(root, 'src/actions')).sort()) {
    if (name === 'shared') continue;
    for (const [file, out] of [['main.ts', name], ['post.ts', `${name}/post`]] as const) {
      if (existsSync(join(root, 'src/actions', name, file))) entries.push({ entry: `src/actions/${name}/${file}`, out });
    }
  }
  for (const worker of WORKERS) {
    const [first, ...others] = worker.beside.map((bundle) => `${bundle}/${worker.name}`);
    entries.push({ entry: worker.entry, out: first!, copies: others });
  }
  return entries;
}

async function build({ entry, out, copies = [] }: BundleEntry): Promise<void> {
  const target = join(outDir, out);
  // Only this entry's own files: a post bundle and a worker script live inside its folder.
  const nested = new Set(bundleEntries().flatMap((other) => [other.out, ...(other.copies ?? [])]).filter((path) => path.startsWith(`${out}/`)).map((path) => path.slice(out.length + 1).split('/')[0]));
  for (const name of existsSync(target) ? readdirSync(target) : []) if (!nested.has(name)) rmSync(join(target, name), { recursive: true });
  const { code, assets } = await ncc(join(root, entry), {
    externals,
    license: 'licenses.txt',
    target: 'es2023',
    quiet: true,
    sourceMapRegister: false,
    filterAssetBase: root,
  });
  mkdirSync(target, { recursive: true });
  // A bundle that starts with a shebang (the CLI) is executable, as ncc's own CLI writes it.
  writeFileSync(join(target, 'index.js'), deferRequires(code, `${out}/index.js`), { mode: code.startsWith('#!') ? 0o755 : 0o644 });
  for (const [name, asset] of Object.entries(assets)) {
    // Platform binaries never ship (ssh2's Windows agent helper, pagent.exe, among them).
    if (/\.(node|exe|dll|so|dylib)$/.test(name)) continue;
    mkdirSync(dirname(join(target, name)), { recursive: true });
    const source = name.endsWith('.js') ? deferRequires(asset.source.toString(), `${out}/${name}`) : asset.source; // lazily loaded chunks
    writeFileSync(join(target, name), source, { mode: asset.permissions });
  }
  for (const copy of copies) {
    rmSync(join(outDir, copy), { recursive: true, force: true });
    cpSync(target, join(outDir, copy), { recursive: true });
  }
  console.log(`bundled ${entry} -> ${[out, ...copies].map((path) => `${relative(root, join(outDir, path))}/index.js`).join(', ')}`);
}

// One bundle, named by its output folder (one entry can be bundled into several folders).
const entryIndex = process.argv.indexOf('--bundle');
if (import.meta.main && entryIndex > 0) {
  const entry = bundleEntries().find((candidate) => candidate.out === process.argv[entryIndex + 1]);
  if (!entry) throw new Error(`no bundle ${process.argv[entryIndex + 1]}`);
  try {
    await build(entry);
  } catch (error) {
    // Uncaught, Node would print the throwing line of ncc's minified source (megabytes) and the
    // pipe would cut it off before the message: print the message (a type error, a missing module).
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`.slice(0, 8000));
    process.exitCode = 1;
  }
} else if (import.meta.main) {
  // The CLI's flags and help come from action.yml through a generated module: fresh first.
  writeFileSync(METADATA_FILE, actionMetadataSource());
  const queue = bundleEntries();
  if (outIndex < 0) rmSync(outDir, { recursive: true, force: true });
  // ncc compiles on one thread: one process per entry, two at a time (CI has two cores).
  const run = promisify(execFile);
  const workers = Promise.all([0, 1].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        const { stdout } = await run(process.execPath, [import.meta.filename, '--bundle', next.out, '--out', outDir], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
        process.stdout.write(stdout);
      } catch (error) {
        queue.length = 0; // stop the other worker after its current entry
        throw new Error(`bundling ${next.entry} failed:\n${String((error as { stderr?: string }).stderr ?? error).trim()}`);
      }
    }
  }));
  await workers.catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
