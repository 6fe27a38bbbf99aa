// Reads a file the tool was pointed at, trusting nothing about it: only a
// regular file is read (a FIFO would block forever, /dev/zero never ends), it
// is opened non-blocking so that even opening a FIFO cannot hang, and no more
// than `maxBytes` are read however large the file is or grows meanwhile.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.js';

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/** The bytes of the regular file `path`; UserError ("cannot read PATH: reason", exit 2) for anything else. */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const fail = (reason: string) => new UserError(`cannot read ${path}: ${reason}`);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw fail(reasonOf(error));
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw fail('it is a directory, not a file');
    if (!stats.isFile()) throw fail('it is not a regular file (a pipe, device or socket)');
    if (stats.size > maxBytes) throw fail(`it is ${stats.size} bytes, more than the limit of ${maxBytes}`);
    const chunks: Buffer[] = [];
    let total = 0;
    // fstat's size may be stale (the file grows while read): read to the end, never past the limit.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const count = readSync(fd, chunk, 0, chunk.length, null);
      if (count === 0) break;
      chunks.push(chunk.subarray(0, count));
      total += count;
      if (total > maxBytes) throw fail(`it is more than the limit of ${maxBytes} bytes`);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw error instanceof UserError ? error : fail(reasonOf(error));
  } finally {
    closeSync(fd);
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ELOOP') return 'it is a symbolic link loop';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  return code ?? String(error);
}
