// A lock file beside the file it guards, so that runs started together take
// turns at reading, changing and replacing it (without it, two runs both copy
// the old history, and the second rename drops the first run's line).
// Created with O_EXCL (only one run can create it) holding the owner's pid;
// a lock whose owner is gone, or which is older than any save could take, is
// taken over. Waiting gives up after a timeout with a clear message.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';
import { fsFailure } from './fs-failure.js';
import { readRegularFileIfExists } from './read-regular-file.js';
import { removeOnSignal } from './signal-guard.js';

export interface LockOptions {
  /** How long to wait for another run to finish, in ms. */
  timeoutMs?: number;
  /** A lock older than this (ms) is left over from a run that died, whatever its pid says. */
  staleMs?: number;
  /** What is being locked, for messages. */
  what: string;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/** Runs `action` while holding the lock file `lockPath`; the lock is removed afterwards, also on failure or a stop signal. */
export function withLockFile<T>(lockPath: string, options: LockOptions, action: () => T): T {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const release = tryLock(lockPath, options.what);
    if (release) {
      try {
        return action();
      } finally {
        release();
      }
    }
    if (takeOverIfStale(lockPath, staleMs)) continue;
    if (Date.now() >= deadline) {
      throw new UserError(
        `${options.what} was not saved: another career run has held ${lockPath} for more than ${formatSeconds(timeoutMs)}; try again, or remove that file if no career run is active`,
      );
    }
    // Short waits with jitter: a save takes a few milliseconds.
    sleep(Math.min(5 + attempt * 2, 50) + Math.floor(Math.random() * 5));
  }
}

function tryLock(lockPath: string, what: string): (() => void) | undefined {
  let fd: number;
  // Registered before the file exists so a stop signal cannot leave it behind.
  const stopGuard = removeOnSignal(lockPath, removeQuietly);
  try {
    fd = openSync(lockPath, 'wx', 0o600);
  } catch (error) {
    stopGuard();
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw new UserError(`${what} was not saved: cannot create ${lockPath}: ${fsFailure(error)}`);
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } catch {
    // An empty lock still locks; only the stale check loses the pid (and falls back on the age).
  } finally {
    closeSync(fd);
  }
  return () => {
    removeQuietly(lockPath);
    stopGuard();
  };
}

/** Removes a lock left by a run that is gone; true if it did (try again at once). */
function takeOverIfStale(lockPath: string, staleMs: number): boolean {
  const seen = readLock(lockPath);
  if (!seen || !isStale(seen, staleMs)) return false;
  // Rename, don't delete: of several runs that found it stale only one wins
  // the rename, and it checks it moved the lock it judged, not a fresh one.
  const moved = `${lockPath}.${randomUUID()}.stale`;
  try {
    renameSync(lockPath, moved);
  } catch {
    return true; // someone else took it over first: try again
  }
  const got = readLock(moved);
  if (got && got.content !== seen.content) {
    // A fresh lock was moved by mistake: put it back unless a newer one exists.
    try {
      renameSync(moved, lockPath);
      return false;
    } catch {
      // fall through and drop it
    }
  }
  removeQuietly(moved);
  return true;
}

interface SeenLock {
  content: string;
  ageMs: number;
}

function readLock(path: string): SeenLock | undefined {
  try {
    const ageMs = Date.now() - statSync(path).mtimeMs;
    const content = readRegularFileIfExists(path, 64);
    return content === undefined ? undefined : { content: content.toString('utf8'), ageMs };
  } catch {
    return undefined;
  }
}

function isStale(lock: SeenLock, staleMs: number): boolean {
  if (lock.ageMs > staleMs) return true;
  const pid = Number.parseInt(lock.content, 10);
  // Just created, pid not written yet: not stale.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Already gone or not ours to remove.
  }
}

const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;
