/**
 * A compose project as Docker Compose v2 loads it: each file read and interpolated on
 * its own, `extends` (same file or another) resolved per file, `include`d projects
 * added, then the files merged in order: services by name, `environment` and
 * `env_file` per key (the later file wins), `!reset` removes a value, `!override`
 * replaces it instead of merging. Only what the environment check needs is kept.
 *
 * A path that interpolation built (`env_file: ./${NAME}.env`, a build context, an
 * include) is shown as written, never evaluated: its value may come from a secret.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
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
  /** As messages show it: relative to the working directory, or as written when interpolation built it. */
  shown: string;
  required: boolean;
}

export interface BuildSpec {
  context: string;
  /** The context as written, when interpolation built it (shown instead of the path). */
  shownContext?: string;
  dockerfile: string;
  /** The dockerfile as written, when interpolation built it. */
  shownDockerfile?: string;
  args: string[];
  /** `args` entries with no value (`- NAME`, `NAME:`): the build takes them from the environment of `docker compose build`. */
  passThroughArgs: (Place & { name: string })[];
}

export interface Service extends Place {
  name: string;
  environment: Map<string, EnvEntry>;
  envFiles: EnvFileRef[];
  build?: BuildSpec;
  /** `image` after interpolation: matched against known images, never shown. */
  image?: string;
  /** `command` and `entrypoint` after interpolation, as text: what the container runs (for naming scripts), never shown. */
  runs: string[];
  profiles: string[];
  /** Host paths (absolute) bind-mounted into the container. */
  mounts: string[];
  /** Environment entries whose name interpolation built: not checked (the name may be a secret). */
  unnamedEntries: Place[];
  /** Variable uses inside this service's definition that the merged result still holds. */
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
  build?: Partial<Merging<BuildSpec>> & { indexKeys?: Map<number, string> };
  image?: string;
  runs?: { command?: string; entrypoint?: string };
  profiles?: string[];
  mounts: string[];
  unnamedEntries: Place[];
  reset: boolean;
  override: boolean;
  uses: LocatedUse[];
  /** Paths under the service (`image`, `environment\0KEY`) this part sets anew: earlier uses there no longer count. */
  replaces: string[];
  extends?: { service: string; file?: string; shownFile?: string };
}

interface Merging<T> {
  value: T;
  mode: 'merge' | 'reset' | 'override';
}

class Loader {
  private readonly cwd: string;
  private readonly cache = new Map<string, ComposeYaml>();
  /** Where each file was read from (its `file` may be shown as written). */
  private readonly paths = new WeakMap<ComposeYaml, string>();
  /** Files whose own path interpolation built: every path under them is shown under that text too. */
  private readonly templated = new WeakSet<ComposeYaml>();
  readonly files: string[] = [];

  constructor(cwd: string) {
    this.cwd = cwd;
  }

  shown(path: string): string {
    return shownPath(this.cwd, path);
  }

  read(path: string, lookup: Lookup, shown = this.shown(path)): ComposeYaml {
    let yaml = this.cache.get(path);
    if (!yaml) {
      yaml = readComposeYaml(path, shown, lookup);
      this.cache.set(path, yaml);
      this.paths.set(yaml, path);
      if (shown !== this.shown(path)) this.templated.add(yaml);
      this.files.push(yaml.file);
    }
    return yaml;
  }

  private dirOf(yaml: ComposeYaml): string {
    return dirname(this.paths.get(yaml) ?? resolve(this.cwd, yaml.file));
  }

  /**
   * A path as messages show it: its text as written when interpolation built it
   * (prefixed with the directory of the file that wrote it), else relative to the
   * working directory.
   */
  private pathShown(yaml: ComposeYaml, holder: object, key: string | number, path: string): string {
    const written = yaml.templates.get(holder)?.get(key);
    const dir = dirname(yaml.file);
    if (written === undefined) {
      if (!this.templated.has(yaml)) return this.shown(path);
      // In a file whose own path came from interpolation: relative to it, under its path as written.
      const rel = relative(this.dirOf(yaml), path);
      return rel.startsWith('..') || isAbsolute(rel) ? path : `${dir}/${rel || '.'}`;
    }
    return dir === '.' || written.startsWith('/') ? written : `${dir}/${written}`;
  }

