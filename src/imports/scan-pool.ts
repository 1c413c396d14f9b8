// Spreads reading and resolving over the runner's cores (GitHub's standard runners
// have 4): worker threads and the main thread claim batches of files from one shared
// counter, each with its own resolver, and the batches are merged in file order, so
// the result is the one-thread result exactly. A smaller repository stays on the main
// thread: a worker is ready to scan only ~120 ms after it starts (its bundle, the file
// lists, its own index of the tracked files), and on 2 cores main + 1 worker measured
// slower than one thread up to ~16,000 files and faster from ~32,000.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { oneLine } from '../shared/log-text.ts';
import { FileScanner, forEachClaimedBatch, packSetup, type PackedScanSetup, type ScannedBatch, type ScanSetup } from './scan-files.ts';

/** Files per batch: large enough that messages are noise, small enough to keep every thread busy to the end. */
export const BATCH_FILES = 400;
/** Below this many files one thread is as fast or faster (measured on 2 cores, see above). */
export const MIN_FILES_FOR_WORKERS = 30_000;
const MAX_WORKERS = 7;

export interface ScanThreads {
  /** Worker threads beside the main thread (default: one per further core, for a large repository). */
  workers?: number;
  /** Files per batch (tests make it small to exercise many batches). */
  batch?: number;
  /** The worker's script (tests give one that fails). */
  script?: string;
  /** Whether the main thread scans too, or only merges (tests: every batch on a worker). */
  mainThreadScans?: boolean;
}

/** What a worker thread is started with. */
export interface WorkerStart {
  setup: PackedScanSetup;
  /** An Int32Array's buffer: the index of the next batch to claim. */
  next: SharedArrayBuffer;
  batch: number;
}

/** A worker's messages: a batch, then `done`; then answers to `loadedBases` questions. */
export type WorkerMessage = { id: number; batch: ScannedBatch } | { done: true } | { loaded: string[] };

export interface ScanRun {
  /** Every batch, in file order. */
  batches: ScannedBatch[];
  /** The main thread's scanner, whose resolver and config to use after the scan (asset-only files, config problems). */
  readonly scanner: FileScanner;
  /** Worker threads that scanned beside the main thread (0 once a failure made the main thread scan everything). */
  readonly workers: number;
  /** Which of `bases` an import that loads a module probed, on any thread. */
  loadedBases: (bases: string[]) => Promise<string[]>;
  /** Ends the workers; call it when done with the run, also on failure. */
  close: () => Promise<void>;
}

/**
 * The worker's script: bundled, it sits in `scan-worker/` beside the bundle this code was
 * built into; run from source, it is scan-worker.ts beside this file.
 */
function workerScript(): string | undefined {
  for (const file of [join(import.meta.dirname, 'scan-worker', 'index.js'), join(import.meta.dirname, 'scan-worker.ts')]) if (existsSync(file)) return file;
  return undefined;
}

function defaultWorkers(files: number): number {
  return files >= MIN_FILES_FOR_WORKERS ? availableParallelism() - 1 : 0;
}

interface Helper {
  worker: Worker;
  /** Settles when the worker has claimed its last batch, or failed. */
  finished: Promise<void>;
  failure?: string;
  answer?: (loaded: string[] | undefined) => void;
}

function startHelper(script: string, start: WorkerStart, results: (ScannedBatch | undefined)[]): Helper {
  const worker = new Worker(script, { workerData: start });
  let settle!: () => void;
  const helper: Helper = { worker, finished: new Promise<void>((resolve) => (settle = resolve)) };
  let done = false;
  worker.on('message', (message: WorkerMessage) => {
    if ('id' in message) results[message.id] = message.batch;
    else if ('done' in message) {
      done = true;
      settle();
    } else {
      helper.answer?.(message.loaded);
      helper.answer = undefined;
    }
  });
  const fail = (why: string) => {
    helper.failure ??= why;
    settle();
    helper.answer?.(undefined);
  };
  worker.on('error', (error) => fail(error instanceof Error ? error.message : String(error)));
  // Ending before `done`, or while a question is open, loses what it found or was asked.
  worker.on('exit', (code) => {
    if (!done || helper.answer) fail(`exited with code ${code}`);
  });
  return helper;
}

/**
 * Scans `setup.files` on the main thread and, for a large repository, worker threads.
 * `tracked`: `setup.tracked` as a set, when the caller has it already.
 */
export async function scanFiles(setup: ScanSetup, threads: ScanThreads = {}, log: (line: string) => void = () => {}, tracked?: ReadonlySet<string>): Promise<ScanRun> {
  const batch = threads.batch ?? BATCH_FILES;
  const total = Math.ceil(setup.files.length / batch);
  const wanted = Math.min(threads.workers ?? defaultWorkers(setup.files.length), MAX_WORKERS, Math.max(total - 1, 0));
  const script = wanted > 0 ? (threads.script ?? workerScript()) : undefined;
  if (wanted > 0 && !script) log('untracked-files: the worker script is not beside this bundle; scanning on the main thread only');
  let results: (ScannedBatch | undefined)[] = new Array(total);
  const next = new SharedArrayBuffer(4);
  const helpers: Helper[] = [];
  const close = async () => {
    await Promise.all(helpers.map((helper) => helper.worker.terminate()));
  };
  /** The main thread's scanner: after a worker failed, the one that scanned every file again. */
  let scanner!: FileScanner;
  const scanBatch = (id: number) => scanner.scan(id * batch, Math.min((id + 1) * batch, setup.files.length));
  // A worker failed: what it scanned and what its resolver recorded are lost, so a scanner
  // that has reported nothing yet scans every file again, and answers for all from then on.
  const rescan = async (why: string) => {
    log(`untracked-files: a worker thread failed (${oneLine(why, 300)}); every file was scanned again on the main thread`);
    await close();
    helpers.length = 0;
    scanner = await FileScanner.create(setup);
    results = Array.from({ length: total }, (_, id) => scanBatch(id));
  };
  try {
    // Inside the try: a worker that cannot start (no thread left) must not leave the others running.
    // Started before the main thread indexes the tracked files: a worker needs ~100 ms to be ready.
    if (script) {
      const packed = packSetup(setup);
      for (let i = 0; i < wanted; i++) helpers.push(startHelper(script, { setup: packed, next, batch }, results));
    }
    scanner = await FileScanner.create(setup, tracked);
    if (threads.mainThreadScans !== false || helpers.length === 0) forEachClaimedBatch(next, total, (id) => (results[id] = scanBatch(id)));
    await Promise.all(helpers.map((helper) => helper.finished));
    const failed = helpers.find((helper) => helper.failure !== undefined);
    if (failed) await rescan(failed.failure!);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    batches: results as ScannedBatch[],
    get workers() {
      return helpers.length;
    },
    get scanner() {
      return scanner;
    },
    close,
    async loadedBases(bases) {
      if (helpers.length > 0) {
        const answers = await Promise.all(helpers.map((helper) => new Promise<string[] | undefined>((resolve) => {
          if (helper.failure !== undefined) return resolve(undefined);
          helper.answer = resolve;
          helper.worker.postMessage(bases);
        })));
        const failed = helpers.find((helper) => helper.failure !== undefined);
        if (!failed) {
          const loaded = new Set(scanner.resolver.loadedBases(bases));
          for (const answer of answers) for (const base of answer!) loaded.add(base);
          return [...loaded];
        }
        await rescan(failed.failure!);
      }
      return scanner.resolver.loadedBases(bases);
    },
  };
}
