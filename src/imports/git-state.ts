// What git knows about the working tree, each in one batched git call:
// the tracked set, which paths .gitignore covers, and what is uncommitted.
import type { Git } from '../git/git.ts';
import { UserError } from '../shared/errors.ts';

export interface TrackedFiles {
  /** Every path in the index (what a clean clone of a commit made from it holds), from the repository root. */
  files: string[];
  /** Paths git stores as symbolic links (mode 120000). */
  symlinks: string[];
  /** Submodule paths (gitlinks, mode 160000): ls-files lists them, not what is inside. */
  gitlinks: string[];
}

/** `git ls-files -z --stage`: the tracked paths with their modes, named from the repository root wherever `git` runs in it. */
export async function listTracked(git: Git): Promise<TrackedFiles> {
  const output = await git.output(['ls-files', '-z', '--stage', '--full-name', '--', ':/']);
  const files: string[] = [];
  const symlinks: string[] = [];
  const gitlinks: string[] = [];
  // Each entry: `<mode> <object> <stage>\t<path>`; the path may hold any byte but NUL.
  for (let start = 0; start < output.length; ) {
    let end = output.indexOf('\0', start);
    if (end < 0) end = output.length;
    const tab = output.indexOf('\t', start);
    if (tab > start && tab < end) {
      const path = output.slice(tab + 1, end);
      files.push(path);
      if (output.startsWith('120000', start)) symlinks.push(path);
      else if (output.startsWith('160000', start)) gitlinks.push(path);
    }
    start = end + 1;
  }
  return { files, symlinks, gitlinks };
}

/** The files a checked-out submodule tracks, named from the superproject's root. */
export async function listSubmoduleFiles(git: Git, submodule: string): Promise<string[]> {
  const output = await git.output(['-C', submodule, 'ls-files', '-z']);
  return output.split('\0').filter(Boolean).map((path) => `${submodule}/${path}`);
}

/** A sparse checkout: git reads the .gitignore of a folder that is not on disk from the index, so check-ignore needs it. */
export async function isSparseCheckout(git: Git): Promise<boolean> {
  return (await git.run(['config', '--bool', 'core.sparseCheckout'])).stdout.trim() === 'true';
}

/** Bounds the split-and-retry of check-ignore when git refuses many paths. */
const MAX_CHECK_IGNORE_CALLS = 200;

export interface IgnoreStatus {
  ignored: Set<string>;
  /** Paths git could not answer for (check-ignore failed even for them alone), with its words. */
  unknown: Map<string, string>;
}

/**
 * Which of `paths` .gitignore (and .git/info/exclude, core.excludesFile) covers,
 * in one `git check-ignore --stdin` call. Works for paths that do not exist. git
 * stops at the first path it refuses ("beyond a symbolic link", "is in
 * submodule"): the list is then split and asked again, so one bad path costs a
 * few calls and every other path is still answered.
 */
export async function ignoredPaths(git: Git, paths: readonly string[], skipIndex?: { tracked: ReadonlySet<string> }): Promise<IgnoreStatus> {
  const status: IgnoreStatus = { ignored: new Set(), unknown: new Map() };
  // check-ignore matches each path against the whole index (about 1 ms a path on 100,000
  // entries), only to leave tracked paths out: given the tracked set, that is done here.
  let noIndex: string[] = [];
  if (skipIndex) {
    paths = paths.filter((path) => !skipIndex.tracked.has(path));
    noIndex = ['--no-index'];
  }
  let calls = 0;
  const ask = async (batch: readonly string[]): Promise<void> => {
    if (batch.length === 0) return;
    if (++calls > MAX_CHECK_IGNORE_CALLS) {
      for (const path of batch) status.unknown.set(path, `not asked: git check-ignore refused paths ${MAX_CHECK_IGNORE_CALLS} times`);
      return;
    }
    const result = await git.run(['check-ignore', ...noIndex, '-z', '--stdin'], { input: `${batch.join('\0')}\0` });
    // 0: some matched, 1: none matched; anything else: git refused a path.
    if (result.code === 0 || result.code === 1) {
      for (const path of result.stdout.split('\0')) if (path) status.ignored.add(path);
      return;
    }
    if (batch.length === 1) {
      status.unknown.set(batch[0]!, result.stderr.trim().split('\n')[0]!.trim() || `exit code ${result.code}`);
      return;
    }
    const half = Math.ceil(batch.length / 2);
    await ask(batch.slice(0, half));
    await ask(batch.slice(half));
  };
  await ask(paths);
  return status;
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
