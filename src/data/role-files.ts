// Reading every role file of a directory. Thousands of them (a company's
// whole set of ladders, or the 10,000-role benchmark) are read on every core:
// worker threads take files one at a time from a shared counter while this
// thread does the same, so the work spreads evenly whatever each file costs.
//
// The call stays synchronous, because a stale data cache is reloaded in the
// middle of a command (see cache-read.ts): this thread collects the workers'
// results with receiveMessageOnPort and sleeps on Atomics.wait in between.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Role } from './schema.js';
import { readRoleFile, reparsedOnDemand, type RoleFileFailure, type RoleFileResult } from './role-file.js';

export interface RoleFile {
  path: string;
  /** The name shown in messages. */
  display: string;
}

export interface ReadRolesOptions {
  /** The bundled worker (see roleWorkerScript); without it every file is read on this thread. */
  workerScript?: string;
  onProgress?: (done: number, total: number) => void;
  /** How many worker threads (default: one per core beyond this thread's, at most 3). */
  maxWorkers?: number;
  /** How long a silent worker is waited for (tests shorten it). */
  stallMs?: number;
  /** The role a file held when last validated, if it is unchanged since (see cache-reuse.ts): not read again. */
  unchanged?: (path: string) => Role | undefined;
  /** Called with each valid role as soon as it is known, with its JSON text when a worker sent it. */
  onRole?: (path: string, role: Role, json: string | undefined) => void;
}

/** Below this many files a worker's start-up (about 0.2 s) costs more than it saves. */
export const PARALLEL_FROM = 300;
/** A worker silent for this long is presumed dead: this thread reads the files it had taken. */
const STALL_MS = 30_000;

/** Slots of the Int32Array the threads share. */
export const SHARED = { next: 0, posted: 1 } as const;

/**
 * What a worker posts: one file's result, or why it stopped (`index`: the
 * file it was on, or -1). A role crosses as JSON text: a validated role is
 * plain JSON data, and JSON.parse here costs less than half of what the
 * structured clone's deserialising does, on the thread that has the most to do.
 */
export type WorkerMessage = { index: number; result: { ok: true; json: string } | RoleFileFailure } | { index: number; fatal: string };

/** What a worker is started with. */
export interface WorkerInput {
  files: RoleFile[];
  shared: Int32Array;
  port: MessagePort;
}

/**
 * The worker bundle the build writes, if it is there and not older than the
 * compiled sources (after a bare `tsc` it could check by older rules).
 */
export function roleWorkerScript(packageRoot: string): string | undefined {
  const script = join(packageRoot, 'dist', 'bundle', 'role-worker.cjs');
  const built = statSync(script, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return undefined;
  const compiled = statSync(join(packageRoot, 'dist', 'src', 'data', 'role-file.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built >= compiled ? script : undefined;
}

/** Every file's result, in the order given. */
export function readRoleFiles(files: RoleFile[], options: ReadRolesOptions = {}): RoleFileResult[] {
  const results: (RoleFileResult | undefined)[] = new Array(files.length);
  let done = 0;
  const toRead: number[] = [];
  const finish = (index: number, result: RoleFileResult, json?: string) => {
    results[index] = result;
    done++;
    if (result.ok) options.onRole?.(files[index]!.path, result.value, json);
    options.onProgress?.(done, files.length);
  };
  files.forEach(({ path, display }, index) => {
    const value = options.unchanged?.(path);
    if (value) finish(index, { ok: true, value, parsed: reparsedOnDemand(path, display, value) });
    else toRead.push(index);
  });
  readChanged(
    toRead.map((index) => files[index]!),
    options,
    (at, result, json) => finish(toRead[at]!, result, json),
  );
  return results as RoleFileResult[];
}

/** Reads and checks `files`, on worker threads too when there are many, calling `finish` once for each. */
function readChanged(files: RoleFile[], options: ReadRolesOptions, finish: (index: number, result: RoleFileResult, json?: string) => void): void {
  const finished = new Array<boolean>(files.length).fill(false);
  let done = 0;
  const finishOnce = (index: number, result: RoleFileResult, json?: string) => {
    if (finished[index]) return;
    finished[index] = true;
    done++;
    finish(index, result, json);
  };
  const readHere = (index: number) => finishOnce(index, readRoleFile(files[index]!.path, files[index]!.display));

  const workerCount = options.workerScript && files.length >= PARALLEL_FROM ? (options.maxWorkers ?? Math.min(3, availableParallelism() - 1)) : 0;
  if (workerCount <= 0) {
    files.forEach((_, index) => readHere(index));
    return;
  }

  const shared = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let w = 0; w < workerCount; w++) {
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { files, shared, port: port2 };
    const worker = new Worker(options.workerScript!, { workerData: input, transferList: [port2] });
    worker.unref();
    workers.push(worker);
    ports.push(port1);
  }
  const receive = (): number => {
    let received = 0;
    for (const port of ports) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const posted = message.message as WorkerMessage;
        received++;
        if ('fatal' in posted) {
          // The worker stopped; the file it was on is read here (and fails here, loudly, if it must).
          if (posted.index >= 0 && posted.index < files.length) readHere(posted.index);
          continue;
        }
        const { path, display } = files[posted.index]!;
        const result = posted.result;
        if (!result.ok) finishOnce(posted.index, result);
        else {
          const value = JSON.parse(result.json) as Role;
          finishOnce(posted.index, { ok: true, value, parsed: reparsedOnDemand(path, display, value) }, result.json);
        }
      }
    }
    return received;
  };

  try {
    for (let index = Atomics.add(shared, SHARED.next, 1); index < files.length; index = Atomics.add(shared, SHARED.next, 1)) {
      readHere(index);
      receive();
    }
    // Every file is taken; wait for the ones the workers are still on.
    let lastNews = Date.now();
    while (done < files.length) {
      const seen = Atomics.load(shared, SHARED.posted);
      if (receive() > 0) {
        lastNews = Date.now();
        continue;
      }
      if (Date.now() - lastNews > (options.stallMs ?? STALL_MS)) {
        files.forEach((_, index) => finished[index] || readHere(index));
        break;
      }
      Atomics.wait(shared, SHARED.posted, seen, 200);
    }
  } finally {
    for (const worker of workers) void worker.terminate();
    for (const port of ports) port.close();
  }
}
