// A real OpenSSH sshd on 127.0.0.1 for the host-canary tests: its own host key,
// sshd_config, authorized_keys and log, all in a temp dir, and a "host" whose
// identity files, sentinel, backups and fake docker/systemctl the remote script reads.
//
// Test-only hooks (set through sshd's SetEnv, so they reach the session exactly as a
// real login environment would):
// - PATH starts with <dir>/bin, where fake `docker` and `systemctl` print output in the
//   formats the real tools produce (see FakeDocker below);
// - DEPLOY_GUARDS_ROOT=<dir>/root: the remote script reads etc/hostname, etc/machine-id
//   and proc/uptime below it instead of the real machine's.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, symlinkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export const SSHD = ['/usr/sbin/sshd', '/usr/local/sbin/sshd'].find((path) => existsSync(path)) ?? 'sshd';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function keygen(path: string, passphrase = '', type = 'ed25519'): void {
  rmSync(path, { force: true });
  rmSync(`${path}.pub`, { force: true });
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', passphrase, '-C', 'deploy-guards-test', '-f', path], { stdio: 'pipe' });
}

/** What `ssh-keygen -lf` prints for a key: "256 SHA256:… comment (ED25519)". */
export function fingerprintLine(publicKeyPath: string): string {
  return execFileSync('ssh-keygen', ['-lf', publicKeyPath], { encoding: 'utf8' }).trim();
}
export function fingerprintOf(publicKeyPath: string): string {
  return fingerprintLine(publicKeyPath).split(' ')[1]!;
}

/** What the remote script and the fakes call besides sh builtins. */
const REMOTE_TOOLS = ['sh', 'cat', 'head', 'uname', 'date', 'stat', 'sort', 'tail', 'timeout', 'sleep', 'touch', 'od', 'tr'];

export interface ContainerSpec {
  service: string;
  status?: 'running' | 'exited' | 'restarting' | 'created';
  exitCode?: number;
  oomKilled?: boolean;
  restartCount?: number;
  /** ISO time; default: two days ago. */
  startedAt?: string;
  health?: 'healthy' | 'unhealthy' | 'starting';
  revision?: string;
  /** HostConfig, as docker inspect prints it (bytes, nano-CPUs, microseconds); default no limits. */
  memory?: number;
  memoryReservation?: number;
  nanoCpus?: number;
  cpuQuota?: number;
  cpuPeriod?: number;
  /** Config.Healthcheck.Test; default none (no HEALTHCHECK in the image, none in compose). */
  healthcheck?: string[];
  /** The com.docker.compose.project.config_files label (comma-separated host paths); default the host's compose.yaml. */
  configFiles?: string;
  /** The com.docker.compose.version label; default 2.29.7. */
  composeVersion?: string;
}

export interface DockerEvent {
  service: string;
  action: 'die' | 'oom' | 'restart' | 'start';
  exitCode?: number;
  /** Seconds before now; default 60. */
  ago?: number;
}

export interface HostOptions {
  passwordAuth?: boolean;
  hostKeyType?: 'ed25519' | 'rsa' | 'ecdsa';
  /** Also give the server an RSA host key (negotiation must still pick the pinned ed25519). */
  extraRsaHostKey?: boolean;
  /** The recommended setup: the key may only run this installed script (`restrict,command="…"`). */
  forcedCommandScript?: string;
  /** sshd's MaxSessions: 0 refuses every session channel (the exec channel open fails) after a good login. */
  maxSessions?: number;
}

/** One sshd and the machine it pretends to be. */
export class SshHost {
  readonly dir = mkdtempSync(join(tmpdir(), 'dg-sshd-'));
  readonly user = userInfo().username;
  readonly root = join(this.dir, 'root');
  readonly bin = join(this.dir, 'bin');
  readonly sentinelPath = join(this.dir, 'data', '.deploy-guards-sentinel');
  readonly backupDir = join(this.dir, 'backups');
  readonly clientKeyPath = join(this.dir, 'client_key');
  readonly encryptedKeyPath = join(this.dir, 'client_key_encrypted');
  readonly keyPassphrase = 'correct horse battery staple';
  readonly logPath = join(this.dir, 'sshd.log');
  /** A file the fake docker touches: proves whether the remote command ran at all. */
  readonly ranMarker = join(this.dir, 'remote-command-ran');
  /** The only system tools the session sees (so "no docker" means none, even where one is installed). */
  readonly tools = join(this.dir, 'tools');
  /** The compose file the containers' labels name by default (on the "host"). */
  readonly composeFile = join(this.dir, 'srv', 'shop', 'compose.yaml');
  port = 0;
  private process?: ChildProcess;
  private readonly options: HostOptions;

