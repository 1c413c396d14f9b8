/** Parses what the remote script printed into typed facts; anything odd becomes a note, never a crash. */
import type { EffectiveLimits } from './limits.ts';

export interface Section {
  text: string;
  /** Exit code of the tool the section ran, when it ran one. */
  rc?: number;
}

export interface ContainerState {
  name: string;
  service: string;
  status: string;
  running: boolean;
  restartCount: number;
  oomKilled: boolean;
  exitCode: number;
  startedAt?: number;
  health?: string;
  revision?: string;
  /** HostConfig: what the kernel enforces (0 = none). */
  limits: EffectiveLimits;
  /** Config.Healthcheck has a test (the image's HEALTHCHECK or the compose healthcheck), not NONE. */
  hasHealthcheck: boolean;
  /** com.docker.compose.project.config_files: the compose files (on the host) it was created from. */
  configFiles: string[];
  /** com.docker.compose.version: the Compose that created it. */
  composeVersion?: string;
}

export interface ContainerEvent {
  service: string;
  name: string;
  action: string;
  exitCode?: number;
  time: number;
}

export interface UnitState {
  id: string;
  loadState: string;
  activeState: string;
  subState: string;
}

export interface BackupFile {
  path: string;
  bytes: number;
  mtime: number;
}

export interface HostFacts {
  /** Seconds since the epoch on the host (ages are computed with the host's clock). */
  now?: number;
  hostname?: string;
  machineId?: string;
  uptimeSeconds?: number;
  sentinel: { state: 'skipped' | 'absent' | 'unreadable' | 'present'; firstLine?: string };
  backups: BackupFile[];
  /** undefined: not asked; otherwise the units or why they could not be read. */
  units?: { states: UnitState[] } | { error: string };
  containers?: { states: ContainerState[]; events: ContainerEvent[]; eventsError?: string } | { error: string };
  /** MemTotal of /proc/meminfo, bytes. */
  memTotalBytes?: number;
  /** The compose files the containers' labels name, as read on the host (text), or why not. */
  composeFiles: Map<string, { text: string } | { error: string }>;
  /** The output ended with the end marker (not cut off). */
  complete: boolean;
}

/** Splits the output at `@@dg-<nonce> section|rc` lines; text outside sections is ignored. */
export function splitSections(output: string, nonce: string): Map<string, Section> {
  const sections = new Map<string, Section>();
  const marker = `@@dg-${nonce} `;
  let current: { name: string; lines: string[]; rc?: number } | undefined;
  const close = () => {
    if (current) sections.set(current.name, { text: current.lines.join('\n').replace(/^\n+|\n+$/g, ''), rc: current.rc });
  };
  for (const line of output.split('\n')) {
    if (line.startsWith(marker)) {
      const [kind, value = ''] = line.slice(marker.length).split(' ', 2);
      if (kind === 'section') {
        close();
        current = { name: value, lines: [] };
      } else if (kind === 'rc' && current) {
        current.rc = Number(value);
      }
      continue;
    }
    current?.lines.push(line);
  }
  close();
  return sections;
}

const toNumber = (text: string | undefined): number | undefined => {
  const value = Number.parseFloat(text ?? '');
  return Number.isFinite(value) ? value : undefined;
};

function firstLine(section: Section | undefined): string | undefined {
  const line = section?.text.split('\n').find((candidate) => candidate.trim() !== '')?.trim();
  return line === undefined || line === '' ? undefined : line;
}

/** A tool's failure in one line: its first line of output, or the exit code. */
function toolError(tool: string, section: Section): string {
  const line = firstLine(section);
  if (section.rc === 127) return `${tool} is not installed (or not on the PATH of the SSH user)`;
  return `${tool} failed (exit ${section.rc})${line ? `: ${line.slice(0, 200)}` : ''}`;
}

export function parseUnits(text: string): UnitState[] {
  return text.split(/\n\s*\n/).map((block) => {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) fields.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    return { id: fields.get('Id') ?? '', loadState: fields.get('LoadState') ?? '', activeState: fields.get('ActiveState') ?? '', subState: fields.get('SubState') ?? '' };
  }).filter((unit) => unit.id !== '');
}

const timeOf = (text: unknown): number | undefined => {
  if (typeof text !== 'string' || text.startsWith('0001-')) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms / 1000 : undefined;
};

