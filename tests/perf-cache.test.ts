// The validated cache of a --data directory: a fresh cache is served, and a
// stale one never is (a file edited in place, added, removed, a catalog
// changed, a rebuilt tool, a damaged cache), and invalid data still fails with
// the same problems as without a cache.
import { appendFileSync, cpSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheDirFor } from '../src/data/cache-location.js';
import { openCache } from '../src/data/cache-read.js';
import { stampOf } from '../src/data/cache-stamp.js';
import { loadData, SYNC_LOADER_FILE } from '../src/data/catalog.js';
import { inMemoryDataSet, type DataSet } from '../src/data/dataset.js';
import { loadDataDir } from '../src/data/load-dir.js';
import { UserError } from '../src/errors.js';
import { cacheWorkspace } from './helpers/cache-workspace.js';

// 24 roles: spread over several name buckets, and quick to validate.
const workspace = cacheWorkspace({ roles: 24, seed: 11, prefix: 'career-cache-test-' });
let work: string;
let packageRoot: string;
let dir: string;
let cacheRoot: string;
beforeEach(() => ({ work, packageRoot, dir, cacheRoot } = workspace));

const load = (extra: { env?: Record<string, string> } = {}) =>
  loadData({ dir, builtIn: false, packageRoot, cwd: work, env: { CAREER_CACHE_DIR: cacheRoot, ...extra.env }, settleMs: 0 });
const code = () => stampOf(join(packageRoot, SYNC_LOADER_FILE));
const uncached = () => {
  const { data, problems } = loadDataDir(dir, { displayFrom: work });
  expect(problems).toEqual([]);
  return inMemoryDataSet(data);
};
/** Opens the cache with a reload that must not be needed unless the test says so. */
const open = (reload = vi.fn(uncached)) => ({ data: openCache({ cacheDir: cacheDirFor(cacheRoot, dir), dir, code: code(), reload }), reload });
/** Changes a file so that its stamp must change even within one clock tick: another mtime. */
const edit = (file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  utimesSync(path, new Date(2001, 0, 1), new Date(2001, 0, 1));
};

function expectSameAnswers(cached: DataSet, reference: DataSet) {
  expect(cached.roleIndex).toEqual(reference.roleIndex);
  expect(cached.allRoles()).toEqual(reference.allRoles());
  expect(cached.sources).toEqual(reference.sources);
  expect(cached.skills).toEqual(reference.skills);
  expect(cached.certifications).toEqual(reference.certifications);
  expect(cached.transitions).toEqual(reference.transitions);
  expect(cached.quizzes).toEqual(reference.quizzes);
  for (const entry of reference.roleIndex) {
    expect(cached.role(entry.id)).toEqual(reference.role(entry.id));
    expect(cached.roleEntry(entry.id)).toEqual(entry);
    for (const name of [entry.id, entry.title, ...entry.aliases, ` ${entry.title.toUpperCase()} `]) {
      expect(cached.roleIdsNamed(name)).toEqual(reference.roleIdsNamed(name));
    }
    for (const level of entry.levels) expect(cached.levelsTitled(level.title)).toEqual(reference.levelsTitled(level.title));
  }
  expect(cached.roleIdsNamed('no such role')).toEqual([]);
  expect(cached.roleEntry('no-such-role')).toBeUndefined();
}

