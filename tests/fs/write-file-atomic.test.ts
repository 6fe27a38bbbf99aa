// The write loop and the atomic replace, without root: the write function is
// given short writes and ENOSPC, as a full disk gives them.
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { writeAll, type WriteFunction } from '../../src/fs/write-all.js';
import { writeFileAtomic } from '../../src/fs/write-file-atomic.js';

/** Takes at most `chunk` bytes a call, and fails with ENOSPC once `capacity` bytes are written. */
function cramped(chunk: number, capacity = Infinity): WriteFunction {
  let total = 0;
  return (fd, buffer, offset, length) => {
    if (total >= capacity) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const take = Math.min(length, chunk, capacity - total);
    total += take;
    return writeSync(fd, buffer, offset, take);
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'career-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAll', () => {
  it('writes every byte however few each write takes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 1, max: 700 }), (data, chunk) => {
        const file = join(dir, 'out');
        writeFileSync(file, '');
        const fd = openSync(file, 'w');
        try {
          writeAll(fd, data, cramped(chunk));
        } finally {
          closeSync(fd);
        }
        expect(new Uint8Array(readFileSync(file))).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });

  it('fails instead of looping when a write takes nothing', () => {
    expect(() => writeAll(99, new Uint8Array(10), () => 0)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
  });
});

describe('writeFileAtomic', () => {
  const old = 'line one\nline two\n'.repeat(425); // 7,650 bytes

  it('replaces the file and leaves nothing else in the folder', () => {
    const file = join(dir, 'history.jsonl');
    writeFileSync(file, old);
    writeFileAtomic(file, `${old}new\n`, { write: cramped(7) });
    expect(readFileSync(file, 'utf8')).toBe(`${old}new\n`);
    expect(readdirSync(dir)).toEqual(['history.jsonl']);
  });

  it('on a full disk keeps the old file whole, removes the temporary file and says what was not saved', () => {
    const file = join(dir, 'history.jsonl');
    writeFileSync(file, old);
    // The disk takes 4096 bytes in short writes, then answers ENOSPC (the 7,648 -> 4,096 bytes).
    let caught: unknown;
    try {
      writeFileAtomic(file, `${old}new\n`, { write: cramped(1000, 4096), what: 'the quiz result' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).exitCode).toBe(2);
    expect((caught as UserError).message).toBe(
      `the quiz result was not saved: cannot write ${file}: no space left on the device (the previous file is unchanged)`,
    );
    expect(readFileSync(file, 'utf8')).toBe(old);
    expect(readdirSync(dir)).toEqual(['history.jsonl']);
  });

  it('creates a new file private to its owner', () => {
    const file = join(dir, 'new.txt');
    writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
