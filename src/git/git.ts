import { formatDuration } from '../shared/duration.ts';
import { UserError } from '../shared/errors.ts';
import { exec, type ExecOptions, type ExecResult } from '../shared/exec.ts';
import { oneLine } from '../shared/log-text.ts';

/** No git command may hang a job: fetches get the long deadline, local commands the short one. */
const FETCH_TIMEOUT_MS = 10 * 60_000;
const LOCAL_TIMEOUT_MS = 3 * 60_000;

/**
 * What git said when it failed, for one line of a message: its `fatal:`/`error:` lines (the
 * cause; the hints and blank lines it prints after them are not), else its last lines. A
 * remote's words can be among them, so the text goes through oneLine (bounded, no line
 * break, nothing hidden).
 */
export function gitSaid(result: ExecResult): string {
  const lines = result.stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const failures = lines.filter((line) => /^(fatal|error):/.test(line));
  const said = (failures.length > 0 ? failures : lines).slice(-3).join(' / ');
  if (said) return oneLine(said, 500);
  return result.signal ? `stopped by ${result.signal}` : `exit code ${result.code}`;
}

/** git said no, or ran out of time: its own words are the message (dubious ownership, missing ref …). */
export class GitError extends UserError {
  override name = 'GitError';
  readonly result: ExecResult;
  readonly args: readonly string[];
  /** The message without its `git <command> failed: ` prefix: git's words, or the deadline it ran past. */
  readonly detail: string;
  constructor(args: readonly string[], result: ExecResult, timeoutMs = defaultTimeout(args)) {
    const detail = result.timedOut ? `did not finish within ${formatDuration(timeoutMs)}` : gitSaid(result);
    super(`git ${args[0]} failed: ${detail}`);
    this.args = args;
    this.result = result;
    this.detail = detail;
  }
}

/** Environment that keeps git from prompting or paging in CI and tests. */
const QUIET_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };

export interface GitOptions extends Omit<ExecOptions, 'env'> {
  env?: NodeJS.ProcessEnv;
}

/** Commands that talk to a remote: they get the long deadline and the remote's credentials. */
const REMOTE_COMMANDS = new Set(['fetch', 'clone', 'ls-remote']);

function defaultTimeout(args: readonly string[]): number {
  return REMOTE_COMMANDS.has(args[0] ?? '') ? FETCH_TIMEOUT_MS : LOCAL_TIMEOUT_MS;
}

/**
 * Credentials for the remote's HTTP requests, the way actions/checkout sends them: an
 * `http.<server>/.extraheader` Authorization header, scoped by git to URLs under the
 * server. It reaches git per command through GIT_CONFIG_COUNT/KEY/VALUE variables: never
 * written to .git/config (checkout with `persist-credentials: false` leaves none there),
 * and never on a command line (other users can read /proc/<pid>/cmdline; only the owner
 * can read a process's environment).
 */
export interface RemoteAuth {
  /** e.g. https://github.com/ */
  serverUrl: string;
  /** The header value, `AUTHORIZATION: basic <base64>`; the caller masks it. */
  header: string;
}

/** The header actions/checkout configures for a token (`x-access-token:<token>`, Basic). */
export function tokenAuth(serverUrl: string, token: string): RemoteAuth {
  const url = new URL(serverUrl);
  return { serverUrl: `${url.protocol}//${url.host}/`, header: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}` };
}

/** Adds config entries after any the environment already holds (GIT_CONFIG_COUNT is one list). */
function withConfig(env: NodeJS.ProcessEnv, entries: [string, string][]): NodeJS.ProcessEnv {
  const given = Number(env.GIT_CONFIG_COUNT ?? 0);
  const start = Number.isInteger(given) && given > 0 ? given : 0;
  const result: NodeJS.ProcessEnv = { ...env, GIT_CONFIG_COUNT: String(start + entries.length) };
  entries.forEach(([key, value], i) => {
    result[`GIT_CONFIG_KEY_${start + i}`] = key;
    result[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  return result;
}

/** A repository handle: every call is `git -C <dir> <args…>` with an argument array. */
export class Git {
  readonly dir: string;
  readonly auth?: RemoteAuth;
  constructor(dir: string, options: { auth?: RemoteAuth } = {}) {
    this.dir = dir;
    this.auth = options.auth;
  }

  /** Runs git; returns the raw result whatever the exit code. */
  run(args: readonly string[], options: GitOptions = {}): Promise<ExecResult> {
    const timeoutMs = options.timeoutMs ?? defaultTimeout(args);
    let env: NodeJS.ProcessEnv = { ...process.env, ...QUIET_ENV, ...options.env };
    if (this.auth && REMOTE_COMMANDS.has(args[0] ?? '')) {
      const key = `http.${this.auth.serverUrl}.extraheader`;
      // The empty value first: it clears a header a persisted checkout left for the same server, so one Authorization is sent.
      env = withConfig(env, [[key, ''], [key, this.auth.header]]);
    }
    return exec('git', ['-C', this.dir, ...args], { ...options, timeoutMs, env });
  }

  /** Runs git and returns stdout; throws GitError on a non-zero exit or a timeout. */
  async output(args: readonly string[], options: GitOptions = {}): Promise<string> {
    const result = await this.run(args, options);
    if (result.code !== 0) throw new GitError(args, result, options.timeoutMs ?? defaultTimeout(args));
    return result.stdout;
  }

  /** True when the command exits 0. */
  async succeeds(args: readonly string[]): Promise<boolean> {
    return (await this.run(args)).code === 0;
  }

  async revParse(rev: string): Promise<string | undefined> {
    const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  /**
   * Several revisions and the shallow flag in one process (each git start costs a few
   * ms of every cold start); undefined when any revision does not resolve.
   */
  async revParseAll(revs: readonly string[]): Promise<{ shas: string[]; shallow: boolean } | undefined> {
    // Without --verify, rev-parse would read a leading '-' as an option (and git 2.39 prints --end-of-options back).
    if (revs.some((rev) => rev.startsWith('-'))) return undefined;
    const result = await this.run(['rev-parse', '--is-shallow-repository', ...revs.map((rev) => `${rev}^{commit}`)]);
    if (result.code !== 0) return undefined;
    const [shallow, ...shas] = result.stdout.trim().split('\n');
    return shas.length === revs.length ? { shas, shallow: shallow === 'true' } : undefined;
  }

  /**
   * Absolute paths of files git keeps for itself (`objects`, `shallow`, `index`): worktrees
   * and GIT_DIR move them, so only git can say where they are.
   */
  async gitPaths<Name extends string>(names: readonly Name[]): Promise<Record<Name, string>> {
    const lines = (await this.output(['rev-parse', '--path-format=absolute', ...names.flatMap((name) => ['--git-path', name])])).trim().split('\n');
    return Object.fromEntries(names.map((name, i) => [name, lines[i]!])) as Record<Name, string>;
  }

  async isShallow(): Promise<boolean> {
    return (await this.output(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  }

  async topLevel(): Promise<string> {
    return (await this.output(['rev-parse', '--show-toplevel'])).trim();
  }
}
