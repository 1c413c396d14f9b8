// The untracked-files engine: every import of every tracked source file, resolved
// against what git tracks (not the disk), each miss classified by what the disk
// and .gitignore say; plus the uncommitted state of the working tree. Every import
// ends in exactly one bucket (importCounts): nothing is skipped without a count.
import { existsSync, lstatSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { Git } from '../git/git.ts';
import { UserError } from '../shared/errors.ts';
import type { GlobSet } from '../shared/inputs.ts';
import { LineIndex } from '../shared/line-index.ts';
import { type DirtyFile, type IgnoreStatus, ignoredPaths, isSparseCheckout, listSubmoduleFiles, listTracked, type TrackedFiles, worktreeChanges } from './git-state.ts';
import { type ImportKind, type ScanStats, sourceKindOf } from './imports.ts';
import { FileScanner, notCheckedKey, type ScanSetup } from './scan-files.ts';
import { isFile } from '../shared/files.ts';
import { scanFiles, type ScanThreads } from './scan-pool.ts';
import { dirOf, joinPath, relativeTo } from './paths.ts';
import { linkChainEnd, loadingBases, type Miss, type NotCheckedReason, type Submodule } from './resolver.ts';

export type MissState = 'untracked' | 'ignored' | 'generated' | 'missing';

export interface ImportMiss {
  /** The importing file (repository path) and the line of the specifier. */
  file: string;
  line: number;
  specifier: string;
  kind: ImportKind;
  /** Needed by the type checker only (a declaration file would do). */
  typeOnly: boolean;
  /** The file the import needs: on disk when untracked/ignored, the likeliest path when missing, the module when generated. */
  resolved: string;
  state: MissState;
  /** generated: the tool that generates or provides the module. */
  generator?: string;
  /** A tracked declaration file that has the types, while this value import needs a runtime file. */
  declaration?: string;
  /** A tracked file differs from the import only in letter case (`resolved` names it): fails on Linux. */
  caseMismatch?: boolean;
  /** Covered by `allow`: listed, never a violation. */
  allowed: boolean;
  /** Whether it fails the check (untracked, missing, or ignored with fail-on-ignored). */
  violation: boolean;
}

/** Imports the engine could not judge, grouped by reason and what they go through. */
export interface NotCheckedGroup {
  reason: NotCheckedReason;
  /** The alias prefix, submodule, package or path the imports go through. */
  subject: string;
  /** The config or path that explains the reason (a generated tsconfig, git's words). */
  detail?: string;
  count: number;
  /** The first such import, for the message. */
  example: { file: string; line: number; specifier: string };
}

/** Where each checked import ended up. */
export interface ImportCounts {
  tracked: number;
  /** Packages, builtins, URLs and loaders: installed or fetched, not files of this repository. */
  external: number;
  generated: number;
  ignored: number;
  untracked: number;
  missing: number;
  notChecked: number;
}

export interface UntrackedFilesOptions {
  /** The working directory: files under it are scanned and checked; globs are relative to it. */
  directory: string;
  checkImports: boolean;
  checkWorktree: boolean;
  include: GlobSet;
  exclude: GlobSet;
  allow: GlobSet;
  failOnIgnored: boolean;
  log?: (line: string) => void;
  /** Worker threads and batch size (default: by the repository's size and the cores). */
  threads?: ScanThreads;
}

export interface UntrackedFilesResult {
  root: string;
  /** The working directory relative to the repository root ('' = the root). */
  scope: string;
  trackedCount: number;
  scannedFiles: number;
  importsChecked: number;
  importCounts: ImportCounts;
  parsers: ScanStats;
  misses: ImportMiss[];
  notChecked: NotCheckedGroup[];
  dirty: DirtyFile[];
  /** Tracked files deleted from disk: still resolvable (a clean clone has them), listed by the worktree check. */
  deletedTracked: string[];
  notes: string[];
  importViolations: number;
  dirtyViolations: number;
  violations: number;
}

export interface PendingMiss {
  file: string;
  line: number;
  specifier: string;
  kind: ImportKind;
  typeOnly: boolean;
  resolution: Miss;
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  } catch {
    return false;
  }
}

