import { readFileSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';
import { oneLine } from '../shared/log-text.ts';
import { pause } from '../shared/pause.ts';

/**
 * Processes a build started that escaped its process group (`setsid`, a daemon's double
 * fork): the group kill misses them. On Linux they are found by what they cannot easily
 * shed: the build's environment carries a random marker every descendant inherits
 * (readable in /proc/<pid>/environ, which holds the environment a process was started
 * with), and a process whose working directory is inside the clone is one too (it
 * catches one that cleared its environment but stayed in the checkout). A process that
 * both cleared its environment and left the clone is not found: the catalog says so.
 */
export interface StrayProcess {
  pid: number;
  command: string;
}

export interface StrayReport {
  stopped: StrayProcess[];
  /** Still running after SIGKILL (uninterruptible sleep, or another user's process). */
  survived: StrayProcess[];
  /** Set when this platform gives no way to look (no /proc). */
  unsupported?: string;
}

export const BUILD_MARKER = 'DEPLOY_GUARDS_BUILD';

/** A /proc file's bytes; undefined when the process is gone or not ours to read. */
function read(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Running (not a zombie, which is dead already and only waits for its parent). */
function running(pid: number): boolean {
  const stat = read(`/proc/${pid}/stat`)?.toString('latin1');
  if (stat === undefined) return false;
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** The command line a stray was started with: the build's text, so one bounded line (oneLine). */
function commandOf(pid: number): string {
  const cmdline = (read(`/proc/${pid}/cmdline`)?.toString('utf8') ?? '').split('\0').filter(Boolean).join(' ');
  return oneLine(cmdline || `[${(read(`/proc/${pid}/comm`)?.toString('utf8') ?? '?').trim()}]`, 120);
}

/** Whether a process's environment (NUL-separated NAME=value entries) holds `entry`, searched as bytes: this runs for every process on the machine. */
function hasEntry(environ: Buffer | undefined, entry: Buffer): boolean {
  if (environ === undefined) return false;
  for (let at = environ.indexOf(entry); at >= 0; at = environ.indexOf(entry, at + 1)) {
    const end = at + entry.length;
    if ((at === 0 || environ[at - 1] === 0) && (end === environ.length || environ[end] === 0)) return true;
  }
  return false;
}

export function findStrays(marker: string, cloneDir: string): StrayProcess[] {
  const entry = Buffer.from(`${BUILD_MARKER}=${marker}`);
  const found: StrayProcess[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue; // also `self`, `sys`, …
    const marked = hasEntry(read(`/proc/${pid}/environ`), entry);
    let inside = false;
    if (!marked) {
      try {
        const cwd = readlinkSync(`/proc/${pid}/cwd`);
        inside = cwd === cloneDir || cwd.startsWith(cloneDir + sep);
      } catch {
        // gone, or not ours to look at
      }
    }
    // Whether it still runs is read only for a match: this loop reads /proc of every process on the machine.
    if ((marked || inside) && running(pid)) found.push({ pid, command: commandOf(pid) });
  }
  return found;
}

function signal(pids: readonly number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  }
}

/**
 * Stops every stray: SIGTERM, up to two seconds to exit, then SIGKILL. A stray may start
 * another while it dies: three rounds, then whatever still runs is named as a survivor.
 */
export async function stopStrays(marker: string, cloneDir: string): Promise<StrayReport> {
  if (process.platform !== 'linux') return { stopped: [], survived: [], unsupported: `on ${process.platform} there is no /proc to find processes that left the build's process group` };
  // /proc/<pid>/cwd is a real path: compare with the clone's (RUNNER_TEMP may sit behind a symlink).
  try {
    cloneDir = realpathSync(cloneDir);
  } catch {
    // removed already: only the marker is left to look for
  }
  const stopped = new Map<number, StrayProcess>();
  // Each look reads /proc of every process on the machine (milliseconds on a busy one), so a
  // build that left nothing behind, the usual case, is looked at once.
  let strays = findStrays(marker, cloneDir);
  for (let round = 0; round < 3 && strays.length > 0; round++) {
    for (const stray of strays) if (!stopped.has(stray.pid)) stopped.set(stray.pid, stray);
    signal(strays.map((stray) => stray.pid), 'SIGTERM');
    for (let waited = 0; waited < 2000 && strays.some((stray) => running(stray.pid)); waited += 100) await pause(100);
    signal(strays.filter((stray) => running(stray.pid)).map((stray) => stray.pid), 'SIGKILL');
    for (let waited = 0; waited < 1000 && strays.some((stray) => running(stray.pid)); waited += 100) await pause(100);
    strays = findStrays(marker, cloneDir);
  }
  for (const stray of strays) stopped.delete(stray.pid);
  return { stopped: [...stopped.values()], survived: strays };
}
