// The cache as a user meets it: `career --data DIR` answers the same with and
// without it, picks up an edited file at once, and fails on invalid data
// exactly as it does without a cache. Each test waits until the data is old
// enough for the cache to trust (SETTLE_MS) and checks, with --debug, that the
// cache really answered.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataSet } from '../../scripts/generate-data.js';
import { expectServedFromCache, waitUntilSettled } from '../helpers/cache-settle.js';
import { repoRoot } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const work = mkdtempSync(join(tmpdir(), 'career-cli-cache-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cache = join(work, 'cache');
/** A generated data set per test, so that one test's edit does not keep the next from using the cache. */
const dataSet = (name: string) =>
  generateDataSet({ roles: 20, seed: 3, out: join(work, name), baseDir: join(repoRoot, 'data') }).dir;
const dirs = { same: dataSet('same'), edited: dataSet('edited'), invalid: dataSet('invalid') };
const generatedAt = Date.now();
const career = async (dir: string, args: string[], env: Record<string, string> = {}) =>
  await runInProcess(['--data', dir, ...args], { env: { CAREER_CACHE_DIR: cache, ...env } });
const uncached = async (dir: string, args: string[]) => await career(dir, args, { CAREER_CACHE: '0' });
/** Runs once to write the cache if needed, then asserts that a --debug run is answered from it. */
const expectCached = async (dir: string, args: string[]) => {
  await waitUntilSettled(generatedAt);
  await career(dir, args);
  const run = await career(dir, [...args, '--debug']);
  expectServedFromCache(run, cache);
  return run;
};
const editRole = (dir: string, file: string, from: RegExp, to: string) => {
  const path = join(dir, 'roles', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

describe('career --data DIR with the cache', () => {
  it('gives the same output as without a cache, first run and cached run alike', async () => {
    for (const args of [
      ['show', 'it-manager', '--json'],
      ['compare', 'it-ops-manager', 'it-manager', '--json'],
      ['roles', '--json'],
    ]) {
      const reference = await uncached(dirs.same, args);
      expect(reference.status).toBe(0);
      expect(await career(dirs.same, args)).toEqual(reference);
      expect(await expectCached(dirs.same, args)).toEqual(reference);
    }
  });

  it('shows an edited role file at once', async () => {
    await expectCached(dirs.edited, ['show', 'cio', '--json']);
    editRole(dirs.edited, 'cio.yaml', /^title: .*$/m, 'title: Chief Information Officer Edited');
    const result = await career(dirs.edited, ['show', 'cio', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).role.title).toBe('Chief Information Officer Edited');
  });

  it('fails on a role file made invalid with exit 2 and the same message as without a cache', async () => {
    await expectCached(dirs.invalid, ['show', 'cio', '--json']);
    editRole(dirs.invalid, 'it-director.yaml', /^title: .*$/m, 'title: [not, a, text]');
    const cached = await career(dirs.invalid, ['show', 'cio', '--json']);
    expect(cached.status).toBe(2);
    expect(cached.stdout).toBe('');
    expect(cached.stderr).toMatch(/it-director\.yaml:\d+:\d+ title: expected a text/);
    expect(cached).toEqual(await uncached(dirs.invalid, ['show', 'cio', '--json']));
  });
});
