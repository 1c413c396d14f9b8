/**
 * Compose's own project settings, decided the way `docker compose` decides them when
 * the inputs do not (docker/compose cmd/compose/compose.go `toProjectOptions` and
 * `setEnvWithDotEnv`, compose-go cli/options.go):
 *
 * 1. The run's environment comes first and always wins.
 * 2. Env files: `env-files` (like `--env-file`), else `COMPOSE_ENV_FILES` from the
 *    environment (comma-separated; a value in .env cannot set it: Compose reads it before
 *    any .env), else `.env` in the directory of the first `compose-files` entry or the
 *    working directory, unless `COMPOSE_DISABLE_ENV_FILE` is true. Their values fill in
 *    what the environment does not set.
 * 3. Compose files: `compose-files`, else `COMPOSE_FILE` (environment or that .env), split
 *    at `COMPOSE_PATH_SEPARATOR` (default the OS path-list separator, `:` on Linux and
 *    macOS), relative to the working directory; else compose.yaml, compose.yml,
 *    docker-compose.yml, docker-compose.yaml searched from the working directory upward
 *    (here: not above the repository root), plus the first existing override file.
 * 4. Then the `.env` of the project directory (the first compose file's directory) is
 *    read too when no env file was named: values already set win.
 * 5. Profiles: `profiles`, else `COMPOSE_PROFILES` (comma-separated).
 * 6. Project name: `COMPOSE_PROJECT_NAME`, else the top-level `name:`, else the project
 *    directory's name; Compose always sets it for interpolation.
 */
import { basename, delimiter, dirname, resolve } from 'node:path';
import { UserError } from '../shared/errors.ts';
import { isFile } from '../shared/files.ts';
import { DEFAULT_ENV_FILE, inProject } from './defaults.ts';
import { readDotenvFile } from './dotenv.ts';

export const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
export const DEFAULT_OVERRIDE_FILES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

export interface Setting<T> {
  value: T;
  /** Where the value came from, for the log and summary. */
  from: string;
}

export interface EnvFileValue {
  value: string | undefined;
  /** The env file (as shown) that set it. */
  file: string;
}

export interface ProjectSettings {
  /** Compose files in merge order, absolute. */
  files: Setting<string[]>;
  /** Env files read for the project, as shown. */
  envFiles: string[];
  /** Keys the env files set, with their values (never shown) and file. */
  fileValues: Map<string, EnvFileValue>;
  profiles: Setting<string[]>;
  projectName: Setting<string>;
  projectDirectory: string;
}

export interface ProjectSettingsInput {
  /** The working directory (where `docker compose` would run). */
  cwd: string;
  /** The repository root: the default file search stops here. */
  root: string;
  composeFiles: string[];
  envFiles: string[];
  profiles: string[];
  /** The run's environment (values never shown). */
  env: Map<string, string>;
  shown: (path: string) => string;
}

