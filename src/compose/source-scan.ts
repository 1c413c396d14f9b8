/**
 * Finds the environment variables a service's code reads, by scanning its build
 * context: Node (`process.env.X`, `process.env['X']`, destructuring), Vite
 * (`import.meta.env.X`), SvelteKit (`$env/dynamic/*` `env.X`, `$env/static/*` named
 * imports), Python (`os.environ[...]`, `os.environ.get`, `os.getenv`), Elixir
 * (`System.get_env`, `System.fetch_env!`), Ruby (`ENV[...]`, `ENV.fetch`) and Go
 * (`os.Getenv`). Each read gets a strength from how the code uses it (read-context.ts).
 *
 * Only what the image contains and runs as the service is read: files the build
 * context's .dockerignore (or the Dockerfile's own `<Dockerfile>.dockerignore`) leaves
 * out, tests, test-runner configs, fixtures and stories, and paths the caller names
 * (scripts mounted into another service) are skipped and counted. node_modules, .git
 * and gitignored paths are skipped; big files are skipped (generated or vendored code).
 * Inside a git repository git itself says which files are ignored (every .gitignore
 * level, .git/info/exclude). A script with a `#!` line that nothing the image runs
 * names is not what the container runs either: its reads are kept, as notices.
 * Reads through configuration wrappers (`configService.get('X')`, `env('X')`) are
 * counted and named, not judged.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { Git } from '../git/git.ts';
import { LineIndex } from '../shared/line-index.ts';
import { DockerIgnore, readDockerignore } from './dockerignore.ts';
import { readDotenvFile } from './dotenv.ts';
import { ComposeFileError } from './yaml-file.ts';
import { elixirCode } from './elixir-text.ts';
import { jsReadStrength, otherReadStrength, variableUseStrength, type ReadStrength } from './read-context.ts';
import { escapeRegExp } from '../shared/regex.ts';

export interface EnvRead {
  name: string;
  /** Path relative to the scan root's reporting base. */
  file: string;
  line: number;
  strength: ReadStrength;
  /** `$env/static/*` and `import.meta.env` are inlined at build time; everything else is read when the app runs. */
  phase: 'run' | 'build';
  /** `import.meta.env.X`: the bundler replaces it while building, from the mode .env files and the build's environment, never the container's. */
  inlined?: boolean;
  /** In a standalone script (a `#!` line) that nothing the image runs names: whether the container runs it is not known. */
  standalone?: boolean;
}

export interface ScanOptions {
  /** Paths in results are relative to this. */
  workingDirectory: string;
  /** The context as the compose file writes it, when interpolation built it: results show paths under it, never the evaluated path. */
  shownRoot?: string;
  /** Paths (relative to the context, `/`-separated) that another service mounts: its scripts, not this image's. */
  mountedElsewhere?: string[];
  /** The Dockerfile to read ENV/ARG names from (absolute); default `<root>/Dockerfile`. */
  dockerfile?: string;
  /** An ignore file the platform names (fly.toml `[build] ignorefile`), instead of the context's own. */
  ignoreFile?: string;
  /** What the services running the image are told to run (compose `command`, `entrypoint`): it may name a script. */
  runs?: string[];
  maxFileBytes?: number;
  maxFiles?: number;
  /** The run's reads of build contexts: a context several images build from is listed and read once. */
  cache?: ContextCache;
}

export interface ScanResult {
  reads: EnvRead[];
  filesScanned: number;
  /** Names the Dockerfile sets with ENV (the image provides them at run time). */
  dockerfileEnv: string[];
  /** Names the Dockerfile declares with ARG (available while building). */
  dockerfileArgs: string[];
  /** Global ARGs with no default that a FROM line uses: the build fails without them. */
  fromArgs: string[];
  truncated: boolean;
  /** Source files not read, by why: they are not what the image runs as this service. */
  skipped: { dockerignore: number; tests: number; mounted: number; mixEnv: number };
  /** The Mix environment Elixir config was judged for (the Dockerfile's MIX_ENV, else prod); undefined without Elixir config. */
  mixEnv?: string;
  /** Code files in languages the scan does not read, by extension: their reads are not judged. */
  unread: Record<string, number>;
  /** Which ignore file applied: the Dockerfile's own, the context's .dockerignore, or one the platform names. */
  ignoreFile?: 'dockerfile' | 'context' | 'named';
  /** Patterns in it that Docker would refuse. */
  invalidIgnorePatterns: string[];
  /** Standalone scripts (a `#!` line) with reads that nothing the image runs names: their reads are not needs. */
  standaloneScripts: string[];
  /** Reads through configuration wrappers the scan does not follow (`configService.get('X')`, `env('X')`): counted and named, not judged. */
  wrapperReads: { count: number; names: string[]; calls: string[] };
  /** The .env files Vite loads while building (`.env`, `.env.local`, `.env.<mode>`, `.env.<mode>.local`) that the build context holds: shown path and keys. */
  buildEnvFiles: { file: string; keys: string[] }[];
  /** Why each such file could not be read or parsed (it names the file, and the line of a parse error): its keys are not known. */
  unreadableEnvFiles: string[];
  /** The bundler config uses import-meta-env: `import.meta.env` is filled when the container starts, so its reads are the container's. */
  importMetaEnvAtRuntime: boolean;
}

