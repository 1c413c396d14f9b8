// What the resolver needs from a repository's configuration: tsconfig/jsconfig
// `paths` and `baseUrl` (nearest config per directory, `extends` followed,
// solution-style `references` looked into), package.json `imports`, `exports`,
// `main`/`types`, and the workspace packages a bare specifier may name.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parseJsonc } from './jsonc.ts';
import { ancestors, dirOf, joinPath } from './paths.ts';

export interface PathAlias {
  /** The pattern before and after its `*` (no star: exact match, suffix undefined). */
  prefix: string;
  suffix: string | undefined;
  /** Repository paths, each with at most one `*` to substitute. */
  targets: string[];
}

export interface AliasConfig {
  /** Where it came from, for messages. */
  file: string;
  baseUrl?: string;
  aliases: PathAlias[];
  /**
   * compilerOptions.rootDirs as repository paths: folders TypeScript merges into one
   * for relative imports (generated types beside their sources).
   */
  rootDirs: string[];
  /**
   * compilerOptions.skipLibCheck: tsc does not check declaration files, so an import
   * in a .d.ts that names no file cannot fail the build (the type becomes `any`).
   */
  skipLibCheck: boolean;
  /**
   * Configs it extends or references that are not there (a generated
   * .nuxt/tsconfig.json before `nuxi prepare`, a package not installed): its
   * aliases may be incomplete, so an alias it does not know is not judged.
   */
  absent: string[];
}

export interface PackageManifest {
  dir: string;
  name?: string;
  exports?: unknown;
  imports?: Record<string, unknown>;
  main?: string;
  types?: string;
  module?: string;
  /** The `browser` field: an entry file, or a map of package paths (and packages) to replacements or `false`. */
  browser?: string | Record<string, unknown>;
  workspaces?: unknown;
  /** The package's own `version`. */
  version?: string;
  /** Every name in dependencies, devDependencies, peerDependencies and optionalDependencies (the first that names it), with its version as written ('' when not a string). */
  dependencies: ReadonlyMap<string, string>;
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/**
 * A version that installs a folder of the file system: npm "local paths" (`file:`,
 * or a path npm saves as `file:`), pnpm and yarn `link:`, yarn `portal:`.
 */
const LOCAL_VERSION = /^(?:(?:file|link|portal):)?(\.{1,2}(?:\/|$)[^]*)$|^(?:file|link|portal):([^/][^]*)$/;

/** The folder a dependency's version installs from (`link:`, `file:`, `portal:` or a bare `./`/`../` path), relative to its package.json. */
export function localPath(version: string): string | undefined {
  const local = LOCAL_VERSION.exec(version);
  return local ? (local[1] ?? local[2]) : undefined;
}

/** JSON.parse after the UTF-8 byte order mark some editors write. */
export function parseJson(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

interface RawTsconfig {
  extends?: string | string[];
  compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]>; rootDirs?: unknown; skipLibCheck?: unknown };
  references?: { path: string }[];
}

/** Reads configuration files once each: tracked ones from the working tree, `extends` targets wherever they are. */
export class ProjectConfig {
  private readonly root: string;
  private readonly tracked: ReadonlySet<string>;
  private readonly aliasByDir = new Map<string, AliasConfig | undefined>();
  private readonly aliasByFile = new Map<string, AliasConfig | undefined>();
  private readonly rawTsconfigs = new Map<string, RawTsconfig | undefined>();
  private readonly manifests = new Map<string, PackageManifest | undefined>();
  private readonly scopeByDir = new Map<string, PackageManifest | undefined>();
  private workspaceByName?: Map<string, PackageManifest>;
  /** pnpm catalogs (pnpm-workspace.yaml `catalog`, which is `default`, and `catalogs`): catalog → package → version. */
  private readonly catalogs = new Map<string, Map<string, string>>();
  /** Config files that could not be read or parsed, reported as notes. */
  readonly problems: string[] = [];

  private readonly parseYaml?: (text: string) => unknown;
  /** Whether a version satisfies a range (see version-range.ts); undefined in a repository with one package.json at most. */
  readonly versionSatisfies?: VersionSatisfies;

  /** `libraries`: the parsers this repository needs, loaded by `configLibraries`. */
  constructor(root: string, tracked: ReadonlySet<string>, libraries: ConfigLibraries = {}) {
    this.root = root;
    this.tracked = tracked;
    this.parseYaml = libraries.parseYaml;
    this.versionSatisfies = libraries.versionSatisfies;
  }

