// The cache of a --data directory: served only while intact (checksums) and
// fresh (stamps), checked once when opened; anything else is thrown away and
// rebuilt from the YAML, never shown. Names from the data never become object
// keys. The CLI runs a command again from the YAML when a role read from the
// cache turns out stale or damaged (see tests/e2e/data-cache.test.ts).
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_ALL_ROLES_UP_TO } from '../../src/data/cache/format.js';
import { cacheDirFor } from '../../src/data/cache/location.js';
import { openCache, previousRoles } from '../../src/data/cache/read.js';
import { loadData, validateData } from '../../src/data/load-data.js';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';
import { repoRoot } from '../helpers/run-cli.js';

const ROLE = 'roles/example-support-manager.yaml';

function workspace() {
  const dir = starterDataDir();
  const cacheRoot = tempDir('career-cache-test-');
  const said: string[] = [];
  const location = {
    dir,
    dirOnly: true,
    packageRoot: repoRoot,
    cwd: dir,
    env: { CAREER_CACHE_DIR: cacheRoot },
    settleMs: 0,
    debug: (m: string) => said.push(m),
  };
  const cacheDir = cacheDirFor(cacheRoot, dir);
  const generation = () =>
    join(
      cacheDir,
      readdirSync(cacheDir).find((name) => name.startsWith('g-'))!,
    );
  const head = () => JSON.parse(readFileSync(join(cacheDir, 'head.json'), 'utf8')) as { code: string };
  return { dir, cacheRoot, cacheDir, said, location, generation, head };
}

const median = (role: { facts: { medianSalary?: { value: number }[] } }) => role.facts.medianSalary?.[0]?.value;

describe('the cache of a data directory', () => {
  it('serves the second run, with the same data as the YAML', async () => {
    const w = workspace();
    const first = await loadData(w.location);
    expect(w.said).toEqual([expect.stringMatching(/not used: no readable head\.json/)]);
    const second = await loadData(w.location);
    expect(w.said).toHaveLength(1);
    expect(second.allRoles()).toStrictEqual(first.allRoles());
    expect(second.roleIdsNamed('Support Manager')).toStrictEqual(first.roleIdsNamed('Support Manager'));
  });

  it('is not used once a role file changed, whatever its size and time', async () => {
    const w = workspace();
    await loadData(w.location);
    const path = join(w.dir, ROLE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('value: 100000', 'value: 100001'));
    utimesSync(path, new Date(2001, 0, 1), new Date(2001, 0, 1));
    const data = await loadData(w.location);
    expect(w.said.at(-1)).toMatch(/not used: roles\/example-support-manager\.yaml changed/);
    expect(median(data.role('example-support-manager'))).toBe(100001);
  });

  it('never shows a hand-edited salary: the role fails its checksum', async () => {
    const w = workspace();
    await loadData(w.location);
    const pack = join(w.generation(), 'roles.pack');
    writeFileSync(pack, readFileSync(pack, 'utf8').replace('"value":100000', '"value":999999'));
    const data = await loadData(w.location);
    expect(() => data.role('example-support-manager')).toThrow(expect.objectContaining({ name: 'StaleCacheError' }));
  });

  it.each([
    ['index.json', '{"entries":[{"id":5}],"records":[]}'],
    ['names.pack', '[["support manager (example)",{"roles":["no-such-role"]}]]'],
  ])('throws away a wrong-shaped %s and rebuilds the cache', async (file, text) => {
    const w = workspace();
    const first = await loadData(w.location);
    writeFileSync(join(w.generation(), file), text);
    const data = await loadData(w.location);
    // index.json is read whole when opening a small cache; a name bucket when a name is looked up.
    if (file === 'index.json') expect(w.said.at(-1)).toMatch(/not used: .*index\.json fails its checksum/);
    else
      expect(() => data.roleIdsNamed('Support Manager (example)')).toThrow(
        expect.objectContaining({
          name: 'StaleCacheError',
          message: expect.stringMatching(/names\.pack unreadable \(short read\)/),
        }),
      );
    const rebuilt = await loadData({ ...w.location, skipCache: file !== 'index.json' });
    expect(rebuilt.allRoles()).toStrictEqual(first.allRoles());
    // Rebuilt: the next run is served from the cache again.
    const said = w.said.length;
    expect((await loadData(w.location)).allRoles()).toStrictEqual(first.allRoles());
    expect(w.said).toHaveLength(said);
  });

  it('keeps the catalogs in head.json: emptied by hand, they fail its checksum', async () => {
    const w = workspace();
    await loadData(w.location);
    const headPath = join(w.cacheDir, 'head.json');
    const head = JSON.parse(readFileSync(headPath, 'utf8')) as { catalogs: { skills: unknown[] } };
    head.catalogs.skills = [];
    writeFileSync(headPath, JSON.stringify(head));
    await loadData(w.location);
    expect(w.said.at(-1)).toMatch(/not used: head\.json fails its checksum/);
  });

  it('does not trust a head.json edited by hand, nor one written by another build', async () => {
    const w = workspace();
    await loadData(w.location);
    const headPath = join(w.cacheDir, 'head.json');
    const head = readFileSync(headPath, 'utf8');
    writeFileSync(headPath, head.replace('"roles":1', '"roles":2'));
    expect(openCache(w.cacheDir, w.dir, w.head().code)).toBe('head.json fails its checksum');
    writeFileSync(headPath, head);
    expect(openCache(w.cacheDir, w.dir, 'another build')).toMatch(/another build/);
  });

  it('costs only speed when it cannot be written, and says why under --debug', async () => {
    const w = workspace();
    const blocked = join(tempDir(), 'a-file');
    writeFileSync(blocked, '');
    const data = await loadData({ ...w.location, env: { CAREER_CACHE_DIR: blocked } });
    expect(data.role('example-support-manager').id).toBe('example-support-manager');
    expect(w.said.at(-1)).toMatch(/not written: /);
  });

  it('keeps names from the data out of object keys: __proto__, constructor and friends', async () => {
    const w = workspace();
    const path = join(w.dir, ROLE);
    const text = readFileSync(path, 'utf8')
      .replace(/^title: .*$/m, 'title: constructor')
      .replace(
        '  - Example Support Manager',
        ['__proto__', 'toString', 'hasOwnProperty', 'prototype'].map((a) => `  - ${a}`).join('\n'),
      );
    writeFileSync(path, text);
    utimesSync(path, new Date(2001, 0, 1), new Date(2001, 0, 1));
    for (let run = 0; run < 2; run++) {
      const data = await loadData(w.location);
      for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']) {
        expect(data.roleIdsNamed(name)).toStrictEqual(['example-support-manager']);
      }
      expect(data.roleEntry('__proto__')).toBeUndefined();
      expect(data.levelsTitled('constructor')).toStrictEqual([]);
    }
    expect(w.said).toHaveLength(1);
    expect(Object.keys(Object.prototype)).toStrictEqual([]);
    expect(({} as Record<string, unknown>).roles).toBeUndefined();
  });
});

