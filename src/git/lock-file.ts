import { rename, rm, writeFile } from 'node:fs/promises';
import { UserError } from '../shared/errors.ts';

/**
 * Replaces one of git's files by git's own lock-file protocol: the new text goes to
 * `<file>.lock`, created only if absent (a git command holding it is changing the file),
 * then renamed over the file. A write or rename that fails removes the lock it made: a
 * lock left behind stops every later git command that takes it ("Unable to create
 * '….lock': File exists").
 */
export async function replaceLocked(file: string, text: string): Promise<void> {
  const lock = `${file}.lock`;
  try {
    await writeFile(lock, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(`${lock} exists: another git process is changing ${file}, or one was stopped and left its lock (remove it once no git command runs in this repository)`);
    }
    await rm(lock, { force: true }); // created, then the write failed (a full disk)
    throw error;
  }
  try {
    await rename(lock, file);
  } catch (error) {
    await rm(lock, { force: true });
    throw error;
  }
}
