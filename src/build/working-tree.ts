import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Git } from '../git/git.ts';

/** How a file in the original working tree differs from the commit that was built. */
export type DirtyState = 'untracked' | 'uncommitted' | 'modified' | 'ignored';

export interface WorkingTreeChanges {
  /** Repository-relative path → state; ignored directories end in '/'. */
  files: Map<string, DirtyState>;
}

/**
 * Read-only, for real: `git diff` refreshes the stat data of the index and writes it back
 * (refresh_index_quietly), whatever --no-optional-locks says, and `ls-files` may update an
 * untracked cache. So the commands read a private copy of the index (GIT_INDEX_FILE), which
 * they may rewrite as they like; the checkout's own .git/index is never opened for writing.
 */
async function withIndexCopy<T>(original: Git, body: (env: NodeJS.ProcessEnv) => Promise<T>): Promise<T> {
  const { index } = await original.gitPaths(['index']);
  const dir = await mkdtemp(join(tmpdir(), 'clean-clone-index-'));
  try {
    const copy = join(dir, 'index');
    await copyFile(index, copy).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // a repository without an index yet: git reads none
    });
    return await body({ GIT_INDEX_FILE: copy, GIT_OPTIONAL_LOCKS: '0' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function splitZ(text: string): string[] {
  return text.split('\0').filter((entry) => entry !== '');
}

/**
 * What the working tree has that commit `sha` does not: untracked files, files staged
 * but not committed, files whose content differs, and ignored paths (ignored directories
 * collapsed to one entry; dependency folders left out, they are installed, not committed).
 */
export async function workingTreeChanges(original: Git, sha: string): Promise<WorkingTreeChanges> {
  const files = new Map<string, DirtyState>();
  const [untracked, diff, ignored] = await withIndexCopy(original, (env) => Promise.all([
    original.output(['ls-files', '--others', '--exclude-standard', '-z'], { env }),
    original.output(['diff', '--name-status', '--no-renames', '-z', '--diff-filter=AMT', sha, '--'], { env }),
    original.output(['ls-files', '--others', '--ignored', '--exclude-standard', '--directory', '-z'], { env }),
  ]));
  const status = splitZ(diff);
  for (let i = 0; i + 1 < status.length; i += 2) files.set(status[i + 1]!, status[i] === 'A' ? 'uncommitted' : 'modified');
  for (const path of splitZ(untracked)) files.set(path, 'untracked');
  for (const path of splitZ(ignored)) {
    if (/(^|\/)(node_modules|\.git)(\/|$)/.test(path)) continue;
    if (!files.has(path)) files.set(path, 'ignored');
  }
  return { files };
}
