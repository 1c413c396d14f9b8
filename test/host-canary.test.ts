// host-canary engine units: fingerprints, the remote script run by the real /bin/sh
// (no SSH needed for that), output parsing on hostile input, and the checks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../src/cli/args.ts';
import { parseComposeYaml } from '../src/compose/yaml-file.ts';
import { authFindings, checkHost, sameRevision, type CheckOptions } from '../src/host/checks.ts';
import { describeHostKey, hostKeyAlgorithms, parsePinnedKey, unseenHostKeyAlgorithms } from '../src/host/fingerprints.ts';
import { parseDockerEvents, parseDockerInspect, parseHostFacts, splitSections, type HostFacts } from '../src/host/remote-output.ts';
import { REMOTE_SCRIPT, remoteCommand, remoteStdin } from '../src/host/remote-script.ts';
import { readHostCanarySettings } from '../src/host/settings.ts';
import { exec } from '../src/shared/exec.ts';
import { Inputs } from '../src/shared/inputs.ts';

function keygen(type = 'ed25519'): { pub: string; line: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dg-key-'));
  const path = join(dir, 'key');
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', '', '-f', path]);
  return { pub: readFileSync(`${path}.pub`, 'utf8'), line: execFileSync('ssh-keygen', ['-lf', `${path}.pub`], { encoding: 'utf8' }).trim(), path };
}

