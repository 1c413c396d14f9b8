import { statSync } from 'node:fs';

/** Whether a regular file is there (a symlink is followed): a loop (ELOOP), a name too long or no entry is not a file. */
export function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