  constructor(options: HostOptions = {}) {
    this.options = options;
    for (const dir of [this.root, join(this.root, 'etc'), join(this.root, 'proc'), this.bin, join(this.dir, 'data'), this.backupDir]) mkdirSync(dir, { recursive: true });
    mkdirSync(this.tools);
    for (const tool of REMOTE_TOOLS) {
      const path = ['/usr/bin', '/bin', '/usr/local/bin'].map((dir) => join(dir, tool)).find((candidate) => existsSync(candidate));
      if (path) symlinkSync(path, join(this.tools, tool));
    }
    this.generateHostKeys();
    keygen(this.clientKeyPath);
    keygen(this.encryptedKeyPath, this.keyPassphrase);
    let authorized = readFileSync(`${this.clientKeyPath}.pub`, 'utf8') + readFileSync(`${this.encryptedKeyPath}.pub`, 'utf8');
    if (options.forcedCommandScript !== undefined) {
      const script = join(this.dir, 'host-canary.sh');
      writeFileSync(script, options.forcedCommandScript);
      authorized = authorized.split('\n').filter(Boolean).map((line) => `restrict,command="/bin/sh ${script}" ${line}\n`).join('');
    }
    writeFileSync(join(this.dir, 'authorized_keys'), authorized);
    this.reset();
  }

  /** The healthy host: identity, sentinel, two similar backups, running containers, active units. */
  reset(): void {
    this.setIdentity('db-prod-1', '0f5c3a9e6b1d4e7f8a2b3c4d5e6f7a8b');
    this.setUptimeSeconds(3 * 86_400);
    this.setMemTotal(8 * 1024 ** 3);
    this.writeComposeFile('services:\n  web:\n    image: ghcr.io/acme/web:latest\n  postgres:\n    image: postgres:17\n');
    writeFileSync(this.sentinelPath, 'provisioned 2026-03-01 volume vol-7f3a\n');
    this.writeBackups([{ name: 'pg-2026-11-22T10.sql.gz', bytes: 50_000, ago: 7200 }, { name: 'pg-2026-11-22T11.sql.gz', bytes: 52_000, ago: 3600 }]);
    this.setContainers([{ service: 'web', revision: 'abc1234def' }, { service: 'postgres', revision: 'abc1234def' }], []);
    this.setUnits({ 'docker.service': 'active', 'backup.timer': 'active' });
  }

  get clientKey(): string {
    return readFileSync(this.clientKeyPath, 'utf8');
  }
  get encryptedKey(): string {
    return readFileSync(this.encryptedKeyPath, 'utf8');
  }
  get hostKeyPath(): string {
    return join(this.dir, `ssh_host_${this.options.hostKeyType ?? 'ed25519'}_key`);
  }
  /** The pinned fingerprint, `SHA256:…`. */
  get fingerprint(): string {
    return fingerprintOf(`${this.hostKeyPath}.pub`);
  }

  /** The provider's replacement VM: new host keys (restart to take effect). */
  generateHostKeys(): void {
    keygen(this.hostKeyPath, '', this.options.hostKeyType ?? 'ed25519');
    if (this.options.extraRsaHostKey) keygen(join(this.dir, 'ssh_host_rsa_key'), '', 'rsa');
  }

  setIdentity(hostname: string, machineId: string): void {
    writeFileSync(join(this.root, 'etc', 'hostname'), `${hostname}\n`);
    writeFileSync(join(this.root, 'etc', 'machine-id'), `${machineId}\n`);
  }
  setUptimeSeconds(seconds: number): void {
    writeFileSync(join(this.root, 'proc', 'uptime'), `${seconds.toFixed(2)} ${(seconds * 1.9).toFixed(2)}\n`);
  }
  /** /proc/meminfo's first line: MemTotal in kB. */
  setMemTotal(bytes: number): void {
    writeFileSync(join(this.root, 'proc', 'meminfo'), `MemTotal:       ${Math.round(bytes / 1024)} kB\nMemFree:          812345 kB\n`);
  }

  /** The compose file on the host that the containers were created from (default path: their label). */
  writeComposeFile(text: string, path = this.composeFile): void {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }

  removeSentinel(): void {
    rmSync(this.sentinelPath, { force: true });
  }

