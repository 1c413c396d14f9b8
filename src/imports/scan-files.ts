// Reading tracked source files and resolving their imports, a batch of files at a
// time: the same code runs on the main thread and in worker threads (scan-pool.ts),
// and a batch's result does not depend on the thread that made it, so batches merged
// in file order give the one-thread result exactly.
import { existsSync, readFileSync } from 'node:fs';
import { isFile } from '../shared/files.ts';
import { LineIndex } from '../shared/line-index.ts';
import { isTypeTest, type ScanStats, scanSource, type SourceKind, sourceKindOf } from './imports.ts';
import { dirOf } from './paths.ts';
import { configLibraries, type ConfigLibraries, ProjectConfig } from './project-config.ts';
import { type ImportNeed, isDeclaration, Resolver, type Submodule } from './resolver.ts';
import type { ImportCounts, ImportMiss, NotCheckedGroup, PendingMiss } from './untracked-files.ts';

/** Everything a scanner needs, as plain data a worker thread receives once. */
export interface ScanSetup {
  /** The repository root, and the same with a trailing separator. */
  root: string;
  rootPrefix: string;
  /** The repository's tracked paths; `resolvable` adds the files of checked-out submodules. */
  tracked: readonly string[];
  submoduleFiles: readonly string[];
  submodules: readonly Submodule[];
  /** Tracked symlinks: link → the repository path it points at (undefined: outside, or a loop). */
  symlinks: readonly (readonly [string, string | undefined])[];
  /** The files to scan; the imports of `files[i]` resolve from the folder `dirs[i]`. */
  files: readonly string[];
  dirs: readonly string[];
}

/**
 * A ScanSetup as a worker thread receives it. Cloned as three lists of 100,000 paths, the
 * setup cost the main thread ~15 ms and the worker ~80 ms before its first file; one
 * joined string and the scanned files' positions in it cost a few ms on each side.
 */
export interface PackedScanSetup extends Omit<ScanSetup, 'tracked' | 'files' | 'dirs'> {
  /** The tracked paths joined by NUL, which no path holds. */
  tracked: string;
  /** Where each scanned file is in the tracked list. */
  positions: Int32Array;
  /** Scanned files whose imports resolve from another folder than their own (a tracked symlink's target): [index in files, folder]. */
  otherDirs: [number, string][];
}

/** The setup in the form a worker receives; `setup.files` are tracked paths in the order of `setup.tracked`. */
export function packSetup(setup: ScanSetup): PackedScanSetup {
  const { tracked, files, dirs, ...rest } = setup;
  const positions = new Int32Array(files.length);
  const otherDirs: [number, string][] = [];
  for (let i = 0, at = 0; i < files.length; i++, at++) {
    const file = files[i]!;
    while (at < tracked.length && tracked[at] !== file) at++;
    if (at === tracked.length) throw new Error(`scan setup: ${file} is not in the tracked list after the file before it`);
    positions[i] = at;
    // Whether dirs[i] is dirOf(file), compared in place: no string made per file.
    const dir = dirs[i]!;
    const slash = file.lastIndexOf('/');
    if (dir.length !== Math.max(slash, 0) || !file.startsWith(dir)) otherDirs.push([i, dir]);
  }
  return { ...rest, tracked: tracked.join('\0'), positions, otherDirs };
}

export function unpackSetup({ tracked: joined, positions, otherDirs, ...rest }: PackedScanSetup): ScanSetup {
  const tracked = joined === '' ? [] : joined.split('\0');
  const files = Array.from(positions, (at) => tracked[at]!);
  const dirs = files.map(dirOf);
  for (const [i, dir] of otherDirs) dirs[i] = dir;
  return { ...rest, tracked, files, dirs };
}

