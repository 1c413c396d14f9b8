import { InputError } from '../shared/errors.ts';
import { MAX_LOOK_BACK_MS, type Inputs } from '../shared/inputs.ts';
import { parsePinnedKey, type PinnedKey } from './fingerprints.ts';
import { checkPrivateKey } from './private-key.ts';

export interface HostCanarySettings {
  host: string;
  port: number;
  user: string;
  /** Held in memory only; masked by the input reader. */
  privateKey: string;
  passphrase: string;
  pins: PinnedKey[];
  connectTimeoutMs: number;
  commandTimeoutMs: number;
  expectHostname: string;
  expectMachineId: string;
  sentinelFile: string;
  sentinelValue: string;
  minUptimeMs: number;
  containers: string[];
  composeProject: string;
  expectRevision: string;
  windowMs: number;
  backupGlob: string;
  backupMaxAgeMs: number;
  backupMinRatio: number;
  units: string[];
  /** Local compose files declaring the services' limits, as given (relative to the working directory); empty = the files the containers' labels name, read on the host. */
  composeFiles: string[];
  fail: boolean;
}

const SERVICE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const UNIT = /^[A-Za-z0-9@._:\\-]+$/;

function noNewline(name: string, value: string, example: string): string {
  if (/[\r\n\0]/.test(value)) throw new InputError(name, 'must be a single line', example);
  return value;
}

/** Every host-canary input, validated; shared by the action and the CLI. */
export async function readHostCanarySettings(inputs: Inputs): Promise<HostCanarySettings> {
  const privateKey = inputs.secret('ssh-key');
  const passphrase = inputs.secret('ssh-passphrase');
  // The runner masks a multi-line secret as a whole; mask each key line too, so no single line can leak.
  for (const line of privateKey.split(/\r?\n/)) if (line.trim().length >= 8 && !line.startsWith('-----')) inputs.source.mask(line.trim());
  const host = inputs.required('host', 'host: db-prod-1.example.com');
  if (/\s|\//.test(host)) throw new InputError('host', `'${host}' is not a host name or address`, 'host: 203.0.113.10');
  const port = inputs.integer('port', 22, { min: 1, max: 65535, example: '22' })!;
  const user = inputs.required('user', 'user: canary');
  if (!/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(user)) throw new InputError('user', `'${user}' is not a user name`, 'user: canary');

  const pinLines = inputs.list('host-key-fingerprints');
  if (pinLines.length === 0) throw new InputError('host-key-fingerprints', 'is required: the canary only talks to a host whose key it knows', "host-key-fingerprints: SHA256:… (from 'ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub' on the host)");
  const pins = pinLines.map((line) => {
    const pin = parsePinnedKey(line);
    if (typeof pin === 'string') throw new InputError('host-key-fingerprints', pin, "host-key-fingerprints: 'SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s' (one per line, as ssh-keygen -lf prints)");
    return pin;
  });
  if (privateKey === '') throw new InputError('ssh-key', 'is required', 'ssh-key: ${{ secrets.CANARY_SSH_KEY }}');
  await checkPrivateKey(privateKey, passphrase);

  const containers = inputs.list('containers', { splitCommas: true });
  for (const service of containers) if (!SERVICE.test(service)) throw new InputError('containers', `'${service}' is not a compose service name`, 'containers: web, worker, postgres');
  const composeProject = inputs.string('compose-project');
  if (composeProject && !SERVICE.test(composeProject)) throw new InputError('compose-project', `'${composeProject}' is not a compose project name`, 'compose-project: shop');
  const units = inputs.list('units', { splitCommas: true });
  for (const unit of units) if (!UNIT.test(unit)) throw new InputError('units', `'${unit}' is not a systemd unit name`, 'units: docker.service, pg-backup.timer');

  const sentinelFile = noNewline('sentinel-file', inputs.string('sentinel-file'), 'sentinel-file: /srv/data/.deploy-guards-sentinel');
  if (sentinelFile && !sentinelFile.startsWith('/')) throw new InputError('sentinel-file', `'${sentinelFile}' is not an absolute path`, 'sentinel-file: /srv/data/.deploy-guards-sentinel');
  const backupGlob = noNewline('backup-glob', inputs.string('backup-glob'), "backup-glob: '/var/backups/postgres/*.sql.gz'");
  if (backupGlob && !backupGlob.startsWith('/')) throw new InputError('backup-glob', `'${backupGlob}' is not an absolute path pattern`, "backup-glob: '/var/backups/postgres/*.sql.gz'");

  return {
    host,
    port,
    user,
    privateKey,
    passphrase,
    pins,
    connectTimeoutMs: inputs.durationMs('connect-timeout', '20s', { min: 100, max: 10 * 60_000 }),
    commandTimeoutMs: inputs.durationMs('command-timeout', '60s', { min: 100, max: 60 * 60_000 }),
    expectHostname: noNewline('expect-hostname', inputs.string('expect-hostname'), 'expect-hostname: db-prod-1'),
    expectMachineId: noNewline('expect-machine-id', inputs.string('expect-machine-id'), 'expect-machine-id: 0f5c3a9e6b1d4e7f8a2b3c4d5e6f7a8b'),
    sentinelFile,
    sentinelValue: noNewline('sentinel-value', inputs.string('sentinel-value'), 'sentinel-value: provisioned-2026-03-01'),
    minUptimeMs: inputs.durationMs('min-uptime', '0s', { max: MAX_LOOK_BACK_MS }),
    containers,
    composeProject,
    expectRevision: inputs.string('expect-revision'),
    windowMs: inputs.durationMs('window', '15m', { min: 1000, max: MAX_LOOK_BACK_MS }),
    backupGlob,
    backupMaxAgeMs: inputs.durationMs('backup-max-age', '0s', { max: MAX_LOOK_BACK_MS }),
    backupMinRatio: inputs.number('backup-min-ratio', 0.5, { min: 0, max: 1, example: '0.5' }),
    units,
    composeFiles: inputs.list('compose-files'),
    fail: inputs.boolean('fail', true),
  };
}