describe('the --data cache', () => {
  it('after a first load, serves the same answers as a full load, without reading the YAML again', async () => {
    await load();
    const { data, reload } = open();
    expect(data).toBeDefined();
    expectSameAnswers(data!, uncached());
    expect(reload).not.toHaveBeenCalled();
  });

  it('is not used for another data directory, another tool build, or with CAREER_CACHE=0', async () => {
    await load({ env: { CAREER_CACHE: '0' } });
    expect(open().data).toBeUndefined();
    await load();
    expect(openCache({ cacheDir: cacheDirFor(cacheRoot, dir), dir, code: 'another build', reload: uncached })).toBeUndefined();
    expect(openCache({ cacheDir: cacheDirFor(cacheRoot, dir), dir: `${dir}-other`, code: code(), reload: uncached })).toBeUndefined();
  });

  it.each([
    ['a catalog file edited', () => edit('skills.yaml', (t) => t.replace('name: Cloud operations', 'name: Cloud ops'))],
    ['a role file added', () => cpSync(join(dir, 'roles', 'cio.yaml'), join(dir, 'roles', 'cio-copy.yaml'))],
    ['a role file removed', () => unlinkSync(join(dir, 'roles', 'it-director.yaml'))],
    ['a quiz file edited', () => appendFileSync(join(dir, 'quizzes', 'it-manager.yaml'), '# a comment\n')],
    ['the transitions file removed', () => unlinkSync(join(dir, 'transitions.yaml'))],
  ])('is stale once %s', async (_what, change) => {
    await load();
    change();
    expect(open().data).toBeUndefined();
  });

  it('with up to 500 role files, notices on open a role file edited in place, whichever roles the command reads', async () => {
    await load();
    edit('roles/it-director.yaml', (t) => t.replace(/^title: .*$/m, 'title: 42'));
    expect(open().data).toBeUndefined();
    const error = await load().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).details.join('\n')).toMatch(/it-director\.yaml:\d+:\d+ title: expected a text/);
  });

  it('notices a role file edited in place when that role is read, and answers from the YAML from then on', async () => {
    await load();
    const { data, reload } = open();
    edit('roles/it-manager.yaml', (t) => t.replace('\ntitle: IT Manager\n', '\ntitle: IT Manager Renamed\n'));
    expect(data!.role('it-manager').title).toBe('IT Manager Renamed');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(data!.roleEntry('it-manager')?.title).toBe('IT Manager Renamed');
    expect(data!.roleIdsNamed('IT Manager Renamed')).toEqual(['it-manager']);
  });

  it('rewrites the cache after such a reload, so the next run is served from the cache again', async () => {
    await load();
    const cached = await load();
    edit('roles/it-manager.yaml', (t) => t.replace('\ntitle: IT Manager\n', '\ntitle: IT Manager Renamed\n'));
    expect(cached.role('it-manager').title).toBe('IT Manager Renamed');
    const next = open();
    expect(next.data!.role('it-manager').title).toBe('IT Manager Renamed');
    expect(next.reload).not.toHaveBeenCalled();
  });

  it('notices an edit that restores the old size and modification time (the change time still moves)', async () => {
    await load();
    const path = join(dir, 'roles', 'cio.yaml');
    const before = readFileSync(path, 'utf8');
    const { data, reload } = open();
    const stamp = stampOf(path).split(':');
    writeFileSync(path, before.replace('\n  - CIO\n', '\n  - XYZ\n')); // same length
    utimesSync(path, new Date(Number(stamp[2])), new Date(Number(stamp[2])));
    expect(data!.role('cio').aliases).toEqual(['XYZ']);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('checks every role file before listing the roles (roleIndex)', async () => {
    await load();
    const { data, reload } = open();
    edit('roles/network-operations-manager.yaml', (t) => t.replace(/^title: .*$/m, 'title: NOC Lead'));
    expect(data!.roleIndex.find((e) => e.id === 'network-operations-manager')!.title).toBe('NOC Lead');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('checks every role file when a command needs all roles', async () => {
    await load();
    const { data, reload } = open();
    edit('roles/systems-manager.yaml', (t) => t.replace(/^summary: >-/m, 'summary: >-\n  Edited.'));
    expect(data!.allRoles().find((r) => r.id === 'systems-manager')!.summary).toMatch(/^Edited\./);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('fails with the same problems as an uncached load when an edited role file is invalid', async () => {
    await load();
    expect(open().data).toBeDefined();
    const cached = await load();
    edit('roles/it-manager.yaml', (t) => t.replace('\ntitle: IT Manager\n', '\ntitle: 42\nbogus: true\n'));
    const cachedError = catchError(() => cached.role('it-manager'));
    const uncachedError = await load({ env: { CAREER_CACHE: '0' } }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(cachedError).toBeInstanceOf(UserError);
    expect(uncachedError).toBeInstanceOf(UserError);
    expect((cachedError as UserError).message).toBe((uncachedError as UserError).message);
    expect((cachedError as UserError).details).toEqual((uncachedError as UserError).details);
    expect((cachedError as UserError).details.join('\n')).toMatch(/it-manager\.yaml:\d+:\d+ title: expected a text/);
    expect((cachedError as UserError).exitCode).toBe(2);
  });

  it('falls back to the YAML when the cache is damaged or half removed', async () => {
    await load();
    const cacheDir = cacheDirFor(cacheRoot, dir);
    const head = JSON.parse(readFileSync(join(cacheDir, 'head.json'), 'utf8'));
    rmSync(join(cacheDir, head.generation, 'roles.pack'));
    const { data, reload } = open();
    expect(data!.role('it-manager').id).toBe('it-manager');
    expect(reload).toHaveBeenCalledTimes(1);
    writeFileSync(join(cacheDir, 'head.json'), '{not json');
    expect(open().data).toBeUndefined();
  });

  it('does not trust a file changed just before it was read (it is read again next time)', async () => {
    await loadData({ dir, builtIn: false, packageRoot, cwd: work, env: { CAREER_CACHE_DIR: cacheRoot }, settleMs: 60_000 });
    expect(open().data).toBeUndefined();
  });
});

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}
