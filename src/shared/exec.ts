import { spawn } from 'node:child_process';
import { UserError } from './errors.ts';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Bytes written to stdin, then closed. Without it stdin is closed at once. */
  input?: string | Buffer;
  /** Kill the whole process group after this long (SIGTERM, then SIGKILL 2 s later). */
  timeoutMs?: number;
  /**
   * At most this many bytes of each buffered stream (256 MB by default). Past it the
   * process is stopped and exec rejects with OutputTooLargeError: a cut output read as a
   * whole miscounts silently (a `git log` cut at 256 MB counted 256 commits of 300).
   */
  maxBuffer?: number;
  /** Receives output as it arrives, for live logs (the streams are still buffered). */
  onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  /** Streams stdout to this callback instead of buffering it: no cap applies, `stdout` is ''. */
  streamStdout?: (chunk: Buffer) => void;
  /** Streams stderr to this callback instead of buffering it: no cap applies, `stderr` is ''. */
  streamStderr?: (chunk: Buffer) => void;
  signal?: AbortSignal;
  /**
   * When the direct child exits, stop what it left running in its process group (a
   * build's `server &`) instead of waiting for those processes to close the output pipes.
   */
  killGroupOnExit?: boolean;
}

export interface ExecResult {
  /** Exit code; null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
  /** With killGroupOnExit: the child exited while processes it started were still running (they were stopped). */
  leftoverProcesses?: boolean;
}

const DEFAULT_MAX_BUFFER = 256 * 1024 * 1024;

/** A program printed more than the caller can take whole: failing beats using a cut output. */
export class OutputTooLargeError extends UserError {
  override name = 'OutputTooLargeError';
  readonly stream: 'stdout' | 'stderr';
  readonly limit: number;
  constructor(program: string, stream: 'stdout' | 'stderr', limit: number) {
    super(`'${program}' printed more than ${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${limit} bytes`} on ${stream}, past the limit this call allows: its output is not used rather than used cut`);
    this.stream = stream;
    this.limit = limit;
  }
}

/** How a command is named in errors: `git log` for git (its -C <dir> skipped), else the program. */
function programName(command: string, args: readonly string[]): string {
  if (command !== 'git') return command;
  let i = 0;
  while (i < args.length && args[i]!.startsWith('-')) i += args[i] === '-C' || args[i] === '-c' ? 2 : 1;
  return args[i] ? `git ${args[i]}` : 'git';
}

/**
 * The one way this project runs programs: an argument array (no shell unless the
 * caller runs `bash` explicitly for user-written build lines), its own process group
 * so a timeout kills every child it spawned, and bounded buffers.
 */
export function exec(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const started = performance.now();
  const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
    const sizes = { stdout: 0, stderr: 0 };
    let overflow: 'stdout' | 'stderr' | undefined;
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    let leftoverProcesses = false;
    let drainTimer: NodeJS.Timeout | undefined;

    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // already gone
      }
    };
    const stop = () => {
      killGroup('SIGTERM');
      // A second stop (timeout, then cancel) keeps the first deadline: one timer, cleared on close.
      if (killTimer) return;
      killTimer = setTimeout(() => killGroup('SIGKILL'), 2000);
      killTimer.unref();
    };
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = () => stop();
    // An abort listener added after the abort never fires: stop a pre-cancelled run at once.
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    const streamTo = { stdout: options.streamStdout, stderr: options.streamStderr };
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream].on('data', (chunk: Buffer) => {
        options.onOutput?.(chunk, stream);
        const consumer = streamTo[stream];
        if (consumer) return consumer(chunk);
        if (overflow) return;
        if (sizes[stream] + chunk.length > maxBuffer) {
          overflow = stream;
          stop();
          return;
        }
        sizes[stream] += chunk.length;
        chunks[stream].push(chunk);
      });
    }
    child.stdin.on('error', () => {}); // a child that exits without reading stdin
    child.stdin.end(options.input);

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new Error(`'${command}' was not found on PATH`) : error);
    });
    child.on('exit', () => {
      if (!options.killGroupOnExit || child.pid === undefined || process.platform === 'win32') return;
      // The command finished in time; the drain wait below is bounded by its own timer.
      if (timer) clearTimeout(timer);
      try {
        process.kill(-child.pid, 0); // throws when the group is empty
        leftoverProcesses = true;
        stop();
      } catch {
        // nothing left behind
      }
      // A process that left the group (setsid) may still hold the pipes: stop waiting for it.
      drainTimer = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, 5000);
      drainTimer.unref();
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (drainTimer) clearTimeout(drainTimer);
      options.signal?.removeEventListener('abort', onAbort);
      // The direct child is done; make sure nothing it left behind outlives it.
      if (timedOut || options.signal?.aborted || leftoverProcesses || overflow) killGroup('SIGKILL');
      if (killTimer) clearTimeout(killTimer);
      if (overflow) return reject(new OutputTooLargeError(programName(command, args), overflow, maxBuffer));
      resolve({
        code,
        signal,
        stdout: Buffer.concat(chunks.stdout).toString('utf8'),
        stderr: Buffer.concat(chunks.stderr).toString('utf8'),
        timedOut,
        durationMs: performance.now() - started,
        ...(options.killGroupOnExit ? { leftoverProcesses } : {}),
      });
    });
  });
}
