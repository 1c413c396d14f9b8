// host-canary end to end: the bundled action, run as the runner runs it, against a
// real OpenSSH sshd on 127.0.0.1 (own host key, sshd_config, authorized_keys).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REMOTE_SCRIPT } from '../src/host/remote-script.ts';
import { exec } from '../src/shared/exec.ts';
import { ROOT, prepareStep, printed, runStep, type StepResult } from './harness/action-runner.ts';
import { SshHost, fingerprintLine, freePort, silentServer } from './harness/ssh-host.ts';

interface OutputFinding {
  code: string;
  severity: string;
  message: string;
}
const findingsOf = (step: StepResult) => JSON.parse(step.outputs.findings ?? '[]') as OutputFinding[];
const codesOf = (step: StepResult) => findingsOf(step).map((item) => item.code).sort();

/** Every line of the private key's body: none may appear in anything the step printed or wrote. */
function expectKeyNeverShown(step: StepResult, key: string): void {
  const visible = printed(step) + step.summary + JSON.stringify(step.outputs);
  for (const line of key.split('\n').filter((l) => l.length >= 8 && !l.startsWith('-----'))) expect(visible).not.toContain(line);
}

const run = (host: SshHost, extra: Record<string, string> = {}, timeoutMs = 60_000) =>
  runStep('host-canary', 'main', { inputs: host.inputs(extra), timeoutMs });

