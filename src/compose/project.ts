/**
 * A compose project as Docker Compose v2 loads it: each file read and interpolated on
 * its own, `extends` (same file or another) resolved per file, `include`d projects
 * added, then the files merged in order: services by name, `environment` and
 * `env_file` per key (the later file wins), `!reset` removes a value, `!override`
 * replaces it instead of merging. Only what the environment check needs is kept.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readDotenvFile } from './dotenv.ts';
import { DEFAULT_ENV_FILE, inProject, shownPath } from './defaults.ts';
import type { Lookup } from './interpolate.ts';
import { ComposeFileError, readComposeYaml, Tagged, type ComposeYaml, type LocatedUse } from './yaml-file.ts';

export interface Place {
  /** Path as shown to the user (relative to the working directory). */
  file: string;
  line: number;
}

export interface EnvEntry extends Place {
  key: string;
  /** A bare `KEY` (list) or `KEY:` (map) entry: its value comes from the environment of `compose up`. */
  passThrough: boolean;
  /** Literal or interpolated value; undefined for a pass-through the environment does not set. */
  value: string | undefined;
}

export interface EnvFileRef extends Place {
  path: string;
  shown: string;
  required: boolean;
}

export interface BuildSpec {
  context: string;
  dockerfile: string;
  args: string[];
}

export interface Service extends Place {
  name: string;
  environment: Map<string, EnvEntry>;
  envFiles: EnvFileRef[];
  build?: BuildSpec;
  profiles: string[];
  /** Variable uses inside this service's definition, from every file that shaped it. */
  uses: LocatedUse[];
}

export interface Project {
  services: Map<string, Service>;
  /** Uses outside services (networks, volumes, configs …). */
  uses: LocatedUse[];
  /** Every file read, as shown. */
  files: string[];
}

export interface LoadOptions {
  /** Compose files in merge order, absolute paths. */
  files: string[];
  /** Paths in messages are relative to this. */
  workingDirectory: string;
  lookup: Lookup;
}

const MAX_EXTENDS_DEPTH = 32;
const MAX_INCLUDE_DEPTH = 16;

export function loadProject(options: LoadOptions): Project {
  return new Loader(options.workingDirectory).project(options.files, dirname(options.files[0]!), options.lookup, 0);
}

/** A service as one file states it, before merging; tagged parts keep their `!reset`/`!override`. */
interface ServicePart extends Place {
  name: string;
  environment?: Partial<Merging<Map<string, EnvEntry>>>;
  envFiles?: Partial<Merging<EnvFileRef[]>>;
  build?: Partial<Merging<BuildSpec>>;
  profiles?: string[];
  reset: boolean;
  override: boolean;
  uses: LocatedUse[];
  extends?: { service: string; file?: string };
}

interface Merging<T> {
  value: T;
  mode: 'merge' | 'reset' | 'override';
}

class Loader {
  private readonly cwd: string;
  private readonly cache = new Map<string, ComposeYaml>();
  readonly files: string[] = [];

  constructor(cwd: string) {
    this.cwd = cwd;
  }

  shown(path: string): string {
    return shownPath(this.cwd, path);
  }

  read(path: string, lookup: Lookup): ComposeYaml {
    let yaml = this.cache.get(path);
    if (!yaml) {
      yaml = readComposeYaml(path, this.shown(path), lookup);
      this.cache.set(path, yaml);
      this.files.push(yaml.file);
    }
    return yaml;
  }

  project(files: string[], directory: string, lookup: Lookup, includeDepth: number): Project {
    const services = new Map<string, Service>();
    const uses: LocatedUse[] = [];
    const included: Project[] = [];
    for (const path of files) {
      const yaml = this.read(path, lookup);
      uses.push(...yaml.uses.filter((use) => use.path[0] !== 'services' && !String(use.path[0]).startsWith('x-')));
      included.push(...this.includes(yaml, lookup, includeDepth));
      const parts = this.parts(yaml, directory);
      for (const part of parts.values()) {
        const resolved = this.resolveExtends(part, parts, yaml, directory, lookup, [`${path}#${part.name}`]);
        const current = services.get(part.name);
        if (resolved.reset) services.delete(part.name);
        else services.set(part.name, current && !resolved.override ? mergeService(current, resolved) : toService(resolved));
      }
    }
    for (const sub of included) {
      for (const [name, service] of sub.services) {
        if (services.has(name)) {
          throw new ComposeFileError(services.get(name)!.file, services.get(name)!.line, `service ${name} is also defined by an included project (${service.file}); Compose refuses this conflict`);
        }
        services.set(name, service);
      }
      uses.push(...sub.uses);
    }
    return { services, uses, files: this.files };
  }

