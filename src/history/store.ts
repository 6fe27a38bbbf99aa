// Where quiz results are kept and how a new one is added. A save takes the
// lock file beside the history (parallel runs take turns), reads the history
// (a regular file within a size limit, never a FIFO or a device), and
// replaces it with the old bytes plus the new line through writeFileAtomic:
// a temporary file in the same directory, renamed over the old one. A full
// disk, a crash or Ctrl-C leaves either the old file or the new one, never
// half of either. Lines we cannot read are copied unchanged, never dropped.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { HistoryProblem, HistoryRecord } from '../core/quiz/history.js';
import { UserError } from '../errors.js';
import { withLockFile } from '../fs/lock-file.js';
import { makeDirectory } from '../fs/make-dir.js';
import { readRegularFileIfExists } from '../fs/read-regular-file.js';
import { writeFileAtomic } from '../fs/write-file-atomic.js';
import { parseHistoryLines } from './parse.js';
import { xdgDir } from '../shared/xdg-dir.js';

export const HISTORY_FILE = 'history.jsonl';
/** A result is about 1 KB: room for tens of thousands, and a bound on memory whatever the path points at. */
export const HISTORY_MAX_BYTES = 32 * 1024 * 1024;
const NOT_SAVED = 'the quiz result';

/** `$CAREER_STATE_DIR`, else `$XDG_STATE_HOME/career`, else `~/.local/state/career`. */
export function historyPath(env: Readonly<Record<string, string | undefined>>): string {
  if (env.CAREER_STATE_DIR) return join(env.CAREER_STATE_DIR, HISTORY_FILE);
  return join(xdgDir(env, 'XDG_STATE_HOME', join('.local', 'state'), env.HOME || homedir())!, HISTORY_FILE);
}

const readBytes = (path: string): Buffer => readRegularFileIfExists(path, HISTORY_MAX_BYTES) ?? Buffer.alloc(0);

export function readHistory(path: string): { records: HistoryRecord[]; problems: HistoryProblem[] } {
  return parseHistoryLines(readBytes(path).toString('utf8'));
}

export interface AppendOptions {
  /** How long to wait for another run's save, in ms. */
  lockTimeoutMs?: number;
}

/** Adds one result as a line; returns the problems found in the lines already there (kept as they are). */
export function appendHistory(
  path: string,
  record: HistoryRecord,
  options: AppendOptions = {},
): { problems: HistoryProblem[] } {
  notSavedIfFails(() => makeDirectory(dirname(path), 'the quiz history folder', 0o700));
  return withLockFile(`${path}.lock`, { what: NOT_SAVED, timeoutMs: options.lockTimeoutMs }, () => {
    const existing = notSavedIfFails(() => readBytes(path));
    const separator = existing.length > 0 && existing[existing.length - 1] !== 0x0a ? '\n' : '';
    const content = Buffer.concat([existing, Buffer.from(`${separator}${JSON.stringify(record)}\n`, 'utf8')]);
    writeFileAtomic(path, content, { what: NOT_SAVED });
    return { problems: parseHistoryLines(existing.toString('utf8')).problems };
  });
}

function notSavedIfFails<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${NOT_SAVED} was not saved: ${error.message}`, error.exitCode);
    throw error;
  }
}