describe('fingerprints', () => {
  it.each(['ed25519', 'rsa', 'ecdsa'])('computes what ssh-keygen -lf prints for an %s key', (type) => {
    const key = keygen(type);
    const blob = Buffer.from(key.pub.split(' ')[1]!, 'base64');
    const described = describeHostKey(blob);
    expect(described.fingerprint).toBe(key.line.split(' ')[1]);
    expect(described.algorithm).toBe(key.pub.split(' ')[0]);
    expect(parsePinnedKey(key.line)).toEqual({ fingerprint: described.fingerprint, type: type.toUpperCase() });
  });

  it('accepts a bare fingerprint, with or without padding, and rejects other formats', () => {
    const bare = 'SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s';
    expect(parsePinnedKey(bare)).toEqual({ fingerprint: bare, type: undefined });
    expect(parsePinnedKey(`${bare}=`)).toEqual({ fingerprint: bare, type: undefined });
    expect(parsePinnedKey('MD5:3b:51:8e:9c:02:11:aa:42:7d:e0:6f:21:90:cc:1a:5e')).toMatch(/is an MD5 fingerprint/);
    expect(parsePinnedKey('3b:51:8e:9c:02:11:aa:42:7d:e0:6f:21:90:cc:1a:5e')).toMatch(/is an MD5 fingerprint/);
    expect(parsePinnedKey('SHA256:tooShort')).toMatch(/is not an OpenSSH SHA256 fingerprint/);
    expect(parsePinnedKey('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOqHlbB7Tv')).toMatch(/is not an OpenSSH SHA256 fingerprint/);
  });

  it('offers the pinned key types first, ed25519 first when no type is known', () => {
    expect(hostKeyAlgorithms([{ fingerprint: 'x' }])[0]).toBe('ssh-ed25519');
    expect(hostKeyAlgorithms([{ fingerprint: 'x', type: 'RSA' }]).slice(0, 4)).toEqual(['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa', 'ssh-ed25519']);
    expect(hostKeyAlgorithms([{ fingerprint: 'x', type: 'ECDSA' }, { fingerprint: 'y', type: 'ED25519' }]).slice(0, 4)).toEqual(['ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'ssh-ed25519']);
    expect(new Set(hostKeyAlgorithms([]))).toEqual(new Set(hostKeyAlgorithms([{ fingerprint: 'x', type: 'RSA' }]))); // never narrowed: a replaced host is still seen
  });

  it('asks a retry only for key types the server offers and no handshake presented yet', () => {
    const ed25519 = { fingerprint: 'SHA256:a', algorithm: 'ssh-ed25519' };
    const rsa = { fingerprint: 'SHA256:b', algorithm: 'rsa-sha2-512' };
    const openssh = ['rsa-sha2-512', 'rsa-sha2-256', 'ecdsa-sha2-nistp256', 'ssh-ed25519'];
    expect(unseenHostKeyAlgorithms(openssh, [ed25519])).toEqual(['ecdsa-sha2-nistp256', 'rsa-sha2-512', 'rsa-sha2-256']);
    expect(unseenHostKeyAlgorithms(openssh, [ed25519, rsa])).toEqual(['ecdsa-sha2-nistp256']);
    expect(unseenHostKeyAlgorithms(['ssh-ed25519'], [ed25519])).toEqual([]); // a one-key server: no retry
    expect(unseenHostKeyAlgorithms(['ssh-ed25519', 'ssh-dss'], [ed25519])).toEqual([]); // nothing we would accept
  });
});

/** A host in a temp dir, read by the real remote script under /bin/sh with DEPLOY_GUARDS_ROOT. */
function localHost() {
  const dir = mkdtempSync(join(tmpdir(), 'dg-host-'));
  for (const sub of ['root/etc', 'root/proc', 'backups', 'bin']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'root/etc/hostname'), 'db-prod-1\n');
  writeFileSync(join(dir, 'root/etc/machine-id'), 'abc\n');
  writeFileSync(join(dir, 'root/proc/uptime'), '4242.50 8000.00\n');
  writeFileSync(join(dir, 'sentinel'), 'volume-1\nsecond line\n');
  for (const [name, size, ago] of [['b 1.sql', 100, 300], ['a.sql', 90, 600]] as const) {
    writeFileSync(join(dir, 'backups', name), Buffer.alloc(size));
    const time = Date.now() / 1000 - ago;
    utimesSync(join(dir, 'backups', name), time, time);
  }
  return dir;
}

async function runScript(dir: string, parameters: Partial<Parameters<typeof remoteStdin>[0]> = {}) {
  const nonce = 'n0nce';
  const stdin = remoteStdin({ nonce, sentinelFile: join(dir, 'sentinel'), backupGlob: join(dir, 'backups', '*.sql'), composeProject: '', windowSeconds: 600, units: [], checkContainers: false, ...parameters });
  // Exactly the command string sent over SSH, run by a local /bin/sh.
  const result = await exec('/bin/sh', ['-c', remoteCommand()], { input: stdin, env: { PATH: `${join(dir, 'bin')}:/usr/bin:/bin`, DEPLOY_GUARDS_ROOT: join(dir, 'root') }, timeoutMs: 30_000 });
  return { result, facts: parseHostFacts(result.stdout, nonce) };
}

describe('the remote script (real /bin/sh)', () => {
  it('gathers identity, sentinel and backups (file names with spaces too) and ends with the end marker', async () => {
    const dir = localHost();
    const { result, facts } = await runScript(dir);
    expect(result.code).toBe(0);
    expect(facts).toMatchObject({ hostname: 'db-prod-1', machineId: 'abc', uptimeSeconds: 4242.5, sentinel: { state: 'present', firstLine: 'volume-1' }, complete: true });
    expect(facts.backups.map((b) => [b.path, b.bytes])).toEqual([[join(dir, 'backups', 'a.sql'), 90], [join(dir, 'backups', 'b 1.sql'), 100]]);
    expect(Math.abs(facts.now! - Date.now() / 1000)).toBeLessThan(60);
    expect(facts.units).toBeUndefined();
    expect(facts.containers).toBeUndefined();
  });

  it('treats the parameters as data: a glob with shell syntax runs nothing', async () => {
    const dir = localHost();
    const marker = join(dir, 'pwned');
    const { facts } = await runScript(dir, { backupGlob: `/nonexistent/$(touch ${marker})*;touch ${marker}`, sentinelFile: `/x'; touch ${marker}; '` });
    expect(facts.complete).toBe(true);
    expect(facts.backups).toEqual([]);
    expect(facts.sentinel.state).toBe('absent');
    expect(() => readFileSync(marker)).toThrow();
  });

  it('reports missing docker and systemctl as tool errors, not a crash', async () => {
    const dir = localHost();
    // PATH without docker or systemctl: only the tools the script needs.
    const tools = join(dir, 'tools');
    mkdirSync(tools);
    for (const tool of ['cat', 'head', 'uname', 'date', 'stat', 'sort', 'tail', 'timeout']) execFileSync('ln', ['-s', `/usr/bin/${tool}`, join(tools, tool)]);
    const nonce = 'n1';
    const stdin = remoteStdin({ nonce, sentinelFile: '', backupGlob: '', composeProject: 'shop', windowSeconds: 600, units: ['docker.service'], checkContainers: true });
    const result = await exec('/bin/sh', ['-c', remoteCommand()], { input: stdin, env: { PATH: tools, DEPLOY_GUARDS_ROOT: join(dir, 'root') }, timeoutMs: 30_000 });
    const facts = parseHostFacts(result.stdout, nonce);
    expect(facts.complete).toBe(true);
    expect(facts.units).toEqual({ error: 'systemctl is not installed (or not on the PATH of the SSH user)' });
    expect(facts.containers).toEqual({ error: 'docker is not installed (or not on the PATH of the SSH user)' });
    expect(facts.sentinel.state).toBe('skipped');
  });

  it('is POSIX sh: dash parses it without bashisms', () => {
    expect(() => execFileSync('/bin/sh', ['-n', '-c', REMOTE_SCRIPT])).not.toThrow();
    expect(REMOTE_SCRIPT).not.toMatch(/\[\[|\bfunction\b|\$\{[a-z_]+\/|<<<|\blocal\b/);
  });

  it('refuses a parameter with a newline', () => {
    expect(() => remoteStdin({ nonce: 'n', sentinelFile: '/a\nwindow=1', backupGlob: '', composeProject: '', windowSeconds: 1, units: [], checkContainers: false })).toThrow(/newline/);
  });
});

describe('output parsing', () => {
  it('ignores lines that only look like markers (another nonce) and notices cut-off output', () => {
    const output = ['junk before', '@@dg-abc section hostname', 'real-host', '@@dg-evil section hostname', 'forged', '@@dg-abc section sentinel', 'absent'].join('\n');
    const sections = splitSections(output, 'abc');
    expect(sections.get('hostname')!.text).toBe('real-host\n@@dg-evil section hostname\nforged');
    const facts = parseHostFacts(output, 'abc');
    expect(facts.hostname).toBe('real-host');
    expect(facts.sentinel.state).toBe('absent');
    expect(facts.complete).toBe(false);
  });

  it('turns unparsable docker output into an error, and skips non-JSON event lines', () => {
    const output = ['@@dg-n section docker-ps', 'id1', '@@dg-n rc 0', '@@dg-n section docker-inspect', 'Error response from daemon: permission denied', '@@dg-n rc 1', '@@dg-n section end'].join('\n');
    expect(parseHostFacts(output, 'n').containers).toEqual({ error: 'docker inspect failed (exit 1): Error response from daemon: permission denied' });
    const garbage = ['@@dg-n section docker-ps', 'id1', '@@dg-n rc 0', '@@dg-n section docker-inspect', '{not json', '@@dg-n rc 0', '@@dg-n section end'].join('\n');
    expect(parseHostFacts(garbage, 'n').containers).toMatchObject({ error: expect.any(String) });
    expect(parseDockerEvents('WARNING: something\n{"Type":"container","Action":"die","Actor":{"ID":"x","Attributes":{"com.docker.compose.service":"web","exitCode":"137","name":"shop-web-1"}},"time":100}\n{broken')).toEqual([
      { service: 'web', name: 'shop-web-1', action: 'die', exitCode: 137, time: 100 },
    ]);
  });

  it('reads docker inspect fields, including a zero FinishedAt and no health block', () => {
    const [state] = parseDockerInspect(JSON.stringify([{ Name: '/shop-web-1', RestartCount: 2, State: { Status: 'running', Running: true, Restarting: false, OOMKilled: false, ExitCode: 0, StartedAt: '2026-11-22T10:00:00.123456789Z' }, Config: { Labels: { 'com.docker.compose.service': 'web' } } }]));
    expect(state).toEqual({
      name: 'shop-web-1', service: 'web', status: 'running', running: true, restartCount: 2, oomKilled: false, exitCode: 0, startedAt: Date.parse('2026-11-22T10:00:00.123Z') / 1000, health: undefined, revision: undefined,
      limits: { memory: 0, memoryReservation: 0, nanoCpus: 0, cpuQuota: 0, cpuPeriod: 0 }, hasHealthcheck: false, configFiles: [], composeVersion: undefined,
    });
  });
});

const NO_CHECKS: CheckOptions = { expectHostname: '', expectMachineId: '', sentinelFile: '', sentinelValue: '', minUptimeMs: 0, containers: [], expectRevision: '', windowMs: 600_000, backupGlob: '', backupMaxAgeMs: 0, backupMinRatio: 0.5, units: [], parseCompose: parseComposeYaml };
const FACTS: HostFacts = { now: 10_000, sentinel: { state: 'skipped' }, backups: [], complete: true, composeFiles: new Map() };
/** A container as docker inspect shows it, with a healthcheck and no limits. */
const WEB = { name: 'shop-web-1', service: 'web', status: 'running', running: true, oomKilled: false, exitCode: 0, limits: { memory: 0, memoryReservation: 0, nanoCpus: 0, cpuQuota: 0, cpuPeriod: 0 }, hasHealthcheck: true, configFiles: [] };

describe('checks', () => {
  it('reads the auth methods the server listed after the none probe', () => {
    expect(authFindings(['publickey'])).toEqual([]);
    expect(authFindings(['publickey', 'password']).map((f) => [f.code, f.severity])).toEqual([['password-auth-offered', 'error']]);
    expect(authFindings(['publickey', 'keyboard-interactive']).map((f) => [f.code, f.severity])).toEqual([['password-auth-offered', 'warning']]);
    expect(authFindings(undefined)[0]!.message).toContain('without any credential');
  });


  it('matches revisions by 7+ character prefix only', () => {
    expect(sameRevision('abc1234def', 'abc1234')).toBe(true);
    expect(sameRevision('abc1234', 'abc1234def5678')).toBe(true);
    expect(sameRevision('abc12', 'abc1234')).toBe(false);
    expect(sameRevision('v1.2.3', 'v1.2.3')).toBe(true);
  });

  it('compares the newest backup with the one before it, by time', () => {
    const backups = [{ path: '/b/new', bytes: 10, mtime: 9000 }, { path: '/b/old', bytes: 100, mtime: 8000 }].sort((a, b) => a.mtime - b.mtime);
    const found = checkHost({ ...FACTS, backups }, { ...NO_CHECKS, backupGlob: '/b/*' });
    expect(found.map((f) => f.code)).toEqual(['backup-shrunk']);
    expect(checkHost({ ...FACTS, backups }, { ...NO_CHECKS, backupGlob: '/b/*', backupMinRatio: 0.05 })).toEqual([]);
    expect(checkHost({ ...FACTS, backups: [{ path: '/b/only', bytes: 0, mtime: 9000 }] }, { ...NO_CHECKS, backupGlob: '/b/*' })).toEqual([]);
  });

  it('counts only events inside the window', () => {
    const facts: HostFacts = { ...FACTS, containers: { states: [{ ...WEB, restartCount: 1, startedAt: 1000 }], events: [{ service: 'web', name: 'shop-web-1', action: 'die', exitCode: 1, time: 1000 }] } };
    expect(checkHost(facts, { ...NO_CHECKS, containers: ['web'] })).toEqual([]);
    const recent: HostFacts = { ...facts, containers: { ...(facts.containers as { states: never[]; events: never[] }), events: [{ service: 'web', name: 'shop-web-1', action: 'die', exitCode: 1, time: 9990 }] } };
    expect(checkHost(recent, { ...NO_CHECKS, containers: ['web'] }).map((f) => f.code)).toEqual(['container-restarted']);
    // Without events (docker events unavailable), a restart count plus a start inside the window still counts.
    const restartedOnly: HostFacts = { ...facts, containers: { states: [{ ...WEB, restartCount: 3, startedAt: 9900 }], events: [] } };
    expect(checkHost(restartedOnly, { ...NO_CHECKS, containers: ['web'] }).map((f) => f.message)).toEqual(['service web restarted (RestartCount 3, started 1m40s ago)']);
  });

  it('a compose file the host did not read (a relative label path) is named, never skipped in silence', () => {
    const facts: HostFacts = { ...FACTS, containers: { states: [{ ...WEB, restartCount: 0, startedAt: 1000, configFiles: ['compose.yaml'] }], events: [] } };
    const found = checkHost(facts, { ...NO_CHECKS, containers: ['web'] });
    expect(found.map((f) => [f.code, f.severity])).toEqual([['limit-not-enforced', 'warning']]);
    expect(found[0]!.message).toContain('compose.yaml was not read on the host');
  });
});

describe('settings', () => {
  const key = readFileSync(keygen().path, 'utf8');
  const read = (values: Record<string, string>, masked: string[] = []) =>
    readHostCanarySettings(new Inputs({ get: (name) => values[name] ?? '', mask: (value) => void masked.push(value) }));
  const base = { host: 'db.example.com', user: 'canary', 'ssh-key': key, 'host-key-fingerprints': 'SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s' };

  it('masks the key, each of its lines, and reads defaults', async () => {
    const masked: string[] = [];
    const settings = await read(base, masked);
    expect(masked[0]).toBe(key.trim());
    expect(masked.length).toBeGreaterThan(3);
    expect(settings).toMatchObject({ port: 22, connectTimeoutMs: 20_000, commandTimeoutMs: 60_000, windowMs: 900_000, backupMinRatio: 0.5, fail: true });
  });

  it('parses the key from source under Node itself too, as the bench and a development CLI run it (vitest resolves modules its own way)', () => {
    const script = `
      const { checkPrivateKey } = await import(${JSON.stringify(join(import.meta.dirname, '..', 'src', 'host', 'private-key.ts'))});
      await checkPrivateKey(process.env.KEY, '');
      await checkPrivateKey('-----BEGIN OPENSSH PRIVATE KEY-----\\nbm90IGEga2V5\\n-----END OPENSSH PRIVATE KEY-----\\n', '').catch((error) => console.log(error.message));
    `;
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, KEY: key } });
    expect(printed.trim()).toBe("Input 'ssh-key': could not be read as a private key (Malformed OpenSSH private key). Example: ssh-key: ${{ secrets.CANARY_SSH_KEY }} holding the whole file ssh-keygen wrote");
  });

  it.each([
    [{ host: '' }, "Input 'host': is required"],
    [{ 'host-key-fingerprints': '' }, "Input 'host-key-fingerprints': is required"],
    [{ containers: 'web; rm -rf /' }, "Input 'containers': 'web; rm -rf /' is not a compose service name"],
    [{ units: 'docker.service $(id)' }, "Input 'units': 'docker.service $(id)' is not a systemd unit name"],
    [{ 'sentinel-file': 'data/.sentinel' }, "Input 'sentinel-file': 'data/.sentinel' is not an absolute path"],
    [{ 'backup-min-ratio': '2' }, "Input 'backup-min-ratio': '2' is above the maximum of 1"],
    [{ window: 'soon' }, "Input 'window': 'soon' is not a duration"],
  ])('%o', async (override, message) => {
    await expect(read({ ...base, ...override })).rejects.toThrow(message);
  });
});

describe('CLI flags', () => {
  it('takes a PEM key (which starts with dashes) as the value of --ssh-key', () => {
    const pem = '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----';
    const flags = parseFlags(['--ssh-key', pem, '--host', 'db', '--fail']);
    expect(flags.get('ssh-key')).toBe(pem);
    expect(flags.get('host')).toBe('db');
    expect(flags.get('fail')).toBe('true');
    expect(flags.names).toEqual(['ssh-key', 'host', 'fail']);
  });
});