  /** A path shown as written when this file or the value itself came from interpolation; undefined when it can be shown as it is. */
  private writtenPath(yaml: ComposeYaml, holder: object, key: string | number, path: string): string | undefined {
    return yaml.templates.get(holder)?.get(key) !== undefined || this.templated.has(yaml) ? this.pathShown(yaml, holder, key, path) : undefined;
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
    const base = this.dirOf(yaml);
    return list.map((entry, index) => {
      const line = this.line(yaml, list, index);
      const spec = typeof entry === 'string' ? { path: entry } : (entry as Record<string, unknown> | null);
      // Each path with the object holding it, for the text as written.
      const holder = typeof entry === 'string' ? list : spec;
      const paths: { path: string; shown: string }[] | undefined = !spec ? undefined
        : typeof spec.path === 'string' ? [{ path: resolve(base, spec.path), shown: this.pathShown(yaml, holder!, typeof entry === 'string' ? index : 'path', resolve(base, spec.path)) }]
          : Array.isArray(spec.path) ? spec.path.map((item, i) => ({ path: resolve(base, String(item)), shown: this.pathShown(yaml, spec.path as unknown[], i, resolve(base, String(item))) })) : undefined;
      if (!paths || paths.length === 0) throw new ComposeFileError(yaml.file, line, 'an include entry needs a path');
      const directory = typeof spec!.project_directory === 'string' ? resolve(base, spec!.project_directory) : dirname(paths[0]!.path);
      const envSpec = spec!.env_file;
      const envFiles = envSpec === undefined ? [] : Array.isArray(envSpec)
        ? envSpec.map((item, i) => ({ path: resolve(base, String(item)), shown: this.pathShown(yaml, envSpec, i, resolve(base, String(item))) }))
        : [{ path: resolve(base, String(envSpec)), shown: this.pathShown(yaml, spec!, 'env_file', resolve(base, String(envSpec))) }];
      const own = envFiles.length > 0 ? envFiles : [inProject(directory, DEFAULT_ENV_FILE)].filter((path) => existsSync(path)).map((path) => ({ path, shown: this.shown(path) }));
      let values = new Map<string, string | undefined>();
      for (const file of own) {
        if (!existsSync(file.path)) throw new ComposeFileError(yaml.file, line, `env_file ${file.shown} of this include does not exist`);
        values = new Map([...values, ...readDotenvFile(file.path, file.shown, lookup).map((e) => [e.key, e.value] as const)]);
      }
      // As in Compose, the environment of the run wins over an include's env files.
      const includeLookup: Lookup = (name) => lookup(name) ?? values.get(name);
      for (const file of paths) if (!existsSync(file.path)) throw new ComposeFileError(yaml.file, line, `included file ${file.shown} does not exist`);
      for (const file of paths) this.read(file.path, includeLookup, file.shown);
      return this.project(paths.map((file) => file.path), directory, includeLookup, depth + 1);
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
      const unnamedEntries: Place[] = [];
      const environment = definition.environment === undefined ? undefined : this.environment(yaml, definition.environment, place, name, unnamedEntries);
      // A use in a list-form environment entry is keyed by the entry's name, as in a mapping.
      const build = definition.build === undefined ? undefined : this.build(yaml, definition, place, directory, name);
      // A use in a list-form environment entry (or build arg) is keyed by the entry's name, as in a mapping.
      const uses = (usesByService.get(name) ?? []).map((use) => {
        if (use.path[2] === 'environment' && typeof use.path[3] === 'number') {
          const key = environment?.indexKeys?.get(use.path[3]);
          return key === undefined ? use : { ...use, path: [...use.path.slice(0, 3), key] };
        }
        if (use.path[2] === 'build' && use.path[3] === 'args' && typeof use.path[4] === 'number') {
          const key = build?.indexKeys?.get(use.path[4]);
          return key === undefined ? use : { ...use, path: [...use.path.slice(0, 4), key] };
        }
        return use;
      });
      parts.set(name, {
        name,
        ...place,
        reset: tagged?.tag === '!reset',
        override: tagged?.tag === '!override',
        uses,
        replaces: replacedPaths(definition, environment?.value),
        environment,
        envFiles: definition.env_file === undefined ? undefined : this.envFiles(yaml, definition.env_file, place, directory, name),
        build,
        image: typeof definition.image === 'string' ? definition.image : undefined,
        runs: runsOf(definition),
        profiles: Array.isArray(definition.profiles) ? definition.profiles.map(String) : definition.profiles === undefined ? undefined : [String(definition.profiles)],
        mounts: bindMounts(definition.volumes, directory),
        unnamedEntries,
        extends: this.extendsOf(yaml, definition.extends, place, name),
      });
    }
    return parts;
  }

  private environment(yaml: ComposeYaml, raw: unknown, place: Place, service: string, unnamed: Place[]): Partial<Merging<Map<string, EnvEntry>>> & { indexKeys?: Map<number, string> } {
    const { value, mode } = untag(raw);
    const entries = new Map<string, EnvEntry>();
    if (value === null || value === undefined) return { value: entries, mode };
    const lines = typeof value === 'object' ? yaml.lines.get(value) : undefined;
    if (Array.isArray(value)) {
      const indexKeys = new Map<number, string>();
      const written = yaml.templates.get(value);
      value.forEach((item, index) => {
        const line = lines?.get(index) ?? place.line;
        const template = written?.get(index);
        // Compose interpolates `- ${A}=x` before splitting it: a name built from a value is never shown or checked.
        if (template !== undefined && (template.indexOf('=') < 0 ? template : template.slice(0, template.indexOf('='))).includes('$')) {
          unnamed.push({ file: yaml.file, line });
          return;
        }
        const text = String(item ?? '');
        const eq = text.indexOf('=');
        const key = (eq < 0 ? text : text.slice(0, eq)).trim();
        if (key === '') throw new ComposeFileError(yaml.file, line, `services.${service}.environment has an entry with no name`);
        entries.set(key, { key, passThrough: eq < 0, value: eq < 0 ? undefined : text.slice(eq + 1), file: yaml.file, line });
        indexKeys.set(index, key);
      });
      return { value: entries, mode, indexKeys };
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
        const shown = typeof item === 'string' ? this.pathShown(yaml, Array.isArray(value) ? value : (raw as object), Array.isArray(value) ? index : 'env_file', path) : this.pathShown(yaml, spec, 'path', path);
        return { path, shown, required: spec.required !== false && spec.required !== 'false', file: yaml.file, line };
      }),
    };
  }

  /** `definition.build`: a context path, or a mapping with context, dockerfile and args. */
  private build(yaml: ComposeYaml, definition: Record<string, unknown>, place: Place, directory: string, service: string): Partial<Merging<BuildSpec>> & { indexKeys?: Map<number, string> } {
    const { value, mode } = untag(definition.build);
    if (value === null || value === undefined) return { mode };
    const written = (holder: object, key: string) => yaml.templates.get(holder)?.get(key);
    if (typeof value === 'string') {
      const context = resolve(directory, value);
      return { value: { context, shownContext: this.writtenPath(yaml, definition, 'build', context), dockerfile: 'Dockerfile', args: [], passThroughArgs: [] }, mode };
    }
    if (typeof value !== 'object' || Array.isArray(value)) throw new ComposeFileError(yaml.file, place.line, `services.${service}.build must be a path or a mapping`);
    const spec = value as Record<string, unknown>;
    const args = untag(spec.args).value;
    const argNames: string[] = [];
    const passThroughArgs: { name: string; file: string; line: number }[] = [];
    const argLines = args && typeof args === 'object' ? yaml.lines.get(args) : undefined;
    const indexKeys = new Map<number, string>();
    if (Array.isArray(args)) {
      args.forEach((arg, index) => {
        const text = String(arg);
        const name = text.split('=')[0]!.trim();
        argNames.push(name);
        indexKeys.set(index, name);
        if (!text.includes('=')) passThroughArgs.push({ name, file: yaml.file, line: argLines?.get(index) ?? place.line });
      });
    } else if (args && typeof args === 'object') {
      for (const [name, value] of Object.entries(args as Record<string, unknown>)) {
        argNames.push(name);
        if (value === null || value === undefined) passThroughArgs.push({ name, file: yaml.file, line: argLines?.get(name) ?? place.line });
      }
    }
    const context = resolve(directory, typeof spec.context === 'string' ? spec.context : '.');
    return {
      mode,
      indexKeys,
      value: {
        context,
        shownContext: this.writtenPath(yaml, spec, 'context', context),
        dockerfile: typeof spec.dockerfile === 'string' ? spec.dockerfile : 'Dockerfile',
        shownDockerfile: written(spec, 'dockerfile'),
        args: argNames,
        passThroughArgs,
      },
    };
  }

  private extendsOf(yaml: ComposeYaml, raw: unknown, place: Place, service: string): ServicePart['extends'] {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw === 'string') return { service: raw };
    const spec = raw as Record<string, unknown>;
    if (typeof spec.service !== 'string') throw new ComposeFileError(yaml.file, place.line, `services.${service}.extends needs a service name`);
    const written = yaml.templates.get(spec)?.get('file');
    return { service: spec.service, file: typeof spec.file === 'string' ? spec.file : undefined, shownFile: written === undefined ? undefined : this.pathShown(yaml, spec, 'file', '') };
  }

  /** The part with its `extends` chain applied: the base first, then this part on top. */
  private resolveExtends(part: ServicePart, siblings: Map<string, ServicePart>, yaml: ComposeYaml, directory: string, lookup: Lookup, chain: string[]): ServicePart {
    if (!part.extends) return part;
    if (chain.length > MAX_EXTENDS_DEPTH) throw new ComposeFileError(part.file, part.line, `extends chain longer than ${MAX_EXTENDS_DEPTH}`);
    let baseYaml = yaml;
    let baseDir = directory;
    let baseParts = siblings;
    if (part.extends.file) {
      const path = resolve(this.dirOf(yaml), part.extends.file);
      const shown = part.extends.shownFile ?? this.shown(path);
      if (!existsSync(path)) throw new ComposeFileError(part.file, part.line, `extends file ${shown} does not exist`);
      baseYaml = this.read(path, lookup, shown);
      baseDir = dirname(path);
      baseParts = this.parts(baseYaml, baseDir);
    }
    const key = `${this.paths.get(baseYaml) ?? baseYaml.file}#${part.extends.service}`;
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
      image: merged.image,
      runs: { command: merged.runs[0] || undefined, entrypoint: merged.runs[1] || undefined },
      profiles: part.profiles ?? resolvedBase.profiles,
      mounts: merged.mounts,
      unnamedEntries: merged.unnamedEntries,
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
    image: part.image,
    runs: [part.runs?.command ?? '', part.runs?.entrypoint ?? ''],
    profiles: part.profiles ?? [],
    mounts: [...part.mounts],
    unnamedEntries: [...part.unnamedEntries],
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
    const next = part.build.value;
    // Args merge by name: a later value replaces an earlier pass-through and the other way round.
    build = part.build.mode === 'override' || !build ? next : {
      ...build,
      ...next,
      args: [...new Set([...build.args, ...next.args])],
      passThroughArgs: [...build.passThroughArgs.filter((arg) => !next.args.includes(arg.name)), ...next.passThroughArgs],
    };
  }
  return {
    ...current,
    environment,
    envFiles,
    build,
    image: part.image ?? current.image,
    // `command` and `entrypoint` are replaced, not merged.
    runs: [part.runs?.command ?? current.runs[0] ?? '', part.runs?.entrypoint ?? current.runs[1] ?? ''],
    profiles: part.profiles ?? current.profiles,
    mounts: [...new Set([...current.mounts, ...part.mounts])],
    unnamedEntries: [...current.unnamedEntries, ...part.unnamedEntries],
    uses: appendAll(withoutReplaced(current.uses, part.replaces), part.uses),
  };
}

