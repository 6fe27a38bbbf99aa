// The built-in data is served from the snapshot made at build time; bin/career
// alone decides it is stale, when a data file is newer than the snapshot (an
// edit in a checkout without a rebuild), and the CLI then reads data/ itself.
// Run on a copy of the built package, so the real one is never touched.
import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/bad-data/temp-data.js';
import { repoRoot } from '../helpers/run-cli.js';

function packageCopy(): string {
  const root = join(tempDir('career-snapshot-test-'), 'career');
  for (const part of [
    'bin',
    'dist/bundle',
    'dist/data.snapshot.json',
    'dist/data.snapshot.quizzes.json',
    'data',
    'package.json',
  ]) {
    cpSync(join(repoRoot, part), join(root, part), { recursive: true, preserveTimestamps: true });
  }
  return root;
}

const title = (root: string) => {
  const run = spawnSync(process.execPath, [join(root, 'bin/career'), 'show', 'it-manager', '--json'], {
    encoding: 'utf8',
    env: { ...process.env, CAREER_DATA: '' },
  });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { role: { title: string } }).role.title;
};

describe('the built-in snapshot', () => {
  it('is served while no data file is newer than it, even if the data differs (it is what the build validated)', () => {
    const root = packageCopy();
    const file = join(root, 'data/roles/it-manager.yaml');
    const past = new Date(2001, 0, 1);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Edited Title'));
    utimesSync(file, past, past);
    expect(title(root)).toBe('IT Manager');
  });

  it('gives way to the YAML once a data file is newer than it', () => {
    const root = packageCopy();
    const file = join(root, 'data/roles/it-manager.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Edited Title'));
    const future = new Date(Date.now() + 60_000);
    utimesSync(file, future, future);
    expect(title(root)).toBe('Edited Title');
  });
});
