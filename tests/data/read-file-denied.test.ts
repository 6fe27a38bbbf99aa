// What a user is told when the operating system refuses to open a data file.
// A file of its own: it replaces node:fs for the module under test, which
// needs a fresh module graph (the "isolated" project in vitest.config.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../fixtures/bad-data/temp-data.js';

describe('an unreadable file', () => {
  // Tests may run as root, which reads chmod 000 files; the operating system's
  // answer is simulated instead, to check what the user is told.
  it('says permission denied', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (importOriginal) => {
      const fs = await importOriginal<typeof import('node:fs')>();
      const denied = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return {
        ...fs,
        openSync: (path: string, ...rest: unknown[]) => {
          if (String(path).endsWith('locked.yaml')) throw denied();
          return (fs.openSync as (...args: unknown[]) => unknown)(path, ...rest);
        },
      };
    });
    try {
      const { readDataFile: readWithDeniedFs } = await import('../../src/data/load/read-file.js');
      const path = join(tempDir(), 'locked.yaml');
      writeFileSync(path, 'a: 1\n');
      expect(readWithDeniedFs(path, 'locked.yaml')).toEqual({
        ok: false,
        problems: [{ file: 'locked.yaml', message: 'cannot be read (permission denied)' }],
      });
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
  });
});
