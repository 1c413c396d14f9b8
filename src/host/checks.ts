import { formatDuration } from '../shared/duration.ts';
import type { Finding, Severity } from '../shared/findings.ts';
import { bytesText, composeVersion, declaredLimitsOrError, effectiveCpus, olderThan, type ComposeParser, type ComposeText, type Declared } from './limits.ts';
import type { ContainerEvent, ContainerState, HostFacts } from './remote-output.ts';

/** The finding codes of DESIGN.md, with the severity each carries. */
export const FINDING_SEVERITY = {
  'unreachable': 'error',
  'auth-failed': 'error',
  'host-key-mismatch': 'error',
  'password-auth-offered': 'error',
  'hostname-changed': 'error',
  'machine-id-changed': 'error',
  'sentinel-missing': 'error',
  'sentinel-mismatch': 'error',
  'rebooted': 'warning',
  'container-missing': 'error',
  'container-not-running': 'error',
  'container-restarted': 'error',
  'container-oom': 'error',
  'container-killed': 'error',
  'container-unhealthy': 'error',
  'revision-mismatch': 'error',
  'limit-not-enforced': 'error',
  'no-memory-limit': 'notice',
  'backup-missing': 'error',
  'backup-stale': 'error',
  'backup-shrunk': 'error',
  'unit-inactive': 'error',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export interface HostFinding extends Finding {
  code: FindingCode;
  severity: Severity;
}

export function finding(code: FindingCode, message: string, severity: Severity = FINDING_SEVERITY[code]): HostFinding {
  return { code, severity, message, title: code };
}

export interface CheckOptions {
  expectHostname: string;
  expectMachineId: string;
  sentinelFile: string;
  sentinelValue: string;
  minUptimeMs: number;
  containers: readonly string[];
  expectRevision: string;
  windowMs: number;
  backupGlob: string;
  backupMaxAgeMs: number;
  backupMinRatio: number;
  units: readonly string[];
  /** Compose files given to the canary (read in the workflow): the declared limits. Empty = the files the containers' labels name, read on the host. */
  composeFiles?: readonly ComposeText[];
  /** Reads the declared limits out of those files. */
  parseCompose: ComposeParser;
}

/** A host this small is brought down by one container without a memory limit (incident 7: a 2 GB VM). */
export const SMALL_HOST_BYTES = 4 * 1024 ** 3;

/** Password (or keyboard-interactive, which is how PAM asks for one) offered, or no credential needed at all. */
export function authFindings(methods: string[] | undefined): HostFinding[] {
  if (methods === undefined) return [finding('password-auth-offered', 'the server let the canary log in without any credential (auth method "none" accepted)')];
  const found: HostFinding[] = [];
  if (methods.includes('password')) found.push(finding('password-auth-offered', `the server offers password login (methods: ${methods.join(', ')}); a replaced VM often comes back with it enabled`));
  else if (methods.includes('keyboard-interactive')) found.push(finding('password-auth-offered', `the server offers keyboard-interactive login, which usually prompts for a password (methods: ${methods.join(', ')})`, 'warning'));
  return found;
}

const ago = (seconds: number) => `${formatDuration(Math.max(0, seconds) * 1000)} ago`;

/** A revision matches when equal, or when one is a 7+ character prefix of the other (short SHAs). */
export function sameRevision(actual: string, expected: string): boolean {
  const a = actual.trim().toLowerCase();
  const b = expected.trim().toLowerCase();
  if (a === b) return true;
  const shorter = a.length < b.length ? a : b;
  return shorter.length >= 7 && (a.startsWith(b) || b.startsWith(a));
}

function containerFindings(service: string, states: ContainerState[], events: ContainerEvent[], facts: HostFacts, options: CheckOptions): HostFinding[] {
  const found: HostFinding[] = [];
  const now = facts.now ?? Date.now() / 1000;
  const windowStart = now - options.windowMs / 1000;
  const window = formatDuration(options.windowMs);
  if (states.length === 0) return [finding('container-missing', `service ${service}: no container (compose did not create it, or it was removed)`)];
  const mine = events.filter((event) => event.service === service && event.time >= windowStart);
  const deaths = mine.filter((event) => event.action === 'die');
  const ooms = mine.filter((event) => event.action === 'oom');
  const kills = deaths.filter((event) => event.exitCode === 137);

  for (const state of states) {
    const label = states.length > 1 ? `service ${service} (${state.name})` : `service ${service}`;
    if (!state.running) found.push(finding('container-not-running', `${label} is ${state.status} (exit code ${state.exitCode})`));
    if (state.health === 'unhealthy') found.push(finding('container-unhealthy', `${label} is unhealthy (its HEALTHCHECK fails)`));
    if (state.oomKilled) found.push(finding('container-oom', `${label} was OOM-killed (State.OOMKilled; last exit code ${state.exitCode})`));
    else if (!state.running && state.exitCode === 137) found.push(finding('container-killed', `${label} exited with 137 (SIGKILL: the OOM killer or a hard stop)`));
    const startedRecently = state.startedAt !== undefined && state.startedAt >= windowStart;
    if (state.restartCount > 0 && startedRecently && deaths.length === 0) {
      found.push(finding('container-restarted', `${label} restarted (RestartCount ${state.restartCount}, started ${ago(now - state.startedAt!)})${noHealthcheck(state)}`));
    }
    if (options.expectRevision) {
      if (state.revision === undefined || state.revision === '') found.push(finding('revision-mismatch', `${label}: image has no org.opencontainers.image.revision label (expected ${options.expectRevision.slice(0, 12)})`));
      else if (!sameRevision(state.revision, options.expectRevision)) found.push(finding('revision-mismatch', `${label} runs revision ${state.revision.slice(0, 12)}, expected ${options.expectRevision.slice(0, 12)}`));
    }
  }
  if (deaths.length > 0) {
    const restartCount = Math.max(...states.map((state) => state.restartCount));
    const codes = [...new Set(deaths.map((event) => event.exitCode).filter((code) => code !== undefined))];
    found.push(finding('container-restarted', `service ${service} died ${deaths.length} time${deaths.length === 1 ? '' : 's'} in the last ${window} (exit codes ${codes.join(', ') || 'unknown'}; RestartCount ${restartCount})${states.every((state) => !state.hasHealthcheck) ? noHealthcheck(states[0]!) : ''}`));
  }
  if (ooms.length > 0 && !found.some((item) => item.code === 'container-oom')) {
    found.push(finding('container-oom', `service ${service} hit its memory limit ${ooms.length} time${ooms.length === 1 ? '' : 's'} in the last ${window} (docker oom events)`));
  }
  if (kills.length > 0 && !found.some((item) => item.code === 'container-killed')) {
    found.push(finding('container-killed', `service ${service} was killed (exit 137) ${kills.length} time${kills.length === 1 ? '' : 's'} in the last ${window}, likely by the OOM killer`));
  }
  for (const state of states) found.push(...limitFindings(service, state, states.length > 1 ? `service ${service} (${state.name})` : `service ${service}`, facts, options));
  return found;
}

/** Said of a container that restarts: without a healthcheck nothing else tells a wedged process from a working one. */
function noHealthcheck(state: ContainerState): string {
  return state.hasHealthcheck ? '' : '; it has no healthcheck, so a restart is the only sign docker gives of it failing';
}

/**
 * The limits the kernel enforces (HostConfig) against what the compose project declares:
 * `limit-not-enforced` when they differ (memory limit: error; reservation and CPU:
 * warning), and a notice for no memory limit at all on a small host.
 */
function limitFindings(service: string, state: ContainerState, label: string, facts: HostFacts, options: CheckOptions): HostFinding[] {
  const found: HostFinding[] = [];
  const effective = state.limits;
  const local = options.composeFiles ?? [];
  let sources: ComposeText[] = [...local];
  const unread: string[] = [];
  if (local.length === 0) {
    for (const file of state.configFiles) {
      const read = facts.composeFiles.get(file);
      if (read && 'text' in read) sources.push({ file, text: read.text });
      else if (read) unread.push(`${file} ${read.error}`);
      else unread.push(`${file} was not read on the host (it reads absolute .yml/.yaml paths only, the first 20)`);
    }
  }
  const declared = sources.length > 0 ? declaredLimitsOrError(sources, service, options.parseCompose) : undefined;
  if (unread.length > 0) found.push(finding('limit-not-enforced', `${label}: the compose file${unread.length === 1 ? '' : 's'} it was created from could not be read (${unread.join('; ')}), so its declared limits are not judged`, 'warning'));
  if (declared && 'error' in declared) {
    found.push(finding('limit-not-enforced', `${label}: declared limits not judged: ${declared.error}`, 'warning'));
  } else if (declared) {
    if (declared.notJudged.length > 0) found.push(finding('limit-not-enforced', `${label}: not judged: ${declared.notJudged.join('; ')}`, 'notice'));
    const version = composeVersion(state.composeVersion);
    const createdBy = state.composeVersion ? `; created by Compose ${state.composeVersion}` : '';
    const recreate = `recreate it with a current Compose (docker compose up -d --force-recreate ${service})`;
    const memory = declared.memory;
    if (memory && memory.value !== effective.memory) {
      const why = effective.memory === 0 && version && version[0] === 1 && memory.key.startsWith('deploy.')
        ? 'docker-compose v1 before 1.27.0 applies deploy.resources only with --compatibility'
        : effective.memory === 0 ? 'it was created without it' : 'it was created from other settings';
      found.push(finding('limit-not-enforced', `${label} declares a memory limit of ${bytesText(memory.value)} (${place(memory)}) but the kernel enforces ${effective.memory === 0 ? 'none' : bytesText(effective.memory)} (HostConfig.Memory ${effective.memory})${createdBy}: ${why}; ${recreate}`));
    }
    const reservation = declared.memoryReservation;
    if (reservation && reservation.value !== effective.memoryReservation) {
      const why = effective.memoryReservation === 0 && reservation.key.startsWith('deploy.') && (olderThan(version, [2, 13, 0]))
        ? 'Compose before v2.13.0 ignored deploy.resources.reservations.memory (docker/compose#9902, #10046)'
        : 'it was created from other settings';
      found.push(finding('limit-not-enforced', `${label} declares a memory reservation of ${bytesText(reservation.value)} (${place(reservation)}) but has ${bytesText(effective.memoryReservation)} (HostConfig.MemoryReservation ${effective.memoryReservation})${createdBy}: ${why}; ${recreate}`, 'warning'));
    }
    const cpus = declared.cpus;
    const quota = declared.cpuQuota;
    const actualCpus = effectiveCpus(effective);
    if (cpus && Math.abs(cpus.value - actualCpus) > 0.001) {
      const why = actualCpus === 0 && cpus.key === 'cpus' && olderThan(version, [2, 14, 2]) ? 'Compose before v2.14.2 set the service-level cpus as CpuPercent, which Linux ignores'
        : actualCpus === 0 && cpus.key.startsWith('deploy.') && olderThan(version, [2, 6, 1]) && !Number.isInteger(cpus.value) ? 'Compose before v2.6.1 dropped a fractional deploy.resources.limits.cpus'
        : 'it was created from other settings';
      found.push(finding('limit-not-enforced', `${label} declares ${cpus.value} CPUs (${place(cpus)}) but the kernel enforces ${actualCpus === 0 ? 'no CPU limit' : `${Number(actualCpus.toFixed(3))} CPUs`} (HostConfig.NanoCpus ${effective.nanoCpus}, CpuQuota ${effective.cpuQuota}, CpuPeriod ${effective.cpuPeriod})${createdBy}: ${why}; ${recreate}`, 'warning'));
    } else if (!cpus && quota && quota.value !== effective.cpuQuota) {
      found.push(finding('limit-not-enforced', `${label} declares cpu_quota ${quota.value} (${place(quota)}) but has CpuQuota ${effective.cpuQuota}${createdBy}; ${recreate}`, 'warning'));
    }
  }
  const limited = effective.memory > 0 || (declared !== undefined && !('error' in declared) && declared.memory !== undefined);
  if (!limited && facts.memTotalBytes !== undefined && facts.memTotalBytes <= SMALL_HOST_BYTES) {
    found.push(finding('no-memory-limit', `${label} has no memory limit on a host with ${bytesText(Math.round(facts.memTotalBytes / 1024 ** 2) * 1024 ** 2)} of memory: one leak in it can take the whole host down (the OOM killer picks any process); set deploy.resources.limits.memory`));
  }
  return found;
}

function place(declared: Declared): string {
  return `${declared.key}, ${declared.file}:${declared.line}`;
}

/** Everything the facts say is wrong with the host, in the order a reader scans it: identity, data, containers, units. */
export function checkHost(facts: HostFacts, options: CheckOptions): HostFinding[] {
  const found: HostFinding[] = [];
  const now = facts.now ?? Date.now() / 1000;

  if (options.expectHostname && facts.hostname !== options.expectHostname) {
    found.push(finding('hostname-changed', `hostname is ${facts.hostname ?? '(unknown)'}, expected ${options.expectHostname}`));
  }
  if (options.expectMachineId && facts.machineId?.toLowerCase() !== options.expectMachineId.toLowerCase()) {
    found.push(finding('machine-id-changed', `machine-id is ${facts.machineId ?? '(unreadable)'}, expected ${options.expectMachineId}: this is a different machine (or a reinstalled one)`));
  }
  if (options.sentinelFile) {
    if (facts.sentinel.state === 'absent') found.push(finding('sentinel-missing', `sentinel file ${options.sentinelFile} is gone: the data volume was wiped or replaced`));
    else if (facts.sentinel.state === 'unreadable') found.push(finding('sentinel-missing', `sentinel file ${options.sentinelFile} exists but the SSH user cannot read it`, 'warning'));
    else if (facts.sentinel.state === 'present' && options.sentinelValue && facts.sentinel.firstLine !== options.sentinelValue) {
      found.push(finding('sentinel-mismatch', `sentinel file ${options.sentinelFile} does not hold the expected value (another volume, or re-provisioned)`));
    }
  }
  if (options.minUptimeMs > 0 && facts.uptimeSeconds !== undefined && facts.uptimeSeconds * 1000 < options.minUptimeMs) {
    found.push(finding('rebooted', `host booted ${ago(facts.uptimeSeconds)} (uptime under min-uptime ${formatDuration(options.minUptimeMs)})`));
  }

  if (options.backupGlob) {
    const newest = facts.backups.at(-1);
    const previous = facts.backups.at(-2);
    if (!newest) found.push(finding('backup-missing', `no backup matches ${options.backupGlob}`));
    else {
      const age = now - newest.mtime;
      if (options.backupMaxAgeMs > 0 && age * 1000 > options.backupMaxAgeMs) {
        found.push(finding('backup-stale', `newest backup ${newest.path} was written ${ago(age)}, over backup-max-age ${formatDuration(options.backupMaxAgeMs)}`));
      }
      if (previous && options.backupMinRatio > 0 && newest.bytes < previous.bytes * options.backupMinRatio) {
        const ratio = previous.bytes === 0 ? 0 : newest.bytes / previous.bytes;
        found.push(finding('backup-shrunk', `newest backup ${newest.path} is ${newest.bytes} bytes, ${(ratio * 100).toFixed(ratio < 0.01 ? 2 : 0)}% of the previous ${previous.path} (${previous.bytes} bytes; backup-min-ratio ${options.backupMinRatio})`));
      }
    }
  }

  if (options.containers.length > 0) {
    const containers = facts.containers;
    if (!containers) found.push(finding('container-missing', 'the remote checks did not report containers (output cut off?)'));
    else if ('error' in containers) found.push(finding('container-missing', `cannot list containers: ${containers.error}`));
    else {
      for (const service of options.containers) {
        const states = containers.states.filter((state) => state.service === service);
        found.push(...containerFindings(service, states, containers.events, facts, options));
      }
      if (containers.eventsError) found.push(finding('container-restarted', `cannot read docker events, so restarts within the window are unknown: ${containers.eventsError}`, 'warning'));
    }
  }

  if (options.units.length > 0) {
    const units = facts.units;
    if (!units) found.push(finding('unit-inactive', 'the remote checks did not report systemd units (output cut off?)'));
    else if ('error' in units) found.push(finding('unit-inactive', `cannot read unit states: ${units.error}`));
    else {
      for (const name of options.units) {
        const unit = units.states.find((state) => state.id === name || state.id === `${name}.service`);
        if (!unit || unit.loadState === 'not-found') found.push(finding('unit-inactive', `unit ${name} does not exist on the host`));
        else if (unit.activeState !== 'active') found.push(finding('unit-inactive', `unit ${name} is ${unit.activeState}${unit.subState ? ` (${unit.subState})` : ''}`));
      }
    }
  }
  return found;
}
