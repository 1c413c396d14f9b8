import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exec } from '../src/shared/exec.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

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
    for (let waited = 0; alive(grandchild) && waited < 5000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    expect(alive(grandchild)).toBe(false);
  });

  it('bounds what it keeps of a stream', async () => {
    const result = await exec('head', ['-c', '3000000', '/dev/zero'], { maxBuffer: 100_000 });
    expect(result.truncated).toBe(true);
    expect(result.stdout.length).toBeLessThan(200_000);
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
});
