// Replaces a file all at once or not at all: the bytes go to a temporary file
// in the same directory (loop on short writes, fsync), which is renamed over
// the old file. A full disk, a permission problem or a stop signal leaves the
// old file whole and no temporary file behind.
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { fsFailure } from './fs-failure.js';
import { removeOnSignal } from './signal-guard.js';
import { writeAll, type WriteFunction } from './write-all.js';

export interface WriteFileAtomicOptions {
  /** What the failure message says was not saved (default: the file's name). */
  what?: string;
  /** File mode of a new file (default 0o600 at the temporary file, kept by the rename). */
  mode?: number;
  /** For tests: the write(2) stand-in that the write loop calls. */
  write?: WriteFunction;
}

/** Writes `data` to `path` atomically; throws UserError (exit 2) saying what was not saved, the old file unchanged. */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteFileAtomicOptions = {}): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  const release = removeOnSignal(temporary, removeQuietly);
  try {
    const fd = openSync(temporary, 'wx', options.mode ?? 0o600);
    try {
      writeAll(fd, bytes, options.write);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    const what = options.what ?? path;
    throw new UserError(`${what} was not saved: cannot write ${path}: ${fsFailure(error)}${keptNote(error)}`);
  } finally {
    release();
  }
}

// The rename is the last step: any failure before it leaves the old file as it was.
const keptNote = (error: unknown) =>
  (error as NodeJS.ErrnoException).code === 'EISDIR' ? '' : ' (the previous file is unchanged)';

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing more to do: the message about the failed save matters more.
  }
}
