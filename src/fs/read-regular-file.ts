// Reads a file the tool was pointed at, trusting nothing about it: only a
// regular file is read (a FIFO would block forever, /dev/zero never ends), it
// is opened non-blocking so even opening a FIFO cannot hang, and no more than
// `maxBytes` are read however large the file is or grows.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UserError } from '../errors.js';
import { fsFailure } from './fs-failure.js';

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/** The bytes of the regular file `path`; UserError (exit 2) for anything else or a file over `maxBytes`. */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const bytes = readRegularFileIfExists(path, maxBytes);
  if (bytes === undefined) throw new UserError(`cannot read ${path}: it does not exist`);
  return bytes;
}

/** As readRegularFile, but undefined when nothing is at `path`. */
export function readRegularFileIfExists(path: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${path}: ${fsFailure(error)}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UserError(`cannot read ${path}: it is ${kindOf(stats)}, not a regular file`);
    if (stats.size > maxBytes)
      throw new UserError(`cannot read ${path}: it is ${stats.size} bytes, more than the limit of ${maxBytes}`);
    return readUpTo(fd, path, maxBytes);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${path}: ${fsFailure(error)}`);
  } finally {
    closeSync(fd);
  }
}

// The size from fstat may be stale (the file grows while read): read until
// end of file, but never past the limit.
function readUpTo(fd: number, path: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
    const count = readSync(fd, chunk, 0, chunk.length, null);
    if (count === 0) break;
    chunks.push(chunk.subarray(0, count));
    total += count;
    if (total > maxBytes) throw new UserError(`cannot read ${path}: it is more than the limit of ${maxBytes} bytes`);
  }
  return Buffer.concat(chunks, total);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}
