// The built-in data snapshot is served only while data/ is byte for byte what
// it was made from.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDataDir } from '../src/data/load-dir.js';
import { asciiJson, readFreshSnapshot, snapshotSource, witness, writeSnapshot } from '../src/data/snapshot.js';
import { repoRoot } from './helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'career-snapshot-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let dir: string;
let snapshot: string;

beforeEach(() => {
  const id = Math.random().toString(36).slice(2);
  dir = join(work, `data-${id}`);
  snapshot = join(work, `snapshot-${id}.json`);
  cpSync(join(repoRoot, 'data'), dir, { recursive: true });
  // Files copied just now have not settled: no stamps, the witness decides.
  const madeFrom = snapshotSource(dir);
  expect(madeFrom.stamps).toBeUndefined();
  const { data } = loadDataDir(dir);
  writeSnapshot(snapshot, madeFrom, data);
});

/** A snapshot whose stamps were recorded (as if built a while after the files last changed). */
function withStamps() {
  const madeFrom = snapshotSource(dir, Date.now() + 60_000);
  expect(madeFrom.stamps).toBeDefined();
  writeSnapshot(snapshot, madeFrom, loadDataDir(dir).data);
}

describe('the built-in data snapshot', () => {
  it('is served while the data is unchanged, with the data it was made from (quizzes too, read when asked)', () => {
    const fresh = readFreshSnapshot(snapshot, dir);
    expect(fresh).toEqual(loadDataDir(dir).data);
    expect(fresh!.quizzes.length).toBeGreaterThan(0);
  });

  it('trusts equal stamps without comparing contents', () => {
    withStamps();
    rmSync(snapshot.replace(/\.json$/, '.witness'));
    expect(readFreshSnapshot(snapshot, dir)).toEqual(loadDataDir(dir).data);
  });

  it('falls back to the contents when stamps differ but the bytes are the same (npm resets mtimes)', () => {
    withStamps();
    utimesSync(join(dir, 'roles', 'cio.yaml'), new Date(1985, 9, 26), new Date(1985, 9, 26));
    expect(readFreshSnapshot(snapshot, dir)).toBeDefined();
  });

  it('is ignored when a file changed but its size and modification time were restored', () => {
    withStamps();
    const path = join(dir, 'roles', 'cio.yaml');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('\n  - CIO\n', '\n  - XYZ\n'));
    utimesSync(path, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(readFreshSnapshot(snapshot, dir)).toBeUndefined();
  });

  it.each([
    ['a role file edited (one byte)', () => appendFileSync(join(dir, 'roles', 'cio.yaml'), ' ')],
    ['a catalog edited', () => appendFileSync(join(dir, 'skills.yaml'), '\n')],
    ['a role file added', () => writeFileSync(join(dir, 'roles', 'new.yaml'), 'id: new\n')],
    ['a file of another kind added to roles/', () => writeFileSync(join(dir, 'roles', 'notes.txt'), 'x')],
    ['a role file removed', () => unlinkSync(join(dir, 'roles', 'it-director.yaml'))],
    ['a role file renamed', () => renameSync(join(dir, 'roles', 'cio.yaml'), join(dir, 'roles', 'cio2.yaml'))],
    ['the quizzes folder removed', () => rmSync(join(dir, 'quizzes'), { recursive: true })],
    ['the transitions file removed', () => unlinkSync(join(dir, 'transitions.yaml'))],
  ])('is ignored once %s (with and without build-time stamps)', (_what, change) => {
    change();
    expect(readFreshSnapshot(snapshot, dir)).toBeUndefined();
    cpSync(join(repoRoot, 'data'), dir, { recursive: true, force: true });
    rmSync(join(dir, 'roles', 'new.yaml'), { force: true });
    rmSync(join(dir, 'roles', 'notes.txt'), { force: true });
    rmSync(join(dir, 'roles', 'cio2.yaml'), { force: true });
    withStamps();
    change();
    expect(readFreshSnapshot(snapshot, dir)).toBeUndefined();
  });

  it('tells file boundaries apart: moving bytes from one file to the next is a change', () => {
    const before = witness(dir);
    writeFileSync(join(dir, 'roles', 'a.yaml'), 'ab');
    writeFileSync(join(dir, 'roles', 'b.yaml'), 'c');
    const one = witness(dir);
    writeFileSync(join(dir, 'roles', 'a.yaml'), 'a');
    writeFileSync(join(dir, 'roles', 'b.yaml'), 'bc');
    expect(witness(dir).equals(one)).toBe(false);
    expect(one.equals(before)).toBe(false);
  });

  it('is ignored when missing or damaged', () => {
    expect(readFreshSnapshot(join(work, 'missing.json'), dir)).toBeUndefined();
    writeFileSync(snapshot, '{"data": ');
    expect(readFreshSnapshot(snapshot, dir)).toBeUndefined();
  });
});

describe('the snapshot files', () => {
  it('are plain ASCII, though the data is not (the built-in data has "≈"), and read back the same', () => {
    const { data } = loadDataDir(dir);
    expect(JSON.stringify(data)).toMatch(/[^\x00-\x7f]/);
    for (const file of [snapshot, snapshot.replace(/\.json$/, '.quizzes.json')]) expect(readFileSync(file, 'latin1')).toMatch(/^[\x00-\x7f]*$/);
    expect(readFreshSnapshot(snapshot, dir)).toEqual(data);
  });

  it('asciiJson is ASCII and parses back to the value, whatever the characters (lone surrogates and astral ones too)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const text = asciiJson(value);
        expect(text).toMatch(/^[\x00-\x7f]*$/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
