// The data set's name lookups (what lets a command find a role among 10,000
// without scanning them all) answer exactly what a scan of the role index
// answers: the first role, in index order, with that id, title or alias; every
// ladder that has a level with that title.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inMemoryDataSet, normalizeName, type RoleIndexEntry } from '../../src/data/dataset.js';
import type { Role } from '../../src/data/schema.js';
import { builtInData } from '../helpers/data.js';

const scanRoles = (index: RoleIndexEntry[], name: string) =>
  index
    .filter((e) => [e.id, e.title, ...e.aliases].some((n) => normalizeName(n) === normalizeName(name)))
    .map((e) => e.id);
const scanLevels = (index: RoleIndexEntry[], title: string) =>
  index.flatMap((e) => {
    const level = e.levels.find((l) => normalizeName(l.title) === normalizeName(title));
    return level ? [{ roleId: e.id, levelId: level.id }] : [];
  });

// Few distinct words so that names collide across roles, in case and spacing variants.
const word = fc.constantFrom('IT', 'it', 'Manager', 'manager', 'Senior', 'ops', 'Ops ', ' Director', 'VP  of');
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
const role = (id: string) =>
  fc.record({ title: name, aliases: fc.array(name, { maxLength: 2 }), levels: fc.array(name, { maxLength: 4 }) }).map(
    (r) =>
      ({
        id,
        title: r.title,
        aliases: r.aliases,
        facts: {},
        ladder: r.levels.length
          ? { mainLevel: 'l0', source: 's', levels: r.levels.map((title, i) => ({ id: `l${i}`, title })) }
          : undefined,
      }) as unknown as Role,
  );
const roles = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => role(`role-${i}`))));

describe('data set name lookups', () => {
  it('answer what a scan of the index answers, for any names', () => {
    fc.assert(
      fc.property(roles, name, (list, query) => {
        const data = inMemoryDataSet({
          roles: list,
          sources: [],
          skills: [],
          certifications: [],
          transitions: [],
          quizzes: [],
        });
        for (const q of [
          query,
          ...data.roleIndex.flatMap((e) => [e.id, e.title, ...e.aliases, ...e.levels.map((l) => l.title)]),
        ]) {
          expect(data.roleIdsNamed(q)).toEqual(scanRoles(data.roleIndex, q));
          expect(data.levelsTitled(q)).toEqual(scanLevels(data.roleIndex, q));
        }
      }),
    );
  });

  it.each([
    ['it-ops-manager', ['it-ops-manager']],
    ['  it   MANAGER ', ['it-manager']],
    ['CIO', ['cio']],
    ['no such role', []],
  ])('finds the built-in role %j', (query, ids) => expect(builtInData().roleIdsNamed(query)).toEqual(ids));

  it('finds a level title shared by two ladders in both', () => {
    expect(
      builtInData()
        .levelsTitled('chief information officer (cio)')
        .map((h) => h.roleId),
    ).toEqual(['it-manager', 'it-ops-manager']);
    expect(builtInData().roleEntry('it-manager')?.levels).toHaveLength(6);
    expect(builtInData().roleEntry('nope')).toBeUndefined();
  });
});