/**
 * The files Vite loads into `import.meta.env` (vite.dev/guide/env-and-mode: `.env`,
 * `.env.local`, `.env.[mode]`, `.env.[mode].local`). The mode a build uses is not known
 * here (`vite build` defaults to production, `--mode` changes it): any mode counts.
 * Templates (`.env.example`) are documentation, not a mode.
 */
const VITE_ENV_FILE = /^\.env(?:\.(?!(?:example|sample|template|dist|defaults?)(?:\.local)?$)[\w-]+)?(?:\.local)?$/;
/** The bundler config imports import-meta-env (`@import-meta-env/unplugin`, `/babel`, `/swc`): the container fills `import.meta.env` at startup. */
const IMPORT_META_ENV_PLUGIN = /['"]@import-meta-env\/(?:unplugin|babel|swc|prepare)['"]/;

const SKIP_DIRS = new Set(['node_modules', '.git', '.svelte-kit', '.next', '.nuxt', 'dist', 'build', 'coverage', '__pycache__', '_build', 'deps', 'vendor', '.venv', 'venv']);
/** A relative path inside one of SKIP_DIRS: one regex run per listed file, no array of its parts. */
const IN_SKIPPED_DIR = dirPattern(SKIP_DIRS);
const JS = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx', '.svelte', '.vue', '.astro']);
const LANGUAGE: Record<string, 'js' | 'py' | 'ex' | 'rb' | 'go'> = { '.py': 'py', '.ex': 'ex', '.exs': 'ex', '.rb': 'rb', '.go': 'go' };
for (const ext of JS) LANGUAGE[ext] = 'js';
/** Code the scan does not read (its environment reads are not judged): counted, never silently skipped. */
const UNREAD_CODE = new Set(['.php', '.java', '.kt', '.kts', '.cs', '.rs', '.clj', '.cljs', '.cljc', '.scala', '.swift', '.dart', '.lua', '.pl', '.sh']);
/** Set by Vite itself. */
const VITE_BUILTINS = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const N = `(?<name>${NAME})`;
const QN = `(?<q>['"\`])${N}\\k<q>`;

type Language = 'js' | 'py' | 'ex' | 'rb' | 'go';
/** A read pattern: its strength before context, and whether it is a call whose `)` ends the read. `opt` marks a default in the call. */
interface ReadPattern {
  re: RegExp;
  base: ReadStrength;
  call?: boolean;
  /** Text that must occur for the pattern to match (spares a regex run per file). */
  guard?: string;
}
const PATTERNS: Record<Language, ReadPattern[]> = {
  js: [
    { re: new RegExp(`\\bprocess\\.env\\.${N}`, 'g'), base: 'unguarded', guard: 'process.env' },
    { re: new RegExp(`\\bprocess\\.env\\[\\s*${QN}\\s*\\]`, 'g'), base: 'unguarded', guard: 'process.env' },
    { re: new RegExp(`\\bimport\\.meta\\.env\\.${N}`, 'g'), base: 'unguarded', guard: 'import.meta.env' },
  ],
  py: [
    // os.environ['X'] raises KeyError; .get / getenv return None.
    { re: new RegExp(`\\bos\\.environ\\[\\s*${QN}\\s*\\]`, 'g'), base: 'required' },
    { re: new RegExp(`\\bos\\.(?:environ\\.get|getenv)\\(\\s*${QN}\\s*(?<opt>,)?`, 'g'), base: 'unguarded', call: true },
  ],
  ex: [
    // System.get_env/1 returns nil when unset, /2 takes a default; fetch_env!/1 raises; fetch_env/1 returns :error.
    { re: new RegExp(`\\bSystem\\.get_env\\(\\s*"${N}"\\s*(?<opt>,)?`, 'g'), base: 'unguarded', call: true },
    { re: new RegExp(`\\bSystem\\.fetch_env!\\(\\s*"${N}"`, 'g'), base: 'required', call: true },
    { re: new RegExp(`\\bSystem\\.fetch_env\\(\\s*"${N}"(?<opt>)`, 'g'), base: 'optional', call: true },
    // The same calls without parentheses: `System.get_env "X"`.
    { re: new RegExp(`\\bSystem\\.get_env[ \\t]+"${N}"(?:[ \\t]*(?<opt>,))?`, 'g'), base: 'unguarded' },
    { re: new RegExp(`\\bSystem\\.fetch_env![ \\t]+"${N}"`, 'g'), base: 'required' },
    { re: new RegExp(`\\bSystem\\.fetch_env[ \\t]+"${N}"(?<opt>)`, 'g'), base: 'optional' },
  ],
  rb: [
    // ENV['X'] is nil when unset; ENV.fetch('X') raises unless it has a default or a block.
    { re: new RegExp(`\\bENV\\[\\s*${QN}\\s*\\]`, 'g'), base: 'unguarded' },
    { re: new RegExp(`\\bENV\\.fetch\\(\\s*${QN}\\s*(?<opt>,|\\)\\s*\\{|\\)\\s*do\\b)?`, 'g'), base: 'required', call: true },
  ],
  go: [
    { re: new RegExp(`\\bos\\.Getenv\\(\\s*"${N}"\\s*\\)`, 'g'), base: 'unguarded' },
    { re: new RegExp(`\\bos\\.LookupEnv\\(\\s*"${N}"(?<opt>)\\s*\\)`, 'g'), base: 'optional' },
  ],
};
/** Every read pattern of a language contains one of these: files without them are skipped undecoded. */
const MARKERS: Record<Language, string[]> = { js: ['env'], py: ['env'], ex: ['_env'], rb: ['ENV'], go: ['env', 'Env'] };
const SVELTEKIT_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]\$env\/(static|dynamic)\/(?:private|public)['"]/g;

/**
 * Not what an image runs as its service: tests and their helpers, fixtures, test-runner
 * configs, stories. Matched on path segments and file names, in any language.
 */
const TEST_DIRS = new Set(['test', 'tests', '__tests__', '__test__', 'spec', 'specs', '__mocks__', '__fixtures__', 'fixtures', '__snapshots__', 'testdata', 'e2e', 'cypress', '.storybook']);
const IN_TEST_DIR = dirPattern(TEST_DIRS);
const TEST_FILE = /(?:\.(?:test|spec|e2e|cy|stories|story)\.[cm]?[jt]sx?$|_test\.(?:go|py|rb|exs)$|^test_.*\.py$|_spec\.rb$|^conftest\.py$)/;
const TEST_CONFIG = /^(?:vitest\.(?:config|workspace|setup)|jest\.(?:config|setup|preset)|playwright\.config|cypress\.config|karma\.conf|ava\.config|wdio\.conf|\.mocharc|setupTests|test-setup)\.[cm]?[jt]s$/;

/** True for a path (relative to the context, `/`-separated) that only tests use. */
function isTestPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return TEST_FILE.test(name) || TEST_CONFIG.test(name) || IN_TEST_DIR.test(path);
}