function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Uses in what a later part sets anew (a scalar, a `command`, an environment entry) no longer shape the service. */
function withoutReplaced(uses: LocatedUse[], replaces: string[]): LocatedUse[] {
  if (replaces.length === 0) return uses;
  const replaced = new Set(replaces);
  return uses.filter((use) => !replaced.has(String(use.path[2])) && !(use.path.length > 3 && replaced.has(`${String(use.path[2])}\0${String(use.path[3])}`)));
}

/** Sequences Compose replaces in a merge (others are appended or merged by key). */
const REPLACED_LISTS = new Set(['command', 'entrypoint']);

/** What one file's definition of a service sets anew, for {@link withoutReplaced}. */
function replacedPaths(definition: Record<string, unknown>, environment: Map<string, EnvEntry> | undefined): string[] {
  const paths: string[] = [];
  for (const [field, raw] of Object.entries(definition)) {
    if (raw instanceof Tagged) paths.push(field);
    else if (field === 'environment') for (const key of environment?.keys() ?? []) paths.push(`environment\0${key}`);
    else if (raw === null || typeof raw !== 'object') paths.push(field);
    else if (Array.isArray(raw)) {
      if (REPLACED_LISTS.has(field)) paths.push(field);
    } else {
      for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
        if (value === null || typeof value !== 'object' || (field === 'healthcheck' && key === 'test')) paths.push(`${field}\0${key}`);
      }
    }
  }
  return paths;
}

