// host-canary's remote steps are bounded on the host too: when command-timeout ends the
// run, nothing the canary started may stay behind on the host (one wedged docker per cron
// run piles up otherwise). A real sshd, a docker blocked in a read that never returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMOTE_SCRIPT } from '../../src/host/remote-script.ts';
import { printed, runStep } from '../harness/action-runner.ts';
import { SshHost } from '../harness/ssh-host.ts';

/** Waits (bounded) for the host to have no process of a canary session left; returns what remains. */
async function leftovers(host: SshHost, waitMs = 15_000): Promise<{ pid: number; command: string }[]> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const remaining = host.sessionProcesses();
    if (remaining.length === 0 || Date.now() > deadline) return remaining;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each([
  ['the script sent as the exec request', undefined],
  ['the script installed as a forced command', REMOTE_SCRIPT],
])('host-canary: %s', (_name, forcedCommandScript) => {
  const host = new SshHost(forcedCommandScript === undefined ? {} : { forcedCommandScript });
  beforeAll(() => host.start());
  afterAll(() => host.dispose());

  it('leaves no process on the host after command-timeout ends a blocked remote step', async () => {
    host.setBlockingDocker();
    const step = await runStep('host-canary', 'main', { inputs: host.inputs({ 'command-timeout': '3s' }) });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(step.stdout).toContain('did not finish within 3.00s (command-timeout)');
    expect(host.remoteCommandRan()).toBe(true);
    expect(await leftovers(host)).toEqual([]);
  });

  it('leaves no process behind after a healthy run either', async () => {
    host.reset();
    const step = await runStep('host-canary', 'main', { inputs: host.inputs() });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(await leftovers(host)).toEqual([]);
  });
});
