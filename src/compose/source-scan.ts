/**
 * Finds the environment variables a service's code reads, by scanning its build
 * context: Node (`process.env.X`, `process.env['X']`, destructuring), Vite
 * (`import.meta.env.X`), SvelteKit (`$env/dynamic/*` `env.X`, `$env/static/*` named
 * imports), Python (`os.environ[...]`, `os.environ.get`, `os.getenv`), Elixir
 * (`System.get_env`, `System.fetch_env!`), Ruby (`ENV[...]`, `ENV.fetch`) and Go
 * (`os.Getenv`). A read with a fallback in code (`?? 'x'`, `|| 'x'`, a default
 * argument) is optional. node_modules, .git and gitignored paths are skipped; big
 * files are skipped (generated or vendored code). Inside a git repository git itself
 * says which files are ignored (every .gitignore level, .git/info/exclude).
 */
import { constants, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import { Git } from '../git/git.ts';
import { LineIndex } from '../shared/line-index.ts';

export interface EnvRead {
  name: string;
  /** Path relative to the scan root's reporting base. */
  file: string;
  line: number;
  optional: boolean;
  /** `$env/static/*` is inlined at build time; everything else is read when the app runs. */
  phase: 'run' | 'build';
}

export interface ScanOptions {
  /** Paths in results are relative to this. */
  workingDirectory: string;
  /** The Dockerfile to read ENV/ARG names from (absolute); default `<root>/Dockerfile`. */
  dockerfile?: string;
  maxFileBytes?: number;
  maxFiles?: number;
}

export interface ScanResult {
  reads: EnvRead[];
  filesScanned: number;
  /** Names the Dockerfile sets with ENV (the image provides them at run time). */
  dockerfileEnv: string[];
  /** Names the Dockerfile declares with ARG (available while building). */
  dockerfileArgs: string[];
  truncated: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.svelte-kit', '.next', '.nuxt', 'dist', 'build', 'coverage', '__pycache__', '_build', 'deps', 'vendor', '.venv', 'venv']);
const JS = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx', '.svelte', '.vue', '.astro']);
const LANGUAGE: Record<string, 'js' | 'py' | 'ex' | 'rb' | 'go'> = { '.py': 'py', '.ex': 'ex', '.exs': 'ex', '.rb': 'rb', '.go': 'go' };
for (const ext of JS) LANGUAGE[ext] = 'js';
/** Set by Vite itself. */
const VITE_BUILTINS = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const N = `(?<name>${NAME})`;
const QN = `(?<q>['"\`])${N}\\k<q>`;
/** `opt` captures what makes a read optional (a default argument, a block). */
const PATTERNS: Record<string, RegExp[]> = {
  js: [
    new RegExp(`\\bprocess\\.env\\.${N}`, 'g'),
    new RegExp(`\\bprocess\\.env\\[\\s*${QN}\\s*\\]`, 'g'),
    new RegExp(`\\bimport\\.meta\\.env\\.${N}`, 'g'),
  ],
  py: [
    new RegExp(`\\bos\\.environ\\[\\s*${QN}\\s*\\]`, 'g'),
    new RegExp(`\\bos\\.(?:environ\\.get|getenv)\\(\\s*${QN}\\s*(?<opt>,)?`, 'g'),
  ],
  ex: [
    new RegExp(`\\bSystem\\.get_env\\(\\s*"${N}"\\s*(?<opt>,)?`, 'g'),
    new RegExp(`\\bSystem\\.fetch_env!?\\(\\s*"${N}"`, 'g'),
  ],
  rb: [
    new RegExp(`\\bENV\\[\\s*${QN}\\s*\\]`, 'g'),
    new RegExp(`\\bENV\\.fetch\\(\\s*${QN}\\s*(?<opt>,|\\)\\s*\\{|\\)\\s*do\\b)?`, 'g'),
  ],
  go: [
    new RegExp(`\\bos\\.Getenv\\(\\s*"${N}"\\s*\\)`, 'g'),
    new RegExp(`\\bos\\.LookupEnv\\(\\s*"${N}"(?<opt>)\\s*\\)`, 'g'),
  ],
};
/** Every read pattern of a language contains one of these: files without them are skipped undecoded. */
const MARKERS: Record<'js' | 'py' | 'ex' | 'rb' | 'go', string[]> = { js: ['env'], py: ['env'], ex: ['_env'], rb: ['ENV'], go: ['env', 'Env'] };
/** Per JS pattern (same order as PATTERNS.js): text that must occur for it to match. */
const JS_GUARDS = ['process.env', 'process.env', 'import.meta.env'];

const FALLBACK_AFTER = /^\s*(?:\?\?|\|\||\.presence\s*\|\|)/;
const SVELTEKIT_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]\$env\/(static|dynamic)\/(?:private|public)['"]/g;

export async function scanBuildContext(root: string, options: ScanOptions): Promise<ScanResult> {
  const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
  const maxFiles = options.maxFiles ?? 100_000;
  const reads: EnvRead[] = [];
  let filesScanned = 0;
  let truncated = false;

  /** Scans one file when its extension is a language we read; false once the file limit is reached. */
  const scanFile = (path: string, name: string): boolean => {
    const dot = name.lastIndexOf('.');
    const language = dot > 0 ? LANGUAGE[name.slice(dot)] : undefined;
    if (!language) return true;
    if (filesScanned >= maxFiles) {
      truncated = true;
      return false;
    }
    const bytes = readRegularFile(path, maxFileBytes);
    if (bytes) filesScanned++;
    // Nearly every file reads no environment at all: skip them without decoding.
    if (!bytes || !MARKERS[language].some((marker) => bytes.indexOf(marker) >= 0)) return true;
    scanText(bytes.toString('utf8'), language, relative(options.workingDirectory, path), reads);
    return true;
  };

  const listed = await gitListedFiles(root);
  if (listed) {
    // git prints normalized relative paths: plain concatenation spares a path.join per file.
    const base = root.endsWith('/') ? root : `${root}/`;
    for (const file of listed) {
      const parts = file.split('/');
      if (parts.some((part, index) => index < parts.length - 1 && SKIP_DIRS.has(part))) continue;
      if (!scanFile(base + file, parts.at(-1)!)) break;
    }
  } else {
    walk(root, [], scanFile, () => truncated);
  }
  const dockerfile = readDockerfile(options.dockerfile ?? join(root, 'Dockerfile'));
  return { reads, filesScanned, ...dockerfile, truncated };
}

/**
 * The files git would put in a commit under `root` (tracked plus untracked, minus
 * everything ignored by .gitignore at any level, .git/info/exclude and the global
 * excludes file). undefined when `root` is not inside a work tree, git is missing or
 * lists nothing (a context that git ignores as a whole is still scanned, by the walk).
 */
async function gitListedFiles(root: string): Promise<string[] | undefined> {
  let result;
  try {
    result = await new Git(root).run(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { timeoutMs: 60_000 });
  } catch {
    return undefined;
  }
  if (result.code !== 0 || result.truncated) return undefined;
  const files = result.stdout.split('\0').filter((file) => file !== '');
  return files.length > 0 ? files : undefined;
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * The bytes of a regular file up to `maxBytes`; undefined for anything else. git lists
 * symlinks and submodules too: O_NOFOLLOW refuses a symlink, a submodule fails as a
 * directory, and O_NONBLOCK keeps a FIFO from blocking. One readFileSync call: an extra
 * stat per file would cost more than the rare oversized file read in vain.
 */
function readRegularFile(path: string, maxBytes: number): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path, { flag: OPEN_FLAGS });
  } catch {
    return undefined; // deleted in the working tree, a symlink, a directory, unreadable
  }
  return bytes.length > maxBytes ? undefined : bytes;
}

