// Whether a file descriptor is a terminal, without loading node:tty when the
// answer is plain: node:tty loads net and the stream modules (about 5 ms).
// A terminal is a character device, so a pipe or a file is answered by one
// fstat; only character devices (a terminal, /dev/null) are asked of tty.
import { fstatSync } from 'node:fs';
import { createRequire } from 'node:module';

export function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const { isatty } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return isatty(fd);
}
