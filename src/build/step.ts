import { mkdir, mkdtemp } from 'node:fs/promises';
import { delimiter, join, resolve, sep } from 'node:path';
import { exec } from '../shared/exec.ts';
import { BUILD_MARKER } from './strays.ts';

export type StepName = 'checkout' | 'install' | 'build';

export interface StepOutcome {
  name: StepName;
  command: string;
  /** Directory the step ran in, relative to the clone root ('.' for the root). */
  directory: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** bash exited while processes it started were still running; they were stopped. */
  leftoverProcesses: boolean;
  durationMs: number;
  /** The step's combined output, the last LOG_LIMIT bytes of it. */
  log: string;
}

export const LOG_LIMIT = 4 * 1024 * 1024;

export interface StepRunOptions {
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  signal?: AbortSignal;
  onOutput?: (chunk: Buffer) => void;
}

/**
 * Runs user-written shell lines as GitHub's `shell: bash` does (`bash --noprofile --norc
 * -eo pipefail`), in their own process group: a timeout or cancellation stops every
 * process they started, and so does bash exiting (a `server &` left running would
 * otherwise hold the step open).
 */
export async function runShellStep(name: StepName, script: string, cwd: string, directory: string, options: StepRunOptions): Promise<StepOutcome> {
  // Both streams are kept here, interleaved as printed (the last LOG_LIMIT bytes): exec buffers neither.
  const chunks: Buffer[] = [];
  let size = 0;
  const keep = (chunk: Buffer) => {
    options.onOutput?.(chunk);
    chunks.push(chunk);
    size += chunk.length;
    while (size > LOG_LIMIT && chunks.length > 1) size -= chunks.shift()!.length;
  };
  const result = await exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: options.env,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    killGroupOnExit: true,
    streamStdout: keep,
    streamStderr: keep,
  });
  return {
    name,
    command: script,
    directory,
    exitCode: result.code,
    signal: result.signal,
    timedOut: result.timedOut,
    cancelled: !result.timedOut && (options.signal?.aborted ?? false),
    leftoverProcesses: result.leftoverProcesses ?? false,
    durationMs: result.durationMs,
    log: Buffer.concat(chunks).toString('utf8'),
  };
}

export function stepPassed(step: StepOutcome): boolean {
  return step.exitCode === 0 && !step.timedOut && !step.cancelled;
}

/** The last `count` non-empty lines of a log, ANSI colours removed. */
export function lastLines(log: string, count: number): string[] {
  // eslint-disable-next-line no-control-regex
  const lines = log.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n/).map((line) => line.replace(/.*\r/, ''));
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  return lines.slice(-count);
}

/**
 * What the runner gives only to the JavaScript action itself: its inputs, its saved state,
 * and the runtime credentials for the cache, artifact and OIDC services. Install and build
 * run third-party lifecycle scripts, which must not see them (a run step never does).
 */
const ACTION_ONLY_ENV = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
]);
const isActionOnly = (name: string) => name.startsWith('INPUT_') || name.startsWith('STATE_') || ACTION_ONLY_ENV.has(name);

/**
 * The runner's file commands: a build that could write to GITHUB_ENV or GITHUB_PATH would
 * set NODE_OPTIONS or PATH for every later step of the job (the deploy among them).
 */
const FILE_COMMANDS = new Set(['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']);
/** A name that looks like a credential (NPM_TOKEN, AWS_SECRET_ACCESS_KEY, DB_PASSWORD, …). */
const CREDENTIAL_NAME = /TOKEN|SECRET|KEY|PASSWORD/i;

export interface StepEnvironment {
  env: NodeJS.ProcessEnv;
  /** Credential-looking names kept from the build (never their values), for the log: what env-passthrough could allow. */
  withheld: string[];
}

/**
 * The environment of install and build: the caller's, minus what belongs to the action
 * alone (inputs, state, runtime credentials), the runner's file-command paths and every
 * variable whose name looks like a credential unless `passthrough` names it, minus PATH
 * entries inside the original repository (its node_modules/.bin would lend the clean build
 * tools the commit does not install), plus the marker by which strays are found.
 */
export function stepEnvironment(base: NodeJS.ProcessEnv, originalRoot: string, { passthrough = [] as readonly string[], marker = '' } = {}): StepEnvironment {
  const env: NodeJS.ProcessEnv = {};
  const withheld: string[] = [];
  const allowed = new Set(passthrough);
  for (const [name, value] of Object.entries(base)) {
    if (isActionOnly(name)) continue;
    if (allowed.has(name)) {
      env[name] = value;
      continue;
    }
    if (FILE_COMMANDS.has(name)) continue;
    if (CREDENTIAL_NAME.test(name)) {
      withheld.push(name);
      continue;
    }
    env[name] = value;
  }
  const root = resolve(originalRoot);
  const path = (base.PATH ?? '').split(delimiter).filter((entry) => entry !== '' && !(resolve(entry) === root || resolve(entry).startsWith(root + sep)));
  env.PATH = path.join(delimiter);
  if (marker) env[BUILD_MARKER] = marker;
  return { env, withheld: withheld.sort() };
}

/**
 * `isolate-caches`: HOME, XDG dirs and every package manager's cache in fresh temp
 * directories, so nothing cached or configured on this machine (a ~/.npmrc, a package
 * only in the cache) can make the build pass.
 */
export async function isolatedCaches(parentDir: string): Promise<{ root: string; env: Record<string, string> }> {
  const root = await mkdtemp(join(parentDir, 'clean-clone-caches-'));
  const dirs = {
    HOME: 'home',
    XDG_CACHE_HOME: 'home/.cache',
    XDG_CONFIG_HOME: 'home/.config',
    XDG_DATA_HOME: 'home/.local/share',
    XDG_STATE_HOME: 'home/.local/state',
    npm_config_cache: 'npm-cache',
    YARN_CACHE_FOLDER: 'yarn-cache',
    YARN_GLOBAL_FOLDER: 'yarn-global',
    PNPM_HOME: 'pnpm-home',
    npm_config_store_dir: 'pnpm-store',
    BUN_INSTALL_CACHE_DIR: 'bun-cache',
  };
  const env: Record<string, string> = {};
  for (const [name, dir] of Object.entries(dirs)) {
    env[name] = join(root, dir);
    await mkdir(env[name]!, { recursive: true });
  }
  env.npm_config_userconfig = join(root, 'home', '.npmrc');
  return { root, env };
}