/** Outside a git repository: walk the tree, honouring the .gitignore files found inside it. */
function walk(dir: string, ignores: IgnoreRule[], scanFile: (path: string, name: string) => boolean, stopped: () => boolean): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const local = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? [...ignores, ...readGitignore(join(dir, '.gitignore'), dir)] : ignores;
  for (const entry of entries) {
    if (stopped()) return;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (isDir && SKIP_DIRS.has(entry.name)) continue;
    if (local.length > 0 && isIgnored(local, path, entry.name, isDir)) continue;
    if (isDir) walk(path, local, scanFile, stopped);
    else if (entry.isFile() && !scanFile(path, entry.name)) return;
  }
}

/** Reads in one source text (exported for tests). */
export function scanText(text: string, language: 'js' | 'py' | 'ex' | 'rb' | 'go', file: string, reads: EnvRead[] = []): EnvRead[] {
  // Built on the first read only: most scanned texts that pass the marker check still read nothing.
  let lines: LineIndex | undefined;
  const add = (name: string, index: number, optional: boolean, phase: 'run' | 'build' = 'run') => reads.push({ name, file, line: (lines ??= new LineIndex(text)).lineAt(index), optional, phase });
  PATTERNS[language]!.forEach((re, index) => {
    if (language === 'js' && !text.includes(JS_GUARDS[index]!)) return;
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      const name = match.groups!.name!;
      if (language === 'js' && match[0].startsWith('import') && VITE_BUILTINS.has(name)) continue;
      const optional = match.groups!.opt !== undefined || FALLBACK_AFTER.test(text.slice(re.lastIndex, re.lastIndex + 24));
      add(name, match.index, optional);
    }
  });
  if (language !== 'js') return reads;
  // `const { A, B = 'x' } = process.env`: found from each `process.env` backwards (a
  // forward regex over every `{` in the file costs more than the rest of the scan).
  const destructured = (source: string) => {
    for (let at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + source.length)) {
      const body = destructuredBefore(text, at, source.length);
      if (body === undefined) continue;
      for (const part of body.split(',')) {
        const binding = /^\s*([A-Za-z_]\w*)\s*(?::\s*[A-Za-z_$][\w$]*)?\s*(=)?/.exec(part);
        if (binding?.[1]) add(binding[1], at, binding[2] === '=');
      }
    }
  };
  destructured('process.env');
  SVELTEKIT_IMPORT.lastIndex = text.includes('$env/') ? 0 : text.length;
  for (let match = SVELTEKIT_IMPORT.exec(text); match; match = SVELTEKIT_IMPORT.exec(text)) {
    const specifiers = match[1]!.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const [imported, local] = s.split(/\s+as\s+/);
      return { imported: imported!.trim(), local: (local ?? imported)!.trim() };
    });
    if (match[2] === 'static') {
      // Named imports of variables SvelteKit inlines while building; a missing one fails the build.
      for (const { imported } of specifiers) if (new RegExp(`^${NAME}$`).test(imported)) add(imported, match.index, false, 'build');
      continue;
    }
    for (const { imported, local } of specifiers) {
      if (imported !== 'env' || !/^[A-Za-z_$][\w$]*$/.test(local)) continue;
      const escaped = local.replace(/\$/g, '\\$');
      destructured(local); // const { A } = env
      const use = new RegExp(`(?<![\\w$.])${escaped}(?:\\.(?<dot>${NAME})|\\[\\s*(?<q>['"\`])(?<key>${NAME})\\k<q>\\s*\\])`, 'g');
      for (let read = use.exec(text); read; read = use.exec(text)) {
        const optional = FALLBACK_AFTER.test(text.slice(use.lastIndex, use.lastIndex + 24));
        add(read.groups!.dot ?? read.groups!.key!, read.index, optional);
      }
    }
  }
  return reads;
}