/** What scanning a range of files found: counts to add, lists to append in order. */
export interface ScannedBatch {
  scannedFiles: number;
  importsChecked: number;
  parsers: ScanStats;
  counts: Pick<ImportCounts, 'tracked' | 'external' | 'generated'>;
  /** Misses to classify (untracked, ignored or missing), in file order. */
  pending: PendingMiss[];
  generatedMisses: ImportMiss[];
  /** Groups in the order first seen; `example` is the batch's first. */
  notChecked: NotCheckedGroup[];
  deletedTracked: string[];
  notes: string[];
  /** Config files this scanner had not reported before that could not be read or parsed. */
  problems: string[];
  /** Files first named by a `?raw`/`?url` import in this batch. */
  assetFiles: string[];
}

/** Where one import goes. */
export type Verdict =
  | { kind: 'tracked' | 'external' }
  | { kind: 'pending'; miss: PendingMiss }
  | { kind: 'generated'; miss: ImportMiss }
  | { kind: 'not-checked'; group: NotCheckedGroup };

const TRACKED_VERDICT: Verdict = { kind: 'tracked' };
const EXTERNAL_VERDICT: Verdict = { kind: 'external' };

/** Runs `each` for every batch id this thread claims from the shared counter `next`, until none is left. */
export function forEachClaimedBatch(next: SharedArrayBuffer, total: number, each: (id: number) => void): void {
  const claim = new Int32Array(next);
  for (let id = Atomics.add(claim, 0, 1); id < total; id = Atomics.add(claim, 0, 1)) each(id);
}

export const notCheckedKey = (reason: string, subject: string, detail: string | undefined) => `${reason}\0${subject}\0${detail ?? ''}`;

/** What an import needs of its target: types (type-only, or in a type test), bindings (a TypeScript import that binds names), or the module. */
export function importNeed(kind: SourceKind, typeOnly: boolean, bindings: boolean): ImportNeed {
  return typeOnly ? 'types' : bindings && kind !== 'js' && kind !== 'jsx' ? 'bindings' : 'module';
}

export class FileScanner {
  readonly config: ProjectConfig;
  readonly resolver: Resolver;
  private readonly setup: ScanSetup;
  private problemsReported = 0;
  private assetsReported = 0;

  /** A scanner, with the parsers the repository's configs need loaded (configLibraries). */
  static async create(setup: ScanSetup, tracked?: ReadonlySet<string>): Promise<FileScanner> {
    return new FileScanner(setup, await configLibraries(setup.tracked), tracked);
  }

  /** `tracked` and `resolvable`: the setup's lists as sets, when the caller has them already. */
  private constructor(setup: ScanSetup, libraries: ConfigLibraries, tracked: ReadonlySet<string> = new Set(setup.tracked), resolvable: ReadonlySet<string> = setup.submoduleFiles.length === 0 ? tracked : new Set([...tracked, ...setup.submoduleFiles])) {
    this.setup = setup;
    const { rootPrefix } = setup;
    this.config = new ProjectConfig(setup.root, tracked, libraries);
    this.resolver = new Resolver(resolvable, this.config, {
      submodules: setup.submodules,
      symlinks: new Map(setup.symlinks),
      onDisk: (path) => isFile(rootPrefix + path),
      exists: (path) => existsSync(rootPrefix + path),
      readText: (path) => {
        try {
          return readFileSync(rootPrefix + path, 'utf8');
        } catch {
          return undefined;
        }
      },
    });
  }