  private includes(yaml: ComposeYaml, lookup: Lookup, depth: number): Project[] {
    const list = yaml.value.include;
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) throw new ComposeFileError(yaml.file, this.line(yaml, yaml.value, 'include'), 'include must be a list');
    if (depth >= MAX_INCLUDE_DEPTH) throw new ComposeFileError(yaml.file, this.line(yaml, yaml.value, 'include'), `include nests deeper than ${MAX_INCLUDE_DEPTH} levels (a cycle?)`);
    const base = dirname(resolve(this.cwd, yaml.file));
    return list.map((entry, index) => {
      const line = this.line(yaml, list, index);
      const spec = typeof entry === 'string' ? { path: entry } : (entry as Record<string, unknown> | null);
      const paths = spec && (typeof spec.path === 'string' ? [spec.path] : Array.isArray(spec.path) ? spec.path.map(String) : undefined);
      if (!paths || paths.length === 0) throw new ComposeFileError(yaml.file, line, 'an include entry needs a path');
      const files = paths.map((path) => resolve(base, path));
      const directory = typeof spec!.project_directory === 'string' ? resolve(base, spec!.project_directory) : dirname(files[0]!);
      const envFiles = spec!.env_file === undefined ? [] : (Array.isArray(spec!.env_file) ? spec!.env_file : [spec!.env_file]).map((path) => resolve(base, String(path)));
      const own = envFiles.length > 0 ? envFiles : [inProject(directory, DEFAULT_ENV_FILE)].filter((path) => existsSync(path));
      let values = new Map<string, string | undefined>();
      for (const file of own) {
        if (!existsSync(file)) throw new ComposeFileError(yaml.file, line, `env_file ${this.shown(file)} of this include does not exist`);
        values = new Map([...values, ...readDotenvFile(file, this.shown(file), lookup).map((e) => [e.key, e.value] as const)]);
      }
      // As in Compose, the environment of the run wins over an include's env files.
      const includeLookup: Lookup = (name) => lookup(name) ?? values.get(name);
      for (const file of files) if (!existsSync(file)) throw new ComposeFileError(yaml.file, line, `included file ${this.shown(file)} does not exist`);
      return this.project(files, directory, includeLookup, depth + 1);
    });
  }

  private line(yaml: ComposeYaml, holder: object, key: string | number): number {
    return yaml.lines.get(holder)?.get(key) ?? 0;
  }

  /** Every service of one file, as stated there (relative paths against `directory`). */
  parts(yaml: ComposeYaml, directory: string): Map<string, ServicePart> {
    const parts = new Map<string, ServicePart>();
    const services = yaml.value.services;
    if (services === undefined || services === null) return parts;
    if (typeof services !== 'object' || Array.isArray(services) || services instanceof Tagged) {
      throw new ComposeFileError(yaml.file, this.line(yaml, yaml.value, 'services'), 'services must be a mapping of service names');
    }
    const servicesMap = services as Record<string, unknown>;
    const usesByService = new Map<string, LocatedUse[]>();
    for (const use of yaml.uses) {
      if (use.path[0] !== 'services') continue;
      const name = String(use.path[1]);
      const list = usesByService.get(name);
      if (list) list.push(use);
      else usesByService.set(name, [use]);
    }
    for (const [name, raw] of Object.entries(servicesMap)) {
      const line = this.line(yaml, servicesMap, name);
      const place = { file: yaml.file, line };
      const tagged = raw instanceof Tagged ? raw : undefined;
      const body = tagged ? tagged.value : raw;
      const definition = (body ?? {}) as Record<string, unknown>;
      if (typeof definition !== 'object' || Array.isArray(definition)) throw new ComposeFileError(yaml.file, line, `service ${name} must be a mapping`);
      const uses = usesByService.get(name) ?? [];
      parts.set(name, {
        name,
        ...place,
        reset: tagged?.tag === '!reset',
        override: tagged?.tag === '!override',
        uses,
        environment: definition.environment === undefined ? undefined : this.environment(yaml, definition.environment, place, name),
        envFiles: definition.env_file === undefined ? undefined : this.envFiles(yaml, definition.env_file, place, directory, name),
        build: definition.build === undefined ? undefined : this.build(yaml, definition.build, place, directory, name),
        profiles: Array.isArray(definition.profiles) ? definition.profiles.map(String) : definition.profiles === undefined ? undefined : [String(definition.profiles)],
        extends: this.extendsOf(yaml, definition.extends, place, name),
      });
    }
    return parts;
  }

  private environment(yaml: ComposeYaml, raw: unknown, place: Place, service: string): Partial<Merging<Map<string, EnvEntry>>> {
    const { value, mode } = untag(raw);
    const entries = new Map<string, EnvEntry>();
    if (value === null || value === undefined) return { value: entries, mode };
    const lines = typeof value === 'object' ? yaml.lines.get(value) : undefined;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const text = String(item ?? '');
        const eq = text.indexOf('=');
        const key = (eq < 0 ? text : text.slice(0, eq)).trim();
        if (key === '') throw new ComposeFileError(yaml.file, lines?.get(index) ?? place.line, `services.${service}.environment has an entry with no name`);
        entries.set(key, { key, passThrough: eq < 0, value: eq < 0 ? undefined : text.slice(eq + 1), file: yaml.file, line: lines?.get(index) ?? place.line });
      });
    } else if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const passThrough = item === null || item === undefined;
        entries.set(key, { key, passThrough, value: passThrough ? undefined : String(item), file: yaml.file, line: lines?.get(key) ?? place.line });
      }
    } else {
      throw new ComposeFileError(yaml.file, place.line, `services.${service}.environment must be a list or a mapping`);
    }
    return { value: entries, mode };
  }

  private envFiles(yaml: ComposeYaml, raw: unknown, place: Place, directory: string, service: string): Partial<Merging<EnvFileRef[]>> {
    const { value, mode } = untag(raw);
    if (value === null || value === undefined) return { value: [], mode };
    const list = Array.isArray(value) ? value : [value];
    const lines = Array.isArray(value) ? yaml.lines.get(value) : undefined;
    return {
      mode,
      value: list.map((item, index) => {
        const line = lines?.get(index) ?? place.line;
        const spec = typeof item === 'string' ? { path: item, required: true } : (item as Record<string, unknown> | null);
        if (!spec || typeof spec.path !== 'string') throw new ComposeFileError(yaml.file, line, `services.${service}.env_file entries need a path`);
        const path = resolve(directory, spec.path);
        return { path, shown: this.shown(path), required: spec.required !== false && spec.required !== 'false', file: yaml.file, line };
      }),
    };
  }

  private build(yaml: ComposeYaml, raw: unknown, place: Place, directory: string, service: string): Partial<Merging<BuildSpec>> {
    const { value, mode } = untag(raw);
    if (value === null || value === undefined) return { mode };
    if (typeof value === 'string') return { value: { context: resolve(directory, value), dockerfile: 'Dockerfile', args: [] }, mode };
    if (typeof value !== 'object' || Array.isArray(value)) throw new ComposeFileError(yaml.file, place.line, `services.${service}.build must be a path or a mapping`);
    const spec = value as Record<string, unknown>;
    const args = untag(spec.args).value;
    const argNames = Array.isArray(args) ? args.map((arg) => String(arg).split('=')[0]!.trim()) : args && typeof args === 'object' ? Object.keys(args) : [];
    return {
      mode,
      value: {
        context: resolve(directory, typeof spec.context === 'string' ? spec.context : '.'),
        dockerfile: typeof spec.dockerfile === 'string' ? spec.dockerfile : 'Dockerfile',
        args: argNames,
      },
    };
  }

  private extendsOf(yaml: ComposeYaml, raw: unknown, place: Place, service: string): ServicePart['extends'] {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw === 'string') return { service: raw };
    const spec = raw as Record<string, unknown>;
    if (typeof spec.service !== 'string') throw new ComposeFileError(yaml.file, place.line, `services.${service}.extends needs a service name`);
    return { service: spec.service, file: typeof spec.file === 'string' ? spec.file : undefined };
  }

  /** The part with its `extends` chain applied: the base first, then this part on top. */
  private resolveExtends(part: ServicePart, siblings: Map<string, ServicePart>, yaml: ComposeYaml, directory: string, lookup: Lookup, chain: string[]): ServicePart {
    if (!part.extends) return part;
    if (chain.length > MAX_EXTENDS_DEPTH) throw new ComposeFileError(part.file, part.line, `extends chain longer than ${MAX_EXTENDS_DEPTH}`);
    let baseYaml = yaml;
    let baseDir = directory;
    let baseParts = siblings;
    if (part.extends.file) {
      const path = resolve(dirname(resolve(this.cwd, yaml.file)), part.extends.file);
      if (!existsSync(path)) throw new ComposeFileError(part.file, part.line, `extends file ${this.shown(path)} does not exist`);
      baseYaml = this.read(path, lookup);
      baseDir = dirname(path);
      baseParts = this.parts(baseYaml, baseDir);
    }
    const key = `${resolve(this.cwd, baseYaml.file)}#${part.extends.service}`;
    if (chain.includes(key)) throw new ComposeFileError(part.file, part.line, `extends cycle: ${[...chain, key].map((k) => k.split('#')[1]).join(' -> ')}`);
    const base = baseParts.get(part.extends.service);
    if (!base) throw new ComposeFileError(part.file, part.line, `service ${part.name} extends ${part.extends.service}, which ${part.extends.file ? `${baseYaml.file} does not define` : 'is not defined in this file'}`);
    const resolvedBase = this.resolveExtends(base, baseParts, baseYaml, baseDir, lookup, [...chain, key]);
    const merged = mergeService(toService(resolvedBase), { ...part, extends: undefined });
    // The service keeps its own name and place; it inherits the base's variables.
    return {
      ...part,
      extends: undefined,
      environment: { value: merged.environment, mode: 'merge' },
      envFiles: { value: merged.envFiles, mode: 'merge' },
      build: merged.build ? { value: merged.build, mode: 'merge' } : part.build,
      profiles: part.profiles ?? resolvedBase.profiles,
      uses: merged.uses,
    };
  }
}

