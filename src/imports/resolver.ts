// Resolves a specifier the way TypeScript and bundlers do, but against the set of
// files git tracks instead of the disk. Relative paths, tsconfig `paths`/`baseUrl`,
// package.json `imports` (#alias) and workspace packages (with `exports`) are
// followed; third-party packages and Node builtins are skipped.
import { builtinModules } from 'node:module';
import { dirOf, joinPath } from './paths.ts';
import type { PackageManifest, ProjectConfig } from './project-config.ts';

export type Resolution =
  | { kind: 'tracked'; path: string }
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

const SKIP: Resolution = { kind: 'skip' };

function outputExtension(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  if (dot <= path.lastIndexOf('/')) return undefined;
  const ext = path.slice(dot);
  return SOURCE_FOR_OUTPUT[ext] ? ext : undefined;
}

export class Resolver {
  private readonly tracked: ReadonlySet<string>;
  private readonly config: ProjectConfig;
  /** Tracked paths of submodules: what is inside them is not listed by ls-files. */
  private readonly submodules: readonly string[];
  private readonly cache = new Map<string, Resolution>();

  constructor(tracked: ReadonlySet<string>, config: ProjectConfig, submodules: readonly string[] = []) {
    this.tracked = tracked;
    this.config = config;
    this.submodules = submodules;
  }

  /** Resolves `specifier` imported from the file `importer` (a repository path). */
  resolve(importer: string, specifier: string): Resolution {
    const dir = dirOf(importer);
    const key = `${dir}\0${specifier}`;
    let result = this.cache.get(key);
    if (result === undefined) {
      result = this.resolveUncached(dir, specifier);
      this.cache.set(key, result);
    }
    return result;
  }

  private resolveUncached(dir: string, raw: string): Resolution {
    if (raw === '' || raw.includes('!') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw) || raw.startsWith('//')) return SKIP; // loaders, node:, URLs, virtual:
    const specifier = stripQuery(raw);
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
      const base = joinPath(dir, specifier);
      return base === undefined ? SKIP : this.resolvePath(base, specifier.endsWith('/'));
    }
    if (specifier.startsWith('/')) return SKIP; // an absolute file path or a server root: not a repository path
    if (specifier.startsWith('#')) {
      const viaImports = this.resolvePackageImports(dir, specifier);
      if (viaImports) return viaImports;
    }
    const bare = BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]!);
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
    const workspace = this.resolveWorkspace(specifier);
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
    if (!directoryOnly) {
      const file = this.resolveFile(base);
      if (file !== undefined) return { kind: 'tracked', path: file };
    }
    const directory = this.resolveDirectory(base);
    if (directory !== undefined) return { kind: 'tracked', path: directory };
    return { kind: 'miss', candidates: [...(directoryOnly ? [] : fileCandidates(base)), ...this.directoryCandidates(base)], display: base };
  }

  private resolveFile(base: string): string | undefined {
    const tracked = this.tracked;
    const output = outputExtension(base);
    if (output) {
      const stem = base.slice(0, -output.length);
      for (const ext of SOURCE_FOR_OUTPUT[output]!) if (tracked.has(stem + ext)) return stem + ext;
    }
    if (tracked.has(base)) return base;
    for (const ext of EXTENSIONS) if (tracked.has(base + ext)) return base + ext;
    return undefined;
  }

  private resolveDirectory(base: string): string | undefined {
    const prefix = base === '' ? '' : `${base}/`;
    const manifest = this.config.manifest(base);
    if (manifest) {
      for (const entry of [manifest.types, manifest.module, manifest.main]) {
        if (!entry) continue;
        const target = joinPath(base, entry);
        if (target === undefined) continue;
        const file = this.resolveFile(target) ?? this.resolveIndex(target === '' ? '' : `${target}/`);
        if (file !== undefined) return file;
      }
    }
    return this.resolveIndex(prefix);
  }

  private resolveIndex(prefix: string): string | undefined {
    for (const ext of EXTENSIONS) if (this.tracked.has(`${prefix}index${ext}`)) return `${prefix}index${ext}`;
    return undefined;
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
      if (file !== undefined) return { kind: 'tracked', path: file };
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
