// Resolves a specifier the way TypeScript and bundlers do, but against the set of
// files git tracks instead of the disk. Relative paths, tsconfig `paths`/`baseUrl`,
// package.json `imports` (#alias) and workspace packages (with `exports`) are
// followed; third-party packages and Node builtins are skipped.
import { builtinModules } from 'node:module';
import { joinPath } from './paths.ts';
import type { PackageManifest, ProjectConfig } from './project-config.ts';

export type Resolution =
  /** A tracked file satisfies it (one shared object: the hot path allocates nothing). */
  | { kind: 'tracked' }
  | { kind: 'skip' }
  /**
   * Nothing tracked matches. `candidates` are the files that would have satisfied
   * the import, most likely first; `display` names the miss when none exists.
   * `onlyIfPresent`: a guess (baseUrl, a catch-all alias) that is only a finding
   * when one of the candidates is on disk; otherwise the specifier is a package.
   */
  | { kind: 'miss'; candidates: string[]; display: string; onlyIfPresent?: boolean };

/** Extensions tried after a specifier without one (TypeScript's, then what bundlers add). */
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.svelte', '.vue', '.astro', '.d.mts', '.d.cts'];
/** TypeScript maps an output extension in a specifier back to its sources. */
const SOURCE_FOR_OUTPUT: Record<string, string[]> = {
  '.js': ['.ts', '.tsx', '.d.ts', '.js', '.jsx'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.d.mts', '.mjs'],
  '.cjs': ['.cts', '.d.cts', '.cjs'],
};
const BUILTINS = new Set(builtinModules);
const EXTENSION_BIT = new Map(EXTENSIONS.map((ext, i) => [ext, 1 << i]));
const OUTPUT_MASK: Record<string, number> = Object.fromEntries(
  Object.entries(SOURCE_FOR_OUTPUT).map(([output, sources]) => [output, sources.reduce((mask, ext) => mask | EXTENSION_BIT.get(ext)!, 0)]),
);

function stemIndex(tracked: ReadonlySet<string>): Map<string, number> {
  const stems = new Map<string, number>();
  for (const path of tracked) {
    const dot = path.lastIndexOf('.');
    if (dot <= path.lastIndexOf('/')) continue;
    let ext = path.slice(dot);
    if (!EXTENSION_BIT.has(ext)) continue;
    // `.d.ts`, `.d.mts`, `.d.cts` are extensions of their own.
    if (path.startsWith('.d', dot - 2) && EXTENSION_BIT.has(`.d${ext}`)) ext = `.d${ext}`;
    const stem = path.slice(0, path.length - ext.length);
    stems.set(stem, (stems.get(stem) ?? 0) | EXTENSION_BIT.get(ext)!);
  }
  return stems;
}

const SKIP: Resolution = { kind: 'skip' };
const TRACKED: Resolution = { kind: 'tracked' };

function outputExtension(path: string): string | undefined {
  const last = path.charCodeAt(path.length - 1);
  if (last === 115 /* s */) {
    if (path.endsWith('.js')) return '.js';
    if (path.endsWith('.mjs')) return '.mjs';
    if (path.endsWith('.cjs')) return '.cjs';
  } else if (last === 120 /* x */ && path.endsWith('.jsx')) return '.jsx';
  return undefined;
}

/** Whether a repository path is a file on disk (only asked about misses). */
export type DiskProbe = (path: string) => boolean;

export class Resolver {
  private readonly tracked: ReadonlySet<string>;
  private readonly config: ProjectConfig;
  /** Tracked paths of submodules: what is inside them is not listed by ls-files. */
  private readonly submodules: readonly string[];
  private readonly onDisk: DiskProbe;
  /** Tracked files by path without a probed extension, with a bit per extension present. */
  private readonly stems: Map<string, number>;
  /**
   * Bare specifiers resolve the same from every directory that shares a tsconfig
   * and a package scope: one cache per such pair, found by directory.
   */
  private readonly bareCacheByDir = new Map<string, Map<string, Resolution>>();
  private readonly bareCacheByContext = new Map<string, Map<string, Resolution>>();
  private readonly workspaceCache = new Map<string, Resolution | undefined>();

  constructor(tracked: ReadonlySet<string>, config: ProjectConfig, { submodules = [], onDisk = () => false }: { submodules?: readonly string[]; onDisk?: DiskProbe } = {}) {
    this.tracked = tracked;
    this.config = config;
    this.submodules = submodules;
    this.onDisk = onDisk;
    this.stems = stemIndex(tracked);
  }

  /** Resolves `specifier` imported from a file in the directory `dir` (a repository path). */
  resolve(dir: string, specifier: string): Resolution {
    if (specifier.charCodeAt(0) === 46 && (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..')) {
      const path = stripQuery(specifier);
      const base = fastJoin(dir, path);
      return base === undefined ? SKIP : this.resolvePath(base, path.endsWith('/'));
    }
    let cache = this.bareCacheByDir.get(dir);
    if (!cache) {
      const context = `${this.config.aliasesFor(dir)?.file ?? ''}\0${this.config.scopeOf(dir)?.dir ?? ''}`;
      cache = this.bareCacheByContext.get(context);
      if (!cache) this.bareCacheByContext.set(context, (cache = new Map()));
      this.bareCacheByDir.set(dir, cache);
    }
    let result = cache.get(specifier);
    if (result === undefined) {
      result = this.resolveBare(dir, specifier);
      // A guess (baseUrl, a catch-all alias) counts only when its file is on disk.
      if (result.kind === 'miss' && result.onlyIfPresent && !result.candidates.some((candidate) => this.onDisk(candidate))) result = SKIP;
      cache.set(specifier, result);
    }
    return result;
  }

  private resolveBare(dir: string, raw: string): Resolution {
    if (raw === '' || raw.includes('!') || (raw.includes(':') && /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw)) || raw.startsWith('//')) return SKIP; // loaders, node:, URLs, virtual:
    const specifier = stripQuery(raw);
    if (specifier.startsWith('/')) return SKIP; // an absolute file path or a server root: not a repository path
    if (specifier.startsWith('#')) {
      const viaImports = this.resolvePackageImports(dir, specifier);
      if (viaImports) return viaImports;
    }
    const bare = specifier.charCodeAt(0) !== 64 /* @ */ && (BUILTINS.has(specifier) || BUILTINS.has(specifier.slice(0, specifier.indexOf('/') >>> 0)));
    const config = this.config.aliasesFor(dir);
    let catchAll: Resolution | undefined;
    if (config) {
      for (const alias of config.aliases) {
        const match = matchAlias(alias.prefix, alias.suffix, specifier);
        if (match === undefined) continue;
        const result = this.resolveAny(alias.targets.map((target) => target.replace('*', match)));
        if (result.kind === 'tracked') return result;
        // TypeScript falls back to node_modules when `paths` finds nothing, so a
        // catch-all pattern is no evidence that the file belongs to the repository.
        if (alias.prefix === '' && (alias.suffix ?? '') === '') catchAll = { ...result, onlyIfPresent: true } as Resolution;
        else return result;
        break;
      }
    }
    if (bare) return SKIP;
    // The same from every directory: cached across tsconfig contexts.
    let workspace = this.workspaceCache.get(specifier);
    if (workspace === undefined && !this.workspaceCache.has(specifier)) {
      workspace = this.resolveWorkspace(specifier);
      this.workspaceCache.set(specifier, workspace);
    }
    if (workspace) return workspace;
    if (config?.baseUrl !== undefined) {
      const base = joinPath(config.baseUrl, specifier);
      if (base !== undefined) {
        const result = this.resolvePath(base, false);
        if (result.kind === 'tracked') return result;
        if (result.kind === 'miss') return { ...result, onlyIfPresent: true };
      }
    }
    return catchAll ?? SKIP;
  }

  /** The first of several candidate paths that resolves; a miss lists all their candidates. */
  private resolveAny(bases: string[]): Resolution {
    const candidates: string[] = [];
    let display: string | undefined;
    for (const base of bases) {
      const result = this.resolvePath(base, false);
      if (result.kind === 'tracked') return result;
      if (result.kind === 'miss') {
        candidates.push(...result.candidates);
        display ??= result.display;
      }
    }
    return display === undefined ? SKIP : { kind: 'miss', candidates, display };
  }

  /** A repository path as a file (extension probing, `.js`→`.ts`) or a directory (package.json, index). */
  resolvePath(base: string, directoryOnly: boolean): Resolution {
    if (this.insideSubmodule(base)) return SKIP;
    if (!directoryOnly && this.resolveFile(base)) return TRACKED;
    if (this.resolveDirectory(base)) return TRACKED;
    return { kind: 'miss', candidates: [...(directoryOnly ? [] : fileCandidates(base)), ...this.directoryCandidates(base)], display: base };
  }

  /**
   * Whether a tracked file satisfies `base` as a file. One map lookup by stem in the
   * common cases instead of a set lookup per probed extension: this runs for
   * every relative import of every file.
   */
  private resolveFile(base: string): boolean {
    const output = outputExtension(base);
    if (output) {
      const mask = this.stems.get(base.slice(0, -output.length));
      if (mask !== undefined && (mask & OUTPUT_MASK[output]!) !== 0) return true;
    }
    // `./module-registry` names a file without its extension far more often than an extensionless file.
    const hasDot = base.lastIndexOf('.') > base.lastIndexOf('/');
    if (hasDot && this.tracked.has(base)) return true;
    if (this.stems.has(base)) return true;
    return !hasDot && this.tracked.has(base);
  }

  private resolveDirectory(base: string): boolean {
    const manifest = this.config.manifest(base);
    if (manifest) {
      for (const entry of [manifest.types, manifest.module, manifest.main]) {
        if (!entry) continue;
        const target = joinPath(base, entry);
        if (target !== undefined && (this.resolveFile(target) || this.resolveIndex(target))) return true;
      }
    }
    return this.resolveIndex(base);
  }

  private resolveIndex(dir: string): boolean {
    return this.stems.has(dir === '' ? 'index' : `${dir}/index`);
  }

  private directoryCandidates(base: string): string[] {
    const prefix = base === '' ? '' : `${base}/`;
    const manifest = this.config.manifest(base);
    const entries = manifest ? [manifest.types, manifest.module, manifest.main].flatMap((entry) => {
      const target = entry ? joinPath(base, entry) : undefined;
      return target === undefined ? [] : fileCandidates(target);
    }) : [];
    return [...entries, ...EXTENSIONS.map((ext) => `${prefix}index${ext}`)];
  }

  private insideSubmodule(path: string): boolean {
    for (const submodule of this.submodules) if (path === submodule || path.startsWith(`${submodule}/`)) return true;
    return false;
  }

  /** `#alias` through the `imports` field of the importer's package scope. */
  private resolvePackageImports(dir: string, specifier: string): Resolution | undefined {
    const scope = this.config.scopeOf(dir);
    if (!scope?.imports) return undefined;
    const targets = mapSubpath(scope.imports, specifier);
    if (targets === undefined) return undefined;
    return this.resolveTargets(scope, targets);
  }

  /** A bare specifier that names a workspace package of this repository, into that package. */
  private resolveWorkspace(specifier: string): Resolution | undefined {
    const parts = specifier.split('/');
    const nameLength = specifier.startsWith('@') ? 2 : 1;
    const name = parts.slice(0, nameLength).join('/');
    const manifest = this.config.workspacePackage(name);
    if (!manifest) return undefined;
    const subpath = parts.slice(nameLength).join('/');
    if (manifest.exports !== undefined && manifest.exports !== null) {
      const targets = mapSubpath(normalizeExports(manifest.exports), subpath === '' ? '.' : `./${subpath}`);
      return targets === undefined
        ? { kind: 'miss', candidates: [], display: `${manifest.dir}/${subpath}` }
        : this.resolveTargets(manifest, targets);
    }
    const base = joinPath(manifest.dir, subpath);
    return base === undefined ? SKIP : this.resolvePath(base, false);
  }

  /** Targets of an exports/imports entry: package-relative paths resolve inside the package, bare ones are packages. */
  private resolveTargets(manifest: PackageManifest, targets: string[]): Resolution {
    const paths = targets.filter((target) => target.startsWith('./'));
    if (paths.length === 0) return SKIP; // `"#dep": "some-package"`: a third-party package
    // Exports point at exact files: only TypeScript's `.js`→`.ts` mapping applies.
    const bases = paths.flatMap((target) => {
      const base = joinPath(manifest.dir, target);
      return base === undefined ? [] : [base];
    });
    for (const base of bases) {
      const file = this.resolveExact(base);
      if (file !== undefined) return TRACKED;
    }
    return { kind: 'miss', candidates: bases.flatMap((base) => exactCandidates(base)), display: bases[0]! };
  }

  private resolveExact(base: string): string | undefined {
    for (const candidate of exactCandidates(base)) if (this.tracked.has(candidate)) return candidate;
    return undefined;
  }
}

function exactCandidates(base: string): string[] {
  const output = outputExtension(base);
  if (!output) return [base, ...(/\.[a-z0-9]+$/i.test(base.slice(base.lastIndexOf('/') + 1)) ? [] : EXTENSIONS.map((ext) => base + ext))];
  const stem = base.slice(0, -output.length);
  return [base, ...SOURCE_FOR_OUTPUT[output]!.map((ext) => stem + ext)];
}

/** What a specifier without a tracked match could have meant, most likely first. */
export function fileCandidates(base: string): string[] {
  const output = outputExtension(base);
  const mapped = output ? SOURCE_FOR_OUTPUT[output]!.map((ext) => base.slice(0, -output.length) + ext) : [];
  return [...mapped, base, ...EXTENSIONS.map((ext) => base + ext)];
}

/** joinPath for the common `./x`, `../../x` forms without splitting; odd forms take the general path. */
function fastJoin(dir: string, specifier: string): string | undefined {
  let base = dir;
  let i = 0;
  for (;;) {
    if (specifier.startsWith('./', i)) i += 2;
    else if (specifier.startsWith('../', i)) {
      if (base === '') return undefined;
      const slash = base.lastIndexOf('/');
      base = slash < 0 ? '' : base.slice(0, slash);
      i += 3;
    } else break;
  }
  const rest = specifier.slice(i);
  if (rest === '' || rest === '.' || rest === '..' || rest.includes('/.') || rest.includes('//') || rest.endsWith('/')) return joinPath(dir, specifier);
  return base === '' ? rest : `${base}/${rest}`;
}

function stripQuery(specifier: string): string {
  const query = specifier.indexOf('?');
  return query < 0 ? specifier : specifier.slice(0, query);
}

function matchAlias(prefix: string, suffix: string | undefined, specifier: string): string | undefined {
  if (suffix === undefined) return specifier === prefix ? '' : undefined;
  if (specifier.length < prefix.length + suffix.length || !specifier.startsWith(prefix) || !specifier.endsWith(suffix)) return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

/** `exports` as a subpath map: a string, array or conditions object means the `.` entry. */
function normalizeExports(exports: unknown): Record<string, unknown> {
  if (typeof exports === 'string' || Array.isArray(exports)) return { '.': exports };
  if (exports && typeof exports === 'object') {
    const keys = Object.keys(exports);
    if (keys.length > 0 && !keys.some((key) => key.startsWith('.'))) return { '.': exports };
    return exports as Record<string, unknown>;
  }
  return {};
}

/**
 * The targets of a subpath in an exports/imports map (exact key, else the
 * pattern with the longest prefix), with every condition's target in order:
 * any of them being tracked satisfies the import.
 */
function mapSubpath(map: Record<string, unknown>, subpath: string): string[] | undefined {
  if (Object.hasOwn(map, subpath)) return flattenTargets(map[subpath], undefined);
  let best: { key: string; match: string } | undefined;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star < 0) {
      if (key.endsWith('/') && subpath.startsWith(key) && (!best || key.length > best.key.length)) best = { key, match: subpath.slice(key.length) };
      continue;
    }
    const match = matchAlias(key.slice(0, star), key.slice(star + 1), subpath);
    if (match !== undefined && (!best || key.length > best.key.length)) best = { key, match };
  }
  if (!best) return undefined;
  const targets = flattenTargets(map[best.key], best.match);
  return best.key.includes('*') ? targets : targets.map((target) => target + best.match);
}

function flattenTargets(value: unknown, match: string | undefined): string[] {
  if (typeof value === 'string') return [match === undefined ? value : value.replaceAll('*', match)];
  if (Array.isArray(value)) return value.flatMap((item) => flattenTargets(item, match));
  if (value && typeof value === 'object') return Object.values(value).flatMap((item) => flattenTargets(item, match));
  return []; // null: explicitly not exported
}