describe('host-canary against a real sshd', () => {
  const host = new SshHost();
  beforeAll(() => host.start());
  afterAll(() => host.dispose());
  beforeEach(() => {
    host.reset();
    host.clearLog();
  });

  it('passes a healthy host over one connection and one remote command, and never shows the key', async () => {
    const step = await run(host);
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.outputs.result).toBe('healthy');
    expect(findingsOf(step)).toEqual([]);
    expect(step.outputs['host-key-fingerprint']).toBe(host.fingerprint);
    expect(host.counts()).toEqual({ connections: 1, commands: 1, logins: 1 });
    expect(step.masks).toContain(host.clientKey.trim());
    expectKeyNeverShown(step, host.clientKey);
    expect(step.summary).toContain(`host-canary: \`${host.user}@127.0.0.1:${host.port}\` is healthy`);
    expect(step.summary).toContain('is healthy');
    expect(step.summary).toContain('| web | shop-web-1 | running |');
    expect(step.summary).toContain('No findings.');
    // The docker calls the script made, with the compose project filter and the window.
    const docker = host.dockerArgs();
    expect(docker[0]).toBe('ps -a -q --no-trunc --filter label=com.docker.compose.project=shop');
    expect(docker[1]).toMatch(/^inspect [0-9a-f]{64} [0-9a-f]{64}$/);
    // The compose files the containers were created from, for their declared limits.
    expect(docker[2]).toMatch(/^inspect --format \{\{index \.Config\.Labels "com\.docker\.compose\.project\.config_files"\}\} [0-9a-f]{64} [0-9a-f]{64}$/);
    const events = /^events --since (\d+) --until (\d+) .*--format \{\{json \.\}\}$/.exec(docker[3]!);
    expect(events, docker[3]).not.toBeNull();
    expect(Number(events![2]) - Number(events![1])).toBe(900);
  });

  it('fails closed on a regenerated host key, naming the key seen, before anything runs', async () => {
    const pinned = host.fingerprint;
    host.generateHostKeys();
    await host.restart();
    host.clearLog();
    try {
      const step = await run(host, { 'host-key-fingerprints': pinned });
      expect(step.exitCode).toBe(1);
      expect(step.outputs.result).toBe('unhealthy');
      expect(codesOf(step)).toEqual(['host-key-mismatch']);
      expect(findingsOf(step)[0]!.message).toContain(`presented host key ${host.fingerprint} (ED25519)`);
      expect(step.outputs['host-key-fingerprint']).toBe(host.fingerprint);
      expect(step.stdout).toContain(`::error::host-canary: ${host.user}@127.0.0.1:${host.port} is unhealthy: host-key-mismatch`);
      expect(host.remoteCommandRan()).toBe(false);
      expect(host.counts()).toMatchObject({ commands: 0, logins: 0 });
      expect(host.log()).not.toMatch(/userauth-request/); // not even authentication was attempted
      expectKeyNeverShown(step, host.clientKey);

      // Rotation: the old and the new key pinned (as ssh-keygen -lf prints them) both pass.
      const rotated = await run(host, { 'host-key-fingerprints': `${pinned}\n${fingerprintLine(`${host.hostKeyPath}.pub`)}` });
      expect(rotated.exitCode, printed(rotated)).toBe(0);
    } finally {
      host.reset();
    }
  });

  it('finds a removed sentinel file (wiped disk) and a sentinel with another value', async () => {
    host.removeSentinel();
    const wiped = await run(host);
    expect(wiped.exitCode).toBe(1);
    expect(codesOf(wiped)).toEqual(['sentinel-missing']);
    expect(findingsOf(wiped)[0]!.message).toContain(`sentinel file ${host.sentinelPath} is gone`);

    host.reset();
    const other = await run(host, { 'sentinel-value': 'provisioned 2025-01-01 volume vol-0001' });
    expect(codesOf(other)).toEqual(['sentinel-mismatch']);
    expect(printed(other)).not.toContain('vol-7f3a'); // the value is not printed
  });

  it('finds a changed hostname and machine-id', async () => {
    host.setIdentity('ubuntu-2gb-fsn1-1', '9d8c7b6a5f4e3d2c1b0a99887766554f');
    const step = await run(host);
    expect(step.exitCode).toBe(1);
    expect(codesOf(step)).toEqual(['hostname-changed', 'machine-id-changed']);
    expect(step.stdout).toContain('hostname is ubuntu-2gb-fsn1-1, expected db-prod-1');
    expect(step.stdout).toContain('machine-id is 9d8c7b6a5f4e3d2c1b0a99887766554f, expected 0f5c3a9e6b1d4e7f8a2b3c4d5e6f7a8b');
  });

  it('finds a newest backup a tenth of the previous one (backup-shrunk), a stale one and none at all', async () => {
    host.writeBackups([
      { name: 'pg-09.sql.gz', bytes: 49_000, ago: 10_800 },
      { name: 'pg-10.sql.gz', bytes: 50_000, ago: 7200 },
      { name: 'pg-11.sql.gz', bytes: 5_000, ago: 3600 },
    ]);
    const shrunk = await run(host);
    expect(codesOf(shrunk)).toEqual(['backup-shrunk']);
    expect(findingsOf(shrunk)[0]!.message).toMatch(/pg-11\.sql\.gz is 5000 bytes, 10% of the previous .*pg-10\.sql\.gz \(50000 bytes/);

    host.writeBackups([{ name: 'pg-old.sql.gz', bytes: 50_000, ago: 30_000 }]);
    expect(codesOf(await run(host))).toEqual(['backup-stale']);
    host.writeBackups([]);
    expect(codesOf(await run(host))).toEqual(['backup-missing']);
  });

  it('finds restarts, OOM, exit 137, unhealthy, missing and stale-revision containers', async () => {
    host.setContainers([
      { service: 'web', restartCount: 14, startedAt: new Date(Date.now() - 40_000).toISOString(), revision: 'abc1234def' },
      { service: 'worker', status: 'restarting', oomKilled: true, exitCode: 137, restartCount: 3, revision: 'abc1234def' },
      { service: 'search', status: 'exited', exitCode: 137, revision: 'abc1234def' },
      { service: 'api', health: 'unhealthy', revision: 'abc1234def' },
      { service: 'admin', revision: '0ld0ld0ld0' },
    ], [
      { service: 'web', action: 'die', exitCode: 137, ago: 400 },
      { service: 'web', action: 'oom', ago: 401 },
      { service: 'web', action: 'die', exitCode: 1, ago: 100 },
      { service: 'web', action: 'die', exitCode: 1, ago: 5000 }, // outside the window
    ]);
    const step = await run(host, { containers: 'web, worker, search, api, admin, postgres' });
    expect(step.exitCode).toBe(1);
    const byService = (service: string) => findingsOf(step).filter((item) => item.message.startsWith(`service ${service} `) || item.message.startsWith(`service ${service}:`)).map((item) => item.code).sort();
    expect(byService('web')).toEqual(['container-killed', 'container-oom', 'container-restarted']);
    expect(findingsOf(step).find((item) => item.code === 'container-restarted')!.message).toBe('service web died 2 times in the last 15m0s (exit codes 137, 1; RestartCount 14); it has no healthcheck, so a restart is the only sign docker gives of it failing');
    expect(byService('worker')).toEqual(['container-not-running', 'container-oom']);
    expect(byService('search')).toEqual(['container-killed', 'container-not-running']);
    expect(byService('api')).toEqual(['container-unhealthy']);
    expect(byService('admin')).toEqual(['revision-mismatch']);
    expect(byService('postgres')).toEqual(['container-missing']);
    expect(step.summary).toContain('| worker | shop-worker-1 | restarting | 3 | 137 | yes |');
  });

  it('reports a host without docker or systemctl as findings, and inactive units', async () => {
    host.removeDocker();
    const noDocker = await run(host);
    expect(codesOf(noDocker)).toEqual(['container-missing']);
    expect(findingsOf(noDocker)[0]!.message).toBe('cannot list containers: docker is not installed (or not on the PATH of the SSH user)');

    host.reset();
    host.setUnits({ 'docker.service': 'active', 'backup.timer': 'failed' });
    const failed = await run(host, { units: 'docker.service\nbackup.timer\nwatchdog' });
    expect(findingsOf(failed).map((item) => item.message)).toEqual(['unit backup.timer is failed (failed)', 'unit watchdog does not exist on the host']);
  });

  it('warns about a reboot without failing, and fail: false turns a failure into a warning', async () => {
    host.setUptimeSeconds(120);
    const rebooted = await run(host);
    expect(rebooted.exitCode).toBe(0);
    expect(rebooted.outputs.result).toBe('healthy');
    expect(findingsOf(rebooted)).toEqual([{ code: 'rebooted', severity: 'warning', message: 'host booted 2m0s ago (uptime under min-uptime 60m0s)' }]);

    host.removeSentinel();
    const lenient = await run(host, { fail: 'false' });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.outputs.result).toBe('unhealthy');
    expect(lenient.annotations.some((a) => a.level === 'warning' && a.message.includes('(not failing the step: fail is false)'))).toBe(true);
    expect(lenient.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('refuses a key the server does not accept (auth-failed)', async () => {
    const stranger = new SshHost(); // its client key is not in this host's authorized_keys
    try {
      const step = await run(host, { 'ssh-key': stranger.clientKey });
      expect(codesOf(step)).toEqual(['auth-failed']);
      expect(findingsOf(step)[0]!.message).toMatch(/refused the key for user '.+' \(server accepts: publickey\)/);
      expect(host.remoteCommandRan()).toBe(false);
      expectKeyNeverShown(step, stranger.clientKey);
    } finally {
      await stranger.dispose();
    }
  });

  it('accepts an encrypted key with its passphrase', async () => {
    const step = await run(host, { 'ssh-key': host.encryptedKey, 'ssh-passphrase': host.keyPassphrase });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.masks).toContain(host.keyPassphrase);
    expect(printed(step) + step.summary).not.toContain(host.keyPassphrase);
  });

  it('treats a remote command killed by a signal (no exit code) as a failure', async () => {
    host.setKilledDocker();
    const step = await run(host);
    expect(step.exitCode).toBe(1);
    expect(codesOf(step)).toEqual(['unreachable']);
    expect(findingsOf(step)[0]!.message).toMatch(/the remote checks did not finish: it was killed by (SIG)?KILL/);
  });

  it('ends a remote command that hangs at command-timeout: a failure, never a pass', async () => {
    host.setHangingDocker(10);
    const step = await run(host, { 'command-timeout': '3s' });
    expect(step.exitCode).toBe(1);
    expect(codesOf(step)).toEqual(['unreachable']);
    expect(findingsOf(step)[0]!.message).toContain('the remote checks did not finish within 3.00s (command-timeout)');
  });
});

describe('host-canary: server negotiation, password login, forced command, CLI', () => {
  it('works with the recommended forced command (the key can run only the installed script)', async () => {
    const host = await new SshHost({ forcedCommandScript: REMOTE_SCRIPT }).start();
    try {
      host.clearLog();
      const healthy = await run(host);
      expect(healthy.exitCode, printed(healthy)).toBe(0);
      expect(host.counts()).toMatchObject({ connections: 1, commands: 1 });
      expect(host.log()).toMatch(/forced command/i);
      host.removeSentinel();
      const wiped = await run(host);
      expect(codesOf(wiped)).toEqual(['sentinel-missing']);
    } finally {
      await host.dispose();
    }
  });

  it('runs as the CLI command with the key given on the command line', async () => {
    const host = await new SshHost().start();
    try {
      host.setIdentity('other-host', '0f5c3a9e6b1d4e7f8a2b3c4d5e6f7a8b');
      const flags = Object.entries(host.inputs()).flatMap(([name, value]) => [`--${name}`, value]);
      const result = await exec(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'host-canary', ...flags], { timeoutMs: 60_000 });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toContain('error   hostname-changed: hostname is other-host, expected db-prod-1');
      expect(result.stdout).toContain(`host-canary: ${host.user}@127.0.0.1:${host.port} is unhealthy: hostname-changed`);
      for (const line of host.clientKey.split('\n').filter((l) => l.length >= 8 && !l.startsWith('-----'))) expect(result.stdout + result.stderr).not.toContain(line);
    } finally {
      await host.dispose();
    }
  });


  it('finds password login offered, without ever sending a password', async () => {
    const host = await new SshHost({ passwordAuth: true }).start();
    try {
      host.clearLog();
      const step = await run(host);
      expect(step.exitCode).toBe(1);
      expect(codesOf(step)).toEqual(['password-auth-offered']);
      expect(findingsOf(step)[0]!.message).toContain('the server offers password login (methods: publickey, password)');
      expect(host.log()).toMatch(/method none/);
      expect(host.log()).not.toMatch(/method password|Failed password/);
      expect(host.counts()).toMatchObject({ connections: 1, commands: 1, logins: 1 });
    } finally {
      await host.dispose();
    }
  });

  it('gets the pinned key type from a server with ed25519 and RSA host keys', async () => {
    const host = await new SshHost({ extraRsaHostKey: true }).start();
    try {
      const ed25519 = await run(host);
      expect(ed25519.exitCode, printed(ed25519)).toBe(0);
      expect(ed25519.outputs['host-key-fingerprint']).toBe(host.fingerprint);
      // Pinned RSA (typed, as ssh-keygen -lf prints it): RSA is negotiated first, so the RSA key is presented.
      const rsaLine = fingerprintLine(`${host.dir}/ssh_host_rsa_key.pub`);
      const rsa = await run(host, { 'host-key-fingerprints': rsaLine });
      expect(rsa.exitCode, printed(rsa)).toBe(0);
      expect(rsa.outputs['host-key-fingerprint']).toBe(rsaLine.split(' ')[1]);
    } finally {
      await host.dispose();
    }
  });

  it('finds a bare RSA pin on a server that leads with ed25519 (one more handshake), and still fails closed', async () => {
    const host = await new SshHost({ extraRsaHostKey: true }).start();
    try {
      const rsaFingerprint = fingerprintLine(`${host.dir}/ssh_host_rsa_key.pub`).split(' ')[1]!;
      host.clearLog();
      // Bare SHA256 form: the type is unknown, so ed25519 is asked for first and the RSA key only on the retry.
      const bare = await run(host, { 'host-key-fingerprints': rsaFingerprint });
      expect(bare.exitCode, printed(bare)).toBe(0);
      expect(bare.outputs.result).toBe('healthy');
      expect(bare.outputs['host-key-fingerprint']).toBe(rsaFingerprint);
      expect(host.counts()).toEqual({ connections: 2, commands: 1, logins: 1 });

      // The matching ed25519 pin needs no retry: one connection.
      host.clearLog();
      const matching = await run(host);
      expect(matching.exitCode, printed(matching)).toBe(0);
      expect(host.counts()).toEqual({ connections: 1, commands: 1, logins: 1 });

      // A wrong bare pin: both keys are asked for, both named, nothing authenticates or runs.
      host.clearLog();
      const wrong = await run(host, { 'host-key-fingerprints': 'SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s' });
      expect(wrong.exitCode).toBe(1);
      expect(wrong.outputs.result).toBe('unhealthy');
      expect(codesOf(wrong)).toEqual(['host-key-mismatch']);
      expect(findingsOf(wrong)[0]!.message).toContain(`presented host keys ${host.fingerprint} (ED25519), ${rsaFingerprint} (RSA), none of which is one of the pinned host-key-fingerprints`);
      expect(wrong.outputs['host-key-fingerprint']).toBe(host.fingerprint);
      expect(host.counts()).toEqual({ connections: 2, commands: 0, logins: 0 });
      expect(host.log()).not.toMatch(/userauth-request/);
      expect(host.remoteCommandRan()).toBe(false);
    } finally {
      await host.dispose();
    }
  });

  it('turns a refused session channel (sshd MaxSessions 0) into an unreachable verdict with outputs and summary', async () => {
    const host = await new SshHost({ maxSessions: 0 }).start();
    try {
      host.clearLog();
      const step = await run(host);
      expect(step.exitCode).toBe(1);
      expect(step.outputs.result).toBe('unhealthy');
      expect(codesOf(step)).toEqual(['unreachable']);
      expect(findingsOf(step)[0]!.message).toMatch(new RegExp(`^127\\.0\\.0\\.1:${host.port}: could not run the remote checks: .*[Cc]hannel open fail`));
      expect(step.outputs['host-key-fingerprint']).toBe(host.fingerprint);
      expect(printed(step)).not.toMatch(/unexpected error/i);
      expect(step.summary).toContain(`host-canary: \`${host.user}@127.0.0.1:${host.port}\` is unhealthy`);
      expect(host.counts()).toMatchObject({ connections: 1, logins: 1, commands: 0 });
      expect(host.remoteCommandRan()).toBe(false);
      expectKeyNeverShown(step, host.clientKey);
    } finally {
      await host.dispose();
    }
  });
});