/** Why git would not answer, in its own words, with the safe.directory fix quoted when that is the cause. */
function notARepository(directory: string, stderr: string): UserError {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const said = lines[0] ?? '';
  if (/dubious ownership/i.test(said)) {
    const advice = lines.find((line) => line.startsWith('git config') && line.includes('safe.directory'));
    return new UserError(`git refuses to read the repository at working-directory '${directory}': ${said} (the checkout belongs to another user, as in a container job). Fix: ${advice ?? 'git config --global --add safe.directory <the repository path>'}`);
  }
  return new UserError(`working-directory '${directory}' is not inside a git repository (check out the repository first: actions/checkout)${said ? `; git said: ${said}` : ''}`);
}

/**
 * The repository path a tracked symlink points at (undefined: outside the
 * repository). With core.symlinks=false git writes the target as the file's text.
 */
function linkTarget(root: string, link: string): string | undefined {
  let target: string;
  try {
    target = readlinkSync(join(root, link));
  } catch {
    try {
      target = readFileSync(join(root, link), 'utf8');
      if (target.length > 4096 || target.includes('\n')) return undefined;
    } catch {
      return undefined;
    }
  }
  if (isAbsolute(target)) {
    const inside = relative(root, target);
    return inside.startsWith('..') || isAbsolute(inside) ? undefined : inside.split(sep).join('/');
  }
  return joinPath(dirOf(link), target.split(sep).join('/'));
}

