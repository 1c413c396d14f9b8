import { isAbsolute, posix, relative, sep } from 'node:path';
import type { DirtyState, WorkingTreeChanges } from './working-tree.ts';

/** A file the failure log names that exists in the working tree but not (so) in the commit. */
export interface MissingFile {
  path: string;
  state: DirtyState;
  /** The log line that names it. */
  mention: string;
  /** The file whose import failed, and where, when the log says. */
  importer?: string;
  line?: number;
}

interface Mention {
  /** As printed: a module specifier or a path. */
  spec: string;
  /** Repository-relative file that imports `spec`, or a directory it is relative to. */
  importer?: string;
  baseDir?: string;
  line?: number;
  text: string;
  /** A specifier (resolve with extensions) rather than a literal path. */
  module: boolean;
}

export interface DiagnoseContext {
  /** Absolute path of the clone root, and of the original repository root. */
  cloneRoot: string;
  originalRoot: string;
  /** Working directory of the failed step, relative to the repository root ('' = root). */
  stepDir: string;
}

const MODULE_EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.vue', '.svelte', '.astro'];
const JS_TO_TS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
const FAILURE_LINE = /error|cannot|can't|could not|couldn't|not found|no such|enoent|failed|missing|unknown|invalid|unexpected/i;
// A `file(line,col): error` or `file:line:col` location at the start of a line (tsc, esbuild, eslint …).
const LOCATION = /^\s*(?:[✘▲×>]\s*)?([^\s():'"]+\.[A-Za-z0-9]+)(?:\((\d+),\d+\)|:(\d+):\d+)/;

/** Finds what the failure log says is missing or broken, as module specifiers and paths. */
export function mentionsIn(log: string): Mention[] {
  // eslint-disable-next-line no-control-regex
  const lines = log.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n/);
  const mentions: Mention[] = [];
  const add = (mention: Mention) => mentions.push({ ...mention, text: mention.text.trim().slice(0, 300) });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const location = LOCATION.exec(line);
    const following = lines.slice(i + 1, i + 6).join('\n');
    const nextLocation = /^\s*([^\s():'"]+\.[A-Za-z0-9]+):(\d+):\d+:?\s*$/m.exec(following); // esbuild prints the importer below
    let match: RegExpExecArray | null;
    if ((match = /Cannot find module ['"]([^'"]+)['"](?:.*?imported from (\S+))?/.exec(line))) {
      const requireStack = /Require stack:\s*\n\s*-\s*(\S+)/.exec(lines.slice(i, i + 4).join('\n'));
      add({ spec: match[1]!, importer: match[2] ?? location?.[1] ?? requireStack?.[1], line: lineNumber(location), text: line, module: true });
    } else if ((match = /(?:Could not resolve|Failed to resolve (?:import|entry)[^'"]*?|Unable to resolve[^'"]*?) ['"]([^'"]+)['"](?: from ['"]?([^'"\s]+?)['"]?(?:\.\s|\s|$))?/.exec(line))) {
      const importer = match[2] ?? location?.[1] ?? nextLocation?.[1];
      add({ spec: match[1]!, importer, line: match[2] ? undefined : lineNumber(location) ?? (nextLocation ? Number(nextLocation[2]) : undefined), text: line, module: true });
    } else if ((match = /Can't resolve ['"]([^'"]+)['"] in ['"]([^'"]+)['"]/.exec(line))) {
      add({ spec: match[1]!, baseDir: match[2], text: line, module: true });
    } else if ((match = /COPY failed:.*?stat ([^:\s]+): file does not exist/.exec(line) ?? /failed to (?:compute cache key|calculate checksum)[^"]*"\/?([^"]+)": not found/.exec(line))) {
      add({ spec: match[1]!, text: line, module: false });
    } else if ((match = /ENOENT[^'"]*['"]([^'"]+)['"]/.exec(line) ?? /File '([^']+)' not found/.exec(line))) {
      add({ spec: match[1]!, text: line, module: false });
    } else if ((match = /(?:^|\s|:\s)([^\s:'"]+): No such file or directory/.exec(line))) {
      add({ spec: match[1]!, text: line, module: false });
    }
    // Any path on a failure line (or a location line): a config that fails to parse, a
    // Dockerfile, a script — matched against the working tree's changes as literal paths.
    if (location || FAILURE_LINE.test(line)) {
      for (const token of line.match(/[\w@.~+\-/]*[\w~+\-]\.[A-Za-z0-9]+|[\w@.~+\-]+\/[\w@.~+\-/]+|\bDockerfile\b|\bMakefile\b/g) ?? []) {
        add({ spec: token, text: line, line: location?.[1] === token ? lineNumber(location) : undefined, module: false });
      }
    }
  }
  return mentions;
}

function lineNumber(location: RegExpExecArray | null): number | undefined {
  const value = location?.[2] ?? location?.[3];
  return value ? Number(value) : undefined;
}

/**
 * The diagnosis of incident 1: files that exist in the working tree but not in the
 * commit (or differ from it), named by the failure log — directly, or as a module
 * specifier resolved against the importing file the log names, with TypeScript's
 * extension rules. Without an importer, a specifier matches a changed file whose path
 * ends with it.
 */
export function diagnoseMissing(log: string, changes: WorkingTreeChanges, context: DiagnoseContext): MissingFile[] {
  const found = new Map<string, MissingFile>();
  const dirty = [...changes.files.entries()];
  const record = (path: string, state: DirtyState, mention: Mention, importer?: string) => {
    if (found.has(path)) return;
    found.set(path, { path, state, mention: mention.text, ...(importer ? { importer } : {}), ...(mention.line ? { line: mention.line } : {}) });
  };

  for (const mention of mentionsIn(log)) {
    const importer = mention.importer ? toRepoPath(mention.importer, context) : undefined;
    const bases = baseDirectories(mention, importer, context);
    let hit = false;
    for (const candidate of candidatesFor(mention, bases, context)) {
      const state = lookup(candidate, changes);
      if (state) {
        record(state.path, state.state, mention, importer);
        hit = true;
        break;
      }
    }
    if (hit || !mention.module || isPackageName(mention.spec)) continue;
    // No importer to resolve against (or it did not match): a changed file whose path ends with the specifier.
    const tail = mention.spec.replace(/^(?:\.{1,2}\/)+/, '').replace(/^[@~#]\//, '');
    for (const [path, state] of dirty) {
      if (state === 'ignored' || path.endsWith('/')) continue;
      const names = withExtensions(tail);
      if (names.some((name) => path === name || path.endsWith(`/${name}`))) {
        record(path, state, mention, importer);
        break;
      }
    }
  }
  return [...found.values()];
}

/** `lodash`, `@scope/pkg`, `node:fs`: dependencies, not files that could be missing from git. */
function isPackageName(spec: string): boolean {
  return !spec.startsWith('.') && !spec.startsWith('/') && !/^[@~#]\//.test(spec) && (/^(@[^/]+\/)?[^/]+$/.test(spec) || spec.includes(':'));
}

function baseDirectories(mention: Mention, importer: string | undefined, context: DiagnoseContext): string[] {
  if (importer !== undefined) return [posix.dirname(importer)];
  if (mention.baseDir) {
    const base = toRepoPath(mention.baseDir, context);
    if (base !== undefined) return [base];
  }
  return [context.stepDir, ''];
}

function candidatesFor(mention: Mention, bases: string[], context: DiagnoseContext): string[] {
  const spec = mention.spec;
  const paths: string[] = [];
  if (isAbsolute(spec)) {
    const path = toRepoPath(spec, context);
    if (path !== undefined) paths.push(path);
  } else if (!mention.module || spec.startsWith('.') || !isPackageName(spec)) {
    for (const base of bases) paths.push(posix.normalize(posix.join(base, spec.replace(/^[@~]\//, ''))));
  }
  const inside = paths.filter((path) => path !== '.' && !path.startsWith('../'));
  return mention.module ? inside.flatMap((path) => withExtensions(path)) : inside;
}

/** `x` → x, x.ts, x/index.ts …; `x.js` → x.js, x.ts, x.tsx (TypeScript's .js→.ts mapping). */
function withExtensions(path: string): string[] {
  const ext = posix.extname(path);
  const stem = path.slice(0, path.length - ext.length);
  const names = [path, ...(JS_TO_TS[ext] ?? []).map((to) => stem + to)];
  for (const extension of MODULE_EXTENSIONS) names.push(path + extension, `${path}/index${extension}`);
  return names;
}

/** Exact file, a directory holding changed files, or a path under an ignored directory. */
function lookup(path: string, changes: WorkingTreeChanges): { path: string; state: DirtyState } | undefined {
  const exact = changes.files.get(path);
  if (exact) return { path, state: exact };
  for (const [changed, state] of changes.files) {
    if (changed.endsWith('/') && state === 'ignored' && path.startsWith(changed)) return { path, state };
    if (state === 'untracked' && changed.startsWith(`${path}/`)) return { path: `${path}/`, state };
  }
  return undefined;
}

/** A path as a log prints it (absolute in the clone or the original, or relative to the step) → repository-relative. */
function toRepoPath(printed: string, context: DiagnoseContext): string | undefined {
  const clean = printed.replace(/^file:\/\//, '');
  for (const root of [context.cloneRoot, context.originalRoot]) {
    if (isAbsolute(clean)) {
      const rel = relative(root, clean);
      if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
    }
  }
  if (isAbsolute(clean)) return undefined;
  const joined = posix.normalize(posix.join(context.stepDir, clean));
  return joined.startsWith('../') ? undefined : joined;
}

/** A file not in the commit that a missing file imports: the next failure, reported now. */
export interface ImportedMissingFile {
  path: string;
  state: DirtyState;
  importedBy: string;
}

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/;
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bexport\s*\*\s*from\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const FOLLOW_LIMIT = 500;

/**
 * The incident had one missing registry and 31 missing module configs behind it: a build
 * fails on the first only. Follow the relative imports of the missing source files
 * through the working tree's uncommitted files, so one commit fixes them all.
 */
export function followImports(missing: readonly MissingFile[], changes: WorkingTreeChanges, read: (path: string) => string | undefined): ImportedMissingFile[] {
  const seen = new Set(missing.map((file) => file.path));
  const queue = missing.filter((file) => file.state !== 'ignored').map((file) => file.path);
  const found: ImportedMissingFile[] = [];
  while (queue.length > 0 && found.length < FOLLOW_LIMIT) {
    const importer = queue.shift()!;
    if (!SOURCE_FILE.test(importer)) continue;
    const source = read(importer);
    if (source === undefined) continue;
    for (const match of source.matchAll(IMPORT_SPECIFIER)) {
      const target = posix.normalize(posix.join(posix.dirname(importer), match[1]!));
      for (const candidate of withExtensions(target)) {
        const state = changes.files.get(candidate);
        if (state === undefined) continue;
        if (state === 'untracked' || state === 'uncommitted') {
          if (!seen.has(candidate)) {
            seen.add(candidate);
            found.push({ path: candidate, state, importedBy: importer });
            queue.push(candidate);
          }
        }
        break;
      }
    }
  }
  return found;
}
