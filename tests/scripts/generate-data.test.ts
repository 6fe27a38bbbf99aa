// The benchmark's data generator: valid data of the promised shape, the same
// bytes for the same seed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDirSync } from '../../src/data/load/load-dir.js';
import { generateDataSet } from '../../scripts/generate-data.js';
import { repoRoot } from '../helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'career-generate-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const generate = (name: string, roles: number, seed: number) =>
  generateDataSet({ roles, seed, out: join(work, name), baseDir: join(repoRoot, 'data') }).dir;
const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(join(dir, 'roles'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, 'roles', f), 'utf8')]),
  );

describe('generate-data', () => {
  const dir = generate('a', 30, 5);
  const { data, problems } = loadDataDirSync(dir);

  it('writes exactly N roles that validate, built-in roles included', () => {
    expect(problems).toEqual([]);
    expect(data.roles).toHaveLength(30);
    expect(data.roles.map((r) => r.id)).toEqual(expect.arrayContaining(['it-manager', 'it-ops-manager']));
  });

  it('gives every generated role a six-level ladder, 20 skills and 10 certifications', () => {
    const generated = data.roles.filter((r) => r.sources.includes('generated-benchmark-data'));
    expect(generated).toHaveLength(30 - readdirSync(join(repoRoot, 'data', 'roles')).length);
    for (const role of generated) {
      expect(role.ladder?.levels.map((l) => l.id)).toEqual(['assistant', 'manager', 'senior', 'director', 'vp', 'cio']);
      expect(new Set(role.skills.map((s) => s.skill)).size).toBe(20);
      expect(new Set(role.certifications.map((c) => c.certification)).size).toBe(10);
    }
  });

  it('is deterministic: the same seed gives the same files, another seed other files', () => {
    expect(files(generate('b', 30, 5))).toEqual(files(dir));
    expect(files(generate('c', 30, 6))).not.toEqual(files(dir));
  });
});