describe('the cache of a directory of more than 500 role files', () => {
  // Too many files to stat on every run: each role file's stamp is checked when its role or
  // index entry is used, every one when the whole index is. A stale one is never served.
  it('finds an edited role file when that role, its entry or the whole index is used', async () => {
    const w = workspace();
    const template = readFileSync(join(w.dir, ROLE), 'utf8');
    for (let i = 1; i <= CHECK_ALL_ROLES_UP_TO; i++) {
      const id = `copy-${String(i).padStart(3, '0')}`;
      writeFileSync(
        join(w.dir, 'roles', `${id}.yaml`),
        template
          .replace(/^id: .*$/m, `id: ${id}`)
          .replace(/^title: .*$/m, `title: Copy ${i}`)
          .replace(/^aliases:\n( {2}- .*\n)+/m, ''),
      );
    }
    await loadData(w.location);
    const path = join(w.dir, 'roles', 'copy-007.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('title: Copy 7', 'title: Copy Seven'));
    utimesSync(path, new Date(2001, 0, 1), new Date(2001, 0, 1));
    const data = await loadData(w.location);
    expect(w.said).toHaveLength(1);
    expect(data.role('copy-008').title).toBe('Copy 8');
    const stale = expect.objectContaining({
      name: 'StaleCacheError',
      message: expect.stringMatching(/copy-007\.yaml changed/),
    });
    expect(() => data.role('copy-007')).toThrow(stale);
    expect(() => data.roleEntry('copy-007')).toThrow(stale);
    expect(() => data.roleIndex).toThrow(stale);
    expect(() => data.allRoles()).toThrow(stale);
    expect((await loadData({ ...w.location, skipCache: true })).role('copy-007').title).toBe('Copy Seven');
  });
});

describe('validating again', () => {
  it('takes unchanged roles from the cache, checked, and reads the changed ones', async () => {
    const w = workspace();
    await loadData(w.location);
    const unchanged = previousRoles(w.cacheDir, w.dir, w.head().code)!;
    expect(unchanged(join(w.dir, ROLE))?.id).toBe('example-support-manager');
    const pack = join(w.generation(), 'roles.pack');
    writeFileSync(pack, readFileSync(pack, 'utf8').replace('"value":100000', '"value":999999'));
    expect(unchanged(join(w.dir, ROLE))).toBeUndefined();
    const result = await validateData(w.location);
    expect(result.problems).toStrictEqual([]);
    expect(median(result.data.roles[0]!)).toBe(100000);
  });
});
