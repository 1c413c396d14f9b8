import type { Git } from '../git/git.ts';

/** How a file in the original working tree differs from the commit that was built. */
export type DirtyState = 'untracked' | 'uncommitted' | 'modified' | 'ignored';

export interface WorkingTreeChanges {
  /** Repository-relative path → state; ignored directories end in '/'. */
  files: Map<string, DirtyState>;
}

// Read-only: --no-optional-locks keeps status-like commands from refreshing (writing) the index.
const READ_ONLY = ['--no-optional-locks'];

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
  const [untracked, diff, ignored] = await Promise.all([
    original.output([...READ_ONLY, 'ls-files', '--others', '--exclude-standard', '-z']),
    original.output([...READ_ONLY, 'diff', '--name-status', '--no-renames', '-z', '--diff-filter=AMT', sha, '--']),
    original.output([...READ_ONLY, 'ls-files', '--others', '--ignored', '--exclude-standard', '--directory', '-z']),
  ]);
  const status = splitZ(diff);
  for (let i = 0; i + 1 < status.length; i += 2) files.set(status[i + 1]!, status[i] === 'A' ? 'uncommitted' : 'modified');
  for (const path of splitZ(untracked)) files.set(path, 'untracked');
  for (const path of splitZ(ignored)) {
    if (/(^|\/)(node_modules|\.git)(\/|$)/.test(path)) continue;
    if (!files.has(path)) files.set(path, 'ignored');
  }
  return { files };
}
