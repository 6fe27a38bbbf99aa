// Reading every role file of a directory: each read, parsed and checked
// against the role schema. Thousands of them (a company's whole set of
// ladders, or the 10,000-role benchmark) are read on worker threads too: each
// thread, this one included, takes the next file from a shared counter, so the
// work spreads evenly whatever each file costs. The results come back as
// messages, awaited like any other I/O.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedFile, Problem } from '../problem.js';
import { roleSchema, type Role } from '../schema.js';
import { validate } from '../validate.js';
import { readDataFile } from './read-file.js';

export interface RoleFile {
  path: string;
  /** The name shown in messages. */
  display: string;
}

/**
 * `id` is the id the file gives, if any: references to it are not reported
 * again. `value` is what the file holds when it parsed but failed the schema:
 * its references are still checked (see references.ts).
 */
export type RoleFileFailure = { ok: false; problems: Problem[]; id?: string; value?: unknown };
export type RoleFileResult = { ok: true; value: Role; parsed: ParsedFile } | RoleFileFailure;

export interface ReadRolesOptions {
  /** The data directory's real path: files whose links leave it are not read. */
  within?: string;
  onProgress?: (done: number, total: number) => void;
  /** How many worker threads (default: one per core beyond this thread's, at most 3; 0 reads here only). */
  maxWorkers?: number;
  /** The worker script (default: the one beside this code; tests, which run the TypeScript, give the compiled one). */
  workerScript?: string;
  /** The role a file held when last validated, if unchanged since (see cache/read.ts): not read again. */
  unchanged?: (path: string) => Role | undefined;
}

/** Below this many files a worker's start-up (about 0.2 s) costs more than it saves. */
export const PARALLEL_FROM = 300;
/** One role file read and checked. The same function runs in the worker threads, so its failure is plain data. */
export function readRoleFile(path: string, display: string, within?: string): RoleFileResult {
  const read = readDataFile(path, display, within);
  if (!read.ok) return { ok: false, problems: read.problems };
  const checked = validate(roleSchema, read.parsed);
  if (checked.ok) return { ok: true, value: checked.value, parsed: read.parsed };
  const id = (read.parsed.value as { id?: unknown } | null)?.id;
  return { ok: false, problems: checked.problems, id: typeof id === 'string' ? id : undefined, value: read.parsed.value };
}

/** A parsed file for a role read elsewhere (a worker, the cache): positions are worked out again only if a message needs one. */
export function reparsedOnDemand(path: string, display: string, value: unknown, within?: string): ParsedFile {
  let parsed: ParsedFile | undefined;
  return {
    file: display,
    value,
    locate(at, key) {
      if (!parsed) {
        const read = readDataFile(path, display, within);
        if (!read.ok) return undefined;
        parsed = read.parsed;
      }
      return parsed.locate(at, key);
    },
  };
}

/** What a worker is started with, and what it posts: one file's result (a role as JSON text), or why it stopped. */
export interface WorkerInput {
  files: RoleFile[];
  within?: string;
  next: Int32Array;
}
export type WorkerMessage = { index: number; result: { ok: true; json: string } | RoleFileFailure } | { index: number; fatal: string };

/** The worker script beside this code: the bundled one when running from the bundle. */
function workerScript(): string {
  const here = import.meta.filename ?? fileURLToPath(import.meta.url);
  return join(import.meta.dirname ?? dirname(here), here.endsWith('.cjs') ? 'role-worker.cjs' : 'role-worker.js');
}

/** Every file's result, in the order given, all read on this thread. */
export function readRoleFilesHere(files: RoleFile[], options: ReadRolesOptions = {}): RoleFileResult[] {
  return files.map(({ path, display }, index) => {
    const value = options.unchanged?.(path);
    const result: RoleFileResult = value ? { ok: true, value, parsed: reparsedOnDemand(path, display, value, options.within) } : readRoleFile(path, display, options.within);
    options.onProgress?.(index + 1, files.length);
    return result;
  });
}

/** Every file's result, in the order given. */
export async function readRoleFiles(files: RoleFile[], options: ReadRolesOptions = {}): Promise<RoleFileResult[]> {
  const results: RoleFileResult[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: RoleFileResult) => {
    if (results[index]) return;
    results[index] = result;
    options.onProgress?.(++done, files.length);
  };
  const toRead: number[] = [];
  files.forEach(({ path, display }, index) => {
    const value = options.unchanged?.(path);
    if (value) finish(index, { ok: true, value, parsed: reparsedOnDemand(path, display, value, options.within) });
    else toRead.push(index);
  });
  const readHere = (at: number) => finish(toRead[at]!, readRoleFile(files[toRead[at]!]!.path, files[toRead[at]!]!.display, options.within));

  const workerCount = toRead.length >= PARALLEL_FROM ? (options.maxWorkers ?? Math.min(3, availableParallelism() - 1)) : 0;
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const workers = Array.from({ length: Math.max(0, workerCount) }, () => {
    const input: WorkerInput = { files: toRead.map((index) => files[index]!), within: options.within, next };
    return new Promise<void>((resolve) => {
      const worker = new Worker(options.workerScript ?? workerScript(), { workerData: input });
      worker.on('message', (message: WorkerMessage) => {
        if ('fatal' in message) {
          // The file it was on is read here (and fails here, loudly, if it must).
          if (message.index >= 0 && message.index < toRead.length) readHere(message.index);
          return;
        }
        const index = toRead[message.index]!;
        const { result } = message;
        if (!result.ok) return finish(index, result);
        const value = JSON.parse(result.json) as Role;
        finish(index, { ok: true, value, parsed: reparsedOnDemand(files[index]!.path, files[index]!.display, value, options.within) });
      });
      // An error or early exit loses at most the file it was on: read below.
      worker.on('error', () => undefined);
      worker.on('exit', () => resolve());
    });
  });
  // This thread reads too, yielding now and then so the workers' messages come in.
  for (let at = Atomics.add(next, 0, 1); at < toRead.length; at = Atomics.add(next, 0, 1)) {
    readHere(at);
    if (workers.length > 0 && at % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  toRead.forEach((_, at) => results[toRead[at]!] ?? readHere(at));
  return results;
}