describe('host-canary bad input and unreachable hosts: one line, within the timeout, key never printed', () => {
  const host = new SshHost();
  beforeAll(() => host.start());
  afterAll(() => host.dispose());

  it.each([
    ['a malformed key', () => ({ 'ssh-key': '-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbCBqdXN0IHRleHQgdGhhdCBsb29rcyBsaWtlIG9uZQ==\n-----END OPENSSH PRIVATE KEY-----\n' }), "Input 'ssh-key': could not be read as a private key"],
    ['text that is no key', () => ({ 'ssh-key': 'hunter2-not-a-key' }), "Input 'ssh-key': is not a PEM/OpenSSH private key"],
    ['a wrong passphrase', () => ({ 'ssh-key': host.encryptedKey, 'ssh-passphrase': 'not-the-passphrase-42' }), "Input 'ssh-passphrase': does not decrypt ssh-key (wrong passphrase)"],
    ['an encrypted key without passphrase', () => ({ 'ssh-key': host.encryptedKey }), "Input 'ssh-passphrase': is needed: ssh-key is encrypted"],
    ['an MD5 fingerprint', () => ({ 'host-key-fingerprints': 'MD5:3b:51:8e:9c:02:11:aa:42:7d:e0:6f:21:90:cc:1a:5e' }), "Input 'host-key-fingerprints': 'MD5:3b:51:8e:9c:02:11:aa:42:7d:e0:6f:21:90:cc:1a:5e' is an MD5 fingerprint"],
    ['a truncated fingerprint', () => ({ 'host-key-fingerprints': 'SHA256:u8fPn3sX6/p65WdZd3ATx' }), "Input 'host-key-fingerprints': 'SHA256:u8fPn3sX6/p65WdZd3ATx' is not an OpenSSH SHA256 fingerprint"],
    ['a port out of range', () => ({ port: '70000' }), "Input 'port': 70000 is above the maximum of 65535"],
  ])('%s', async (_name, inputs, message) => {
    const step = await run(host, inputs());
    expect(step.exitCode).toBe(1);
    const errors = step.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(message);
    expect(errors[0]!.message).not.toContain('\n');
    expect(step.stdout + step.stderr).not.toMatch(/\n\s+at /);
    expectKeyNeverShown(step, host.clientKey);
    expectKeyNeverShown(step, host.encryptedKey);
    expect(printed(step)).not.toContain('not-the-passphrase-42');
  });

  it('reports a closed port as unreachable', async () => {
    const port = await freePort();
    const step = await run(host, { port: String(port), 'connect-timeout': '5s' }, 30_000);
    expect(step.exitCode).toBe(1);
    expect(findingsOf(step)).toEqual([{ code: 'unreachable', severity: 'error', message: `127.0.0.1:${port} is unreachable: connection refused` }]);
    expectKeyNeverShown(step, host.clientKey);
  });

  it('gives up on a server that accepts TCP and never speaks SSH at connect-timeout', async () => {
    const silent = await silentServer();
    try {
      const step = await run(host, { port: String(silent.port), 'connect-timeout': '2s' }, 30_000);
      expect(step.exitCode).toBe(1);
      expect(findingsOf(step)).toEqual([{ code: 'unreachable', severity: 'error', message: `127.0.0.1:${silent.port} did not complete an SSH handshake within 2.00s (connect-timeout)` }]);
      expect(step.stdout.split('\n').filter((line) => line.startsWith('::error'))).toHaveLength(2); // the finding and the verdict, one line each
      expectKeyNeverShown(step, host.clientKey);
    } finally {
      await silent.close();
    }
  });

  it('names a server that says its SSH version and then hangs up: not "timed out" after 2 ms, nor "write EPIPE"', async () => {
    const server = await silentServer({ banner: 'SSH-2.0-OpenSSH_9.6\r\n', hangUp: true });
    try {
      const step = await run(host, { port: String(server.port), 'connect-timeout': '20s' }, 30_000);
      expect(findingsOf(step)).toEqual([{ code: 'unreachable', severity: 'error', message: `127.0.0.1:${server.port} is unreachable: the server closed the connection during the SSH handshake` }]);
    } finally {
      await server.close();
    }
  });

  it('fails as an unexpected error, never a verdict about the host, when its SSH client cannot be loaded (a partial install)', async () => {
    const silent = await silentServer();
    const copy = mkdtempSync(join(tmpdir(), 'dg-partial-'));
    try {
      cpSync(join(ROOT, 'dist', 'host-canary'), copy, { recursive: true });
      const client = readdirSync(copy).filter((file) => file.endsWith('.js') && readFileSync(join(copy, file), 'utf8').includes('class Client extends EventEmitter'));
      expect(client).toHaveLength(1);
      rmSync(join(copy, client[0]!));
      const step = prepareStep('host-canary', 'main', { inputs: host.inputs({ port: String(silent.port) }) });
      const result = spawnSync(process.execPath, [join(copy, 'index.js')], { cwd: step.cwd, env: step.env, encoding: 'utf8', timeout: 30_000 });
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/::error::host-canary: unexpected error: .*Cannot find module/);
      expect(result.stdout).not.toMatch(/unreachable/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
      await silent.close();
    }
  });

  it('reports a server that accepts TCP and hangs up at once as unreachable, without waiting for connect-timeout', async () => {
    const hangUp = await silentServer({ hangUp: true });
    try {
      const started = performance.now();
      const step = await run(host, { port: String(hangUp.port), 'connect-timeout': '20s' }, 30_000);
      expect(step.exitCode).toBe(1);
      expect(codesOf(step)).toEqual(['unreachable']);
      expect(findingsOf(step)[0]!.message).toBe(`127.0.0.1:${hangUp.port} is unreachable: the server closed the connection during the SSH handshake`);
      expect(performance.now() - started).toBeLessThan(15_000);
      expectKeyNeverShown(step, host.clientKey);
    } finally {
      await hangUp.close();
    }
  });
});
