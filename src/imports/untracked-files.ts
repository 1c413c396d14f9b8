// The untracked-files engine: every import of every tracked source file, resolved
// against what git tracks (not the disk), each miss classified by what the disk
// and .gitignore say; plus the uncommitted state of the working tree.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Git } from '../git/git.ts';
import { UserError } from '../shared/errors.ts';
import type { GlobSet } from '../shared/inputs.ts';
import { LineIndex } from '../shared/line-index.ts';
import { type DirtyFile, ignoredPaths, listTracked, submodulePaths, worktreeChanges } from './git-state.ts';
import { type ImportKind, type ScanStats, scanSource, sourceKindOf } from './imports.ts';
import { dirOf, relativeTo } from './paths.ts';
import { ProjectConfig } from './project-config.ts';
import { type Resolution, Resolver } from './resolver.ts';

export type MissState = 'untracked' | 'ignored' | 'missing';

export interface ImportMiss {
  /** The importing file (repository path) and the line of the specifier. */
  file: string;
  line: number;
  specifier: string;
  kind: ImportKind;
  /** The file the import needs: on disk when untracked/ignored, the likeliest path when missing. */
  resolved: string;
  state: MissState;
  /** A tracked file differs from the import only in letter case (`resolved` names it): fails on Linux. */
  caseMismatch?: boolean;
  /** Covered by `allow`: listed, never a violation. */
  allowed: boolean;
  /** Whether it fails the check (untracked, missing, or ignored with fail-on-ignored). */
  violation: boolean;
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
}

export interface UntrackedFilesResult {
  root: string;
  /** The working directory relative to the repository root ('' = the root). */
  scope: string;
  trackedCount: number;
  scannedFiles: number;
  importsChecked: number;
  parsers: ScanStats;
  misses: ImportMiss[];
  dirty: DirtyFile[];
  /** Tracked files deleted from disk: still resolvable (a clean clone has them), listed by the worktree check. */
  deletedTracked: string[];
  notes: string[];
  importViolations: number;
  dirtyViolations: number;
  violations: number;
}

interface PendingMiss {
  file: string;
  line: number;
  specifier: string;
  kind: ImportKind;
  resolution: Extract<Resolution, { kind: 'miss' }>;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.trim();
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
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
  if (top.code !== 0) {
    // Git's own first line tells "no repository" from the usual container-job cause,
    // "detected dubious ownership" (the checkout belongs to another user: safe.directory).
    const said = firstLine(top.stderr);
    throw new UserError(`working-directory '${options.directory}' is not inside a git repository (check out the repository first: actions/checkout)${said ? `; git said: ${said}` : ''}`);
  }
  const root = realpathSync(top.stdout.trim());
  const git = new Git(root);
  const scope = relative(root, directory).split(sep).join('/');
  const inScope = (path: string) => scope === '' || path.startsWith(`${scope}/`);
  const local = (path: string) => relativeTo(scope, path);

  if (listed instanceof Error) throw listed;
  const trackedList = listed as string[];
  const tracked = new Set(trackedList);
  const notes: string[] = [];
  const parsers: ScanStats = { lexer: 0, tokenizer: 0 };
  const deletedTracked: string[] = [];
  const pending: PendingMiss[] = [];
  let scannedFiles = 0;
  let importsChecked = 0;

  const config = new ProjectConfig(root, tracked);
  const rootPrefix = root.endsWith(sep) ? root : root + sep;
  if (options.checkImports) {
    const filtered = !options.include.isEmpty || !options.exclude.isEmpty;
    const resolver = new Resolver(tracked, config, { submodules: submodulePaths(root, tracked), onDisk: (path) => isFile(join(root, path)) });
    for (const file of tracked) { // the set: an unmerged path is listed once per stage
      const kind = sourceKindOf(file);
      if (!kind || !inScope(file)) continue;
      if (filtered) {
        const rel = local(file);
        if (!options.include.isEmpty && !options.include.matches(rel)) continue;
        if (options.exclude.matches(rel)) continue;
      }
      let source: string;
      try {
        source = readFileSync(rootPrefix + file, 'utf8'); // not path.join: this runs for every file
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') deletedTracked.push(file);
        else if (code !== 'EISDIR') notes.push(`${file}: could not be read (${code ?? error})`);
        continue;
      }
      scannedFiles++;
      const dir = dirOf(file);
      let lines: LineIndex | undefined; // built only for a file with a miss
      scanSource(source, kind, (specifier, index, importKind) => {
        importsChecked++;
        const resolution = resolver.resolve(dir, specifier);
        if (resolution.kind === 'miss') pending.push({ file, line: (lines ??= new LineIndex(source)).lineAt(index), specifier, kind: importKind, resolution });
      }, parsers);
    }
    log(`untracked-files: ${scannedFiles} tracked source files, ${importsChecked} imports (${parsers.lexer} lexed, ${parsers.tokenizer} by the JSX-safe tokenizer), ${pending.length} not resolvable from tracked files`);
  }
  notes.push(...config.problems);
  if (deletedTracked.length > 0) {
    notes.push(`${deletedTracked.length} tracked file${deletedTracked.length === 1 ? ' is' : 's are'} deleted from disk (${deletedTracked.slice(0, 3).join(', ')}${deletedTracked.length > 3 ? ', …' : ''}): imports of them still resolve, since a clean clone has them`);
  }

