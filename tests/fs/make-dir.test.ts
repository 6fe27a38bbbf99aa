// Creating state and data folders: where mkdir(2) says ENOENT although the
// parent exists (/proc), fs.mkdirSync({ recursive: true }) spins forever.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDirectory } from '../../src/fs/make-dir.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'career-mkdir-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('makeDirectory', () => {
  it('creates missing parents with the mode asked for, and accepts an existing directory', () => {
    const path = join(dir, 'a', 'b', 'c');
    makeDirectory(path, 'the state folder', 0o700);
    makeDirectory(path, 'the state folder', 0o700);
    expect(statSync(path).isDirectory()).toBe(true);
    expect(statSync(join(dir, 'a')).mode & 0o777).toBe(0o700);
  });

  it.runIf(existsSync('/proc/self'))('fails at once under /proc instead of spinning', () => {
    expect(() => makeDirectory('/proc/career-test/a/b', 'the state folder')).toThrow(
      'cannot create the state folder /proc/career-test/a/b: the file system there does not allow new directories',
    );
  });

  it('names the file that stands in the way', () => {
    writeFileSync(join(dir, 'file'), '');
    expect(() => makeDirectory(join(dir, 'file', 'sub', 'x'), 'the state folder')).toThrow(
      `${join(dir, 'file')} exists and is not a directory`,
    );
  });
});