  /** Dump files with sizes and ages (seconds before now). */
  writeBackups(files: { name: string; bytes: number; ago: number }[]): void {
    rmSync(this.backupDir, { recursive: true, force: true });
    mkdirSync(this.backupDir, { recursive: true });
    for (const file of files) {
      const path = join(this.backupDir, file.name);
      writeFileSync(path, Buffer.alloc(file.bytes, 0x2d));
      const time = Date.now() / 1000 - file.ago;
      utimesSync(path, time, time);
    }
  }

  /** Fake `docker` printing these containers and events in real docker's formats. */
  setContainers(containers: ContainerSpec[], events: DockerEvent[], { project = 'shop' } = {}): void {
    const inspect = containers.map((spec, index) => dockerInspectEntry({ configFiles: this.composeFile, ...spec }, index, project));
    const now = Math.floor(Date.now() / 1000);
    const eventLines = events.map((event) => JSON.stringify(dockerEventJson(event, containers.findIndex((c) => c.service === event.service), project, now)));
    writeFileSync(join(this.dir, 'docker-inspect.json'), JSON.stringify(inspect, null, 4) + '\n');
    writeFileSync(join(this.dir, 'docker-ps.txt'), inspect.map((entry) => `${entry.Id}\n`).join(''));
    writeFileSync(join(this.dir, 'docker-events.ndjson'), eventLines.map((line) => `${line}\n`).join(''));
    // What `docker inspect --format '{{index .Config.Labels "com.docker.compose.project.config_files"}}'` prints: one line per container.
    writeFileSync(join(this.dir, 'docker-config-files.txt'), inspect.map((entry) => `${entry.Config.Labels['com.docker.compose.project.config_files'] ?? ''}\n`).join(''));
    writeFileSync(join(this.dir, 'docker-args.log'), '');
    const script = `#!/bin/sh
# Fake docker CLI for tests: prints output captured in real docker's formats.
touch '${this.ranMarker}'
echo "$*" >> '${join(this.dir, 'docker-args.log')}'
case "$1" in
  ps) cat '${join(this.dir, 'docker-ps.txt')}' ;;
  inspect)
    if [ "$2" = --format ]; then
      [ "$3" = '{{index .Config.Labels "com.docker.compose.project.config_files"}}' ] || { echo "fake docker: unexpected format $3" >&2; exit 1; }
      cat '${join(this.dir, 'docker-config-files.txt')}'
    else cat '${join(this.dir, 'docker-inspect.json')}'; fi ;;
  events) cat '${join(this.dir, 'docker-events.ndjson')}' ;;
  *) echo "docker: '$1' is not a docker command." >&2; exit 1 ;;
esac
`;
    writeFileSync(join(this.bin, 'docker'), script);
    chmodSync(join(this.bin, 'docker'), 0o755);
  }

  /** A docker that hangs (a wedged daemon): the command timeout must end the run. */
  setHangingDocker(seconds: number): void {
    writeFileSync(join(this.bin, 'docker'), `#!/bin/sh\ntouch '${this.ranMarker}'\nsleep ${seconds}\n`);
    chmodSync(join(this.bin, 'docker'), 0o755);
  }

  /**
   * A docker blocked in a read that never returns (a wedged daemon socket, a hung NFS
   * mount): it opens a FIFO nobody writes. Signals still end it, as they end a real one.
   */
  setBlockingDocker(): void {
    const fifo = join(this.dir, 'never-written.fifo');
    if (!existsSync(fifo)) execFileSync('mkfifo', [fifo]);
    writeFileSync(join(this.bin, 'docker'), `#!/bin/sh\ntouch '${this.ranMarker}'\nread line < '${fifo}'\n`);
    chmodSync(join(this.bin, 'docker'), 0o755);
  }

