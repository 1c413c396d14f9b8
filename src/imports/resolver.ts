// Resolves a specifier the way TypeScript and bundlers do, but against the set of
// files git tracks instead of the disk. Relative paths, tsconfig `paths`/`baseUrl`,
// package.json `imports` (#alias), `browser` maps and workspace packages (with
// `exports`) are followed, through tracked symlinks; third-party packages and Node
// builtins are external. A value import needs a runtime file: a declaration file
// (`.d.ts`) satisfies only a type-only import. What a framework generates is its own
// class (generated.ts); what cannot be judged is named with its reason, never dropped.
import { builtinModules } from 'node:module';
import { type Generator, generatorOfPath, generatorOfRelative, generatorOfSpecifier } from './generated.ts';
import { dirOf, joinPath, relativeTo } from './paths.ts';
import { type AliasConfig, localPath, type PackageManifest, type ProjectConfig } from './project-config.ts';
import { escapeRegExp } from '../shared/regex.ts';

/** Why an import was not judged (the keys of the `not-checked` output). */
export type NotCheckedReason =
  | 'generated-tsconfig'
  | 'absent-tsconfig'
  | 'unknown-alias'
  | 'submodule-not-checked-out'
  | 'not-exported'
  | 'outside-repository'
  | 'root-relative'
  | 'ignore-status-unknown'
  /** A dynamic import or require() whose specifier is computed at run time. */
  | 'computed'
  /** Imports inside a file that is only ever imported as text or a URL (`?raw`, `?url`). */
  | 'asset-only'
  /** Imports in a declaration file that tsc does not check (`skipLibCheck`) and no bundler loads. */
  | 'skip-lib-check';

export interface Miss {
  kind: 'miss';
  /** The files that would satisfy the import, most likely first (looked for on disk). */
  candidates: string[];
  /**
   * The paths whose ignore status decides when none of the candidates is on disk:
   * the path as written and its likeliest file (a package's entry first).
   */
  likely: string[];
  /** What the miss is named by when nothing is on disk. */
  display: string;
  /**
   * A guess (baseUrl, a catch-all alias) that is only a finding when one of the
   * candidates is on disk; otherwise the specifier is a package.
   */
  onlyIfPresent?: boolean;
  /** A tracked declaration file that would satisfy the import were it type-only. */
  declaration?: string;
  /** Where a rootDirs root that a tool generates (.react-router/types) would hold the file. */
  shadow?: string;
}

export type Resolution =
  /** A tracked file satisfies it (one shared object: the hot path allocates nothing). */
  | { kind: 'tracked' }
  /** A package, a builtin, a URL or a loader: installed or fetched, not a file of this repository. */
  | { kind: 'external' }
  /** A module a framework generates or provides at build time. */
  | { kind: 'generated'; generator: Generator; display: string }
  /** Not judged: `subject` is the alias prefix, submodule or package; `detail` the config that explains it. */
  | { kind: 'not-checked'; reason: NotCheckedReason; subject: string; detail?: string }
  | Miss;

/** Extensions tried after a specifier without one (TypeScript's, then what bundlers add). */
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.svelte', '.vue', '.astro', '.d.mts', '.d.cts'];
const DECLARATIONS = ['.d.ts', '.d.mts', '.d.cts'];
/**
 * What TypeScript accepts for an extension in a specifier: an output extension maps
 * back to its sources, and a `.ts` specifier (allowImportingTsExtensions) is also
 * satisfied by the declaration file beside it.
 */
