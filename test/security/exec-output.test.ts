// A capped output is never mistaken for a complete one: exec (and so every git call)
// fails loudly when a buffered stream passes its cap (there is no way to ask for a cut
// output), and streaming callers read everything without any cap.
import { describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.ts';
import { UserError } from '../../src/shared/errors.ts';
import { exec } from '../../src/shared/exec.ts';
import { GitFixture } from '../harness/git-fixture.ts';

describe('capped output', () => {
  it('exec rejects with one line when stdout passes maxBuffer', async () => {
    const failure = await exec('head', ['-c', '5000', '/dev/zero'], { maxBuffer: 1000 }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as Error).message).toBe("'head' printed more than 1000 bytes on stdout, past the limit this call allows: its output is not used rather than used cut");
  });

  it('a streaming caller sees every byte, and nothing is buffered', async () => {
    let seen = 0;
    const result = await exec('head', ['-c', '5000000', '/dev/zero'], { maxBuffer: 1000, streamStdout: (chunk) => (seen += chunk.length) });
    expect(seen).toBe(5_000_000);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });

  it('Git.output and Git.run inherit it (git ls-files, git status, git log …)', async () => {
    const repo = new GitFixture();
    for (let i = 0; i < 50; i++) repo.write(`file-${i}.txt`, 'x');
    repo.commit('files');
    // Untracked files, so `git status` prints more than its cap (a clean tree prints nothing and proves nothing).
    for (let i = 0; i < 5; i++) repo.write(`new-${i}.txt`, 'x');
    const git = new Git(repo.dir);
    await expect(git.output(['ls-files', '-z'], { maxBuffer: 100 })).rejects.toThrow(/'git ls-files' printed more than 100 bytes on stdout/);
    await expect(git.run(['status', '--porcelain', '--ignored'], { maxBuffer: 10 })).rejects.toThrow(/'git status' printed more than 10 bytes on stdout/);
    await expect(git.run(['status', '--porcelain', '--ignored'], { maxBuffer: 1000 })).resolves.toMatchObject({ code: 0, stdout: expect.stringContaining('?? new-4.txt') });
    await expect(git.run(['log', '--format=%H%n%B'], { maxBuffer: 10 })).rejects.toThrow(/'git log' printed more than 10 bytes/);
  });
});
