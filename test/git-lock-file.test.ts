// git's lock-file protocol for the one file deploy-guards rewrites in a repository (the
// shallow list, commit-count): never over another process's lock, never leaving one.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceLocked } from '../src/git/lock-file.ts';
import { UserError } from '../src/shared/errors.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'dg-lock-'));

describe('replaceLocked', () => {
  it('replaces the file and leaves no lock', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'shallow'), 'a\nb\n');
    await replaceLocked(join(dir, 'shallow'), 'a\n');
    expect(readFileSync(join(dir, 'shallow'), 'utf8')).toBe('a\n');
    expect(readdirSync(dir)).toEqual(['shallow']);
  });

  it("stops at another process's lock in one line, and leaves that lock and the file as they were", async () => {
    const dir = folder();
    writeFileSync(join(dir, 'shallow'), 'a\nb\n');
    writeFileSync(join(dir, 'shallow.lock'), 'being written by git\n');
    const failure = await replaceLocked(join(dir, 'shallow'), 'a\n').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as Error).message).toBe(`${join(dir, 'shallow.lock')} exists: another git process is changing ${join(dir, 'shallow')}, or one was stopped and left its lock (remove it once no git command runs in this repository)`);
    expect(readFileSync(join(dir, 'shallow.lock'), 'utf8')).toBe('being written by git\n');
    expect(readFileSync(join(dir, 'shallow'), 'utf8')).toBe('a\nb\n');
  });

  it('removes its own lock when the rename fails', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'shallow')); // a folder where the file should be: rename fails
    writeFileSync(join(dir, 'shallow', 'x'), '');
    await expect(replaceLocked(join(dir, 'shallow'), 'a\n')).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir)).toEqual(['shallow']);
  });
});
