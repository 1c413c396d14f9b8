import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Git, gitSaid } from '../git/git.ts';
import { UserError } from '../shared/errors.ts';

/**
 * Variables git sets for hooks; inherited by the clone's git they would point it back at
 * the original repository (the CLI may run inside a pre-push hook).
 */
const REPOSITORY_ENV = { GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined, GIT_OBJECT_DIRECTORY: undefined, GIT_COMMON_DIR: undefined, GIT_PREFIX: undefined };

/** The original's object store and shallow file (Git.gitPaths). */
export interface GitPaths {
  objects: string;
  shallow: string;
}

export interface MaterializeOptions {
  /** Already asked of git by the caller; asked here when not given. */
  paths?: GitPaths;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Leave a half-written checkout in place when it fails (keep-clone: to inspect it). */
  keepOnError?: boolean;
  /** An emptyRepository() to check out into, instead of a new one; removed like one on failure. */
  into?: Promise<string>;
}

/**
 * Writes commit `sha` of the repository at `original` into a fresh directory under
 * `parentDir` with only committed content, from local objects only.
 *
 * How (chosen by measurement, see bench/suites/clean-clone-build.ts): a new repository
 * that borrows the original's object store through `objects/info/alternates`, then a
 * detached checkout. It is as fast as `git archive | tar -x`, yet a real checkout:
 * `.gitattributes` (eol, filters) apply as on the deploy host, `export-ignore` does not
 * drop files, and the build can run `git rev-parse HEAD`. Unlike `git clone --local` it
 * also works from a shallow checkout (clone falls back to packing objects there), and
 * unlike `git worktree add` it writes nothing into the original's `.git`.
 */
export async function materializeCommit(original: Git, sha: string, parentDir: string, options: MaterializeOptions = {}): Promise<string> {
  const { objects, shallow } = options.paths ?? (await original.gitPaths(['objects', 'shallow']));
  const target = await (options.into ?? emptyRepository(parentDir, options));
  try {
    await writeFile(join(target, '.git', 'objects', 'info', 'alternates'), `${objects}\n`);
    // A shallow original's boundary commits have no parents here either.
    if (existsSync(shallow)) await copyFile(shallow, join(target, '.git', 'shallow'));
    // No hooks (core.hooksPath from a global config would run them) and no advice noise.
    await gitIn(target, ['-c', 'core.hooksPath=/dev/null', '-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', sha], { doing: `check out ${sha.slice(0, 12)} into a clean directory`, done: `checkout of ${sha.slice(0, 12)}` }, options);
  } catch (error) {
    // The caller never learns the path of a checkout that failed: remove it here, or it leaks.
    if (!options.keepOnError) await rm(target, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
    else if (error instanceof UserError) throw new UserError(`${error.message} (the partial checkout is kept in ${target})`);
    throw error;
  }
  return target;
}

/**
 * A new, empty repository under `parentDir` for materializeCommit's `into`: made while the
 * caller still looks up the commit, it takes one git start off the way to the build.
 */
export async function emptyRepository(parentDir: string, options: Pick<MaterializeOptions, 'timeoutMs' | 'signal'> = {}): Promise<string> {
  const target = await mkdtemp(join(parentDir, 'clean-clone-'));
  try {
    await gitIn(target, ['init', '-q', '--template='], { doing: 'create a git repository in a clean directory', done: 'git init of the clean directory' }, options);
  } catch (error) {
    await rm(target, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
    throw error;
  }
  return target;
}

/** Runs git in the clean clone; a timeout, a cancel, a failure or an `error:` line is a UserError in `what`'s words. */
async function gitIn(target: string, args: string[], what: { doing: string; done: string }, options: Pick<MaterializeOptions, 'timeoutMs' | 'signal'>): Promise<void> {
  const result = await new Git(target).run(args, { env: REPOSITORY_ENV, timeoutMs: options.timeoutMs, signal: options.signal });
  if (result.timedOut || options.signal?.aborted) throw new UserError(`${what.done} was stopped (${result.timedOut ? 'timeout' : 'cancelled'})`);
  // git checkout exits 0 even when it could not read a blob (a broken or partial object store):
  // the file is silently missing, so its `error:` lines count as a failure too.
  if (result.code !== 0 || /^error: /m.test(result.stderr)) {
    const detail = gitSaid(result);
    throw new UserError(`could not ${what.doing}: ${detail}${/missing|unable to read|promisor/i.test(detail) ? ' (the commit\'s objects are not all in the local repository: a partial or broken clone?)' : ''}`);
  }
}