  const misses = await classify(git, root, tracked, pending, notes);
  for (const miss of misses) {
    miss.allowed = options.allow.matches(local(miss.resolved));
    miss.violation = !miss.allowed && (miss.state !== 'ignored' || options.failOnIgnored);
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
    trackedCount: trackedList.length,
    scannedFiles,
    importsChecked,
    parsers,
    misses,
    dirty,
    deletedTracked,
    notes,
    importViolations,
    dirtyViolations,
    violations: importViolations + dirtyViolations,
  };
}

/**
 * untracked: a candidate file is on disk but not in git; ignored: that file, or
 * (when nothing is on disk) a candidate path, matches .gitignore; missing: neither.
 * One `git check-ignore` call for all of them.
 */
async function classify(git: Git, root: string, tracked: ReadonlySet<string>, pending: PendingMiss[], notes: string[]): Promise<ImportMiss[]> {
  const onDisk = new Map<string, string | undefined>();
  const present = (resolution: PendingMiss['resolution']) => {
    const key = `${resolution.display}\0${resolution.candidates[0] ?? ''}`;
    if (!onDisk.has(key)) onDisk.set(key, resolution.candidates.find((candidate) => isFile(join(root, candidate))));
    return onDisk.get(key);
  };
  const toCheck = new Set<string>();
  for (const miss of pending) {
    const existing = present(miss.resolution);
    if (existing) toCheck.add(existing);
    else for (const candidate of likeliest(miss.resolution)) toCheck.add(candidate);
  }
  let ignored = new Set<string>();
  try {
    ignored = await ignoredPaths(git, [...toCheck]);
  } catch (error) {
    notes.push(`could not ask git which paths are ignored (${error instanceof Error ? error.message : error}): every miss is reported as untracked or missing`);
  }
  const caseInsensitive = caseIndex(tracked);
  return pending.map((miss) => {
    const existing = present(miss.resolution);
    let state: MissState;
    let resolved: string;
    if (existing) {
      resolved = existing;
      state = ignored.has(existing) ? 'ignored' : 'untracked';
    } else {
      const ignoredCandidate = likeliest(miss.resolution).find((candidate) => ignored.has(candidate));
      resolved = ignoredCandidate ?? miss.resolution.display;
      state = ignoredCandidate ? 'ignored' : 'missing';
    }
    // `./Button` for a tracked `button.tsx`: found on a case-insensitive disk (macOS, Windows), not on Linux.
    const sameButCase = state !== 'ignored' ? miss.resolution.candidates.map((candidate) => caseInsensitive().get(candidate.toLowerCase())).find(Boolean) : undefined;
    if (sameButCase) return { file: miss.file, line: miss.line, specifier: miss.specifier, kind: miss.kind, resolved: sameButCase, state: 'missing' as const, caseMismatch: true, allowed: false, violation: false };
    return { file: miss.file, line: miss.line, specifier: miss.specifier, kind: miss.kind, resolved, state, allowed: false, violation: false };
  });
}

/**
 * The paths whose ignore status decides a miss with nothing on disk: the path as
 * written and its likeliest file. Not every probed extension: with `*.js` in
 * .gitignore, a missing `./foo` must stay missing, not become "ignored foo.js".
 */
function likeliest(resolution: PendingMiss['resolution']): string[] {
  return [resolution.display, ...resolution.candidates.slice(0, 1)];
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
