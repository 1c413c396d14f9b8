// dist/ is what runners execute: it must be exactly a fresh build of src/, and
// hold nothing that only runs on one OS or CPU.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/action-runner.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = (dir: string) => walk(dir).map((path) => relative(dir, path)).sort();

describe('dist/', () => {
  it('equals a fresh `npm run bundle`', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'dg-dist-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.ts'), '--out', fresh], { cwd: ROOT, stdio: 'pipe' });
    const committed = join(ROOT, 'dist');
    expect(files(committed), 'run `npm run bundle` and commit dist/').toEqual(files(fresh));
    for (const file of files(fresh)) {
      const same = readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file)));
      expect(same, `dist/${file} differs from a fresh build: run \`npm run bundle\` and commit dist/`).toBe(true);
    }
  }, 300_000);

  it('holds no native addon or platform binary', () => {
    const binaries = files(join(ROOT, 'dist')).filter((file) => /\.(node|exe|dll|so|dylib)$/.test(file));
    expect(binaries).toEqual([]);
  });
});
