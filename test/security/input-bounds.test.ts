// Every number and duration input has an upper bound: an absurd value fails at once with
// one line naming the input, instead of polling until the job's own timeout.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runStep } from '../harness/action-runner.ts';

/** Each CLI command's number and duration inputs (deploy-start has no CLI: tested as an action). */
const NUMERIC: Record<string, string[]> = {
  'commit-count': ['max-commits', 'expected', 'max-watched'],
  'clean-clone-build': ['timeout'],
  'deploy-canary': ['interval', 'timeout', 'window', 'successes', 'max-redirects', 'sink-timeout'],
  'host-canary': ['port', 'connect-timeout', 'command-timeout', 'min-uptime', 'window', 'backup-max-age', 'backup-min-ratio', 'sink-timeout'],
};
const DURATIONS = new Set(['timeout', 'interval', 'window', 'sink-timeout', 'connect-timeout', 'command-timeout', 'min-uptime', 'backup-max-age']);

/** A valid key file for host-canary (its inputs are checked in order: the key before the durations). */
function keyFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-key-'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'key')]);
  return join(dir, 'key');
}

const REQUIRED: Record<string, () => string[]> = {
  'commit-count': () => [],
  'clean-clone-build': () => ['--build', 'true'],
  'deploy-canary': () => ['--urls', 'http://127.0.0.1:9/'],
  'host-canary': () => ['--host', '127.0.0.1', '--user', 'canary', '--ssh-key-file', keyFile(), '--host-key-fingerprints', `SHA256:${'A'.repeat(43)}`],
};

function cli(...args: string[]) {
  // A bound: on a build without upper limits, the absurd values poll until this kills them.
  return spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
}

describe('number and duration inputs have upper bounds', () => {
  it('the issue\'s examples: --successes 99999999999999999999999 and --window 999999999999999h', () => {
    for (const flags of [['--successes', '99999999999999999999999', '--window', '1s'], ['--window', '999999999999999h']]) {
      const result = cli('deploy-canary', '--urls', 'http://127.0.0.1:9/', '--interval', '100ms', ...flags);
      expect(result.status, result.stdout + result.stderr).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`Input '${flags[0]!.slice(2)}': .* (above|longer than) the maximum`));
    }
  });

  it.each(Object.entries(NUMERIC))('%s: every number and duration input', (command, names) => {
    for (const name of names) {
      const absurd = DURATIONS.has(name) ? '999999999999999h' : '99999999999999999999999';
      const result = cli(command, ...REQUIRED[command]!(), `--${name}`, absurd);
      expect(result.status, `${command} --${name}: ${result.stdout}${result.stderr}`).toBe(2);
      expect(result.stderr.trim().split('\n'), `${command} --${name}`).toHaveLength(1);
      expect(result.stderr, `${command} --${name}`).toMatch(new RegExp(`Input '${name}': .*(above|longer than) the maximum`));
    }
  });

  it('deploy-start (an action only): sink-timeout', async () => {
    const step = await runStep('deploy-start', 'main', { inputs: { 'sink-timeout': '999999999999999h' } });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toMatch(/::error::Input 'sink-timeout': .*longer than the maximum/);
  });
});