  /**
   * Processes on the "host" that belong to a canary session: every process sshd started
   * for it carries the session environment (SetEnv DEPLOY_GUARDS_ROOT=<this host's root>).
   */
  sessionProcesses(): { pid: number; command: string }[] {
    const marker = `DEPLOY_GUARDS_ROOT=${this.root}`;
    const found: { pid: number; command: string }[] = [];
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        if (!readFileSync(`/proc/${name}/environ`, 'utf8').split('\0').includes(marker)) continue;
        found.push({ pid: Number(name), command: readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim() });
      } catch {
        // gone, or not ours to read
      }
    }
    return found;
  }

  /** The remote script killed mid-run (the OOM killer, a reboot): sshd reports a signal, no exit code. */
  setKilledDocker(): void {
    writeFileSync(join(this.bin, 'docker'), `#!/bin/sh\ntouch '${this.ranMarker}'\nkill -KILL 0\n`);
    chmodSync(join(this.bin, 'docker'), 0o755);
  }

  /** The inputs of a full healthy check of this host (tests override some). */
  inputs(extra: Record<string, string> = {}): Record<string, string> {
    return {
      host: '127.0.0.1',
      port: String(this.port),
      user: this.user,
      'ssh-key': this.clientKey,
      'host-key-fingerprints': this.fingerprint,
      'expect-hostname': 'db-prod-1',
      'expect-machine-id': '0f5c3a9e6b1d4e7f8a2b3c4d5e6f7a8b',
      'sentinel-file': this.sentinelPath,
      'sentinel-value': 'provisioned 2026-03-01 volume vol-7f3a',
      'min-uptime': '1h',
      containers: 'web\npostgres',
      'compose-project': 'shop',
      'expect-revision': 'abc1234def',
      window: '15m',
      'backup-glob': `${this.backupDir}/*.sql.gz`,
      'backup-max-age': '2h',
      units: 'docker.service, backup.timer',
      ...extra,
    };
  }

  /** No docker on this host. */
  removeDocker(): void {
    rmSync(join(this.bin, 'docker'), { force: true });
  }

  dockerArgs(): string[] {
    const path = join(this.dir, 'docker-args.log');
    return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
  }

  /** Fake `systemctl show -p Id -p LoadState -p ActiveState -p SubState <units>` in systemd's format. */
  setUnits(units: Record<string, 'active' | 'inactive' | 'failed' | 'not-found'>): void {
    const blocks = Object.entries(units).map(([id, state]) => [
      `Id=${id}`,
      `LoadState=${state === 'not-found' ? 'not-found' : 'loaded'}`,
      `ActiveState=${state === 'not-found' ? 'inactive' : state}`,
      `SubState=${state === 'active' ? (id.endsWith('.timer') ? 'waiting' : 'running') : state === 'failed' ? 'failed' : 'dead'}`,
    ].join('\n'));
    writeFileSync(join(this.dir, 'systemctl-show.txt'), blocks.join('\n\n') + '\n');
    const script = `#!/bin/sh
# Fake systemctl for tests (no systemd in the test container): prints \`systemctl show\` output.
[ "$1" = show ] || { echo "Unknown command verb $1." >&2; exit 1; }
cat '${join(this.dir, 'systemctl-show.txt')}'
`;
    writeFileSync(join(this.bin, 'systemctl'), script);
    chmodSync(join(this.bin, 'systemctl'), 0o755);
  }

  private config(): string {
    const hostKeys = [this.hostKeyPath, ...(this.options.extraRsaHostKey ? [join(this.dir, 'ssh_host_rsa_key')] : [])];
    return [
      `Port ${this.port}`,
      'ListenAddress 127.0.0.1',
      ...hostKeys.map((key) => `HostKey ${key}`),
      `PidFile ${join(this.dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(this.dir, 'authorized_keys')}`,
      'StrictModes no',
      'UsePAM no',
      'PubkeyAuthentication yes',
      `PasswordAuthentication ${this.options.passwordAuth ? 'yes' : 'no'}`,
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'UseDNS no',
      'LogLevel DEBUG1',
      'MaxStartups 100',
      ...(this.options.maxSessions !== undefined ? [`MaxSessions ${this.options.maxSessions}`] : []),
      `SetEnv PATH=${this.bin}:${this.tools} DEPLOY_GUARDS_ROOT=${this.root}`,
      '',
    ].join('\n');
  }

  async start(): Promise<this> {
    const pickPort = !this.port;
    for (let attempt = 1; ; attempt++) {
      if (pickPort) this.port = await freePort();
      try {
        return await this.startOnce();
      } catch (error) {
        // Another process may take the free port before sshd binds it: try another one.
        if (!pickPort || attempt === 3 || !/Bind to port|Address already in use/.test(String(error))) throw error;
      }
    }
  }

  private async startOnce(): Promise<this> {
    if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true }); // privilege separation dir
    writeFileSync(join(this.dir, 'sshd_config'), this.config());
    const child = spawn(SSHD, ['-D', '-e', '-f', join(this.dir, 'sshd_config'), '-E', this.logPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    this.process = child;
    const deadline = Date.now() + 20_000;
    while (!(await speaksSsh(this.port))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        const log = existsSync(this.logPath) ? readFileSync(this.logPath, 'utf8') : '';
        throw new Error(`sshd did not start on ${this.port}: ${stderr}${log.slice(-2000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return this;
  }

  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const closed = new Promise((resolve) => child.once('close', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await closed;
    clearTimeout(timer);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  log(): string {
    return existsSync(this.logPath) ? readFileSync(this.logPath, 'utf8') : '';
  }
  /** Connections sshd accepted and exec requests it served, from its debug log. */
  counts(): { connections: number; commands: number; logins: number } {
    const log = this.log();
    return {
      connections: (log.match(/^Connection from 127\.0\.0\.1 port \d+/gm) ?? []).length,
      commands: (log.match(/request exec\b/g) ?? []).length,
      logins: (log.match(/^Accepted publickey for /gm) ?? []).length,
    };
  }
  clearLog(): void {
    writeFileSync(this.logPath, '');
    rmSync(this.ranMarker, { force: true });
  }
  remoteCommandRan(): boolean {
    return existsSync(this.ranMarker);
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** True once something on the port sends an SSH identification line. */
function speaksSsh(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('data', (chunk) => done(chunk.toString().startsWith('SSH-')));
    socket.once('error', () => done(false));
  });
}

/** A server that accepts TCP and never says a word (for the readyTimeout test). */
/** A TCP server that never speaks SSH; `banner`: it says this first; `hangUp`: then it closes the connection. */
export async function silentServer({ hangUp = false, banner = '' } = {}): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    if (banner) socket.write(banner);
    if (hangUp) socket.end(() => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

const IMAGE_ID = 'sha256:5b0cbaa3f6ad3f9c3a7ac1e6a1f6a34b2c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f';

function containerId(index: number): string {
  return (`${(index + 1).toString(16)}e4c3b2a1f0`.repeat(7)).slice(0, 64);
}

/**
 * One element of `docker inspect <container>` (Docker Engine 27 / API 1.47), trimmed of
 * the long HostConfig/GraphDriver/NetworkSettings blocks but with every field in its
 * real place and type, the compose labels docker compose v2 sets, and the image's OCI labels.
 */
function dockerInspectEntry(spec: ContainerSpec, index: number, project: string): Record<string, any> & { Id: string } {
  const status = spec.status ?? 'running';
  // Docker prints RFC 3339 with nanoseconds: 2026-11-20T09:20:11.482913004Z
  const startedAt = spec.startedAt ?? new Date(Date.now() - 2 * 86_400_000).toISOString().replace(/Z$/, '913004Z');
  const name = `${project}-${spec.service}-1`;
  const state: Record<string, unknown> = {
    Status: status,
    Running: status === 'running' || status === 'restarting',
    Paused: false,
    Restarting: status === 'restarting',
    OOMKilled: spec.oomKilled ?? false,
    Dead: false,
    Pid: status === 'running' ? 4242 + index : 0,
    ExitCode: spec.exitCode ?? 0,
    Error: '',
    StartedAt: startedAt,
    FinishedAt: status === 'running' ? '0001-01-01T00:00:00Z' : new Date(Date.now() - 120_000).toISOString(),
  };
  if (spec.health) {
    state.Health = {
      Status: spec.health,
      FailingStreak: spec.health === 'unhealthy' ? 5 : 0,
      Log: [{ Start: new Date(Date.now() - 30_000).toISOString(), End: new Date(Date.now() - 29_000).toISOString(), ExitCode: spec.health === 'unhealthy' ? 1 : 0, Output: spec.health === 'unhealthy' ? 'curl: (7) Failed to connect to localhost port 3000: Connection refused\n' : '' }],
    };
  }
  const labels: Record<string, string> = {
    'com.docker.compose.config-hash': 'b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184',
    'com.docker.compose.container-number': '1',
    'com.docker.compose.depends_on': '',
    'com.docker.compose.image': IMAGE_ID,
    'com.docker.compose.oneoff': 'False',
    'com.docker.compose.project': project,
    'com.docker.compose.project.config_files': spec.configFiles ?? `/srv/${project}/compose.yaml`,
    'com.docker.compose.project.working_dir': `/srv/${project}`,
    'com.docker.compose.service': spec.service,
    'com.docker.compose.version': spec.composeVersion ?? '2.29.7',
    'org.opencontainers.image.created': '2026-11-20T09:14:02Z',
    'org.opencontainers.image.source': 'https://github.com/acme/shop',
  };
  if (spec.revision !== undefined) labels['org.opencontainers.image.revision'] = spec.revision;
  return {
    Id: containerId(index),
    Created: '2026-11-20T09:20:11.482913004Z',
    Path: 'docker-entrypoint.sh',
    Args: ['node', 'server.js'],
    State: state,
    Image: IMAGE_ID,
    ResolvConfPath: `/var/lib/docker/containers/${containerId(index)}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${containerId(index)}/hostname`,
    HostsPath: `/var/lib/docker/containers/${containerId(index)}/hosts`,
    LogPath: `/var/lib/docker/containers/${containerId(index)}/${containerId(index)}-json.log`,
    Name: `/${name}`,
    RestartCount: spec.restartCount ?? 0,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    ExecIDs: null,
    HostConfig: hostConfig(spec, project),
    Mounts: [],
    Config: {
      Hostname: containerId(index).slice(0, 12),
      Domainname: '',
      User: '',
      AttachStdin: false,
      AttachStdout: true,
      AttachStderr: true,
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NODE_VERSION=24.11.1'],
      Cmd: ['node', 'server.js'],
      Image: `ghcr.io/acme/${spec.service}:latest`,
      Volumes: null,
      WorkingDir: '/app',
      Entrypoint: ['docker-entrypoint.sh'],
      OnBuild: null,
      Labels: labels,
      ...(spec.healthcheck ? { Healthcheck: { Test: spec.healthcheck, Interval: 30_000_000_000, Timeout: 5_000_000_000, StartPeriod: 10_000_000_000, Retries: 3 } } : {}),
    },
    NetworkSettings: { Bridge: '', SandboxID: '', Ports: {}, Networks: {} },
  };
}

/**
 * HostConfig of `docker inspect` (Docker Engine 27 / API 1.47), every field in its place:
 * Memory and MemoryReservation in bytes, NanoCpus in 1e-9 CPUs, CpuQuota / CpuPeriod in
 * microseconds (0 = unset). With a memory limit and no swap setting, docker sets
 * MemorySwap to twice the limit (as docker/compose#9902's output shows).
 */
function hostConfig(spec: ContainerSpec, project: string): Record<string, unknown> {
  const memory = spec.memory ?? 0;
  return {
    Binds: null,
    ContainerIDFile: '',
    LogConfig: { Type: 'json-file', Config: {} },
    NetworkMode: `${project}_default`,
    PortBindings: {},
    RestartPolicy: { Name: 'unless-stopped', MaximumRetryCount: 0 },
    AutoRemove: false,
    VolumeDriver: '',
    VolumesFrom: null,
    ConsoleSize: [0, 0],
    CapAdd: null,
    CapDrop: null,
    CgroupnsMode: 'private',
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: [],
    GroupAdd: null,
    IpcMode: 'private',
    Cgroup: '',
    Links: null,
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: false,
    ReadonlyRootfs: false,
    SecurityOpt: null,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: 0,
    Memory: memory,
    NanoCpus: spec.nanoCpus ?? 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: null,
    BlkioDeviceReadBps: null,
    BlkioDeviceWriteBps: null,
    BlkioDeviceReadIOps: null,
    BlkioDeviceWriteIOps: null,
    CpuPeriod: spec.cpuPeriod ?? 0,
    CpuQuota: spec.cpuQuota ?? 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: null,
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: spec.memoryReservation ?? 0,
    MemorySwap: memory > 0 ? memory * 2 : 0,
    MemorySwappiness: null,
    OomKillDisable: false,
    PidsLimit: null,
    Ulimits: null,
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    MaskedPaths: ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware', '/sys/devices/virtual/powercap'],
    ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
  };
}

/** One line of `docker events --format '{{json .}}'` (API 1.47: Type, Action, Actor, scope, time, timeNano; the deprecated status/id/from still present). */
function dockerEventJson(event: DockerEvent, index: number, project: string, now: number): Record<string, unknown> {
  const time = now - (event.ago ?? 60);
  const attributes: Record<string, string> = {
    'com.docker.compose.project': project,
    'com.docker.compose.service': event.service,
    'com.docker.compose.container-number': '1',
    image: `ghcr.io/acme/${event.service}:latest`,
    name: `${project}-${event.service}-1`,
  };
  if (event.action === 'die') {
    attributes.exitCode = String(event.exitCode ?? 1);
    attributes.execDuration = '61';
  }
  const id = containerId(Math.max(index, 0));
  return {
    status: event.action,
    id,
    from: `ghcr.io/acme/${event.service}:latest`,
    Type: 'container',
    Action: event.action,
    Actor: { ID: id, Attributes: attributes },
    scope: 'local',
    time,
    timeNano: time * 1e9 + 123456789,
  };
}
