/**
 * Memory and CPU limits: what a compose project declares for a service against what
 * the kernel enforces on its container (`docker inspect` HostConfig).
 *
 * Declared, in merge order (a later file sets a key anew): `deploy.resources.limits.memory`
 * else `mem_limit`; `deploy.resources.reservations.memory` else `mem_reservation`;
 * `deploy.resources.limits.cpus` else `cpus`; `cpu_quota` / `cpu_period`. Compose maps
 * them to HostConfig exactly so (docker/compose pkg/compose/create.go `getDeployResources`,
 * `setLimits`, `setReservations`): Memory, MemoryReservation, NanoCpus (cpus x 1e9),
 * CpuQuota, CpuPeriod. Memory sizes are read as Compose reads them (go-units RAMInBytes:
 * b, k, m, g, t, p with optional i/b, powers of 1024, decimals allowed).
 *
 * What which Compose ignored (its source history): docker-compose v1 before 1.27.0 applied
 * `deploy.resources` only with `--compatibility`; Compose v2 before 2.13.0 ignored
 * `deploy.resources.reservations.memory` (docker/compose#9902, fixed by #9947; #10046);
 * before 2.6.1 a fractional `deploy.resources.limits.cpus` was dropped (ParseInt);
 * before 2.14.2 the service-level `cpus` only set CpuPercent, which Linux ignores.
 */
import type { parseComposeYaml } from '../compose/yaml-file.ts';
import { errorMessage } from '../shared/errors.ts';

/** compose/yaml-file.ts's parser, passed in: host-canary loads it (and the YAML parser) only once the host has answered. */
export type ComposeParser = typeof parseComposeYaml;

export interface Declared {
  value: number;
  /** The compose key, as written: `deploy.resources.limits.memory`. */
  key: string;
  file: string;
  line: number;
}

export interface DeclaredLimits {
  memory?: Declared;
  memoryReservation?: Declared;
  cpus?: Declared;
  cpuQuota?: Declared;
  cpuPeriod?: Declared;
  /** Keys whose value could not be read here (a variable the host's .env sets, a bad size). */
  notJudged: string[];
}

export interface EffectiveLimits {
  memory: number;
  memoryReservation: number;
  nanoCpus: number;
  cpuQuota: number;
  cpuPeriod: number;
}

export interface ComposeText {
  /** As shown (a host path, or a repository path). */
  file: string;
  text: string;
}

type Field = keyof Omit<DeclaredLimits, 'notJudged'>;
/** Each declared field and the keys that set it, the first winning within one file (deploy over the service-level key, as Compose applies them). */
const KEYS: Record<Field, { path: string[]; kind: 'bytes' | 'cpus' | 'integer' }[]> = {
  memory: [{ path: ['deploy', 'resources', 'limits', 'memory'], kind: 'bytes' }, { path: ['mem_limit'], kind: 'bytes' }],
  memoryReservation: [{ path: ['deploy', 'resources', 'reservations', 'memory'], kind: 'bytes' }, { path: ['mem_reservation'], kind: 'bytes' }],
  cpus: [{ path: ['deploy', 'resources', 'limits', 'cpus'], kind: 'cpus' }, { path: ['cpus'], kind: 'cpus' }],
  cpuQuota: [{ path: ['cpu_quota'], kind: 'integer' }],
  cpuPeriod: [{ path: ['cpu_period'], kind: 'integer' }],
};

/** The limits `service` declares across `files` (merge order). Throws a one-line file:line error for a file that is not YAML. */
export function declaredLimits(files: ComposeText[], service: string, parseComposeYaml: ComposeParser): DeclaredLimits {
  const declared: DeclaredLimits = { notJudged: [] };
  for (const { file, text } of files) {
    const yaml = parseComposeYaml(text, file, () => undefined);
    const services = yaml.value.services;
    const definition = isMapping(services) ? services[service] : undefined;
    if (!isMapping(definition)) continue;
    const unset = new Set(yaml.uses.filter((use) => use.path[0] === 'services' && use.path[1] === service && use.state !== 'set' && !use.usedDefault).map((use) => use.path.slice(2).join('.')));
    for (const field of Object.keys(KEYS) as Field[]) {
      for (const { path, kind } of KEYS[field]) {
        let holder: unknown = definition;
        for (const key of path.slice(0, -1)) holder = isMapping(holder) ? holder[key] : undefined;
        const last = path.at(-1)!;
        if (!isMapping(holder) || !(last in holder)) continue;
        const key = path.join('.');
        const line = yaml.lines.get(holder)?.get(last) ?? 0;
        if (unset.has(key)) {
          declared.notJudged.push(`${key} (${file}:${line}) uses a variable the canary cannot read (the host's .env)`);
          delete declared[field];
          break;
        }
        const value = readValue(holder[last], kind);
        if (value === undefined) {
          declared.notJudged.push(`${key} (${file}:${line}) is not a ${kind === 'bytes' ? 'size' : 'number'} Compose reads`);
          break;
        }
        declared[field] = { value, key, file, line };
        break;
      }
    }
  }
  return declared;
}

/** go-units RAMInBytes (what compose-go uses for memory sizes). */
export function ramInBytes(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i.exec(text.trim());
  if (!match) return undefined;
  const power = match[2] ? 'kmgtp'.indexOf(match[2].toLowerCase()) + 1 : 0;
  return Math.trunc(Number(match[1]) * 1024 ** power);
}

function readValue(value: unknown, kind: 'bytes' | 'cpus' | 'integer'): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (kind === 'bytes') return ramInBytes(value);
  const number = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(number) ? number : undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** CPUs the container may use: NanoCpus, else CpuQuota / CpuPeriod (the kernel's default period is 100 ms). */
export function effectiveCpus(limits: EffectiveLimits): number {
  if (limits.nanoCpus > 0) return limits.nanoCpus / 1e9;
  if (limits.cpuQuota > 0) return limits.cpuQuota / (limits.cpuPeriod > 0 ? limits.cpuPeriod : 100_000);
  return 0;
}

/** `536870912` bytes → `512 MiB`; `2062372864` → `1.9 GiB`. */
export function bytesText(bytes: number): string {
  if (bytes <= 0) return 'none';
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let unit = 0;
  while (unit < units.length - 1 && bytes >= 1024 ** (unit + 1)) unit++;
  const value = bytes / 1024 ** unit;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Compose's version from the container's label, as [major, minor, patch]; undefined when absent. */
export function composeVersion(label: string | undefined): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(label ?? '');
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function olderThan(version: [number, number, number] | undefined, than: [number, number, number]): boolean {
  if (!version) return false;
  for (let i = 0; i < 3; i++) if (version[i] !== than[i]) return version[i]! < than[i]!;
  return false;
}

/** A file that could not be read as compose YAML: its one-line error. */
export function declaredLimitsOrError(files: ComposeText[], service: string, parseComposeYaml: ComposeParser): DeclaredLimits | { error: string } {
  try {
    return declaredLimits(files, service, parseComposeYaml);
  } catch (error) {
    return { error: errorMessage(error) };
  }
}
