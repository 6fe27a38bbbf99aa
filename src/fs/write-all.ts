// The low-level write loop: write(2) may take fewer bytes than asked for (a
// nearly full disk takes what fits and then fails with ENOSPC). Ignoring the
// count it returns silently cuts the file, so every write goes through here.
import { writeSync } from 'node:fs';

/** Same shape as fs.writeSync(fd, buffer, offset, length); injectable so a test can give short writes and ENOSPC. */
export type WriteFunction = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

const nodeWrite: WriteFunction = (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length);

/** Writes every byte of `data` to `fd` or throws (the file may then hold only part of it). */
export function writeAll(fd: number, data: Uint8Array, write: WriteFunction = nodeWrite): void {
  let offset = 0;
  while (offset < data.length) {
    const written = write(fd, data, offset, data.length - offset);
    // A write that takes nothing would loop forever; the only cause seen in
    // practice is a full device, so report it as one.
    if (!Number.isInteger(written) || written <= 0) {
      throw Object.assign(new Error(`write took ${written} bytes of ${data.length - offset}`), { code: 'ENOSPC' });
    }
    offset += written;
  }
}
