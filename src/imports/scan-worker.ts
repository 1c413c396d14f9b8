// A worker thread of scan-pool.ts: claims batches of files until none is left, then
// answers which module bases its resolver probed (for the `?raw` asset rule).
import { parentPort, workerData } from 'node:worker_threads';
import { FileScanner, forEachClaimedBatch, unpackSetup } from './scan-files.ts';
import type { WorkerMessage, WorkerStart } from './scan-pool.ts';

const { setup: packed, next, batch } = workerData as WorkerStart;
const setup = unpackSetup(packed);
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
const scanner = await FileScanner.create(setup);
forEachClaimedBatch(next, Math.ceil(setup.files.length / batch), (id) => post({ id, batch: scanner.scan(id * batch, Math.min((id + 1) * batch, setup.files.length)) }));
post({ done: true });
port.on('message', (bases: string[]) => post({ loaded: scanner.resolver.loadedBases(bases) }));
