import { describe, expect, it } from 'vitest';
import { resolveItems } from '../../src/core/compare-resolve.js';
import { findLevelOrUndefined, findRole, levelKey, mainLevel } from '../../src/core/lookup.js';
import { canonicalName } from '../../src/core/name-forms.js';
import { resolvePathEnd } from '../../src/core/path-ends.js';
import { UserError } from '../../src/errors.js';
import { inMemoryDataSet, type DataSet, type PlainData } from '../../src/data/dataset.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const plainData = (d: DataSet): PlainData => ({
  sources: d.sources,
  skills: d.skills,
  certifications: d.certifications,
  transitions: d.transitions,
  roles: d.allRoles(),
  quizzes: d.quizzes,
});

describe('findRole', () => {
  it.each([
    ['it-ops-manager', 'it-ops-manager'],
    ['IT Operations Manager', 'it-ops-manager'],
    ['information technology operations manager', 'it-ops-manager'],
    ['  IT   Manager ', 'it-manager'],
    ['IT-MANAGER', 'it-manager'],
  ])('finds %j', (query, id) => expect(findRole(data, query).id).toBe(id));

  it("takes a role's own id over another role's alias of the same spelling", () => {
    const roles = data
      .allRoles()
      .map((role) => (role.id === 'cio' ? { ...role, aliases: [...role.aliases, 'it-manager'] } : role));
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
    expect(findLevelOrUndefined(data, 'vp-information-technology')).toBeUndefined();
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

describe('one resolver for every command', () => {
  it.each([
    ['VP', 'vp'],
    ['Vice President of Information Technology', 'vp of it'],
    ['Dir. of IT', 'director of it'],
    ['Sr. IT Mgr', 'senior it manager'],
    ['IT Ops Manager', 'it operations manager'],
  ])('reads the abbreviations in %j', (typed, canonical) => expect(canonicalName(typed)).toBe(canonical));

  it.each([
    ['Chief Information Officer', 'cio'],
    ['VP of IT', 'vp-information-technology'],
    ['Director of IT', 'it-director'],
    ['Dir. of IT', 'it-director'],
    ['vice president of IT', 'vp-information-technology'],
    ['IT Ops Mgr', 'it-ops-manager'],
  ])('finds the role %j', (query, id) => expect(findRole(data, query).id).toBe(id));

  it.each([
    ['Sr. IT Mgr', 'it-manager:senior'],
    ['it-manager:Sr IT Mgr', 'it-manager:senior'],
    ['Asst. IT Ops Manager', 'it-ops-manager:assistant'],
  ])('finds the level %j', (query, key) => expect(levelKey(findLevelOrUndefined(data, query)!)).toBe(key));

  it('says show takes a role when given a level, and names its ladder', () => {
    expect(() => findRole(data, 'it-manager:senior', 'show')).toThrow(
      /^show takes a role; "it-manager:senior" is a level of IT Manager .*career show it-manager/,
    );
    expect(() => findRole(data, 'it-ops-manager:3', 'show')).toThrow(
      /^show takes a role, not a level .*career show it-ops-manager/,
    );
  });

  it('does not offer a level that shares nothing with what was typed', () => {
    expect(() => findLevelOrUndefined(data, 'it-ops-manager:3')).toThrow(/has no level "3"; its levels are/);
    expect(() => findLevelOrUndefined(data, 'it-ops-manager:3')).not.toThrow(/did you mean/);
  });

  const message = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  };
  it.each([['Chief Informaton Oficer'], ['itmanager'], ['Senior IT Mangr']])(
    'suggests the same names for %j in show, compare and path',
    (typo) => {
      const hint = (text: string) => /\(did you mean (.*)\?\)/.exec(text)?.[1];
      const compareHint = hint(message(() => resolveItems(data, [typo, 'cio'])));
      const pathHint = hint(message(() => resolvePathEnd(data, typo)));
      expect(compareHint).toBeDefined();
      expect(pathHint).toBe(compareHint);
      // show takes roles, so a close level suggests its role.
      const showHint = hint(message(() => findRole(data, typo, 'show')));
      expect(showHint).toBe(compareHint!.replace(/:[a-z-]+/g, ''));
    },
  );
});