/** A relative path with a folder (not the file itself) named one of `names`. */
function dirPattern(names: Set<string>): RegExp {
  return new RegExp(`(?:^|/)(?:${[...names].map(escapeRegExp).join('|')})/`);
}

/** What one file holds for the scan, the same whichever image it belongs to: reads (`file` is filled in per image), wrapper reads, a `#!` line. */
interface FileFindings {
  reads: EnvRead[];
  wrappers: WrapperRead[];
  script: boolean;
  /** The bundler config uses import-meta-env. */
  importMetaEnv: boolean;
}
/** A file that reads no environment, as nearly every file is. */
const NOTHING_READ: FileFindings = { reads: [], wrappers: [], script: false, importMetaEnv: false };

/**
 * One run's reads of build contexts. Compose services and a Fly app may build from one
 * context (with different ignore files, mounts or commands): git lists it once and each
 * file is read and scanned once; what belongs to which image is decided per scan.
 */
export class ContextCache {
  readonly #values = new Map<string, unknown>();

  once<T>(key: string, compute: () => T): T {
    if (this.#values.has(key)) return this.#values.get(key) as T;
    const value = compute();
    this.#values.set(key, value);
    return value;
  }
}

/** Reads one source file and finds what it reads; undefined when it is not a regular file within the limit. */
function scanFileBytes(path: string, language: Language, phase: 'run' | 'build', maxBytes: number): FileFindings | undefined {
  const bytes = readRegularFile(path, maxBytes);
  if (!bytes) return undefined;
  // Nearly every file reads no environment at all: one search for any marker passes them over undecoded
  // (a regex over the bytes as latin1 text: one pass, where a byte search per marker took one each).
  const latin1 = bytes.toString('latin1');
  if (!ANY_MARKER[language].test(latin1)) return NOTHING_READ;
  const reading = MARKERS[language].some((marker) => latin1.includes(marker));
  const wrapping = reading || WRAPPER_MARKERS[language].some((marker) => latin1.includes(marker));
  const text = bytes.toString('utf8');
  const wrappers: WrapperRead[] = [];
  if (wrapping) wrapperReadsIn(text, language, wrappers);
  return {
    reads: reading ? scanText(text, language, '', [], phase) : [],
    wrappers,
    script: bytes[0] === 0x23 && bytes[1] === 0x21,
    importMetaEnv: language === 'js' && text.includes('@import-meta-env/') && IMPORT_META_ENV_PLUGIN.test(text),
  };
}

export async function scanBuildContext(root: string, options: ScanOptions): Promise<ScanResult> {
  const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
  const maxFiles = options.maxFiles ?? 100_000;
  const reads: EnvRead[] = [];
  let filesScanned = 0;
  let truncated = false;
  const skipped = { dockerignore: 0, tests: 0, mounted: 0, mixEnv: 0 };
  const unread: Record<string, number> = {};
  const dockerfile = options.dockerfile ?? join(root, 'Dockerfile');
  const cache = options.cache;
  const once = <T>(key: string, compute: () => T): T => (cache ? cache.once(key, compute) : compute());
  const ignore = once(`\0ignore\0${root}\0${dockerfile}\0${options.ignoreFile ?? ''}`, () => contextIgnore(root, dockerfile, options.ignoreFile));
  const dockerText = once(`\0dockerfile\0${dockerfile}`, () => readDockerfileText(dockerfile));
  const mixEnv = mixEnvOf(dockerText);
  let sawMixConfig = false;
  const mounted = (options.mountedElsewhere ?? []).map((path) => path.replace(/\/+$/, ''));
  const isMounted = (rel: string) => mounted.length > 0 && mounted.some((prefix) => rel === prefix || rel.startsWith(`${prefix}/`));
  /** Files with a `#!` line that read the environment: where their reads start and end in `reads`. */
  const scripts: { rel: string; from: number; to: number }[] = [];
  const wrappers: WrapperRead[] = [];
  const envFiles = new Set<string>();
  let importMetaEnvAtRuntime = false;
  const shown = (rel: string) => (options.shownRoot === undefined ? relative(options.workingDirectory, join(root, rel)) : `${options.shownRoot.replace(/\/+$/, '')}/${rel}`);

  /** Scans one file when its extension is a language we read; false once the file limit is reached. */
  const scanFile = (path: string, rel: string, name: string): boolean => {
    // A mode .env file the build reads: not one the .dockerignore leaves out, a test fixture's, or one mounted into another service.
    if (name.startsWith('.env') && VITE_ENV_FILE.test(name) && !(ignore.matcher && ignore.matcher.excludes(rel)) && !isTestPath(rel) && !isMounted(rel)) envFiles.add(rel);
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? name.slice(dot) : '';
    const language = LANGUAGE[extension];
    if (!language) {
      if (UNREAD_CODE.has(extension) && !(ignore.matcher && ignore.matcher.excludes(rel)) && !isTestPath(rel)) unread[extension] = (unread[extension] ?? 0) + 1;
      return true;
    }
    if (ignore.matcher && ignore.matcher.excludes(rel)) {
      skipped.dockerignore++;
      return true;
    }
    if (isTestPath(rel)) {
      skipped.tests++;
      return true;
    }
    if (isMounted(rel)) {
      skipped.mounted++;
      return true;
    }
    const mixConfig = language === 'ex' ? mixConfigPhase(rel.split('/'), mixEnv) : undefined;
    if (mixConfig) sawMixConfig = true;
    if (mixConfig === 'skip') {
      skipped.mixEnv++;
      return true;
    }
    if (filesScanned >= maxFiles) {
      truncated = true;
      return false;
    }
    const phase = mixConfig === 'build' ? 'build' : 'run';
    const found = once(phase === 'run' ? path : `${path}\0build`, () => scanFileBytes(path, language, phase, maxFileBytes));
    if (!found) return true;
    filesScanned++;
    if (found === NOTHING_READ) return true;
    const from = reads.length;
    if (found.reads.length > 0) {
      const file = shown(rel);
      for (const read of found.reads) reads.push({ ...read, file });
    }
    if (found.importMetaEnv) importMetaEnvAtRuntime = true;
    wrappers.push(...found.wrappers);
    if (found.script && reads.length > from) scripts.push({ rel, from, to: reads.length });
    return true;
  };

  const listed = await once(`\0listed\0${root}`, () => gitListedFiles(root));
  if (listed) {
    // git prints normalized relative paths: plain concatenation spares a path.join per file.
    const base = root.endsWith('/') ? root : `${root}/`;
    for (const file of listed) {
      if (IN_SKIPPED_DIR.test(file)) continue;
      if (!scanFile(base + file, file, file.slice(file.lastIndexOf('/') + 1))) break;
    }
  } else {
    walk(root, root, [], scanFile, () => truncated);
  }
  // A script with a `#!` line is run by name: when nothing the image runs names it, its reads are not needs.
  const inImage = (rel: string) => !(ignore.matcher && ignore.matcher.excludes(rel)) && !isTestPath(rel) && !isMounted(rel);
  const unnamed = scripts.length === 0 ? [] : unnamedScripts(scripts.map((script) => script.rel), [dockerText, ...(options.runs ?? [])], (visit) => {
    if (listed) {
      const base = root.endsWith('/') ? root : `${root}/`;
      for (const file of listed) {
        if (IN_SKIPPED_DIR.test(file) || !inImage(file)) continue;
        if (!visit(base + file, file)) return;
      }
    } else {
      let stop = false;
      walk(root, root, [], (path, rel) => {
        if (inImage(rel)) stop = !visit(path, rel);
        return !stop;
      }, () => stop);
    }
  }, maxFileBytes);
  for (const script of scripts) {
    if (!unnamed.includes(script.rel)) continue;
    for (let i = script.from; i < script.to; i++) {
      const read = reads[i]!;
      read.standalone = true;
      if (read.strength === 'required') read.strength = 'unguarded';
    }
  }
  if (importMetaEnvAtRuntime) {
    for (const read of reads) {
      if (!read.inlined) continue;
      read.phase = 'run';
      delete read.inlined;
    }
  }
  // A gitignored `.env.local` is still in the build context: the context root is listed as Docker sends it.
  for (const name of safeReaddir(root)) if (VITE_ENV_FILE.test(name) && !(ignore.matcher && ignore.matcher.excludes(name))) envFiles.add(name);
  const buildEnvFiles: ScanResult['buildEnvFiles'] = [];
  const unreadableEnvFiles: string[] = [];
  for (const rel of [...envFiles].sort()) {
    try {
      if (!lstatSync(join(root, rel)).isFile()) continue; // a symlink or a directory: no file of the context to load
      buildEnvFiles.push({ file: shown(rel), keys: readDotenvFile(join(root, rel), shown(rel), () => undefined, false).map((entry) => entry.key) });
    } catch (error) {
      // A parse error names its file and line (ComposeFileError); anything else is the read's own failure.
      unreadableEnvFiles.push(error instanceof ComposeFileError ? error.message : `${shown(rel)}: could not be read (${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : error)})`);
    }
  }
  const wrapperNames = [...new Set(wrappers.map((read) => read.name))].sort();
  const wrapperCalls = [...new Set(wrappers.map((read) => read.call))].sort();
  return { reads, filesScanned, buildEnvFiles, unreadableEnvFiles, importMetaEnvAtRuntime, standaloneScripts: unnamed.map(shown), wrapperReads: { count: wrappers.length, names: wrapperNames, calls: wrapperCalls }, ...dockerfileNames(dockerText), truncated, skipped, unread, ignoreFile: ignore.kind, invalidIgnorePatterns: ignore.matcher?.invalid ?? [], mixEnv: sawMixConfig ? mixEnv : undefined };
}

/**
 * Mix evaluates `config/config.exs` and the `config/<env>.exs` it imports when the
 * release is compiled (in the image build, with the Dockerfile's MIX_ENV), and
 * `config/runtime.exs` when the release boots. The config files of other Mix
 * environments (dev.exs, test.exs) are not evaluated for the image at all.
 */
function mixConfigPhase(parts: string[], mixEnv: string): 'build' | 'run' | 'skip' | undefined {
  if (parts.length < 2 || parts.at(-2) !== 'config') return undefined;
  const name = parts.at(-1)!;
  if (name === 'runtime.exs') return 'run';
  if (name === 'config.exs' || name === `${mixEnv}.exs`) return 'build';
  return /^[a-z_]+\.exs$/.test(name) ? 'skip' : undefined;
}

/** `ENV MIX_ENV=prod`, `ENV MIX_ENV="prod"`, `ARG MIX_ENV=prod` (the last wins); `prod` when the Dockerfile sets none (a release image). */
function mixEnvOf(dockerfile: string): string {
  let env = 'prod';
  for (const match of dockerfile.matchAll(/^\s*(?:ENV|ARG)\s+MIX_ENV(?:=|\s+)["']?([a-z_]+)["']?\s*$/gim)) env = match[1]!;
  return env;
}

/**
 * The ignore file Docker applies to this build: `<Dockerfile>.dockerignore` next to the
 * Dockerfile wins over `.dockerignore` at the context root (BuildKit's rule).
 */
function contextIgnore(root: string, dockerfile: string, named?: string): { matcher?: DockerIgnore; kind?: 'dockerfile' | 'context' | 'named' } {
  const candidates = named ? [{ file: named, kind: 'named' as const }] : [{ file: join(dirname(dockerfile), `${basename(dockerfile)}.dockerignore`), kind: 'dockerfile' as const }, { file: join(root, '.dockerignore'), kind: 'context' as const }];
  for (const { file, kind } of candidates) {
    let text: string;
    try {
      if (statSync(file).size > 1024 * 1024) continue;
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    return { matcher: new DockerIgnore(readDockerignore(text)), kind };
  }
  return {};
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
  if (result.code !== 0) return undefined;
  const files = result.stdout.split('\0').filter((file) => file !== '');
  return files.length > 0 ? files : undefined;
}

/**
 * Files a script name is not looked for in: media, fonts, archives and compiled code,
 * whose bytes are no command a person or a program runs a script by.
 */
const BINARY_EXTENSIONS = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.icns', '.bmp', '.tif', '.tiff', '.psd', '.heic',
  '.woff', '.woff2', '.ttf', '.otf', '.eot',
  '.mp3', '.mp4', '.m4a', '.aac', '.wav', '.ogg', '.oga', '.webm', '.mov', '.avi', '.flac', '.mkv',
  '.pdf', '.zip', '.gz', '.tgz', '.bz2', '.xz', '.zst', '.7z', '.rar', '.br',
  '.jar', '.war', '.class', '.pyc', '.pyo', '.so', '.dylib', '.dll', '.exe', '.o', '.a', '.node', '.wasm', '.beam',
  '.sqlite', '.sqlite3',
]);
/** As git and grep tell binary from text: a NUL byte in the first 8000 bytes. */
const SNIFF_BYTES = 8000;

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
/**
 * Every file of a scan is read into this one buffer (grown to the largest file read, at
 * most maxFileBytes): a new buffer per file made tens of megabytes of garbage per scan,
 * and collecting it cost more than a third of the time reading took.
 */
let shared = Buffer.allocUnsafe(64 * 1024);

/**
 * The bytes of a regular file up to `maxBytes`, in the shared buffer: valid until the
 * next read, so callers decode or search them at once. undefined for anything else: git
 * lists symlinks and submodules too; O_NOFOLLOW refuses a symlink, a submodule or a
 * directory is no regular file, and O_NONBLOCK keeps a FIFO from blocking. With `text`,
 * also undefined for a known binary extension (not opened) and for a file whose first
 * bytes hold a NUL (only those are read).
 */
function readRegularFile(path: string, maxBytes: number, text = false): Buffer | undefined {
  if (text) {
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    if (dot > slash + 1 && BINARY_EXTENSIONS.has(path.slice(dot).toLowerCase())) return undefined;
  }
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return undefined; // deleted in the working tree, a symlink, unreadable
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    if (shared.length < stat.size) shared = Buffer.allocUnsafe(Math.max(stat.size, shared.length * 2));
    let length = 0;
    if (text) {
      length = readSync(fd, shared, 0, Math.min(stat.size, SNIFF_BYTES), 0);
      if (shared.subarray(0, length).indexOf(0) >= 0) return undefined;
    }
    while (length < stat.size) {
      const read = readSync(fd, shared, length, stat.size - length, length);
      if (read === 0) break; // shrank since the stat
      length += read;
    }
    return shared.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Outside a git repository: walk the tree, honouring the .gitignore files found inside it. */
function walk(root: string, dir: string, ignores: IgnoreRule[], scanFile: (path: string, rel: string, name: string) => boolean, stopped: () => boolean): void {
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
    if (isDir) walk(root, path, local, scanFile, stopped);
    else if (entry.isFile() && !scanFile(path, relative(root, path).split(sep).join('/'), entry.name)) return;
  }
}

/**
 * Scripts none of whose names occurs in what the image runs: the Dockerfile (CMD,
 * ENTRYPOINT), the services' `command`/`entrypoint`, or any other file of the image (a
 * shell entrypoint, package.json scripts, an import `from bin import release_manager`).
 * A name is the file name, or its stem as a whole word. A sound approximation of "what
 * the image runs": a script whose name occurs nowhere else cannot be started by name.
 */
function unnamedScripts(scripts: string[], runs: string[], files: (visit: (path: string, rel: string) => boolean) => void, maxBytes: number): string[] {
  const names = new Map(scripts.map((rel) => {
    const file = rel.slice(rel.lastIndexOf('/') + 1);
    const dot = file.lastIndexOf('.');
    return [rel, { file, stem: dot > 0 ? file.slice(0, dot) : file }] as const;
  }));
  const open = new Set(scripts);
  const mentions = (text: string | Buffer, rel: string) => {
    for (const script of open) {
      if (script === rel) continue;
      const { file, stem } = names.get(script)!;
      if (text.indexOf(file) >= 0 || containsWord(text, stem)) open.delete(script);
    }
  };
  for (const text of runs) mentions(text, '');
  if (open.size > 0) {
    files((path, rel) => {
      const bytes = readRegularFile(path, maxBytes, true);
      if (bytes) mentions(bytes, rel);
      return open.size > 0;
    });
  }
  return scripts.filter((script) => open.has(script));
}

/** `word` in `text` with no identifier character on either side. */
function containsWord(text: string | Buffer, word: string): boolean {
  const isWordChar = (code: number) => code === 95 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const codeAt = (i: number) => (typeof text === 'string' ? text.charCodeAt(i) : text[i]!);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isWordChar(codeAt(at - 1))) && (at + word.length >= text.length || !isWordChar(codeAt(at + word.length)))) return true;
  }
  return false;
}

