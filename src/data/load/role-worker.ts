// A worker thread of readRoleFiles (read-roles.ts): takes the next file from
// the shared counter, reads and checks it, posts the result, until none are
// left. The build bundles it alone as dist/bundle/role-worker.cjs.
import { parentPort, workerData } from 'node:worker_threads';
import { readRoleFile, type WorkerInput, type WorkerMessage } from './read-roles.js';

const { files, within, next } = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

let index = -1;
try {
  for (index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
    const result = readRoleFile(files[index]!.path, files[index]!.display, within);
    // The parsed file (with its functions) stays here; the main thread re-reads positions if it needs them.
    post({ index, result: result.ok ? { ok: true, json: JSON.stringify(result.value) } : result });
  }
} catch (error) {
  post({ index: index < files.length ? index : -1, fatal: String((error as Error)?.stack ?? error) });
}
