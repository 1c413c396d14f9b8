import { spawn } from 'node:child_process';
import type { PreparedStep } from '../test/harness/action-runner.ts';

export interface BenchLine {
  label: string;
  /** Human-readable measurement, e.g. "median 84 ms over 9 runs". */
  value: string;
  /** ours / reference, measured side by side in this run. */
  ratio?: number;
  /** e.g. "<= 3x". */
  target?: string;
  ok?: boolean;
}

export interface ColdStart {
  action: string;
  step: PreparedStep;
  /** Stops what the suite started for this cold start (a server): run.ts calls it once the cold starts are timed. */
  dispose?: () => Promise<void> | void;
}

export interface BenchSuite {
  name: string;
  /** The bundle's cold start on a trivial input: the step the runner would start (see prepareStep). */
  coldStart?: () => Promise<ColdStart | ColdStart[]>;
  run?: () => Promise<BenchLine[]>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times `fn` `runs` times after one warm-up; returns the median in ms. */
export async function time(fn: () => Promise<unknown> | unknown, runs = 7): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/**
 * Times two things interleaved (A, B, A, B …) so machine noise hits both alike;
 * returns both medians and their ratio.
 */
export async function sideBySide(ours: () => Promise<unknown>, reference: () => Promise<unknown>, runs = 7): Promise<{ ours: number; reference: number; ratio: number }> {
  await ours();
  await reference();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    await ours();
    a.push(performance.now() - started);
    started = performance.now();
    await reference();
    b.push(performance.now() - started);
  }
  const result = { ours: median(a), reference: median(b), ratio: 0 };
  result.ratio = result.ours / result.reference;
  return result;
}

/** Runs a process to completion, discarding output; rejects on a non-zero exit unless `anyExit`. */
export function runProcess(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; shell?: boolean; anyExit?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'ignore', shell: options.shell });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || (options.anyExit && code !== null) ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
