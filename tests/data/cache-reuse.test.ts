// `career data validate` and the reload after an edit take the roles of files
// unchanged since the last validation from the cache. They must report
// exactly what a full check reports and notice every changed file; validate
// writes no cache, the reload refreshes it only when something changed.
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/data/cache-location.js';
import { loadData, validateData } from '../../src/data/catalog.js';
import { loadDataDir } from '../../src/data/load/load-dir.js';
import { formatProblem } from '../../src/data/problem.js';
import { cacheWorkspace } from '../helpers/cache-workspace.js';

const workspace = cacheWorkspace({ roles: 12, seed: 5, prefix: 'career-reuse-test-' });
let packageRoot: string;
let dir: string;
let cacheRoot: string;
beforeEach(() => ({ packageRoot, dir, cacheRoot } = workspace));

const validate = async () => {
  const { data, problems, fileCount } = await validateData({ dir, builtIn: false, packageRoot, cwd: dir, env: { CAREER_CACHE_DIR: cacheRoot }, settleMs: 0 });
  return { roles: data.roles, problems: problems.map(formatProblem), fileCount };
};
/** What a command does first: load the directory, writing the cache. */
const load = () => loadData({ dir, builtIn: false, packageRoot, cwd: dir, env: { CAREER_CACHE_DIR: cacheRoot }, settleMs: 0 });
const fullCheck = () => {
  const { data, problems, fileCount } = loadDataDir(dir, { displayFrom: dir });
  return { roles: data.roles, problems: problems.map(formatProblem), fileCount };
};
const generation = () => (existsSync(cacheDirFor(cacheRoot, dir)) ? readdirSync(cacheDirFor(cacheRoot, dir)).filter((name) => name.startsWith('g-')) : []);
const someRole = () => readdirSync(join(dir, 'roles')).find((name) => name !== 'it-manager.yaml' && name !== 'it-ops-manager.yaml')!;
/** Rewrites a file; its stamp changes even within one clock tick (another mtime). */
const edit = (file: string, change: (text: string) => string, mtime = new Date(2001, 0, 1)) => {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  utimesSync(path, mtime, mtime);
};

describe('validating again', () => {
  it('writes no cache of its own', async () => {
    expect((await validate()).problems).toEqual([]);
    expect(generation()).toEqual([]);
  });

  it('gives what a full check gives from the cache a command wrote, and leaves that cache alone', async () => {
    await load();
    const written = generation();
    expect(written).toHaveLength(1);
    expect(await validate()).toStrictEqual(fullCheck());
    expect(generation()).toEqual(written);
  });

  it('checks a role file edited since, and reports its problems with line and column', async () => {
    await load();
    const file = `roles/${someRole()}`;
    edit(file, (text) => text.replace(/^title: .*$/m, 'title: 42'));
    const again = await validate();
    expect(again).toStrictEqual(fullCheck());
    expect(again.problems).toContainEqual(expect.stringMatching(new RegExp(`^${file}:\\d+:\\d+ title: expected a text, got 42$`)));
  });

  it('notices an edit that kept the size and put the old modification time back', async () => {
    await load();
    const file = `roles/${someRole()}`;
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const { mtime } = statSync(path);
    // Same length: one id character swapped for another.
    writeFileSync(path, before.replace(/^(id: .*)(.)$/m, (_, head: string, last: string) => `${head}${last === 'x' ? 'y' : 'x'}`));
    utimesSync(path, mtime, mtime);
    const again = await validate();
    expect(again).toStrictEqual(fullCheck());
    expect(again.problems).not.toEqual([]);
  });

  it('sees a reference broken by a catalog edit in files it did not read again', async () => {
    await load();
    edit('skills.yaml', (text) => text.replace(/^(\s*- id: )leadership$/m, '$1leading'));
    const again = await validate();
    expect(again).toStrictEqual(fullCheck());
    expect(again.problems.some((p) => /unknown skill "leadership"/.test(p))).toBe(true);
  });
});

describe('the reload after an edit', () => {
  it('serves the edit and refreshes the cache', async () => {
    await load();
    const written = generation();
    const file = someRole();
    edit(`roles/${file}`, (text) => text.replace(/^title: "?([^"\n]*)"?$/m, 'title: "Edited Title"'));
    const data = await load();
    const id = readFileSync(join(dir, 'roles', file), 'utf8').match(/^id: (.*)$/m)![1]!.trim();
    expect(data.role(id).title).toBe('Edited Title');
    expect(generation()).not.toEqual(written);
    expect(generation()).toHaveLength(1);
  });
});