export function resolveProjectSettings(input: ProjectSettingsInput): ProjectSettings {
  const { cwd, env, shown } = input;
  const fileValues = new Map<string, EnvFileValue>();
  const envFiles: string[] = [];
  const lookup = (name: string) => env.get(name) ?? fileValues.get(name)?.value;
  /** One read of env files (compose-go GetEnvFromFile, then Merge): within it a later file wins; a key already known keeps its value. */
  const readPass = (paths: string[]) => {
    const pass = new Map<string, EnvFileValue>();
    for (const path of paths) {
      if (envFiles.includes(shown(path))) continue;
      for (const entry of readDotenvFile(path, shown(path), (name) => lookup(name) ?? pass.get(name)?.value)) pass.set(entry.key, { value: entry.value, file: shown(path) });
      envFiles.push(shown(path));
    }
    for (const [key, value] of pass) if (!fileValues.has(key)) fileValues.set(key, value);
  };

  const given = input.envFiles.length > 0 ? input.envFiles : (env.get('COMPOSE_ENV_FILES') ?? '').split(',').filter((file) => file !== '');
  const explicit = given.map((file) => resolve(cwd, file));
  explicit.forEach((path, index) => {
    if (!isFile(path)) throw new UserError(`${input.envFiles.length > 0 ? 'env-files' : 'COMPOSE_ENV_FILES'}: ${given[index]} does not exist (in ${shown(cwd)})`);
  });
  const useDefault = explicit.length === 0 && !disabled(env.get('COMPOSE_DISABLE_ENV_FILE'));
  const dotenvIn = (dir: string) => (useDefault ? [inProject(dir, DEFAULT_ENV_FILE)].filter(isFile) : []);

  // Before the compose files are known: the named env files, or the .env where Compose starts.
  readPass(explicit.length > 0 ? explicit : dotenvIn(input.composeFiles.length > 0 ? dirname(resolve(cwd, input.composeFiles[0]!)) : cwd));
  const source = (name: string): string => (env.has(name) ? `${name} in the environment` : `${name} in ${fileValues.get(name)?.file ?? 'an env file'}`);
  const files = composeFiles(input, lookup, source);
  const projectDirectory = dirname(files.value[0]!);
  // Then the project directory's .env fills in what is not set yet.
  readPass(dotenvIn(projectDirectory));

  const profilesValue = lookup('COMPOSE_PROFILES');
  const profiles: Setting<string[]> = input.profiles.length > 0 ? { value: input.profiles, from: 'the profiles input' }
    : profilesValue !== undefined ? { value: profilesValue.split(',').map((profile) => profile.trim()).filter(Boolean), from: source('COMPOSE_PROFILES') }
      : { value: [], from: 'none set' };
  const named = lookup('COMPOSE_PROJECT_NAME');
  const projectName: Setting<string> = named
    ? { value: named, from: source('COMPOSE_PROJECT_NAME') }
    : { value: normalizeProjectName(basename(projectDirectory)), from: 'the project directory name' };
  return { files, envFiles, fileValues, profiles, projectName, projectDirectory };
}

function composeFiles(input: ProjectSettingsInput, lookup: (name: string) => string | undefined, source: (name: string) => string): Setting<string[]> {
  const { cwd } = input;
  if (input.composeFiles.length > 0) return { value: input.composeFiles.map((file) => resolve(cwd, file)), from: 'the compose-files input' };
  const fromEnv = lookup('COMPOSE_FILE');
  if (fromEnv) {
    const separator = lookup('COMPOSE_PATH_SEPARATOR') || delimiter;
    const files = fromEnv.split(separator).filter((file) => file !== '').map((file) => resolve(cwd, file));
    for (const file of files) if (!isFile(file)) throw new UserError(`${source('COMPOSE_FILE')} names ${input.shown(file)}, which does not exist`);
    return { value: files, from: source('COMPOSE_FILE') };
  }
  // Like Compose, look in the working directory and then its parents (not above the repository).
  for (let dir = cwd; ; dir = dirname(dir)) {
    const main = DEFAULT_FILES.find((name) => isFile(resolve(dir, name)));
    if (main) {
      const override = DEFAULT_OVERRIDE_FILES.find((name) => isFile(resolve(dir, name)));
      return { value: [resolve(dir, main), ...(override ? [resolve(dir, override)] : [])], from: 'the default file names' };
    }
    if (dir === input.root || dirname(dir) === dir || !isInside(dir, input.root)) break;
  }
  throw new NoComposeFileError(`no compose file given and none of ${DEFAULT_FILES.join(', ')} exists in ${input.shown(cwd)}; set compose-files or COMPOSE_FILE`);
}

/** Neither the inputs nor the environment name a compose file, and none of the default names exists. */
export class NoComposeFileError extends UserError {
  override name = 'NoComposeFileError';
}

function isInside(dir: string, root: string): boolean {
  return dir === root || dir.startsWith(root.endsWith('/') ? root : `${root}/`);
}

/** Go's strconv.ParseBool, as Compose reads COMPOSE_DISABLE_ENV_FILE. */
function disabled(value: string | undefined): boolean {
  if (value === undefined) return false;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  throw new UserError(`COMPOSE_DISABLE_ENV_FILE must be true or false (it is set in the environment to something else)`);
}

/** compose-go loader.NormalizeProjectName. */
export function normalizeProjectName(name: string): string {
  return (name.toLowerCase().match(/[a-z0-9_-]/g) ?? []).join('').replace(/^[_-]+/, '');
}