const SUBSTITUTES: Record<string, string[]> = {
  '.js': ['.ts', '.tsx', '.d.ts', '.js', '.jsx'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.d.mts', '.mjs'],
  '.cjs': ['.cts', '.d.cts', '.cjs'],
  '.ts': ['.ts', '.d.ts'],
  '.mts': ['.mts', '.d.mts'],
  '.cts': ['.cts', '.d.cts'],
};
const BUILTINS = new Set(builtinModules);
const EXTENSION_BIT = new Map(EXTENSIONS.map((ext, i) => [ext, 1 << i]));
const bitsOf = (extensions: readonly string[]) => extensions.reduce((mask, ext) => mask | EXTENSION_BIT.get(ext)!, 0);
const DECLARATION_BITS = bitsOf(DECLARATIONS);
/** Per specifier extension: [bits that satisfy a type-only import, bits that satisfy a value import]. */
const SUBSTITUTE_BITS: ReadonlyMap<string, readonly [number, number]> = new Map(
  Object.entries(SUBSTITUTES).map(([ext, sources]) => [ext, [bitsOf(sources), bitsOf(sources) & ~DECLARATION_BITS]]),
);
export const isDeclaration = (path: string) => DECLARATIONS.some((ext) => path.endsWith(ext));
/** Bounds link chains and browser-map hops (a symlink loop ends here). */
const MAX_HOPS = 8;
/** A package name as npm allows it (old names may have capitals); `~`, `#`, `$` or `@/` start an alias. */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;

/** Where a chain of tracked symlinks ends: undefined when it leaves the repository or loops. */
export function linkChainEnd(symlinks: ReadonlyMap<string, string | undefined>, link: string): string | undefined {
  let target: string | undefined = link;
  for (let hop = 0; hop < MAX_HOPS && target !== undefined && symlinks.has(target); hop++) target = symlinks.get(target);
  return target === undefined || symlinks.has(target) ? undefined : target;
}

function stemIndex(tracked: Iterable<string>): Map<string, number> {
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

const EXTERNAL: Resolution = { kind: 'external' };
const TRACKED: Resolution = { kind: 'tracked' };
const OUTSIDE: Resolution = { kind: 'not-checked', reason: 'outside-repository', subject: '' };

/** The extension of a specifier that SUBSTITUTES maps, if any. */
function substitutedExtension(path: string): string | undefined {
  const n = path.length;
  const last = path.charCodeAt(n - 1);
  if (last === 115 /* s */) {
    const letter = path.charCodeAt(n - 2);
    if (path.charCodeAt(n - 3) === 46 /* . */) return letter === 106 /* j */ ? '.js' : letter === 116 /* t */ ? '.ts' : undefined;
    if (path.charCodeAt(n - 4) === 46) {
      const ext = path.slice(n - 4);
      return Object.hasOwn(SUBSTITUTES, ext) ? ext : undefined;
    }
  } else if (last === 120 /* x */ && path.endsWith('.jsx')) return '.jsx';
  return undefined;
}

/** Whether a repository path is on disk (only asked about misses and package names). */
export type DiskProbe = (path: string) => boolean;

export interface Submodule {
  path: string;
  /** Initialised: its files are in the tracked set the resolver is given. */
  checkedOut: boolean;
}

/**
 * What an import needs: `types` (type-only: a declaration file will do), `module`
 * (a runtime file), or `bindings`: a TypeScript import that binds names, which
 * TypeScript and bundlers drop when those names are only types, so a declaration
 * file that declares no runtime value satisfies it.
 */
export type ImportNeed = 'types' | 'module' | 'bindings';

export interface ResolverOptions {
  submodules?: readonly Submodule[];
  /** Tracked symlinks: link path → the repository path it points at (undefined: outside the repository). */
  symlinks?: ReadonlyMap<string, string | undefined>;
  /** Whether a file is on disk. */
  onDisk?: DiskProbe;
  /** Whether anything (a file or a directory) is on disk. */
  exists?: DiskProbe;
  /** The text of a tracked file (to tell a types-only declaration file from one that declares values). */
  readText?: (path: string) => string | undefined;
}

export class Resolver {
  private readonly tracked: ReadonlySet<string>;
  private readonly config: ProjectConfig;
  private readonly submodules: readonly Submodule[];
  private readonly onDisk: DiskProbe;
  private readonly exists: DiskProbe;
  /** Tracked files by path without a probed extension, with a bit per extension present. */
  private readonly stems: Map<string, number>;
  /** Tracked symlinks to directories: link → target (undefined: outside the repository). */
  private readonly directoryLinks = new Map<string, string | undefined>();
  /** Tracked symlinks whose target is not tracked: a clean clone has a dangling link. Link → target. */
  private readonly danglingLinks = new Map<string, string>();
  /**
   * Bare specifiers resolve the same from every directory that shares a tsconfig
   * and a package scope: one cache per such pair, found by directory.
   */
  private readonly bareCacheByDir = new Map<string, Map<string, Resolution>>();
  private readonly bareCacheByContext = new Map<string, Map<string, Resolution>>();
  private readonly workspaceCache = new Map<string, Resolution | undefined>();
  private readonly readText: (path: string) => string | undefined;
  private readonly typesOnlyCache = new Map<string, boolean>();
  /** Every path resolved for an import that loads a module (not `?raw`/`?url`): what makes a file a module. */
  // Every base a module import probed, kept as a list: a set is built only when some file
  // was imported as an asset (rare), so the common scan pays a push, not a hash insert.
  private readonly moduleBases: string[] = [];
  private recordBases = true;
  /** Tracked files named by a `?raw` or `?url` import: text or an emitted asset, unless also loaded as a module. */
  private readonly assetTargets = new Set<string>();
  /** The tracked files in path order, built on first use (for the patterns of template imports). */
  private sorted?: string[];

  constructor(tracked: ReadonlySet<string>, config: ProjectConfig, { submodules = [], symlinks = new Map(), onDisk = () => false, exists = onDisk, readText = () => undefined }: ResolverOptions = {}) {
    this.config = config;
    this.readText = readText;
    this.submodules = submodules;
    this.onDisk = onDisk;
    this.exists = exists;
    this.tracked = symlinks.size === 0 ? tracked : this.sortLinks(tracked, symlinks);
    this.stems = stemIndex(this.tracked);
  }

  /**
   * Splits the tracked symlinks: a link to a tracked file resolves like that file; a
   * link to a directory is a path prefix to rewrite; a link whose target is not
   * tracked is dangling in a clean clone, so it satisfies nothing.
   */
  private sortLinks(tracked: ReadonlySet<string>, symlinks: ReadonlyMap<string, string | undefined>): Set<string> {
    const usable = new Set(tracked);
    const directories = new Set<string>(['']);
    for (const path of tracked) for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) directories.add(path.slice(0, slash));
    for (const link of symlinks.keys()) {
      const target = linkChainEnd(symlinks, link);
      if (target !== undefined && directories.has(target)) {
        usable.delete(link);
        this.directoryLinks.set(link, target);
      } else if (target === undefined || !tracked.has(target)) {
        usable.delete(link);
        if (target !== undefined) this.danglingLinks.set(link, target);
        else this.directoryLinks.set(link, undefined); // outside the repository, or a loop
      }
    }
    return usable;
  }

  /** Resolves `specifier` imported from a file in the directory `dir` (a repository path). */
  resolve(dir: string, specifier: string, need: ImportNeed = 'module'): Resolution {
    if (specifier.includes('?') && isAssetQuery(specifier)) return this.resolveAsset(dir, specifier, need);
    const result = this.resolveFor(dir, specifier, need === 'types');
    if (result.kind === 'miss' && result.declaration) {
      // `import { Shape } from './types'` where only types.d.ts exists, declaring only types: erased.
      if (need === 'bindings' && this.declaresTypesOnly(result.declaration)) return TRACKED;
      // `export * from './x.d'` names x.d.ts itself: Vite appends `.ts` and loads it (empty once types are erased).
      if (need === 'module' && namesDeclarationFile(result.display, result.declaration)) return TRACKED;
    }
    return result;
  }

  /**
   * `./x.js?raw`, `./worklet.js?url`: Vite reads the file as text or emits it as an
   * asset. The file must be tracked like any other; what it imports is not loaded.
   */
  private resolveAsset(dir: string, specifier: string, need: ImportNeed): Resolution {
    this.recordBases = false;
    try {
      const result = this.resolveFor(dir, specifier, need === 'types');
      if (result.kind === 'tracked' && specifier.startsWith('.')) {
        const base = fastJoin(dir, stripQuery(specifier));
        if (base !== undefined && this.tracked.has(base)) this.assetTargets.add(base);
      }
      return result;
    } finally {
      this.recordBases = true;
    }
  }

  /** Tracked files named by a `?raw`/`?url` import so far, in the order first named. */
  assetFiles(): string[] {
    return [...this.assetTargets];
  }

  /** Which of `bases` an import that loads a module probed (see `loadingBases`). */
  loadedBases(bases: readonly string[]): string[] {
    if (bases.length === 0) return [];
    const loaded = new Set(this.moduleBases);
    return bases.filter((base) => loaded.has(base));
  }

  /**
   * An import()/require() whose specifier is computed (`shown`: a template's pattern or
   * the call): checked when it is a relative template that matches a tracked file.
   */
  resolveComputed(dir: string, shown: string): Resolution {
    return this.matchesTracked(dir, shown) ? TRACKED : { kind: 'not-checked', reason: 'computed', subject: '' };
  }

  /**
   * Whether a template import's pattern (`./locales/*.json`, one `*` per `${…}`, each
   * within one folder, as Vite's dynamic-import-vars reads it) matches a tracked file.
   */
  private matchesTracked(dir: string, pattern: string): boolean {
    if (!pattern.startsWith('./') && !pattern.startsWith('../')) return false;
    const path = joinPath(dir, stripQuery(pattern));
    const star = path?.indexOf('*') ?? -1;
    if (path === undefined || star < 0) return false;
    const prefix = path.slice(0, path.lastIndexOf('/', star) + 1);
    const shape = new RegExp(`^${path.split('*').map(escapeRegExp).join('[^/]*')}$`);
    const sorted = (this.sorted ??= [...this.tracked].sort());
    let low = 0;
    for (let high = sorted.length; low < high; ) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) if (shape.test(sorted[i]!)) return true;
    return false;
  }

  /** Whether a declaration file exports no runtime value (interfaces and types only), read once. */
  private declaresTypesOnly(path: string): boolean {
    let typesOnly = this.typesOnlyCache.get(path);
    if (typesOnly === undefined) {
      const text = this.readText(path);
      typesOnly = text !== undefined && !exportsValues(text);
      this.typesOnlyCache.set(path, typesOnly);
    }
    return typesOnly;
  }

  private resolveFor(dir: string, specifier: string, typeOnly: boolean): Resolution {
    if (specifier.charCodeAt(0) === 46 && (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..')) {
      const path = stripQuery(specifier);
      const base = fastJoin(dir, path);
      if (base === undefined) return OUTSIDE;
      const directoryOnly = path.endsWith('/');
      let result = this.resolvePath(base, directoryOnly, typeOnly);
      if (result.kind === 'miss') {
        const rooted = this.throughRootDirs(dir, base, directoryOnly, typeOnly, result);
        if (rooted.kind !== 'miss') return rooted;
        const generator = generatorOfRelative(path);
        if (generator) return { kind: 'generated', generator, display: rooted.shadow ?? base };
        result = rooted;
      }
      return result;
    }
    let cache = this.bareCacheByDir.get(dir);
    if (!cache) {
      const context = `${this.config.aliasesFor(dir)?.file ?? ''}\0${this.config.scopeOf(dir)?.dir ?? ''}`;
      cache = this.bareCacheByContext.get(context);
      if (!cache) this.bareCacheByContext.set(context, (cache = new Map()));
      this.bareCacheByDir.set(dir, cache);
    }
    const key = typeOnly ? `\0${specifier}` : specifier;
    let result = cache.get(key);
    if (result === undefined) {
      result = this.resolveBare(dir, specifier, typeOnly);
      // A guess (baseUrl, a catch-all alias) counts only when its file is on disk.
      if (result.kind === 'miss' && result.onlyIfPresent && !result.candidates.some((candidate) => this.onDisk(candidate))) result = EXTERNAL;
      cache.set(key, result);
    }
    return result;
  }

  /**
   * tsconfig `rootDirs`, as TypeScript's tryLoadModuleUsingRootDirs reads them: the
   * longest root holding the path gives its suffix, tried under every other root. A
   * tracked file in any root satisfies the import; otherwise the miss lists every
   * root's candidates (one may be on disk, or gitignored). A root in a tool's generated
   * folder holds only what that tool writes (its row's relative names, such as
   * `./+types/x`, which the caller checks): it adds no candidates, only the `shadow`.
   */
  private throughRootDirs(dir: string, base: string, directoryOnly: boolean, typeOnly: boolean, own: Miss): Resolution {
    const rootDirs = this.config.aliasesFor(dir)?.rootDirs;
    if (!rootDirs || rootDirs.length < 2) return own;
    let matched: string | undefined;
    for (const root of rootDirs) if ((root === '' || base.startsWith(`${root}/`)) && (matched === undefined || root.length > matched.length)) matched = root;
    if (matched === undefined) return own;
    const suffix = matched === '' ? base : base.slice(matched.length + 1);
    const candidates = [...own.candidates];
    const likely = [...own.likely];
    let shadow: string | undefined;
    let declaration = own.declaration;
    for (const root of rootDirs) {
      if (root === matched) continue;
      const alternate = root === '' ? suffix : `${root}/${suffix}`;
      const result = this.resolvePath(alternate, directoryOnly, typeOnly);
      if (result.kind === 'tracked') return result;
      if (result.kind === 'generated') shadow ??= alternate;
      else if (result.kind === 'miss') {
        candidates.push(...result.candidates);
        likely.push(...result.likely);
        declaration ??= result.declaration;
      }
    }
    return { ...own, candidates, likely, ...(declaration ? { declaration } : {}), ...(shadow ? { shadow } : {}) };
  }

  private resolveBare(dir: string, raw: string, typeOnly: boolean): Resolution {
    if (raw === '' || raw.includes('!') || raw.startsWith('//')) return EXTERNAL; // loaders, protocol-relative URLs
    if (raw.includes(':') && /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw)) return this.generated(raw) ?? EXTERNAL; // node:, https:, virtual:
    const specifier = stripQuery(raw);
    // A server-root or file-system path: which root it means is the bundler's setting.
    if (specifier.startsWith('/')) return this.generated(specifier) ?? { kind: 'not-checked', reason: 'root-relative', subject: '/' };
    if (specifier.startsWith('#')) {
      const viaImports = this.resolvePackageImports(dir, specifier, typeOnly);
      if (viaImports) return viaImports;
    }
    const config = this.config.aliasesFor(dir);
    let catchAll: Resolution | undefined;
    if (config) {
      for (const alias of config.aliases) {
        const match = matchAlias(alias.prefix, alias.suffix, specifier);
        if (match === undefined) continue;
        // normalizePath(combinePaths(base, substituted)), as TypeScript's tryLoadModuleUsingPaths: `~/../x`, `~//x`, `@m/.`.
        const bases: string[] = [];
        for (const target of alias.targets) {
          const base = joinPath('', target.replace('*', match));
          if (base !== undefined) bases.push(base);
        }
        const result = bases.length === 0 ? OUTSIDE : bases.length === 1 ? this.resolvePath(bases[0]!, false, typeOnly) : this.resolveAny(bases, typeOnly);
        if (result.kind !== 'miss') return result;
        // TypeScript falls back to node_modules when `paths` finds nothing: a package
        // the project depends on wins over a pattern such as `"@*": ["src/*"]`.
        if (this.isDependency(dir, specifier)) break;
        // A catch-all pattern is no evidence that the file belongs to the repository.
        if (alias.prefix === '' && (alias.suffix ?? '') === '') catchAll = { ...result, onlyIfPresent: true };
        else return result;
        break;
      }
    }
    const generated = this.generated(specifier);
    if (generated) return generated;
    if (specifier.charCodeAt(0) !== 64 /* @ */ && (BUILTINS.has(specifier) || BUILTINS.has(specifier.slice(0, specifier.indexOf('/') >>> 0)))) return EXTERNAL;
    const local = this.resolveLocalDependency(dir, specifier, typeOnly);
    if (local) return local;
    // The same from every directory: cached across tsconfig contexts.
    const workspaceKey = typeOnly ? `\0${specifier}` : specifier;
    let workspace = this.workspaceCache.get(workspaceKey);
    if (workspace === undefined && !this.workspaceCache.has(workspaceKey)) {
      workspace = this.resolveWorkspace(specifier, typeOnly);
      this.workspaceCache.set(workspaceKey, workspace);
    }
    if (workspace) return workspace;
    if (config?.baseUrl !== undefined) {
      const base = joinPath(config.baseUrl, specifier);
      if (base !== undefined) {
        const result = this.resolvePath(base, false, typeOnly);
        if (result.kind === 'tracked') return result;
        if (result.kind === 'miss') return { ...result, onlyIfPresent: true };
      }
    }
    if (catchAll) return catchAll;
    return PACKAGE_NAME.test(packageName(specifier)) ? EXTERNAL : this.unknownAlias(specifier, config);
  }

  private generated(specifier: string): Resolution | undefined {
    const generator = generatorOfSpecifier(specifier);
    return generator ? { kind: 'generated', generator, display: specifier } : undefined;
  }

  /**
   * An alias no config defines: `~/`, `@/`, `$lib`, `#x` cannot be package names.
   * When the nearest tsconfig extends a config that is absent (generated, or not
   * installed), that config is where the alias lives.
   */
  private unknownAlias(specifier: string, config: AliasConfig | undefined): Resolution {
    const slash = specifier.indexOf('/');
    const subject = slash < 0 ? specifier : specifier.slice(0, slash + 1);
    const absent = config?.absent[0];
    if (absent !== undefined) return { kind: 'not-checked', reason: generatorOfPath(absent) ?? generatorOfSpecifier(absent) ? 'generated-tsconfig' : 'absent-tsconfig', subject, detail: absent };
    return { kind: 'not-checked', reason: 'unknown-alias', subject, detail: config?.file };
  }

  /** Whether the importer's package (or one above it) declares the package a specifier names, or it is a workspace package or installed. */
  private isDependency(dir: string, specifier: string): boolean {
    const name = packageName(specifier);
    if (!PACKAGE_NAME.test(name)) return false;
    if (this.config.workspacePackage(name)) return true;
    for (let scope = this.config.scopeOf(dir); scope; scope = scope.dir === '' ? undefined : this.config.scopeOf(dirOf(scope.dir))) {
      if (scope.dependencies.has(name)) return true;
      if (this.exists(`${scope.dir === '' ? '' : `${scope.dir}/`}node_modules/${name}`)) return true;
    }
    return false;
  }

  /** The first of several candidate paths that resolves; a miss lists all their candidates. */
  private resolveAny(bases: string[], typeOnly: boolean): Resolution {
    const candidates: string[] = [];
    const likely: string[] = [];
    let first: Miss | undefined;
    let other: Resolution | undefined;
    for (const base of bases) {
      const result = this.resolvePath(base, false, typeOnly);
      if (result.kind === 'tracked') return result;
      if (result.kind === 'miss') {
        first ??= result;
        candidates.push(...result.candidates);
        likely.push(...result.likely);
      } else other ??= result;
    }
    if (other) return other;
    return first ? { ...first, candidates, likely } : EXTERNAL;
  }

  /** A repository path as a file (extension probing, `.js`→`.ts`) or a directory (package.json, index). */
  resolvePath(base: string, directoryOnly: boolean, typeOnly = false, hops = 0): Resolution {
    if (this.recordBases) this.moduleBases.push(base);
    if (this.submodules.length > 0) {
      const submodule = this.submoduleOf(base);
      if (submodule && !submodule.checkedOut) return { kind: 'not-checked', reason: 'submodule-not-checked-out', subject: submodule.path };
    }
    if (!directoryOnly && this.resolveFile(base, typeOnly)) return TRACKED;
    if (this.resolveDirectory(base, typeOnly)) return TRACKED;
    return this.missOf(base, directoryOnly, typeOnly, hops);
  }

  /**
   * Whether a tracked file satisfies `base` as a file. One map lookup by stem in the
   * common cases instead of a set lookup per probed extension: this runs for
   * every relative import of every file.
   */
  private resolveFile(base: string, typeOnly: boolean): boolean {
    const substituted = substitutedExtension(base);
    if (substituted) {
      const bits = this.stems.get(base.slice(0, -substituted.length));
      if (bits !== undefined && (bits & SUBSTITUTE_BITS.get(substituted)![typeOnly ? 0 : 1]) !== 0) return true;
      if (this.tracked.has(base)) return true;
    }
    // `./module-registry` names a file without its extension far more often than an extensionless file.
    const hasDot = substituted !== undefined || base.indexOf('.', base.lastIndexOf('/') + 1) >= 0;
    if (hasDot && !substituted && this.tracked.has(base)) return true;
    const bits = this.stems.get(base);
    if (bits !== undefined && (typeOnly || (bits & ~DECLARATION_BITS) !== 0)) return true;
    // `./x.d`: x.d + `.ts` is x.d.ts, which the stems index under `x`.
    if (typeOnly && hasDot && base.endsWith('.d') && ((this.stems.get(base.slice(0, -2)) ?? 0) & DECLARATION_BITS) !== 0) return true;
    return !hasDot && this.tracked.has(base);
  }

  private resolveDirectory(base: string, typeOnly: boolean): boolean {
    const manifest = this.config.manifest(base);
    if (manifest) {
      for (const entry of entriesOf(manifest, typeOnly)) {
        const target = joinPath(base, entry);
        if (target !== undefined && (this.resolveFile(target, typeOnly) || this.resolveIndex(target, typeOnly))) return true;
      }
    }
    return this.resolveIndex(base, typeOnly);
  }

  private resolveIndex(dir: string, typeOnly: boolean): boolean {
    const bits = this.stems.get(dir === '' ? 'index' : `${dir}/index`);
    return bits !== undefined && (typeOnly || (bits & ~DECLARATION_BITS) !== 0);
  }

  /** Nothing tracked matched `base`: through a linked directory or a `browser` map, else a miss (or generated output). */
  private missOf(base: string, directoryOnly: boolean, typeOnly: boolean, hops: number): Resolution {
    if (hops < MAX_HOPS) {
      const linked = this.throughDirectoryLink(base);
      if (linked === null) return OUTSIDE;
      if (linked !== undefined) return this.resolvePath(linked, directoryOnly, typeOnly, hops + 1);
      const browser = this.browserReplacement(base, typeOnly, hops);
      if (browser) return browser;
    }
    const generator = generatorOfPath(base);
    if (generator) return { kind: 'generated', generator, display: base };
    const entries = this.entryFiles(base, typeOnly);
    const candidates = [...entries, ...(directoryOnly ? [] : fileCandidates(base, typeOnly)), ...indexCandidates(base, typeOnly)].map((path) => this.danglingLinks.get(path) ?? path);
    const display = entries.length > 0 && !directoryOnly ? entries[0]! : (this.danglingLinks.get(base) ?? base);
    const miss: Miss = { kind: 'miss', candidates, likely: [display, ...(display === base ? [] : [base]), candidates[0] ?? base], display };
    if (!typeOnly) {
      const declaration = this.declarationFor(base, directoryOnly);
      if (declaration) miss.declaration = declaration;
    }
    return miss;
  }

  /** The tracked declaration file a value import resolved to, which only types can use. */
  private declarationFor(base: string, directoryOnly: boolean): string | undefined {
    if (!(directoryOnly ? false : this.resolveFile(base, true)) && !this.resolveDirectory(base, true)) return undefined;
    const candidates = [...(directoryOnly ? [] : fileCandidates(base, true)), ...this.entryFiles(base, true), ...indexCandidates(base, true)];
    return candidates.find((candidate) => isDeclaration(candidate) && this.tracked.has(candidate));
  }

  /** The files a package directory's manifest names as its entry (what `main` etc. point at). */
  private entryFiles(base: string, typeOnly: boolean): string[] {
    const manifest = this.config.manifest(base);
    if (!manifest) return [];
    return entriesOf(manifest, typeOnly).flatMap((entry) => {
      const target = joinPath(base, entry);
      return target === undefined ? [] : exactCandidates(target, typeOnly);
    });
  }

  /**
   * `base` inside a tracked symlink to a directory: the same path under the link's
   * target; null when the link leaves the repository; undefined when no link is on the way.
   */
  private throughDirectoryLink(base: string): string | null | undefined {
    if (this.directoryLinks.size === 0) return undefined;
    for (let slash = base.indexOf('/'); ; slash = base.indexOf('/', slash + 1)) {
      const prefix = slash < 0 ? base : base.slice(0, slash);
      if (this.directoryLinks.has(prefix)) {
        const target = this.directoryLinks.get(prefix);
        if (target === undefined) return null;
        return slash < 0 ? target : (joinPath(target, base.slice(slash + 1)) ?? null);
      }
      if (slash < 0) return undefined;
    }
  }

  /**
   * The package's `browser` map (browserify's field, honoured by Vite, webpack and
   * esbuild): a file it replaces resolves to the replacement, `false` to an empty module.
   */
  private browserReplacement(base: string, typeOnly: boolean, hops: number): Resolution | undefined {
    const scope = this.config.scopeOf(dirOf(base));
    const map = scope?.browser;
    if (!scope || !map || typeof map !== 'object') return undefined;
    const relative = relativeTo(scope.dir, base);
    if (relative.startsWith('../')) return undefined;
    const key = `./${relative}`;
    const keys = [key, ...['.js', '.mjs', '.cjs', '.json'].map((ext) => key + ext), `${key}/index.js`];
    const found = keys.find((candidate) => Object.hasOwn(map, candidate));
    if (found === undefined) return undefined;
    const replacement = map[found];
    if (replacement === false) return TRACKED;
    if (typeof replacement !== 'string') return undefined;
    if (!replacement.startsWith('.')) return EXTERNAL;
    const target = joinPath(scope.dir, replacement);
    return target === undefined ? undefined : this.resolvePath(target, false, typeOnly, hops + 1);
  }

  private submoduleOf(path: string): Submodule | undefined {
    return this.submodules.find((submodule) => path === submodule.path || path.startsWith(`${submodule.path}/`));
  }

  /** `#alias` through the `imports` field of the importer's package scope. */
  private resolvePackageImports(dir: string, specifier: string, typeOnly: boolean): Resolution | undefined {
    const scope = this.config.scopeOf(dir);
    if (!scope?.imports) return undefined;
    const targets = mapSubpath(scope.imports, specifier);
    if (targets === undefined) return undefined;
    return this.resolveTargets(scope, targets, typeOnly);
  }

  /** A bare specifier that names a workspace package of this repository, into that package. */
  private resolveWorkspace(specifier: string, typeOnly: boolean): Resolution | undefined {
    const name = packageName(specifier);
    const manifest = this.config.workspacePackage(name);
    return manifest ? this.resolveInPackage(manifest, name, specifier.slice(name.length + 1), typeOnly) : undefined;
  }

  /** `subpath` ('' for the package itself) of a package folder of this repository, through its `exports`, entry fields or files. */
  private resolveInPackage(manifest: PackageManifest, name: string, subpath: string, typeOnly: boolean): Resolution {
    if (manifest.exports !== undefined && manifest.exports !== null) {
      const targets = mapSubpath(normalizeExports(manifest.exports), subpath === '' ? '.' : `./${subpath}`);
      // Not in the exports map: Node refuses it, so only a bundler plugin can provide it.
      return targets === undefined ? { kind: 'not-checked', reason: 'not-exported', subject: name, detail: manifest.dir } : this.resolveTargets(manifest, targets, typeOnly);
    }
    const base = joinPath(manifest.dir, subpath);
    return base === undefined ? EXTERNAL : this.resolvePath(base, false, typeOnly);
  }

  /**
   * A dependency the nearest package.json declaring it installs from a folder
   * (`link:`, `file:`, `portal:`): the package manager links or copies that folder
   * into node_modules, so the import resolves into it like a workspace package.
   */
  private resolveLocalDependency(dir: string, specifier: string, typeOnly: boolean): Resolution | undefined {
    const name = packageName(specifier);
    for (let scope = this.config.scopeOf(dir); scope; scope = scope.dir === '' ? undefined : this.config.scopeOf(dirOf(scope.dir))) {
      const version = scope.dependencies.get(name);
      if (version === undefined) continue;
      const path = localPath(version);
      if (path === undefined) return this.installsFromRegistry(name, version) ? EXTERNAL : undefined; // else a registry or workspace version: installed
      const folder = joinPath(scope.dir, path);
      if (folder === undefined) return OUTSIDE;
      if (/\.(?:tgz|tar|tar\.gz)$/.test(folder)) return EXTERNAL; // a packed tarball, unpacked by the install
      const subpath = specifier.slice(name.length + 1);
      const manifest = this.config.manifest(folder);
      if (manifest) return this.resolveInPackage(manifest, name, subpath, typeOnly);
      const base = joinPath(folder, subpath);
      return base === undefined ? OUTSIDE : this.resolvePath(base, false, typeOnly);
    }
    return undefined;
  }

  /**
   * Whether the version the importer's package.json gives `name` installs a package from
   * elsewhere although a workspace package has that name (formbricks names its Storybook
   * app `storybook` and imports `storybook/test` from npm): an `npm:` alias, a URL or git
   * spec, or a range (a pnpm `catalog:` entry is one) that the workspace package's own
   * version does not satisfy. Package managers link the workspace package for `workspace:`
   * and, npm, yarn and bun, for a range it satisfies: those stay workspace imports.
   */
  private installsFromRegistry(name: string, version: string): boolean {
    const workspace = this.config.workspacePackage(name);
    if (!workspace) return false;
    let range = version;
    const catalog = /^catalog:(.*)$/.exec(range);
    if (catalog) {
      const entry = this.config.catalogVersion(catalog[1]!.trim(), name);
      if (entry === undefined) return false; // a catalog this check did not find: no evidence either way
      range = entry;
    }
    if (range.startsWith('workspace:')) return false;
    if (/^[a-z][a-z0-9+.-]*:/i.test(range) || (range.includes('/') && !range.startsWith('.'))) return true; // npm:, git+https:, github:, https:, user/repo
    // A dist-tag (`latest`) or a version the workspace package lacks: no evidence either way.
    return workspace.version !== undefined && this.config.versionSatisfies?.(workspace.version, range) === false;
  }

  /** Targets of an exports/imports entry: package-relative paths resolve inside the package, bare ones are packages. */
  private resolveTargets(manifest: PackageManifest, targets: Target[], typeOnly: boolean): Resolution {
    const paths = targets.filter((target) => target.path.startsWith('./'));
    if (paths.length === 0) return EXTERNAL; // `"#dep": "some-package"`: a third-party package
    // A value import needs what a runtime condition points at, not the `types` one.
    const usable = typeOnly ? paths : paths.filter((target) => !target.types && !isDeclaration(target.path));
    const bases = (usable.length > 0 ? usable : paths).flatMap((target) => {
      const base = joinPath(manifest.dir, target.path);
      return base === undefined ? [] : [base];
    });
    if (bases.length === 0) return EXTERNAL;
    if (this.recordBases) this.moduleBases.push(...bases);
    // Exports point at exact files: only TypeScript's `.js`→`.ts` mapping applies.
    const satisfied = (base: string) => exactCandidates(base, typeOnly).some((candidate) => this.tracked.has(candidate));
    if (usable.length > 0 && bases.some(satisfied)) {
      // Each condition serves another environment (`react-server`, `browser`, `default`):
      // a target that is on this disk but not in git is the forgotten file of one of them.
      const forgotten = bases.find((base) => !satisfied(base) && exactCandidates(base, typeOnly).some((candidate) => this.onDisk(candidate)));
      if (forgotten === undefined) return TRACKED;
      const candidates = exactCandidates(forgotten, typeOnly);
      return { kind: 'miss', candidates, likely: [forgotten, candidates[0] ?? forgotten], display: forgotten };
    }
    const generator = bases.map(generatorOfPath).find(Boolean);
    if (generator) return { kind: 'generated', generator, display: bases[0]! };
    const candidates = bases.flatMap((base) => exactCandidates(base, typeOnly));
    const miss: Miss = { kind: 'miss', candidates, likely: [bases[0]!, candidates[0] ?? bases[0]!], display: bases[0]! };
    if (!typeOnly) {
      const declaration = paths.map((target) => joinPath(manifest.dir, target.path)).flatMap((base) => (base === undefined ? [] : exactCandidates(base, true))).find((candidate) => isDeclaration(candidate) && this.tracked.has(candidate));
      if (declaration) miss.declaration = declaration;
    }
    return miss;
  }
}