interface WrapperRead {
  name: string;
  call: string;
}

/** Text that any wrapper call below contains (spares decoding files without one). */
const WRAPPER_MARKERS: Record<Language, string[]> = { js: ['onfig', 'env', 'Env'], py: ['env', 'config'], ex: [], rb: [], go: ['viper'] };
/** Any marker of MARKERS or WRAPPER_MARKERS, per language. */
const ANY_MARKER = Object.fromEntries((Object.keys(MARKERS) as Language[]).map((language) => [language, new RegExp([...new Set([...MARKERS[language], ...WRAPPER_MARKERS[language]])].join('|'))])) as Record<Language, RegExp>;
const KEY = `(?<name>[A-Za-z_][A-Za-z0-9_.]{0,79})`;
/** Typed getters of env helpers (`env.bool('X')`, environs' `env.str`, django-environ's `env.db`); not string methods such as `startsWith`. */
const ACCESSOR = '(?:get|str|string|bool|boolean|int|integer|number|num|float|decimal|json|url|db|db_url|cache|email|path|list|array|dict|port|required)';
/**
 * Configuration wrappers: a library or helper between the code and the environment
 * (NestJS `configService.get('X')`, node-config `config.get('x')`, an `env('X')`
 * helper, django-environ / python-decouple `env('X')`, `env.bool('X')`, `config('X')`,
 * Go's viper). Whether such a read needs the variable, or reads it from the environment
 * at all, depends on the wrapper: the reads are counted and named, never judged.
 */
