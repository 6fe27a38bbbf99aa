import { describe, expect, it } from 'vitest';
import { findLevelOrUndefined, findRole, levelKey, mainLevel } from '../../src/core/lookup.js';
import { UserError } from '../../src/errors.js';
import { inMemoryDataSet, type DataSet, type PlainData } from '../../src/data/dataset.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const plainData = (d: DataSet): PlainData => ({ sources: d.sources, skills: d.skills, certifications: d.certifications, transitions: d.transitions, roles: d.allRoles(), quizzes: d.quizzes });

describe('findRole', () => {
  it.each([
    ['it-ops-manager', 'it-ops-manager'],
    ['IT Operations Manager', 'it-ops-manager'],
    ['information technology operations manager', 'it-ops-manager'],
    ['  IT   Manager ', 'it-manager'],
    ['IT-MANAGER', 'it-manager'],
  ])('finds %j', (query, id) => expect(findRole(data, query).id).toBe(id));

  it("takes a role's own id over another role's alias of the same spelling", () => {
    const roles = data.allRoles().map((role) => (role.id === 'cio' ? { ...role, aliases: [...role.aliases, 'it-manager'] } : role));
    const clash = inMemoryDataSet({ ...plainData(data), roles: [...roles].sort((a, b) => a.id.localeCompare(b.id)) });
    expect(clash.roleIdsNamed('it-manager')).toEqual(['cio', 'it-manager']);
    expect(findRole(clash, 'it-manager').id).toBe('it-manager');
  });

  it('suggests the closest id for a typo', () => {
    expect(() => findRole(data, 'it-mangaer')).toThrow(/did you mean "it-manager"\?/);
  });

  it.each([['../../etc/passwd'], [''], ['it-manager\u0000'], ['x'.repeat(100_000)]])(
    'treats %#: odd input as an unknown role, with exit code 2',
    (query) => {
      let error: unknown;
      try {
        findRole(data, query);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      expect((error as UserError).message.length).toBeLessThan(300);
    },
  );
});

describe('findLevelOrUndefined', () => {
  it.each([
    ['it-manager:senior', 'it-manager:senior'],
    ['it-manager:Senior IT Manager', 'it-manager:senior'],
    ['Senior IT Manager', 'it-manager:senior'],
    ['IT Operations Director', 'it-ops-manager:director'],
  ])('finds %j', (query, key) => expect(levelKey(findLevelOrUndefined(data, query)!)).toBe(key));

  it('returns undefined for a name that is no level, so callers can fall back to the role', () => {
    expect(findLevelOrUndefined(data, 'IT Ops Manager')).toBeUndefined();
    expect(findLevelOrUndefined(data, 'network-operations-manager')).toBeUndefined();
  });

  it("reads a role's title as its main level, which shares the title", () => {
    expect(levelKey(findLevelOrUndefined(data, 'IT Manager')!)).toBe('it-manager:manager');
  });

  it('refuses a title that is a level in two ladders', () => {
    expect(() => findLevelOrUndefined(data, 'Chief Information Officer (CIO)')).toThrow(/several ladders/);
  });

  it('suggests a level for a typo', () => {
    expect(() => findLevelOrUndefined(data, 'it-manager:senoir')).toThrow(/did you mean "senior"/);
  });

  it('finds the level a role stands for', () => {
    expect(mainLevel(findRole(data, 'it-manager'))?.level.title).toBe('IT Manager');
  });
});
