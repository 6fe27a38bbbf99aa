// The built-in data is served from the build's JSON snapshot only while the
// YAML is exactly what the snapshot was made from; an edited, added or removed
// data file makes the CLI read the YAML instead, never stale data.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData, SNAPSHOT_FILE } from '../../src/data/catalog.js';
import { loadDataDir } from '../../src/data/load/load-dir.js';
import { readFreshSnapshot, witness, writeSnapshot } from '../../src/data/snapshot.js';
import { repoRoot } from '../helpers/run-cli.js';
import { starterDataDir } from '../fixtures/bad-data/temp-data.js';

const ROLE = 'roles/example-support-manager.yaml';

/** A package root with starter data and a snapshot of it whose role title is marked, to see which one was served. */
function packageWithSnapshot(): { root: string; dataDir: string } {
  const dataDir = starterDataDir();
  const root = join(dataDir, '..');
  const madeFrom = witness(dataDir);
  const { data } = loadDataDir(dataDir);
  data.roles[0]!.title = 'FROM SNAPSHOT';
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeSnapshot(join(root, SNAPSHOT_FILE), madeFrom, data);
  return { root, dataDir };
}

const titleServed = async (root: string, dataDir: string, builtIn = true) =>
  (await loadData({ dir: dataDir, builtIn, packageRoot: root, cwd: root })).roleIndex[0]!.title;

describe('the built-in data snapshot', () => {
  it('is used while the YAML is unchanged', async () => {
    const { root, dataDir } = packageWithSnapshot();
    expect(await titleServed(root, dataDir)).toBe('FROM SNAPSHOT');
  });

  it.each([
    ['a data file is edited', (dir: string) => writeFileSync(join(dir, ROLE), readFileSync(join(dir, ROLE), 'utf8').replace('title: Support Manager (example)', 'title: Edited'))],
    ['a role file is added', (dir: string) => writeFileSync(join(dir, 'roles/zz-copy.yaml'), readFileSync(join(dir, ROLE), 'utf8').replace(/^id: .*$/m, 'id: zz-copy'))],
    ['a quiz file is removed', (dir: string) => rmSync(join(dir, 'quizzes/example-support-manager.yaml'))],
  ])('is ignored when %s: the YAML is read instead', async (_what, change) => {
    const { root, dataDir } = packageWithSnapshot();
    change(dataDir);
    expect(readFreshSnapshot(join(root, SNAPSHOT_FILE), dataDir)).toBeUndefined();
    expect(await titleServed(root, dataDir)).not.toBe('FROM SNAPSHOT');
  });

  it('is ignored when it is corrupt', async () => {
    const { root, dataDir } = packageWithSnapshot();
    writeFileSync(join(root, SNAPSHOT_FILE), '{"data": ');
    expect(await titleServed(root, dataDir)).toBe('Support Manager (example)');
  });

  it('is never used for a --data directory', async () => {
    const { root, dataDir } = packageWithSnapshot();
    expect(await titleServed(root, dataDir, false)).toBe('Support Manager (example)');
  });

  it('the build left a fresh snapshot of the built-in data (npm run build before the tests)', () => {
    const snapshot = readFreshSnapshot(join(repoRoot, SNAPSHOT_FILE), join(repoRoot, 'data'));
    expect(snapshot?.roles.map((r) => r.id)).toEqual(expect.arrayContaining(['it-ops-manager', 'it-manager']));
  });
});