/** `command` / `entrypoint` (a string or a list) as text; undefined when the part does not set it. */
function runsOf(definition: Record<string, unknown>): { command?: string; entrypoint?: string } {
  const text = (raw: unknown) => {
    const { value } = untag(raw);
    if (typeof value === 'string') return value;
    return Array.isArray(value) ? value.map(String).join(' ') : undefined;
  };
  return { command: text(definition.command), entrypoint: text(definition.entrypoint) };
}

/** Host paths bind-mounted by `volumes` (short `./src:/dst[:mode]` or long `type: bind`), absolute. */
function bindMounts(raw: unknown, directory: string): string[] {
  const { value } = untag(raw);
  if (!Array.isArray(value)) return [];
  const mounts: string[] = [];
  for (const item of value) {
    let source: string | undefined;
    if (typeof item === 'string') {
      const parts = item.split(':');
      if (parts.length >= 2) source = parts[0];
    } else if (item && typeof item === 'object' && !(item instanceof Tagged)) {
      const spec = item as Record<string, unknown>;
      if (spec.type === 'bind' && typeof spec.source === 'string') source = spec.source;
    }
    // A named volume has no path; `~` is the home of whoever runs Compose, outside any build context.
    if (source !== undefined && (source.startsWith('.') || source.startsWith('/'))) mounts.push(resolve(directory, source));
  }
  return mounts;
}

function mergeWith<T>(current: T, next: Partial<Merging<T>> | undefined, merge: (a: T, b: T) => T, empty: () => T): T {
  if (!next) return current;
  if (next.mode === 'reset') return empty();
  if (next.value === undefined) return current;
  return next.mode === 'override' ? next.value : merge(current, next.value);
}