/**
 * Whether declaration-file text exports something that exists at run time: a
 * function, variable, class, enum or namespace, a default that is not an
 * interface, `export =`, or a re-export (which may carry values). Interfaces and
 * type aliases do not; neither does `declare global { … }`.
 */
export function exportsValues(text: string): boolean {
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ').replace(/\bexport\s*\{\s*\}\s*;?/g, ' ');
  return /(?:^|[;{}\n])\s*export\s+(?:declare\s+)?(?:default\s+(?!interface\b|type\b)|=|const\b|let\b|var\b|function\b|async\b|class\b|abstract\b|enum\b|namespace\b|module\b|import\b|\{|\*)/.test(code);
}

/** The entry fields of a package.json that a value (or type) import of its directory reads. */
function entriesOf(manifest: PackageManifest, typeOnly: boolean): string[] {
  const entries = [typeOnly ? manifest.types : undefined, typeof manifest.browser === 'string' ? manifest.browser : undefined, manifest.module, manifest.main].filter((entry): entry is string => typeof entry === 'string' && entry !== '');
  const map = manifest.browser;
  if (!map || typeof map !== 'object') return entries;
  // `"browser": { "./out/cjs.node.js": "./out/esm.browser.js" }` replaces the main entry for browser builds.
  const replaced = entries.flatMap((entry) => {
    const replacement = map[`./${entry.replace(/^\.\//, '')}`];
    return typeof replacement === 'string' ? [replacement] : [];
  });
  return [...entries, ...replaced];
}

/** `@scope/name` or `name`: the package part of a bare specifier. */
function packageName(specifier: string): string {
  const slash = specifier.indexOf('/');
  if (slash < 0) return specifier;
  if (specifier.charCodeAt(0) !== 64 /* @ */) return specifier.slice(0, slash);
  const second = specifier.indexOf('/', slash + 1);
  return second < 0 ? specifier : specifier.slice(0, second);
}

function exactCandidates(base: string, typeOnly: boolean): string[] {
  const substituted = substitutedExtension(base);
  const keep = (path: string) => typeOnly || !isDeclaration(path);
  if (!substituted) return [base, ...(/\.[a-z0-9]+$/i.test(base.slice(base.lastIndexOf('/') + 1)) ? [] : EXTENSIONS.map((ext) => base + ext).filter(keep))];
  const stem = base.slice(0, -substituted.length);
  return [...new Set([base, ...SUBSTITUTES[substituted]!.map((ext) => stem + ext)])].filter(keep);
}

/** What a specifier without a tracked match could have meant, most likely first. */
export function fileCandidates(base: string, typeOnly = false): string[] {
  const substituted = substitutedExtension(base);
  const mapped = substituted ? SUBSTITUTES[substituted]!.map((ext) => base.slice(0, -substituted.length) + ext) : [];
  const all = [...new Set([...mapped, base, ...EXTENSIONS.map((ext) => base + ext)])];
  return typeOnly ? all : all.filter((path) => !isDeclaration(path));
}

function indexCandidates(base: string, typeOnly: boolean): string[] {
  const prefix = base === '' ? '' : `${base}/`;
  return EXTENSIONS.filter((ext) => typeOnly || !DECLARATIONS.includes(ext)).map((ext) => `${prefix}index${ext}`);
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
  // `../..//x`, `./a/../b`, `./dir/`: folded by the general join.
  if (rest === '' || rest === '.' || rest === '..' || rest.charCodeAt(0) === 47 || rest.includes('/.') || rest.includes('//') || rest.endsWith('/')) return joinPath(dir, specifier);
  return base === '' ? rest : `${base}/${rest}`;
}

/** `?raw` (import as text) or `?url` (emit as an asset), not `?worker&url`: Vite's asset queries. */
function isAssetQuery(specifier: string): boolean {
  const names = specifier.slice(specifier.indexOf('?') + 1).split('&').map((part) => part.split('=')[0]);
  return (names.includes('raw') || names.includes('url')) && !names.includes('worker') && !names.includes('sharedworker');
}

/** Whether a miss displayed as `display` names the declaration file itself (`./x.d` for x.d.ts). */
function namesDeclarationFile(display: string, declaration: string): boolean {
  return display.endsWith('.d') && declaration.startsWith(display) && DECLARATIONS.some((ext) => declaration === display.slice(0, -2) + ext);
}

/** The paths whose resolution could have found `file`: itself, without its extension, with the `.js` it maps from, its folder for an index. */
export function loadingBases(file: string): string[] {
  const slash = file.lastIndexOf('/');
  const name = file.slice(slash + 1);
  const ext = DECLARATIONS.find((candidate) => name.endsWith(candidate)) ?? (name.lastIndexOf('.') > 0 ? name.slice(name.lastIndexOf('.')) : '');
  const stem = file.slice(0, file.length - ext.length);
  const bases = [file, stem, ...Object.entries(SUBSTITUTES).filter(([, sources]) => sources.includes(ext)).map(([from]) => stem + from)];
  if (name.slice(0, name.length - ext.length) === 'index') bases.push(slash < 0 ? '' : file.slice(0, slash));
  return bases;
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

/** A target of an exports/imports entry, and whether it sits under a `types` condition. */
interface Target {
  path: string;
  types: boolean;
}

/**
 * The targets of a subpath in an exports/imports map (exact key, else the
 * pattern with the longest prefix), with every condition's target in order:
 * any of them being tracked satisfies the import.
 */
function mapSubpath(map: Record<string, unknown>, subpath: string): Target[] | undefined {
  if (Object.hasOwn(map, subpath)) return flattenTargets(map[subpath], undefined, false);
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
  const targets = flattenTargets(map[best.key], best.match, false);
  return best.key.includes('*') ? targets : targets.map((target) => ({ ...target, path: target.path + best.match }));
}

function flattenTargets(value: unknown, match: string | undefined, types: boolean): Target[] {
  if (typeof value === 'string') return [{ path: match === undefined ? value : value.replaceAll('*', match), types }];
  if (Array.isArray(value)) return value.flatMap((item) => flattenTargets(item, match, types));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([condition, item]) => flattenTargets(item, match, types || condition === 'types'));
  return []; // null: explicitly not exported
}
