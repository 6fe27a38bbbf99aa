// Whether a file descriptor is a terminal, without loading node:tty when the
// answer is plain: node:tty loads net and the stream modules (about 5 ms).
// A terminal is a character device, so a pipe or a file is answered by one
// fstat; /dev/null, a character device too, by its device number (output
// thrown away, as benchmarks and scripts do); only other character devices
// are asked of tty. node:tty comes through process.getBuiltinModule (Node
// 20.16 and 22.3), not createRequire: loading node:module for it cost 1.5 ms
// of every start (measured for issue 14).
import { fstatSync, statSync } from 'node:fs';

export function isTerminal(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice()) return false;
    if (stats.rdev === statSync('/dev/null', { throwIfNoEntry: false })?.rdev) return false;
  } catch {
    return false;
  }
  const { isatty } = process.getBuiltinModule('node:tty');
  return isatty(fd);
}
