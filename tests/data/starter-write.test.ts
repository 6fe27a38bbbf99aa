// Writing the starter directory is all or nothing: a failure part-way leaves
// neither the directory nor any temporary files behind.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../fixtures/bad-data/temp-data.js';

describe('writeStarterDir', () => {
  it('leaves nothing behind when a write fails part-way (here: the disk fills up on the third file)', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (importOriginal) => {
      const fs = await importOriginal<typeof import('node:fs')>();
      let writes = 0;
      return {
        ...fs,
        writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
          if (++writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          return fs.writeFileSync(...args);
        },
      };
    });
    try {
      const { writeStarterDir } = await import('../../src/data/starter/write.js');
      const parent = tempDir();
      const target = join(parent, 'ladders');
      expect(() => writeStarterDir(target, 'ladders')).toThrow(
        expect.objectContaining({
          name: 'UserError',
          exitCode: 2,
          message: 'cannot create ladders: no space left on the device',
        }),
      );
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
  });

  it('writes every file it lists', async () => {
    const { writeStarterDir } = await import('../../src/data/starter/write.js');
    const { starterFiles } = await import('../../src/data/starter/files.js');
    const { loadDataDirSync } = await import('../../src/data/load/load-dir.js');
    const target = join(tempDir(), 'ladders');
    const files = writeStarterDir(target, 'ladders');
    expect(files).toEqual(expect.arrayContaining(starterFiles().map((file) => file.path)));
    for (const file of files) expect(existsSync(join(target, file)), file).toBe(true);
    expect(readdirSync(join(target, '..'))).toEqual(['ladders']);
    // What it wrote is a data directory that validates.
    expect(loadDataDirSync(target).problems).toEqual([]);
  });
});