/** `docker inspect` output: a JSON array of containers. */
export function parseDockerInspect(text: string): ContainerState[] {
  const start = text.indexOf('[');
  const parsed = JSON.parse(start >= 0 ? text.slice(start) : text) as unknown;
  if (!Array.isArray(parsed)) throw new Error('docker inspect did not print a JSON array');
  return parsed.map((entry: any) => {
    const labels: Record<string, string> = entry?.Config?.Labels ?? {};
    const state = entry?.State ?? {};
    return {
      name: String(entry?.Name ?? '').replace(/^\//, ''),
      service: labels['com.docker.compose.service'] ?? String(entry?.Name ?? '').replace(/^\//, ''),
      status: String(state.Status ?? 'unknown'),
      running: state.Running === true && state.Restarting !== true,
      restartCount: Number(entry?.RestartCount ?? 0) || 0,
      oomKilled: state.OOMKilled === true,
      exitCode: Number(state.ExitCode ?? 0) || 0,
      startedAt: timeOf(state.StartedAt),
      health: typeof state.Health?.Status === 'string' ? state.Health.Status : undefined,
      revision: labels['org.opencontainers.image.revision'],
      limits: {
        memory: count(entry?.HostConfig?.Memory),
        memoryReservation: count(entry?.HostConfig?.MemoryReservation),
        nanoCpus: count(entry?.HostConfig?.NanoCpus),
        cpuQuota: count(entry?.HostConfig?.CpuQuota),
        cpuPeriod: count(entry?.HostConfig?.CpuPeriod),
      },
      hasHealthcheck: hasHealthcheck(entry?.Config?.Healthcheck),
      configFiles: (labels['com.docker.compose.project.config_files'] ?? '').split(',').filter((file) => file !== ''),
      composeVersion: labels['com.docker.compose.version'],
    };
  });
}

/** A non-negative integer field of docker's JSON; anything else is 0 (unset). */
function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** `{"Test": ["CMD-SHELL", "curl …"]}` is a healthcheck; none, an empty test or `["NONE"]` is not. */
function hasHealthcheck(config: unknown): boolean {
  const test = (config as { Test?: unknown } | undefined)?.Test;
  return Array.isArray(test) && test.length > 0 && test[0] !== 'NONE';
}

/** `docker events --format '{{json .}}'`: one JSON object per line; unparsable lines are skipped. */
export function parseDockerEvents(text: string): ContainerEvent[] {
  const events: ContainerEvent[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    try {
      const event = JSON.parse(line) as any;
      const attributes: Record<string, string> = event?.Actor?.Attributes ?? {};
      const action = String(event?.Action ?? event?.status ?? '');
      const exitCode = attributes.exitCode === undefined ? undefined : Number(attributes.exitCode);
      events.push({
        service: attributes['com.docker.compose.service'] ?? attributes.name ?? '',
        name: attributes.name ?? '',
        // Newer engines report "health_status: unhealthy" style actions; keep the verb.
        action: action.split(':')[0]!.trim(),
        exitCode: Number.isFinite(exitCode) ? exitCode : undefined,
        time: Number(event?.time ?? 0),
      });
    } catch {
      // a line the engine printed that is not an event (a warning): not ours to judge
    }
  }
  return events;
}

/** `MemTotal:  2014036 kB` → bytes. */
function memTotal(text: string | undefined): number | undefined {
  const match = /^MemTotal:\s*(\d+)\s*kB/m.exec(text ?? '');
  return match ? Number(match[1]) * 1024 : undefined;
}

export function parseHostFacts(output: string, nonce: string): HostFacts {
  const sections = splitSections(output, nonce);
  const uptime = firstLine(sections.get('uptime'))?.split(/\s+/)[0];
  const sentinelLines = sections.get('sentinel')?.text.split('\n') ?? [];
  const sentinelState = sentinelLines[0]?.trim();
  const facts: HostFacts = {
    now: toNumber(firstLine(sections.get('now'))),
    hostname: firstLine(sections.get('hostname')),
    machineId: firstLine(sections.get('machine-id')),
    uptimeSeconds: toNumber(uptime),
    sentinel: {
      state: sentinelState === 'present' || sentinelState === 'absent' || sentinelState === 'unreadable' ? sentinelState : 'skipped',
      firstLine: sentinelState === 'present' ? (sentinelLines[1] ?? '').trim() : undefined,
    },
    backups: [],
    complete: sections.has('end'),
    memTotalBytes: memTotal(sections.get('meminfo')?.text),
    composeFiles: new Map(),
  };
  // compose-file-<n>: the path in hex on the first line (a path may hold any byte), then the file.
  for (const [name, section] of sections) {
    if (!name.startsWith('compose-file-')) continue;
    const newline = section.text.indexOf('\n');
    const hex = (newline < 0 ? section.text : section.text.slice(0, newline)).trim();
    if (!/^(?:[0-9a-f]{2})+$/.test(hex)) continue;
    const path = Buffer.from(hex, 'hex').toString('utf8');
    const text = newline < 0 ? '' : section.text.slice(newline + 1);
    facts.composeFiles.set(path, section.rc === 0 ? (Buffer.byteLength(text) > 1024 * 1024 ? { error: 'is over 1 MB' } : { text }) : { error: 'cannot be read by the SSH user' });
  }

  for (const line of sections.get('backups')?.text.split('\n') ?? []) {
    const match = /^(\d+) (\d+) (.+)$/.exec(line);
    if (match) facts.backups.push({ mtime: Number(match[1]), bytes: Number(match[2]), path: match[3]! });
  }
  facts.backups.sort((a, b) => a.mtime - b.mtime || a.path.localeCompare(b.path));

  const units = sections.get('units');
  if (units) {
    const states = parseUnits(units.text);
    // systemctl show exits 0 even for unknown units (LoadState=not-found); no parsable block means it failed.
    facts.units = units.rc === 127 || (units.rc !== 0 && states.length === 0) ? { error: toolError('systemctl', units) } : { states };
  }

  const ps = sections.get('docker-ps');
  if (ps) {
    if (ps.rc !== 0) {
      facts.containers = { error: toolError('docker', ps) };
    } else {
      const inspect = sections.get('docker-inspect');
      const events = sections.get('docker-events');
      try {
        if (!inspect) throw new Error('docker inspect printed nothing');
        if (inspect.rc !== 0) throw new Error(toolError('docker inspect', inspect));
        facts.containers = {
          states: parseDockerInspect(inspect.text),
          events: events?.rc === 0 ? parseDockerEvents(events.text) : [],
          eventsError: events === undefined ? 'docker events printed nothing' : events.rc === 0 ? undefined : toolError('docker events', events),
        };
      } catch (error) {
        facts.containers = { error: error instanceof Error ? error.message : String(error) };
      }
    }
  }
  return facts;
}
