// A capped output is never mistaken for a complete one: exec (and so every git call)
// fails loudly when a buffered stream passes its cap, unless the caller asked for a
// partial output, and streaming callers read everything without any cap.
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

  it('exec keeps the first maxBuffer bytes only when the caller opts into a partial output', async () => {
    const result = await exec('head', ['-c', '5000', '/dev/zero'], { maxBuffer: 1000, partialOutput: true });
    expect(result.truncated).toBe(true);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBe(1000);
  });

  it('a streaming caller sees every byte, and nothing is buffered', async () => {
    let seen = 0;
    const result = await exec('head', ['-c', '5000000', '/dev/zero'], { maxBuffer: 1000, streamStdout: (chunk) => (seen += chunk.length) });
    expect(seen).toBe(5_000_000);
    expect(result.stdout).toBe('');
    expect(result.truncated).toBe(false);
  });

  it('Git.output and Git.run inherit it (git ls-files, git status, git log …)', async () => {
    const repo = new GitFixture();
    for (let i = 0; i < 50; i++) repo.write(`file-${i}.txt`, 'x');
    repo.commit('files');
    const git = new Git(repo.dir);
    await expect(git.output(['ls-files', '-z'], { maxBuffer: 100 })).rejects.toThrow(/'git ls-files' printed more than 100 bytes on stdout/);
    await expect(git.run(['status', '--porcelain', '--ignored'], { maxBuffer: 10 })).resolves.toMatchObject({ code: 0 });
    await expect(git.run(['log', '--format=%H%n%B'], { maxBuffer: 10 })).rejects.toThrow(/'git log' printed more than 10 bytes/);
  });
});