const WRAPPERS: Record<Language, RegExp[]> = {
  js: [
    new RegExp(`(?<![\\w$.])(?<call>(?:this\\.)?[A-Za-z_$]*[Cc]onfig[\\w$]*\\.(?:get|getOrThrow))\\s*(?:<[^<>()]*>)?\\(\\s*(?<q>['"\`])${KEY}\\k<q>`, 'g'),
    new RegExp(`(?<![\\w$.])(?<call>[A-Za-z_$]*(?:env|Env)(?:\\.${ACCESSOR})?)\\s*(?:<[^<>()]*>)?\\(\\s*(?<q>['"\`])(?<name>[A-Z][A-Z0-9_]{1,79})\\k<q>`, 'g'),
  ],
  py: [new RegExp(`(?<![\\w.])(?<call>(?:env|config)(?:\\.${ACCESSOR})?)\\(\\s*(?<q>['"])(?<name>[A-Z][A-Z0-9_]{1,79})\\k<q>`, 'g')],
  ex: [],
  rb: [],
  go: [new RegExp(`\\b(?<call>viper\\.Get[A-Za-z]*)\\(\\s*"${KEY}"`, 'g')],
};

/**
 * For each pattern above, the part every match contains, starting at a literal: a text
 * without it is passed over at the speed of a literal search, where the full pattern
 * (a look-behind, then a name of any length) is tried at every word.
 */
