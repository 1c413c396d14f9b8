// What git knows about the working tree, each in one batched git call:
// the tracked set, which paths .gitignore covers, and what is uncommitted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Git } from '../git/git.ts';
import { UserError } from '../shared/errors.ts';

/**
 * `git ls-files -z`: every path in the index (what a clean clone of a commit made
 * from it holds), named from the repository root wherever `git` runs in it.
 */
export async function listTracked(git: Git): Promise<string[]> {
  const output = await git.output(['ls-files', '-z', '--full-name', '--', ':/']);
  const files = output.split('\0');
  if (files.at(-1) === '') files.pop();
  return files;
}

/** Submodule paths from a tracked .gitmodules: ls-files lists them, not what is inside. */
export function submodulePaths(root: string, tracked: ReadonlySet<string>): string[] {
  if (!tracked.has('.gitmodules')) return [];
  try {
    const text = readFileSync(join(root, '.gitmodules'), 'utf8');
    return [...text.matchAll(/^\s*path\s*=\s*(.+?)\s*$/gm)].map((match) => match[1]!);
  } catch {
    return [];
  }
}

/**
 * Which of `paths` .gitignore (and .git/info/exclude, core.excludesFile) covers,
 * in one `git check-ignore --stdin` call. Works for paths that do not exist.
 */
export async function ignoredPaths(git: Git, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const result = await git.run(['check-ignore', '-z', '--stdin'], { input: `${paths.join('\0')}\0` });
  // 0: some matched, 1: none matched; anything else is an error the caller reports.
  if (result.code !== 0 && result.code !== 1) throw new Error(`git check-ignore failed: ${result.stderr.trim().split('\n')[0]}`);
  return new Set(result.stdout.split('\0').filter(Boolean));
}

export type DirtyState = 'untracked' | 'modified' | 'added' | 'deleted' | 'type-changed' | 'conflicted';

export interface DirtyFile {
  path: string;
  state: DirtyState;
  /** Whether `allow` covers it (then it is listed but not a violation). */
  allowed: boolean;
}

const CONFLICT = new Set(['DD', 'AU', 'UD', 'UA', 'DU', 'AA', 'UU']);

/**
 * Uncommitted state under `pathspec`: untracked files that are not ignored, and
 * tracked files modified, added, deleted or changed in type (staged or not).
 */
export async function worktreeChanges(git: Git, pathspec: string): Promise<Omit<DirtyFile, 'allowed'>[]> {
  const status = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', pathspec]);
  // A failure here is the checkout's (a broken submodule, a corrupt index), not a bug:
  // a UserError shows as one line naming the command, not as an "unexpected error".
  if (status.code !== 0) {
    const said = status.stderr.trim().split('\n')[0]!.trim() || `exit code ${status.code}`;
    throw new UserError(`git status (the working-tree check) failed in ${git.dir}: ${said}`);
  }
  const output = status.stdout;
  const changes: Omit<DirtyFile, 'allowed'>[] = [];
  for (const entry of output.split('\0')) {
    if (entry.length < 4) continue;
    const xy = entry.slice(0, 2);
    const path = entry.slice(3);
    let state: DirtyState;
    if (xy === '??') state = 'untracked';
    else if (CONFLICT.has(xy)) state = 'conflicted';
    else if (xy.includes('D')) state = 'deleted';
    else if (xy[0] === 'A') state = 'added';
    else if (xy.includes('T')) state = 'type-changed';
    else state = 'modified';
    changes.push({ path, state });
  }
  return changes;
}
