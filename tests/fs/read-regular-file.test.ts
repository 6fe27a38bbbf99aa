// Files the tool reads are regular files within a size limit, opened without
// blocking: a FIFO, /dev/zero or a directory is refused at once (exit 2).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readRegularFile, readRegularFileIfExists } from '../../src/fs/read-regular-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'career-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function failure(read: () => unknown): UserError {
  try {
    read();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('readRegularFile', () => {
  it('reads a regular file, also through a symlink', () => {
    writeFileSync(join(dir, 'a.txt'), 'hello');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link'));
    expect(readRegularFile(join(dir, 'a.txt'), 5).toString()).toBe('hello');
    expect(readRegularFile(join(dir, 'link'), 5).toString()).toBe('hello');
  });

  it.each([
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path]), 'it is a named pipe (FIFO), not a regular file'],
    [
      'a symlink to /dev/zero',
      (path: string) => symlinkSync('/dev/zero', path),
      'it is a character device, not a regular file',
    ],
    ['a directory', (path: string) => mkdirSync(path), 'it is a directory, not a regular file'],
    [
      'a file over the limit',
      (path: string) => writeFileSync(path, 'x'.repeat(11)),
      'it is 11 bytes, more than the limit of 10',
    ],
  ])('refuses %s at once with exit 2', (_name, make, reason) => {
    const path = join(dir, 'target');
    make(path);
    const error = failure(() => readRegularFile(path, 10));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`cannot read ${path}: ${reason}`);
  });

  it('tells a missing file apart', () => {
    expect(readRegularFileIfExists(join(dir, 'none'), 10)).toBeUndefined();
    expect(failure(() => readRegularFile(join(dir, 'none'), 10)).message).toMatch(/does not exist/);
  });
});