const WRAPPER_GATES: Record<Language, RegExp[]> = {
  js: [
    /[Cc]onfig[\w$]*\.(?:get|getOrThrow)\s*(?:<[^<>()]*>)?\(\s*['"`][A-Za-z_]/,
    new RegExp(`(?:env|Env)(?:\\.${ACCESSOR})?\\s*(?:<[^<>()]*>)?\\(\\s*['"\`][A-Z]`),
  ],
  py: [new RegExp(`(?:env|config)(?:\\.${ACCESSOR})?\\(\\s*['"][A-Z]`)],
  ex: [],
  rb: [],
  go: [/viper\.Get[A-Za-z]*\(\s*"/],
};

function wrapperReadsIn(text: string, language: Language, found: WrapperRead[]): void {
  const gates = WRAPPER_GATES[language];
  for (const [index, re] of WRAPPERS[language].entries()) {
    if (!gates[index]!.test(text)) continue;
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      const call = match.groups!.call!.replace(/^this\./, '');
      // The reads the scan does judge are not wrappers.
      if (/^(?:process\.env|import\.meta\.env)/.test(call)) continue;
      found.push({ name: match.groups!.name!, call: `${call}()` });
    }
  }
}

/** The index just past the `)` that closes a call whose arguments start before `from`; `from` when there is none nearby. */
function callEnd(text: string, from: number): number {
  let depth = 1;
  const limit = Math.min(text.length, from + 400);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return from;
}

/** Reads in one source text (exported for tests). */
export function scanText(source: string, language: Language, file: string, reads: EnvRead[] = [], filePhase: 'run' | 'build' = 'run'): EnvRead[] {
  // Elixir: comments, heredocs and sigils are blanked first (offsets unchanged).
  const text = language === 'ex' ? elixirCode(source) : source;
  // Built on the first read only: most scanned texts that pass the marker check still read nothing.
  let lines: LineIndex | undefined;
  const add = (name: string, index: number, strength: ReadStrength, phase: 'run' | 'build' = filePhase) => reads.push({ name, file, line: (lines ??= new LineIndex(text)).lineAt(index), strength, phase: language === 'ex' && phase === 'run' && inModuleAttribute(text, index) ? 'build' : phase });
  for (const pattern of PATTERNS[language]) {
    if (pattern.guard && !text.includes(pattern.guard)) continue;
    const re = pattern.re;
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      const name = match.groups!.name!;
      if (language === 'js' && match[0].startsWith('import') && VITE_BUILTINS.has(name)) continue;
      const start = match.index;
      if (match.groups!.opt !== undefined) {
        add(name, start, 'optional');
        continue;
      }
      const end = pattern.call && !match[0].endsWith(')') ? callEnd(text, re.lastIndex) : re.lastIndex;
      if (language === 'js' && match[0].startsWith('import')) {
        add(name, start, jsReadStrength(text, start, end), 'build');
        reads[reads.length - 1]!.inlined = true;
        continue;
      }
      add(name, start, language === 'js' ? jsReadStrength(text, start, end) : otherReadStrength(text, start, end, pattern.base));
    }
  }
  if (language !== 'js') return reads;
  // `const { A, B = 'x' } = process.env`: found from each `process.env` backwards (a
  // forward regex over every `{` in the file costs more than the rest of the scan).
  const destructured = (source: string) => {
    for (let at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + source.length)) {
      const body = destructuredBefore(text, at, source.length);
      if (body === undefined) continue;
      for (const part of body.split(',')) {
        const binding = /^\s*([A-Za-z_]\w*)\s*(?::\s*([A-Za-z_$][\w$]*))?\s*(=)?/.exec(part);
        if (!binding?.[1]) continue;
        // A default makes it optional; otherwise the local name's uses decide.
        add(binding[1], at, binding[3] === '=' ? 'optional' : variableUseStrength(text, binding[2] ?? binding[1], at));
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
      for (const { imported } of specifiers) if (new RegExp(`^${NAME}$`).test(imported)) add(imported, match.index, 'required', 'build');
      continue;
    }
    for (const { imported, local } of specifiers) {
      if (imported !== 'env' || !/^[A-Za-z_$][\w$]*$/.test(local)) continue;
      const escaped = local.replace(/\$/g, '\\$');
      destructured(local); // const { A } = env
      const use = new RegExp(`(?<![\\w$.])${escaped}(?:\\.(?<dot>${NAME})|\\[\\s*(?<q>['"\`])(?<key>${NAME})\\k<q>\\s*\\])`, 'g');
      for (let read = use.exec(text); read; read = use.exec(text)) {
        add(read.groups!.dot ?? read.groups!.key!, read.index, jsReadStrength(text, read.index, use.lastIndex));
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

type DockerfileNames = { dockerfileEnv: string[]; dockerfileArgs: string[]; fromArgs: string[] };

/**
 * The names a build gets besides its code: its build args and the Dockerfile's ARG and
 * ENV. One answer for compose services, Fly apps and the scan's note; mode .env files
 * are added by the caller that names them.
 */
export function buildTimeNames(buildArgs: Iterable<string>, dockerfile: Pick<DockerfileNames, 'dockerfileArgs' | 'dockerfileEnv'> | undefined): Set<string> {
  return new Set([...buildArgs, ...(dockerfile?.dockerfileArgs ?? []), ...(dockerfile?.dockerfileEnv ?? [])]);
}

export function readDockerfile(path: string): DockerfileNames {
  return dockerfileNames(readDockerfileText(path));
}

/** The Dockerfile's text; '' when it is missing, unreadable or over 1 MB. */
function readDockerfileText(path: string): string {
  try {
    if (statSync(path).size > 1024 * 1024) return '';
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** `@name System.get_env(…)`: a module attribute is evaluated when the module compiles, in the image build. */
function inModuleAttribute(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return /^\s*@[a-z_][A-Za-z0-9_]*\s+(?:\(\s*)?$/.test(text.slice(lineStart, index));
}

/** `ENV A=1 B=2`, `ENV A 1`, `ARG A[=x]`: the names, never the values; and the ARGs a FROM cannot do without. */
export function dockerfileNames(text: string): DockerfileNames {
  const env: string[] = [];
  const args: string[] = [];
  const globalWithoutDefault = new Set<string>();
  const fromArgs = new Set<string>();
  let seenFrom = false;
  for (const line of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const from = /^\s*FROM\s+(.*)$/i.exec(line);
    if (from) {
      seenFrom = true;
      // `${X}` or `$X` with no default (`${X:-y}` has one): an empty X leaves FROM without an image.
      for (const use of from[1]!.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
        const name = use[1] ?? use[2]!;
        if (globalWithoutDefault.has(name)) fromArgs.add(name);
      }
      continue;
    }
    if (!seenFrom) {
      const arg = /^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)\s*$/i.exec(line);
      if (arg) globalWithoutDefault.add(arg[1]!);
    }
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
  return { dockerfileEnv: env, dockerfileArgs: args, fromArgs: [...fromArgs] };
}