/** The text between `{` and `}` when `{ … } = <source>` has its source at `at`; undefined otherwise. */
function destructuredBefore(text: string, at: number, length: number): string | undefined {
  const before = text.charCodeAt(at - 1);
  if (before === 46 || before === 36 || (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || before === 95 || (before >= 97 && before <= 122)) return undefined;
  const after = text.charCodeAt(at + length);
  if (after === 36 || after === 46 || after === 91 || (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || after === 95 || (after >= 97 && after <= 122)) return undefined;
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] !== '=' || text[i - 1] === '=' || text[i - 1] === '!') return undefined;
  i--;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] !== '}') return undefined;
  const open = text.lastIndexOf('{', i);
  if (open < 0 || text.slice(open + 1, i).includes('}')) return undefined;
  return text.slice(open + 1, i);
}

interface IgnoreRule {
  base: string;
  negate: boolean;
  dirOnly: boolean;
  anchored: boolean;
  test: (path: string) => boolean;
}

function readGitignore(file: string, base: string): IgnoreRule[] {
  let text: string;
  try {
    if (statSync(file).size > 256 * 1024) return [];
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let pattern = raw.replace(/\s+$/, '');
    if (pattern === '' || pattern.startsWith('#')) continue;
    const negate = pattern.startsWith('!');
    if (negate) pattern = pattern.slice(1);
    const dirOnly = pattern.endsWith('/');
    if (dirOnly) pattern = pattern.slice(0, -1);
    const anchored = pattern.includes('/');
    if (pattern.startsWith('/')) pattern = pattern.slice(1);
    if (pattern === '') continue;
    try {
      rules.push({ base, negate, dirOnly, anchored, test: picomatch(pattern, { dot: true }) });
    } catch {
      // a pattern picomatch cannot read is skipped, as git skips what it cannot parse
    }
  }
  return rules;
}

function isIgnored(rules: IgnoreRule[], path: string, name: string, isDir: boolean): boolean {
  let ignored = false;
  for (const rule of rules) {
    if (rule.dirOnly && !isDir) continue;
    const subject = rule.anchored ? relative(rule.base, path) : name;
    if (rule.test(subject)) ignored = !rule.negate;
  }
  return ignored;
}

function readDockerfile(path: string): { dockerfileEnv: string[]; dockerfileArgs: string[] } {
  let text = '';
  try {
    if (statSync(path).size > 1024 * 1024) return { dockerfileEnv: [], dockerfileArgs: [] };
    text = readFileSync(path, 'utf8');
  } catch {
    return { dockerfileEnv: [], dockerfileArgs: [] };
  }
  return dockerfileNames(text);
}

/** `ENV A=1 B=2`, `ENV A 1`, `ARG A[=x]`: the names, never the values. */
export function dockerfileNames(text: string): { dockerfileEnv: string[]; dockerfileArgs: string[] } {
  const env: string[] = [];
  const args: string[] = [];
  for (const line of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const match = /^\s*(ENV|ARG)\s+(.*)$/i.exec(line);
    if (!match) continue;
    const target = match[1]!.toUpperCase() === 'ENV' ? env : args;
    const rest = match[2]!.trim();
    if (!rest.includes('=') && target === env) {
      const first = rest.split(/\s+/)[0];
      if (first) target.push(first);
      continue;
    }
    for (const token of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?==|\s|$)/g)) {
      // Only names at the start of a `NAME=` pair (or a bare ARG name), not words inside values.
      const before = rest.slice(0, token.index);
      if (before === '' || /\s$/.test(before)) target.push(token[1]!);
    }
  }
  return { dockerfileEnv: env, dockerfileArgs: args };
}