function untag(raw: unknown): { value: unknown; mode: 'merge' | 'reset' | 'override' } {
  if (raw instanceof Tagged) return { value: raw.value, mode: raw.tag === '!reset' ? 'reset' : 'override' };
  return { value: raw, mode: 'merge' };
}

function toService(part: ServicePart): Service {
  return {
    name: part.name,
    file: part.file,
    line: part.line,
    environment: part.environment?.mode === 'reset' ? new Map() : new Map(part.environment?.value ?? []),
    envFiles: part.envFiles?.mode === 'reset' ? [] : [...(part.envFiles?.value ?? [])],
    build: part.build?.mode === 'reset' ? undefined : part.build?.value,
    profiles: part.profiles ?? [],
    uses: [...part.uses],
  };
}

/** A later file's part on top of the service so far (Compose v2 merge rules for what we keep). */
function mergeService(current: Service, part: ServicePart): Service {
  // `current` is this load's own copy (toService), so merging in place is safe and keeps long override stacks linear.
  const environment = mergeWith(current.environment, part.environment, (a, b) => {
    for (const [key, entry] of b) a.set(key, entry);
    return a;
  }, () => new Map());
  const envFiles = mergeWith(current.envFiles, part.envFiles, (a, b) => [...a.filter((ref) => !b.some((other) => other.path === ref.path)), ...b], () => []);
  let build = current.build;
  if (part.build?.mode === 'reset') build = undefined;
  else if (part.build?.value) {
    build = part.build.mode === 'override' || !build ? part.build.value : { ...build, ...part.build.value, args: [...new Set([...build.args, ...part.build.value.args])] };
  }
  return {
    ...current,
    environment,
    envFiles,
    build,
    profiles: part.profiles ?? current.profiles,
    uses: appendAll(current.uses, part.uses),
  };
}

function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

function mergeWith<T>(current: T, next: Partial<Merging<T>> | undefined, merge: (a: T, b: T) => T, empty: () => T): T {
  if (!next) return current;
  if (next.mode === 'reset') return empty();
  if (next.value === undefined) return current;
  return next.mode === 'override' ? next.value : merge(current, next.value);
}
