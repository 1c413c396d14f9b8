// dist/ is what runners execute: it must be exactly a fresh build of src/, whatever npm
// installed, and hold nothing that only runs on one OS or CPU.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/action-runner.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = (dir: string) => walk(dir).map((path) => relative(dir, path)).sort();

// What npm 10 leaves behind: it ignores package.json `allowScripts`, so ssh2 and cpu-features
// build their optional native addons, which ncc would otherwise pick up.
const NATIVE_ADDONS = ['node_modules/ssh2/lib/protocol/crypto/build/Release/sshcrypto.node', 'node_modules/cpu-features/build/Release/cpufeatures.node'];

/** A copy of the project (node_modules hard-linked) whose ssh2 has its native addons built. */
function treeWithNativeAddons(): string {
  const tree = mkdtempSync(join(tmpdir(), 'dg-dist-tree-'));
  for (const entry of ['src', 'scripts', 'actions', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, entry), join(tree, entry), { recursive: true });
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(tree, 'node_modules')]);
  for (const addon of NATIVE_ADDONS) {
    const path = join(tree, addon);
    rmSync(path, { force: true }); // a hard link: writing through it would change the project's own file
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'an addon built by npm 10');
  }
  return tree;
}

describe('dist/', () => {
  // One bundle per test run, from the harder case: if the addons leaked into a bundle, this
  // build would differ from the committed one, which `npm ci` with npm 11 builds without them.
  it('equals a fresh `npm run bundle`, also from an install where ssh2 built its native addons', () => {
    const tree = treeWithNativeAddons();
    const fresh = join(tree, 'dist');
    try {
      execFileSync(process.execPath, [join(tree, 'scripts/bundle.ts'), '--out', fresh], { cwd: tree, stdio: 'pipe' });
      const committed = join(ROOT, 'dist');
      expect(files(committed), 'run `npm run bundle` and commit dist/').toEqual(files(fresh));
      for (const file of files(fresh)) {
        const same = readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file)));
        expect(same, `dist/${file} differs from a fresh build: run \`npm run bundle\` and commit dist/`).toBe(true);
      }
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  }, 300_000);

  it('keeps the CLI executable, as npm links it into PATH', () => {
    expect(statSync(join(ROOT, 'dist/cli/index.js')).mode & 0o111).not.toBe(0);
  });

  it('holds no native addon or platform binary', () => {
    const binaries = files(join(ROOT, 'dist')).filter((file) => /\.(node|exe|dll|so|dylib)$/.test(file));
    expect(binaries).toEqual([]);
  });
});
