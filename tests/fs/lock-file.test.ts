// The lock that makes parallel saves take turns: waits, gives up with a clear
// message, takes over a lock whose run is gone, and is removed afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withLockFile } from '../../src/fs/lock-file.js';

let dir: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'career-lock-'));
  lock = join(dir, 'history.jsonl.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

describe('withLockFile', () => {
  it('runs the action holding the lock and removes it after, also when the action throws', () => {
    expect(withLockFile(lock, { what: 'x' }, () => existsSync(lock))).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(() =>
      withLockFile(lock, { what: 'x' }, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives up after the timeout while a live run holds the lock, and leaves its lock alone', () => {
    writeFileSync(lock, `${process.pid}\n`);
    const started = Date.now();
    expect(() => withLockFile(lock, { what: 'the quiz result', timeoutMs: 300 }, () => 1)).toThrow(
      `the quiz result was not saved: another career run has held ${lock} for more than 0.3 s; try again, or remove that file if no career run is active`,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(existsSync(lock)).toBe(true);
  });

  it('takes over a lock whose process is gone', () => {
    writeFileSync(lock, `${deadPid()}\n`);
    expect(withLockFile(lock, { what: 'x', timeoutMs: 300 }, () => 'done')).toBe('done');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock older than any save could take, whatever its pid', () => {
    writeFileSync(lock, `${process.pid}\n`);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, longAgo, longAgo);
    expect(withLockFile(lock, { what: 'x', timeoutMs: 300 }, () => 'done')).toBe('done');
    expect(readdirSync(dir)).toEqual([]);
  });
});
