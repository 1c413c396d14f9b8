// A fingerprint of a repository that a read-only tool must leave unchanged: every file
// under the directory (working tree and .git, untracked and ignored files included),
// plus what git itself reports.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

function walk(dir: string, root: string, into: Map<string, string>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    const key = relative(root, path);
    if (stat.isDirectory()) {
      into.set(`${key}/`, String(stat.mode));
      walk(path, root, into);
    } else if (stat.isSymbolicLink()) {
      into.set(key, `-> ${readlinkSync(path)}`);
    } else {
      into.set(key, `${stat.mode} ${stat.mtimeMs} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
    }
  }
}

export interface TreeSnapshot {
  files: Record<string, string>;
  status: string;
  refs: string;
}

export function snapshotTree(dir: string): TreeSnapshot {
  const files = new Map<string, string>();
  walk(dir, dir, files);
  const git = (...args: string[]) => execFileSync('git', ['--no-optional-locks', '-C', dir, ...args], { encoding: 'utf8' });
  return { files: Object.fromEntries(files), status: git('status', '--porcelain', '--untracked-files=all', '--ignored'), refs: git('for-each-ref') };
}
