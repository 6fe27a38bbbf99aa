// A file's identity and version as the file system reports it. Size and
// modification time change when a file is written; the change time (ctime)
// also changes when someone restores an old mtime (`touch -d`, `cp -p`, tar),
// and the inode number changes when a file is replaced by another. Equal
// stamps mean "not touched since"; anything else means "read it again".
import { statSync } from 'node:fs';

export type Stamp = string;

/** The stamp of a missing or unreadable path. */
export const MISSING: Stamp = '-';

/** A stamp that never matches: for a file that may still be changing while we read it. */
export const UNSETTLED: Stamp = '?';

/**
 * How recent a change must be for its stamp not to be trusted. Kernel file
 * times tick coarsely (milliseconds, or seconds on some file systems), so a
 * file written just after we read it can keep the stamp we recorded (git's
 * "racy clean" problem). Such files are recorded as UNSETTLED and read again
 * next time.
 */
export const SETTLE_MS = 2000;

/**
 * The stamp of `path`; UNSETTLED if it changed at or after `settledBefore` (file times can run a little
 * ahead of Date.now(), so "after now" counts as recent too).
 */
export function stampOf(path: string, settledBefore = Infinity): Stamp {
  try {
    const s = statSync(path);
    if (Math.max(s.mtimeMs, s.ctimeMs) >= settledBefore) return UNSETTLED;
    return `${s.isDirectory() ? 'd' : 'f'}:${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
  } catch {
    return MISSING;
  }
}