  private readText(path: string): string | undefined {
    try {
      return readFileSync(join(this.root, path), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** The tsconfig.json (or jsconfig.json) nearest to a directory, with `extends` applied. */
  aliasesFor(dir: string): AliasConfig | undefined {
    if (this.aliasByDir.has(dir)) return this.aliasByDir.get(dir);
    let config: AliasConfig | undefined;
    const own = ['tsconfig.json', 'jsconfig.json'].map((name) => (dir === '' ? name : `${dir}/${name}`)).find((path) => this.tracked.has(path));
    if (own) config = this.loadAliasConfig(own);
    else if (dir !== '') config = this.aliasesFor(dirOf(dir));
    this.aliasByDir.set(dir, config);
    return config;
  }

  private loadAliasConfig(file: string): AliasConfig | undefined {
    if (this.aliasByFile.has(file)) return this.aliasByFile.get(file);
    this.aliasByFile.set(file, undefined); // cycle guard
    const merged = this.mergeExtends(file, new Set());
    let config: AliasConfig | undefined;
    if (merged) {
      config = { file, baseUrl: merged.baseUrl, aliases: merged.paths ? toAliases(merged.paths.map, merged.baseUrl ?? merged.paths.base) : [], rootDirs: merged.rootDirs ?? [], skipLibCheck: merged.skipLibCheck ?? false, absent: merged.absent };
      // Solution-style root config (`files: []` + references): the aliases and rootDirs
      // live in the referenced configs (React Router's tsconfig.vite.json holds rootDirs).
      const aliasesInReferences = config.aliases.length === 0;
      const rootDirsInReferences = config.rootDirs.length === 0;
      for (const reference of aliasesInReferences || rootDirsInReferences ? merged.references : []) {
        const target = reference.endsWith('.json') ? reference : `${reference}/tsconfig.json`;
        const referenced = target !== file ? this.loadAliasConfig(target) : undefined;
        if (referenced) {
          if (aliasesInReferences) {
            config.aliases.push(...referenced.aliases);
            config.baseUrl ??= referenced.baseUrl;
            config.absent.push(...referenced.absent);
          }
          if (rootDirsInReferences) config.rootDirs.push(...referenced.rootDirs.filter((dir) => !config!.rootDirs.includes(dir)));
        } else if (aliasesInReferences && !this.tracked.has(target) && !existsSync(join(this.root, target))) config.absent.push(target);
      }
    }
    this.aliasByFile.set(file, config);
    return config;
  }

  /** A tsconfig parsed once, however many configs extend it. */
  private readTsconfig(file: string): RawTsconfig | undefined {
    if (this.rawTsconfigs.has(file)) return this.rawTsconfigs.get(file);
    const text = this.readText(file);
    let raw: RawTsconfig | undefined;
    if (text !== undefined) {
      try {
        raw = parseJsonc(text) as RawTsconfig;
      } catch (error) {
        this.problems.push(`${file}: not valid JSON with comments (${error instanceof Error ? error.message : error}); its paths were not used`);
      }
    }
    this.rawTsconfigs.set(file, raw);
    return raw;
  }

  /** compilerOptions.baseUrl/paths after `extends` (later and own settings win), as repository paths. */
  private mergeExtends(file: string, seen: Set<string>): MergedTsconfig | undefined {
    if (seen.has(file)) return undefined;
    seen.add(file);
    const raw = this.readTsconfig(file);
    if (raw === undefined) return undefined;
    const dir = dirOf(file);
    let result: MergedTsconfig = { references: [], absent: [] };
    const parents = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    for (const parent of parents) {
      if (typeof parent !== 'string') continue;
      const parentFile = this.locateExtends(dir, parent);
      const inherited = parentFile ? this.mergeExtends(parentFile, seen) : undefined;
      if (inherited) result = { ...result, ...definedOnly({ baseUrl: inherited.baseUrl, paths: inherited.paths, rootDirs: inherited.rootDirs, skipLibCheck: inherited.skipLibCheck }), absent: [...result.absent, ...inherited.absent] };
      else if (!parentFile) result.absent.push(this.expectedExtends(dir, parent));
    }
    const options = raw.compilerOptions ?? {};
    if (typeof options.baseUrl === 'string') result.baseUrl = joinPath(dir, options.baseUrl) ?? '';
    if (typeof options.skipLibCheck === 'boolean') result.skipLibCheck = options.skipLibCheck;
    if (options.paths && typeof options.paths === 'object') result.paths = { map: options.paths, base: dir };
    // Relative to the config that sets them, like every path option.
    if (Array.isArray(options.rootDirs)) result.rootDirs = options.rootDirs.flatMap((root) => (typeof root === 'string' && joinPath(dir, root) !== undefined ? [joinPath(dir, root)!] : []));
    if (Array.isArray(raw.references)) {
      result.references = raw.references.flatMap((ref) => (typeof ref?.path === 'string' ? [joinPath(dir, ref.path) ?? ''] : []));
    }
    return result;
  }

  /** The path an `extends` that is not there names, for the message. */
  private expectedExtends(dir: string, spec: string): string {
    if (!spec.startsWith('.') && !spec.startsWith('/')) return spec; // a package's config, as written
    const base = joinPath(dir, spec) ?? spec;
    return base.endsWith('.json') ? base : `${base}.json`;
  }

  /** Where an `extends` value points: a relative file, or a package config under node_modules. */
  private locateExtends(dir: string, spec: string): string | undefined {
    const candidates: string[] = [];
    if (spec.startsWith('.') || spec.startsWith('/')) {
      const base = joinPath(dir, spec);
      if (base === undefined) return undefined;
      candidates.push(base, `${base}.json`, `${base}/tsconfig.json`);
    } else {
      for (const ancestor of ancestors(dir)) {
        const base = `${ancestor === '' ? '' : `${ancestor}/`}node_modules/${spec}`;
        candidates.push(base, `${base}.json`, `${base}/tsconfig.json`);
      }
    }
    return candidates.find((path) => this.tracked.has(path) || (path.endsWith('.json') && existsSync(join(this.root, path))));
  }

  /** A tracked package.json in exactly this directory. */
  manifest(dir: string): PackageManifest | undefined {
    if (this.manifests.has(dir)) return this.manifests.get(dir);
    const file = dir === '' ? 'package.json' : `${dir}/package.json`;
    let manifest: PackageManifest | undefined;
    if (this.tracked.has(file)) {
      const text = this.readText(file);
      try {
        const raw = text === undefined ? undefined : (parseJson(text) as Record<string, unknown>);
        if (raw && typeof raw === 'object') {
          const dependencies = new Map<string, string>();
          for (const field of DEPENDENCY_FIELDS) {
            const list = raw[field];
            if (!list || typeof list !== 'object') continue;
            for (const [name, version] of Object.entries(list)) if (!dependencies.has(name)) dependencies.set(name, typeof version === 'string' ? version.trim() : '');
          }
          manifest = {
            dir,
            name: typeof raw.name === 'string' ? raw.name : undefined,
            exports: raw.exports,
            imports: raw.imports && typeof raw.imports === 'object' ? (raw.imports as Record<string, unknown>) : undefined,
            main: typeof raw.main === 'string' ? raw.main : undefined,
            types: typeof raw.types === 'string' ? raw.types : typeof raw.typings === 'string' ? raw.typings : undefined,
            module: typeof raw.module === 'string' ? raw.module : undefined,
            browser: typeof raw.browser === 'string' || (raw.browser && typeof raw.browser === 'object') ? (raw.browser as string | Record<string, unknown>) : undefined,
            workspaces: raw.workspaces,
            version: typeof raw.version === 'string' ? raw.version : undefined,
            dependencies,
          };
        }
      } catch (error) {
        this.problems.push(`${file}: not valid JSON (${error instanceof Error ? error.message : error})`);
      }
    }
    this.manifests.set(dir, manifest);
    return manifest;
  }

  /** The package scope of a directory: its nearest package.json (Node's rule for `#imports`). */
  scopeOf(dir: string): PackageManifest | undefined {
    if (this.scopeByDir.has(dir)) return this.scopeByDir.get(dir);
    const scope = this.manifest(dir) ?? (dir === '' ? undefined : this.scopeOf(dirOf(dir)));
    this.scopeByDir.set(dir, scope);
    return scope;
  }

  /**
   * The repository's workspace packages by name: package.json files matched by a
   * `workspaces` field (npm, yarn, bun) or a pnpm-workspace.yaml `packages` list.
   */
  workspacePackage(name: string): PackageManifest | undefined {
    return (this.workspaceByName ??= this.findWorkspaces()).get(name);
  }

  /** The version a pnpm `catalog:<name>` dependency stands for ('' or no name: the default catalog), read with the workspaces. */
  catalogVersion(catalog: string, name: string): string | undefined {
    this.workspaceByName ??= this.findWorkspaces();
    return this.catalogs.get(catalog || 'default')?.get(name);
  }

  private findWorkspaces(): Map<string, PackageManifest> {
    const globs: { base: string; patterns: string[] }[] = [];
    const manifestDirs: string[] = [];
    for (const path of this.tracked) {
      if (path === 'package.json' || path.endsWith('/package.json')) {
        if (path.includes('node_modules/')) continue;
        const dir = dirOf(path);
        manifestDirs.push(dir);
        const workspaces = this.manifest(dir)?.workspaces;
        const list = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
        if (Array.isArray(list)) globs.push({ base: dir, patterns: list.filter((item): item is string => typeof item === 'string') });
      } else if (isPnpmWorkspace(path)) {
        try {
          if (!this.parseYaml) throw new Error('no YAML parser was loaded');
          const parsed = this.parseYaml(this.readText(path) ?? '') as { packages?: unknown; catalog?: unknown; catalogs?: unknown } | null;
          if (Array.isArray(parsed?.packages)) globs.push({ base: dirOf(path), patterns: parsed.packages.filter((item): item is string => typeof item === 'string') });
          this.addCatalog('default', parsed?.catalog);
          if (parsed?.catalogs && typeof parsed.catalogs === 'object') for (const [catalog, entries] of Object.entries(parsed.catalogs)) this.addCatalog(catalog, entries);
        } catch (error) {
          this.problems.push(`${path}: not valid YAML (${error instanceof Error ? error.message : error})`);
        }
      }
    }
    const byName = new Map<string, PackageManifest>();
    for (const { base, patterns } of globs) {
      const include = patterns.filter((p) => !p.startsWith('!')).map((p) => picomatch(joinPath(base, p.replace(/\/$/, '')) ?? p));
      const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => picomatch(joinPath(base, p.slice(1).replace(/\/$/, '')) ?? p));
      for (const dir of manifestDirs) {
        if (!include.some((test) => test(dir)) || exclude.some((test) => test(dir))) continue;
        const manifest = this.manifest(dir);
        if (manifest?.name && !byName.has(manifest.name)) byName.set(manifest.name, manifest);
      }
    }
    return byName;
  }

  private addCatalog(catalog: string, entries: unknown): void {
    if (!entries || typeof entries !== 'object') return;
    const versions = this.catalogs.get(catalog) ?? new Map<string, string>();
    for (const [name, version] of Object.entries(entries)) if (typeof version === 'string' && !versions.has(name)) versions.set(name, version.trim());
    this.catalogs.set(catalog, versions);
  }
}

interface MergedTsconfig {
  baseUrl?: string;
  paths?: { map: Record<string, string[]>; base: string };
  rootDirs?: string[];
  skipLibCheck?: boolean;
  references: string[];
  absent: string[];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** tsconfig `paths`, most specific first (exact patterns, then the longest prefix). */
function toAliases(paths: Record<string, string[]>, base: string): PathAlias[] {
  const aliases: PathAlias[] = [];
  for (const [pattern, targets] of Object.entries(paths)) {
    if (!Array.isArray(targets)) continue;
    const star = pattern.indexOf('*');
    aliases.push({
      prefix: star < 0 ? pattern : pattern.slice(0, star),
      suffix: star < 0 ? undefined : pattern.slice(star + 1),
      targets: targets.filter((t): t is string => typeof t === 'string').map((t) => joinPath(base, t) ?? t),
    });
  }
  return aliases.sort((a, b) => (a.suffix === undefined ? -1 : 0) - (b.suffix === undefined ? -1 : 0) || b.prefix.length - a.prefix.length);
}

const isPnpmWorkspace = (path: string) => path === 'pnpm-workspace.yaml' || path.endsWith('/pnpm-workspace.yaml');
const isManifest = (path: string) => path === 'package.json' || path.endsWith('/package.json');

export type VersionSatisfies = (version: string, range: string) => boolean | undefined;

export interface ConfigLibraries {
  parseYaml?: (text: string) => unknown;
  versionSatisfies?: VersionSatisfies;
}

/**
 * What the repository's configs need parsed, loaded then only (compiling and starting each
 * is a fair part of a cold start): the YAML parser when a pnpm-workspace.yaml is tracked,
 * semver when more than one package.json is (workspace packages need their own).
 */
export async function configLibraries(tracked: Iterable<string>): Promise<ConfigLibraries> {
  let yaml = false;
  let manifests = 0;
  for (const path of tracked) {
    if (isPnpmWorkspace(path)) yaml = true;
    else if (isManifest(path)) manifests++;
    if (yaml && manifests > 1) break;
  }
  const [parseYaml, versionSatisfies] = await Promise.all([
    yaml ? import('yaml').then((module) => module.parse) : undefined,
    manifests > 1 ? import('./version-range.ts').then((module) => module.versionSatisfies) : undefined,
  ]);
  return { parseYaml, versionSatisfies };
}