export async function checkUntrackedFiles(options: UntrackedFilesOptions): Promise<UntrackedFilesResult> {
  const log = options.log ?? (() => {});
  let directory: string;
  try {
    directory = realpathSync(options.directory);
  } catch {
    throw new UserError(`working-directory '${options.directory}' does not exist`);
  }
  const probe = new Git(directory);
  // Both from the working directory at once: root-relative names, the whole repository.
  const [top, listed] = await Promise.all([probe.run(['rev-parse', '--show-toplevel']), listTracked(probe).catch((error: unknown) => error)]);
  if (top.code !== 0) throw notARepository(options.directory, top.stderr);
  const root = realpathSync(top.stdout.trim());
  const git = new Git(root);
  const scope = relative(root, directory).split(sep).join('/');
  const inScope = (path: string) => scope === '' || path.startsWith(`${scope}/`);
  const local = (path: string) => relativeTo(scope, path);

  if (listed instanceof Error) throw listed;
  const index = listed as TrackedFiles;
  const tracked = new Set(index.files);
  const notes: string[] = [];
  const parsers: ScanStats = { lexer: 0, tokenizer: 0 };
  const deletedTracked: string[] = [];
  const pending: PendingMiss[] = [];
  const generatedMisses: ImportMiss[] = [];
  const notChecked = new Map<string, NotCheckedGroup>();
  const counts: ImportCounts = { tracked: 0, external: 0, generated: 0, ignored: 0, untracked: 0, missing: 0, notChecked: 0 };
  let scannedFiles = 0;
  let importsChecked = 0;

  const countNotChecked = (reason: NotCheckedReason, subject: string, detail: string | undefined, example: NotCheckedGroup['example'], count = 1) => {
    counts.notChecked += count;
    const key = notCheckedKey(reason, subject, detail);
    const group = notChecked.get(key);
    if (group) group.count += count;
    else notChecked.set(key, { reason, subject, detail, count, example });
  };

  let checkedOutSubmodules: string[] = [];
  let workersEnded = Promise.resolve();
  const rootPrefix = root.endsWith(sep) ? root : root + sep;
  const problems = new Set<string>();
  // Workers end while git classifies the misses; every way out of the check waits for them.
  try {
    if (options.checkImports) {
      const filtered = !options.include.isEmpty || !options.exclude.isEmpty;
      const symlinks = new Map(index.symlinks.map((link) => [link, linkTarget(root, link)] as const));
      const submodules = await submoduleFiles(git, root, index.gitlinks, notes);
      checkedOutSubmodules = submodules.list.filter((submodule) => submodule.checkedOut).map((submodule) => submodule.path);
      const unreadableNames: string[] = [];
      const linkedOutside: string[] = [];
      const files: string[] = [];
      const dirs: string[] = [];
      for (const file of tracked) { // the set: an unmerged path is listed once per stage
        if (!sourceKindOf(file) || !inScope(file)) continue;
        if (filtered) {
          const rel = local(file);
          if (!options.include.isEmpty && !options.include.matches(rel)) continue;
          if (options.exclude.matches(rel)) continue;
        }
        let dir = dirOf(file);
        if (symlinks.size > 0 && symlinks.has(file)) {
          // A link to a tracked file is scanned there; imports of the text resolve from the target's folder.
          const target = linkChainEnd(symlinks, file);
          if (target !== undefined && tracked.has(target)) continue;
          if (target === undefined) {
            linkedOutside.push(file);
            continue;
          }
          dir = dirOf(target);
        }
        // git printed a name that is not UTF-8: the decoded name does not reach the file.
        if (file.includes('\uFFFD')) {
          unreadableNames.push(file);
          continue;
        }
        files.push(file);
        dirs.push(dir);
      }
      const setup: ScanSetup = { root, rootPrefix, tracked: index.files, submoduleFiles: submodules.files, submodules: submodules.list, symlinks: [...symlinks], files, dirs };
      const run = await scanFiles(setup, options.threads, log, tracked);
      try {
        for (const batch of run.batches) {
          scannedFiles += batch.scannedFiles;
          importsChecked += batch.importsChecked;
          parsers.lexer += batch.parsers.lexer;
          parsers.tokenizer += batch.parsers.tokenizer;
          counts.tracked += batch.counts.tracked;
          counts.external += batch.counts.external;
          counts.generated += batch.counts.generated;
          append(pending, batch.pending);
          append(generatedMisses, batch.generatedMisses);
          for (const group of batch.notChecked) countNotChecked(group.reason, group.subject, group.detail, group.example, group.count);
          append(deletedTracked, batch.deletedTracked);
          append(notes, batch.notes);
          for (const problem of batch.problems) problems.add(problem);
        }
        const assetFiles = [...new Set(run.batches.flatMap((batch) => batch.assetFiles))];
        if (assetFiles.length > 0) {
          const loaded = new Set(await run.loadedBases(assetFiles.flatMap(loadingBases)));
          const assetOnly = assetFiles.filter((file) => !loadingBases(file).some((base) => loaded.has(base)));
          retractAssetFiles(run.scanner, rootPrefix, assetOnly, new Map(files.map((file, i) => [file, dirs[i]!])), { counts, pending, generatedMisses, notChecked, countNotChecked });
          for (const problem of run.scanner.newProblems()) problems.add(problem);
        }
      } finally {
        workersEnded = run.close(); // ending a worker takes ~50 ms: git classifies the misses meanwhile
      }
      if (unreadableNames.length > 0) notes.push(`${plural(unreadableNames.length, 'tracked source file')} not scanned: the name is not valid UTF-8 (${unreadableNames.slice(0, 3).join(', ')})`);
      if (linkedOutside.length > 0) notes.push(`${plural(linkedOutside.length, 'tracked symlink')} to a file outside the repository not scanned (${linkedOutside.slice(0, 3).join(', ')})`);
      log(`untracked-files: ${scannedFiles} tracked source files, ${importsChecked} imports (${parsers.lexer} lexed, ${parsers.tokenizer} by the JSX-safe tokenizer)${run.workers > 0 ? ` on ${run.workers + 1} threads` : ''}, ${pending.length} not resolvable from tracked files`);
    }
    notes.push(...problems);
    if (deletedTracked.length > 0) {
      notes.push(`${deletedTracked.length} tracked file${deletedTracked.length === 1 ? ' is' : 's are'} deleted from disk (${deletedTracked.slice(0, 3).join(', ')}${deletedTracked.length > 3 ? ', …' : ''}): imports of them still resolve, since a clean clone has them`);
    }

    const classified = await classify(git, root, tracked, pending, checkedOutSubmodules);
    for (const { miss, unknown } of classified.unknown) countNotChecked('ignore-status-unknown', '', unknown, { file: miss.file, line: miss.line, specifier: miss.specifier });
    const misses = [...classified.misses, ...generatedMisses];
    for (const miss of misses) {
      if (miss.state !== 'generated') counts[miss.state]++;
      miss.allowed = options.allow.matches(local(miss.resolved));
      miss.violation = !miss.allowed && (miss.state === 'untracked' || miss.state === 'missing' || (miss.state === 'ignored' && options.failOnIgnored));
    }

    let dirty: DirtyFile[] = [];
    if (options.checkWorktree) {
      const changes = await worktreeChanges(git, scope === '' ? '.' : scope);
      dirty = changes.map((change) => ({ ...change, allowed: options.allow.matches(local(change.path)) }));
    }
    const importViolations = misses.filter((miss) => miss.violation).length;
    // An untracked file already reported through the import that needs it is not counted twice.
    const reported = new Set(misses.filter((miss) => miss.violation).map((miss) => miss.resolved));
    const dirtyViolations = dirty.filter((file) => !file.allowed && !reported.has(file.path)).length;
    return {
      root,
      scope,
      trackedCount: index.files.length,
      scannedFiles,
      importsChecked,
      importCounts: counts,
      parsers,
      misses,
      notChecked: [...notChecked.values()].sort((a, b) => b.count - a.count),
      dirty,
      deletedTracked,
      notes,
      importViolations,
      dirtyViolations,
      violations: importViolations + dirtyViolations,
    };
  } finally {
    await workersEnded; // nothing the check started outlives it
  }
}

