// Replaces a file all at once or not at all: the bytes go to a temporary file
// in the same directory, written in a loop (write(2) may write less than asked,
// e.g. on a full disk), synced, then renamed over the old file. On any failure
// the temporary file is removed and the old file is left whole.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temporary = join(dirname(path), `.${basename(path)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o644);
    try {
      for (let written = 0; written < bytes.length; ) {
        const count = writeSync(fd, bytes, written, bytes.length - written);
        // No progress at all: treat as a full disk rather than loop forever.
        if (count <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        written += count;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException)?.code ?? String(error);
    throw new UserError(`${path} was not saved (${code}); the previous file is unchanged`);
  }
}