  /** Reads files[from, to) and resolves every import. */
  scan(from: number, to: number): ScannedBatch {
    const { rootPrefix, files, dirs } = this.setup;
    const parsers: ScanStats = { lexer: 0, tokenizer: 0 };
    const counts = { tracked: 0, external: 0, generated: 0 };
    const pending: PendingMiss[] = [];
    const generatedMisses: ImportMiss[] = [];
    const notChecked = new Map<string, NotCheckedGroup>();
    const deletedTracked: string[] = [];
    const notes: string[] = [];
    let scannedFiles = 0;
    let importsChecked = 0;
    const tally = (verdict: Verdict) => {
      importsChecked++;
      switch (verdict.kind) {
        case 'tracked':
        case 'external':
          counts[verdict.kind]++;
          return;
        case 'pending':
          pending.push(verdict.miss);
          return;
        case 'generated':
          counts.generated++;
          generatedMisses.push(verdict.miss);
          return;
        case 'not-checked': {
          const { group } = verdict;
          const key = notCheckedKey(group.reason, group.subject, group.detail);
          const seen = notChecked.get(key);
          if (seen) seen.count++;
          else notChecked.set(key, group);
        }
      }
    };
    for (let i = from; i < to; i++) {
      const file = files[i]!;
      let source: string;
      try {
        source = readFileSync(rootPrefix + file, 'utf8'); // not path.join: this runs for every file
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') deletedTracked.push(file);
        else if (code !== 'EISDIR') notes.push(`${file}: could not be read (${code ?? error}); its imports were not checked`);
        continue;
      }
      scannedFiles++;
      this.judgeFile(file, dirs[i]!, source, tally, parsers);
    }
    return { scannedFiles, importsChecked, parsers, counts, pending, generatedMisses, notChecked: [...notChecked.values()], deletedTracked, notes, problems: this.newProblems(), assetFiles: this.newAssetFiles() };
  }

  /**
   * Where each import of one file goes: the one place a verdict is made, for the scan
   * and for taking an asset-only file's imports back out of their buckets.
   */
  judgeFile(file: string, dir: string, source: string, onVerdict: (verdict: Verdict, specifier: string, offset: number) => void, parsers?: ScanStats): void {
    const { config, resolver } = this;
    const kind = sourceKindOf(file)!;
    let lines: LineIndex | undefined; // built only for a file with a miss
    const lineAt = (offset: number) => (lines ??= new LineIndex(source)).lineAt(offset);
    const typeTest = isTypeTest(file);
    // tsc with skipLibCheck never checks a .d.ts, and no bundler loads one: its misses cannot fail a build.
    const tsconfig = isDeclaration(file) ? config.aliasesFor(dir) : undefined;
    const uncheckedBy = tsconfig?.skipLibCheck ? tsconfig.file : undefined;
    scanSource(source, kind, (specifier, offset, importKind, typeOnly, bindings, computed) => {
      if (typeTest) typeOnly = true;
      const resolution = computed ? resolver.resolveComputed(dir, specifier) : resolver.resolve(dir, specifier, importNeed(kind, typeOnly, bindings));
      switch (resolution.kind) {
        case 'tracked':
          return onVerdict(TRACKED_VERDICT, specifier, offset);
        case 'external':
          return onVerdict(EXTERNAL_VERDICT, specifier, offset);
        case 'miss':
          if (uncheckedBy) return onVerdict({ kind: 'not-checked', group: { reason: 'skip-lib-check', subject: uncheckedBy, detail: undefined, count: 1, example: { file, line: lineAt(offset), specifier } } }, specifier, offset);
          return onVerdict({ kind: 'pending', miss: { file, line: lineAt(offset), specifier, kind: importKind, typeOnly, resolution } }, specifier, offset);
        case 'generated':
          return onVerdict({ kind: 'generated', miss: { file, line: lineAt(offset), specifier, kind: importKind, typeOnly, resolved: resolution.display, state: 'generated', generator: resolution.generator.name, allowed: false, violation: false } }, specifier, offset);
        case 'not-checked':
          return onVerdict({ kind: 'not-checked', group: { reason: resolution.reason, subject: resolution.subject, detail: resolution.detail, count: 1, example: { file, line: lineAt(offset), specifier } } }, specifier, offset);
      }
    }, parsers);
  }

  /** Config problems not returned by an earlier call. */
  newProblems(): string[] {
    const fresh = this.config.problems.slice(this.problemsReported);
    this.problemsReported = this.config.problems.length;
    return fresh;
  }

  private newAssetFiles(): string[] {
    const all = this.resolver.assetFiles();
    const fresh = all.slice(this.assetsReported);
    this.assetsReported = all.length;
    return fresh;
  }
}
