// Where quiz results are kept and how a new one is added. Writing copies the
// existing bytes plus the new line to a temporary file in the same directory
// and renames it over the old one: the rename is atomic, so a crash or Ctrl-C
// leaves either the old file or the new one, never half of either. Lines we
// cannot read are copied unchanged, never dropped.
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseHistory, type HistoryProblem, type HistoryRecord } from '../core/quiz/history.js';
import { xdgDir } from '../shared/xdg-dir.js';

export const HISTORY_FILE = 'history.jsonl';

/** `$CAREER_STATE_DIR`, else `$XDG_STATE_HOME/career`, else `~/.local/state/career`. */
export function historyPath(env: Readonly<Record<string, string | undefined>>): string {
  if (env.CAREER_STATE_DIR) return join(env.CAREER_STATE_DIR, HISTORY_FILE);
  return join(xdgDir(env, 'XDG_STATE_HOME', join('.local', 'state'), env.HOME || homedir())!, HISTORY_FILE);
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}

export function readHistory(path: string): { records: HistoryRecord[]; problems: HistoryProblem[] } {
  return parseHistory(readBytes(path).toString('utf8'));
}

/** Adds one result as a line; returns the problems found in the lines already there (kept as they are). */
export function appendHistory(path: string, record: HistoryRecord): { problems: HistoryProblem[] } {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const existing = readBytes(path);
  const separator = existing.length > 0 && existing[existing.length - 1] !== 0x0a ? '\n' : '';
  const content = Buffer.concat([existing, Buffer.from(`${separator}${JSON.stringify(record)}\n`, 'utf8')]);
  const temporary = join(dirname(path), `.${HISTORY_FILE}.${randomUUID()}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { problems: parseHistory(existing.toString('utf8')).problems };
}
