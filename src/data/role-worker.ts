// A worker thread of readRoleFiles (role-files.ts): takes the next file from
// the shared counter, reads and checks it, posts the result, until none are
// left. The build bundles it alone as dist/bundle/role-worker.cjs.
import { workerData } from 'node:worker_threads';
import { readRoleFile } from './role-file.js';
import { SHARED, type WorkerInput, type WorkerMessage } from './role-files.js';

const { files, shared, port } = workerData as WorkerInput;
const post = (message: WorkerMessage) => {
  port.postMessage(message);
  Atomics.add(shared, SHARED.posted, 1);
  Atomics.notify(shared, SHARED.posted);
};

let index = -1;
try {
  for (index = Atomics.add(shared, SHARED.next, 1); index < files.length; index = Atomics.add(shared, SHARED.next, 1)) {
    const result = readRoleFile(files[index]!.path, files[index]!.display);
    // The parsed file (with its functions) stays here; the main thread re-reads positions if it needs them.
    post({ index, result: result.ok ? { ok: true, json: JSON.stringify(result.value) } : result });
  }
} catch (error) {
  post({ index: index < files.length ? index : -1, fatal: String((error as Error)?.stack ?? error) });
}
port.close();
