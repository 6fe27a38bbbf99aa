// Writing the starter directory is all or nothing: a failure part-way leaves
// neither the directory nor any temporary files behind.
import { existsSync, readdirSync, type writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDirSync } from '../../src/data/load/load-dir.js';
import { starterFiles } from '../../src/data/starter/files.js';
import { writeStarterDir } from '../../src/data/starter/write.js';
import { tempDir } from '../fixtures/bad-data/temp-data.js';
import { withFsReplaced } from '../helpers/replace-fs.js';

describe('writeStarterDir', () => {
  it('leaves nothing behind when a write fails part-way (here: the disk fills up on the third file)', async () => {
    const parent = tempDir();
    const target = join(parent, 'ladders');
    let writes = 0;
    const fullOnTheThird = (write: typeof writeFileSync) =>
      ((...args: Parameters<typeof writeFileSync>) => {
        if (++writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        write(...args);
      }) as typeof writeFileSync;
    await withFsReplaced('writeFileSync', fullOnTheThird, () =>
      expect(() => writeStarterDir(target, 'ladders')).toThrow(
        expect.objectContaining({
          name: 'UserError',
          exitCode: 2,
          message: 'cannot create ladders: no space left on the device',
        }),
      ),
    );
    expect(writes).toBeGreaterThanOrEqual(3);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('writes every file it lists', () => {
    const target = join(tempDir(), 'ladders');
    const files = writeStarterDir(target, 'ladders');
    expect(files).toEqual(expect.arrayContaining(starterFiles().map((file) => file.path)));
    for (const file of files) expect(existsSync(join(target, file)), file).toBe(true);
    expect(readdirSync(join(target, '..'))).toEqual(['ladders']);
    // What it wrote is a data directory that validates.
    expect(loadDataDirSync(target).problems).toEqual([]);
  });
});