/** Appends in place (a spread of a huge list would overflow the stack). */
function append<T>(list: T[], more: readonly T[]): void {
  for (const item of more) list.push(item);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * A scanned file that every import reads as text or a URL (`./x.js?raw`, `?url`) is an
 * asset: the bundler never loads it as a module, so its imports are not judged. They
 * were judged with the rest (an importer may come later in the scan): each is
 * resolved again to take it back out of its bucket, and the file's imports are
 * counted as not checked, with the file named.
 */
function retractAssetFiles(
  scanner: FileScanner,
  rootPrefix: string,
  assetOnly: readonly string[],
  dirOfScanned: ReadonlyMap<string, string>,
  tally: {
    counts: ImportCounts;
    pending: PendingMiss[];
    generatedMisses: ImportMiss[];
    notChecked: Map<string, NotCheckedGroup>;
    countNotChecked: (reason: NotCheckedReason, subject: string, detail: string | undefined, example: NotCheckedGroup['example'], count: number) => void;
  },
): void {
  const { counts, notChecked } = tally;
  const retracted = new Set<string>();
  for (const file of assetOnly) {
    const dir = dirOfScanned.get(file);
    if (dir === undefined) continue;
    let source: string;
    try {
      source = readFileSync(rootPrefix + file, 'utf8');
    } catch {
      continue;
    }
    let count = 0;
    let first: { offset: number; specifier: string } | undefined;
    // The same verdicts the scan tallied, taken back out (pending and generated misses are dropped below).
    scanner.judgeFile(file, dir, source, (verdict, specifier, offset) => {
      count++;
      if (first === undefined || offset < first.offset) first = { offset, specifier };
      if (verdict.kind === 'tracked' || verdict.kind === 'external' || verdict.kind === 'generated') counts[verdict.kind]--;
      else if (verdict.kind === 'not-checked') {
        counts.notChecked--;
        const key = notCheckedKey(verdict.group.reason, verdict.group.subject, verdict.group.detail);
        const group = notChecked.get(key);
        if (group && --group.count === 0) notChecked.delete(key);
      }
    });
    if (count === 0) continue;
    retracted.add(file);
    tally.countNotChecked('asset-only', file, undefined, { file, line: new LineIndex(source).lineAt(first!.offset), specifier: first!.specifier }, count);
  }
  if (retracted.size > 0) {
    dropFiles(tally.pending, retracted);
    dropFiles(tally.generatedMisses, retracted);
  }
}

/** Removes, in place, the entries of the given files. */
function dropFiles<T extends { file: string }>(list: T[], files: ReadonlySet<string>): void {
  let kept = 0;
  for (const entry of list) if (!files.has(entry.file)) list[kept++] = entry;
  list.length = kept;
}

/**
 * Submodules: a checked-out one's tracked files resolve like this repository's
 * (its own `git ls-files`); one that is not checked out cannot be judged.
 */
async function submoduleFiles(git: Git, root: string, gitlinks: readonly string[], notes: string[]): Promise<{ list: Submodule[]; files: string[] }> {
  const list: Submodule[] = [];
  const files: string[] = [];
  for (const path of gitlinks) {
    let checkedOut = existsSync(join(root, path, '.git'));
    if (checkedOut) {
      try {
        files.push(...(await listSubmoduleFiles(git, path)));
      } catch (error) {
        checkedOut = false;
        notes.push(`submodule ${path}: could not list its files (${error instanceof Error ? error.message : error})`);
      }
    }
    list.push({ path, checkedOut });
  }
  return { list, files };
}

/**
 * untracked: a candidate file is on disk but not in git; ignored: that file, or
 * (when nothing is on disk) any path the import could mean (the likeliest first,
 * then every file and index candidate: `./gen` for a gitignored gen.ts) matches
 * .gitignore; missing: neither. So a checkout where codegen has not run gets the
 * verdict of one where it has. `git check-ignore` is asked in batches; what git
 * cannot answer for is returned apart (not checked), and changes no other verdict.
 */
/**
 * Paths of a miss nothing is on disk for, as evidence that a gitignored file would
 * satisfy it. For a relative import in TypeScript a compiled `.js` is not: with `*.js`
 * in .gitignore (tsc emitting beside its sources) every missing import would count as
 * ignored. A package's entry in a gitignored dist/ still is (a bare specifier).
 */
function guessed(miss: PendingMiss, paths: string[]): string[] {
  const kind = sourceKindOf(miss.file);
  if ((kind !== 'ts' && kind !== 'tsx' && kind !== 'dts') || !miss.specifier.startsWith('.')) return paths;
  return paths.filter((path) => !/\.[cm]?jsx?(?:\/|$)/.test(path)); // also `x.js/index.ts`: a folder `*.js` names
}

async function classify(git: Git, root: string, tracked: ReadonlySet<string>, pending: PendingMiss[], submodules: readonly string[]): Promise<{ misses: ImportMiss[]; unknown: { miss: PendingMiss; unknown: string }[] }> {
  const onDisk = new Map<string, string | undefined>();
  const present = (resolution: Miss) => {
    const key = `${resolution.display}\0${resolution.candidates[0] ?? ''}`;
    if (!onDisk.has(key)) onDisk.set(key, resolution.candidates.find((candidate) => isFile(join(root, candidate))));
    return onDisk.get(key);
  };
  const asked = askablePath(root);
  const pathsOf = (miss: PendingMiss, existing: string | undefined) => (existing ? [existing] : [...new Set([...guessed(miss, miss.resolution.likely), ...guessed(miss, miss.resolution.candidates)])]);
  // Two rounds: the file on disk or the likeliest paths (a package's entry in dist/
  // answers most), then every candidate of the misses that round left open.
  const first = new Set<string>();
  for (const miss of pending) {
    const existing = present(miss.resolution);
    for (const path of existing ? [existing] : guessed(miss, miss.resolution.likely)) first.add(asked(path));
  }
  const skipIndex = first.size > 0 && !(await isSparseCheckout(git)) ? { tracked } : undefined;
  const status = await ignoredStatus(git, [...first], submodules, skipIndex);
  const second = new Set<string>();
  for (const miss of pending) {
    if (present(miss.resolution) || guessed(miss, miss.resolution.likely).some((path) => status.ignored.has(asked(path)) || status.unknown.has(asked(path)))) continue;
    for (const path of guessed(miss, miss.resolution.candidates)) if (!first.has(asked(path))) second.add(asked(path));
  }
  if (second.size > 0) {
    const more = await ignoredStatus(git, [...second], submodules, skipIndex);
    for (const path of more.ignored) status.ignored.add(path);
    for (const [path, said] of more.unknown) status.unknown.set(path, said);
  }
  const caseInsensitive = caseIndex(tracked);
  const misses: ImportMiss[] = [];
  const unknown: { miss: PendingMiss; unknown: string }[] = [];
  for (const miss of pending) {
    const existing = present(miss.resolution);
    const paths = pathsOf(miss, existing);
    const ignoredPath = paths.find((path) => status.ignored.has(asked(path)));
    const refused = ignoredPath === undefined ? paths.map((path) => status.unknown.get(asked(path))).find(Boolean) : undefined;
    if (refused !== undefined) {
      unknown.push({ miss, unknown: refused });
      continue;
    }
    let state: MissState;
    let resolved: string;
    if (existing) {
      resolved = existing;
      state = ignoredPath ? 'ignored' : 'untracked';
    } else {
      resolved = ignoredPath ?? miss.resolution.display;
      state = ignoredPath ? 'ignored' : 'missing';
    }
    const base = { file: miss.file, line: miss.line, specifier: miss.specifier, kind: miss.kind, typeOnly: miss.typeOnly, allowed: false, violation: false };
    // `./Button` for a tracked `button.tsx`: found on a case-insensitive disk (macOS, Windows), not on Linux.
    const sameButCase = state !== 'ignored' ? miss.resolution.candidates.map((candidate) => caseInsensitive().get(candidate.toLowerCase())).find(Boolean) : undefined;
    if (sameButCase) misses.push({ ...base, resolved: sameButCase, state: 'missing', caseMismatch: true });
    else misses.push({ ...base, resolved, state, ...(miss.resolution.declaration ? { declaration: miss.resolution.declaration } : {}) });
  }
  return { misses, unknown };
}

/**
 * check-ignore for paths of this repository and of its checked-out submodules
 * (git refuses a path inside a submodule: its own repository answers for it).
 */
async function ignoredStatus(git: Git, paths: string[], submodules: readonly string[], skipIndex: { tracked: ReadonlySet<string> } | undefined): Promise<IgnoreStatus> {
  const bySubmodule = new Map<string, string[]>();
  const own: string[] = [];
  for (const path of paths) {
    const submodule = submodules.find((candidate) => path.startsWith(`${candidate}/`));
    if (submodule) bySubmodule.set(submodule, [...(bySubmodule.get(submodule) ?? []), path.slice(submodule.length + 1)]);
    else own.push(path);
  }
  const status = await ignoredPaths(git, own, skipIndex);
  for (const [submodule, inside] of bySubmodule) {
    const answer = await ignoredPaths(new Git(join(git.dir, submodule)), inside);
    for (const path of answer.ignored) status.ignored.add(`${submodule}/${path}`);
    for (const [path, said] of answer.unknown) status.unknown.set(`${submodule}/${path}`, said);
  }
  return status;
}

/**
 * The path to ask check-ignore about: git refuses a path beyond a symbolic link
 * on disk, and a link's own status is what decides everything under it.
 */
function askablePath(root: string): (path: string) => string {
  const linkByDir = new Map<string, string | undefined>();
  const linkAbove = (dir: string): string | undefined => {
    if (dir === '') return undefined;
    if (linkByDir.has(dir)) return linkByDir.get(dir);
    const above = linkAbove(dirOf(dir));
    const link = above ?? (isSymbolicLink(join(root, dir)) ? dir : undefined);
    linkByDir.set(dir, link);
    return link;
  };
  return (path) => linkAbove(dirOf(path)) ?? path;
}

/** Tracked paths by their lower-case form, built on first use (only when something missed). */
function caseIndex(tracked: ReadonlySet<string>): () => Map<string, string> {
  let index: Map<string, string> | undefined;
  return () => {
    if (!index) {
      index = new Map();
      for (const path of tracked) index.set(path.toLowerCase(), path);
    }
    return index;
  };
}
