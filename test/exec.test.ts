import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exec } from '../src/shared/exec.ts';
import { isAlive } from './harness/processes.ts';

describe('exec', () => {
  it('passes arguments verbatim, with no shell in between', async () => {
    const result = await exec('printf', ['%s|', '$HOME', '`id`', 'a b']);
    expect(result.stdout).toBe('$HOME|`id`|a b|');
    expect(result.code).toBe(0);
  });

  it('kills the whole process group on timeout, grandchildren included', async () => {
    const result = await exec('bash', ['-c', 'sleep 300 & echo $!; wait'], { timeoutMs: 1500 });
    expect(result.timedOut).toBe(true);
    expect(result.code).toBeNull();
    const grandchild = Number(result.stdout.trim());
    expect(grandchild).toBeGreaterThan(1);
    // The group gets SIGTERM, then SIGKILL 2 s later: give a loaded machine time to reap it.
    for (let waited = 0; isAlive(grandchild) && waited < 5000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    expect(isAlive(grandchild)).toBe(false);
  });

  it('bounds what it keeps of a stream: past the cap a loud failure, never a cut output', async () => {
    await expect(exec('head', ['-c', '100000', '/dev/zero'], { maxBuffer: 100_000 })).resolves.toMatchObject({ code: 0, stdout: '\0'.repeat(100_000) });
    await expect(exec('head', ['-c', '3000000', '/dev/zero'], { maxBuffer: 100_000 })).rejects.toThrow("'head' printed more than 100000 bytes on stdout");
  });

  it('feeds stdin and streams output as it arrives', async () => {
    const chunks: string[] = [];
    const result = await exec('cat', [], { input: 'hello\n', onOutput: (chunk) => chunks.push(chunk.toString()) });
    expect(result.stdout).toBe('hello\n');
    expect(chunks.join('')).toBe('hello\n');
  });

  it('says which program is missing', async () => {
    await expect(exec('deploy-guards-no-such-program', [])).rejects.toThrow("'deploy-guards-no-such-program' was not found on PATH");
  });

  it('stops on abort', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const result = await exec('sleep', ['30'], { signal: controller.signal });
    expect(result.signal).toBe('SIGTERM');
    expect(execFileSync('true').length).toBe(0);
  });

  it('stops at once when the signal was aborted before it started', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await exec('sleep', ['30'], { signal: controller.signal, timeoutMs: 15_000 });
    expect(result.timedOut).toBe(false);
    expect(result.signal).toBe('SIGTERM');
  }, 30_000);

  it('with killGroupOnExit, a command that exited 0 is not timed out by a deadline in the drain wait', async () => {
    // bash exits at once; a process that left the group (setsid) holds the pipes, so exec
    // waits up to 5 s for them to close, and the 3 s deadline falls inside that wait.
    const dir = mkdtempSync(join(tmpdir(), 'dg-exec-'));
    const script = `setsid sh -c 'touch ${dir}/ready; exec sleep 60' & while [ ! -e ${dir}/ready ]; do sleep 0.02; done; echo $!`;
    const result = await exec('bash', ['-c', script], { killGroupOnExit: true, timeoutMs: 3000 });
    const escaped = Number(result.stdout.trim());
    try {
      expect(result.code).toBe(0);
      expect(result.timedOut).toBe(false);
    } finally {
      if (escaped > 1) process.kill(escaped, 'SIGKILL');
    }
  }, 30_000);

  it('a second stop (timeout, then cancel) leaves no SIGKILL timer behind after the run ends', async () => {
    // The child ignores SIGTERM (so both stops land while it runs) and exits once the test says so.
    const dir = mkdtempSync(join(tmpdir(), 'dg-exec-'));
    const controller = new AbortController();
    const realKill = process.kill.bind(process);
    let terms = 0;
    const kill = vi.spyOn(process, 'kill').mockImplementation((pid: number, signal?: string | number) => {
      if (pid < 0 && signal === 'SIGTERM') {
        terms += 1;
        if (terms === 1) setImmediate(() => controller.abort()); // the second stop, after the timeout's
        else writeFileSync(join(dir, 'go'), '');
      }
      return realKill(pid, signal);
    });
    try {
      const result = await exec('bash', ['-c', `trap '' TERM; while [ ! -e ${dir}/go ]; do sleep 0.02; done`], { timeoutMs: 500, signal: controller.signal });
      expect(terms).toBe(2);
      expect(result.timedOut).toBe(true);
      const callsAtEnd = kill.mock.calls.length;
      // Past the 2 s SIGKILL delay of the first stop: nothing may signal the (reusable) group id now.
      await new Promise((done) => setTimeout(done, 3000));
      expect(kill.mock.calls.slice(callsAtEnd)).toEqual([]);
    } finally {
      kill.mockRestore();
    }
  }, 30_000);

  it('with killGroupOnExit, ends when bash does and stops what it left running', async () => {
    const result = await exec('bash', ['-c', 'sleep 1000 & echo $!'], { killGroupOnExit: true, timeoutMs: 60_000 });
    expect(result.code).toBe(0);
    expect(result.timedOut).toBe(false);
    expect(result.leftoverProcesses).toBe(true);
    const pid = Number(result.stdout.trim());
    await expect.poll(() => isAlive(pid), { timeout: 10_000 }).toBe(false);
    const clean = await exec('bash', ['-c', 'echo done'], { killGroupOnExit: true });
    expect(clean.leftoverProcesses).toBe(false);
  });
});
