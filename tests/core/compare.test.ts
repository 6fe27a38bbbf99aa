import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { resolveItems } from '../../src/core/compare-resolve.js';
import { others, primary } from '../../src/shared/figures.js';
import { UserError } from '../../src/errors.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();

describe('resolveItems', () => {
  it.each([
    [
      ['it-ops-manager', 'it-manager'],
      ['role:it-ops-manager', 'role:it-manager'],
    ],
    // A role name wins over the level title it shares ("IT Manager").
    [
      ['IT Manager', 'CIO'],
      ['role:it-manager', 'role:cio'],
    ],
    [
      ['it-manager:senior', 'it-ops-manager:Senior IT Operations Manager'],
      ['level:it-manager:senior', 'level:it-ops-manager:senior'],
    ],
    [
      ['Senior IT Manager', 'it-ops-manager'],
      ['level:it-manager:senior', 'role:it-ops-manager'],
    ],
    [
      ['it-manager', 'it-manager:senior', 'cio', 'it-ops-manager:vp'],
      ['role:it-manager', 'level:it-manager:senior', 'role:cio', 'level:it-ops-manager:vp'],
    ],
  ])('%j', (queries, expected) => {
    expect(resolveItems(data, queries).map((item) => `${item.kind}:${item.key}`)).toEqual(expected);
  });

  const rejects = (queries: string[]) => {
    try {
      resolveItems(data, queries);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      return (error as UserError).message;
    }
    throw new Error(`accepted ${JSON.stringify(queries)}`);
  };

  it.each([
    ['one item', ['it-manager'], /at least 2/],
    ['five items', ['it-manager', 'cio', 'it-director', 'it-ops-manager', 'systems-manager'], /at most 4/],
    [
      'the same role twice, by two names',
      ['it-manager', 'Information Technology Manager'],
      /it-manager is named twice/,
    ],
    [
      'the same level twice, by key and by title',
      ['it-manager:senior', 'Senior IT Manager'],
      /it-manager:senior is named twice/,
    ],
    [
      'an unknown role, with a suggestion',
      ['it-manager', 'it-mangaer'],
      /unknown role or level "it-mangaer" \(did you mean "it-manager"\?\)/,
    ],
    [
      'a mistyped level title, with a suggestion',
      ['it-manager', 'Senior IT Manger'],
      /did you mean "it-manager:senior"\?/,
    ],
    [
      'an unknown level of a known role',
      ['it-manager', 'it-manager:seniour'],
      /no level "seniour" \(did you mean "senior"\?\)/,
    ],
    ['a level of a role without a ladder', ['it-manager', 'cio:cio'], /no career ladder/],
    ['an empty name', ['it-manager', ''], /unknown role or level an empty name/],
  ])('rejects %s', (_name, queries, message) => expect(rejects(queries)).toMatch(message));
});

describe('compare', () => {
  const itOps = data.role('it-ops-manager');
  const itManager = data.role('it-manager');

  it('gives each role its primary figures and the other sources, as the data has them', () => {
    const result = compare(data, ['it-ops-manager', 'it-manager']);
    expect(result.items.map((i) => [i.key, i.kind, i.roleId, i.levelId])).toEqual([
      ['it-ops-manager', 'role', 'it-ops-manager', null],
      ['it-manager', 'role', 'it-manager', null],
    ]);
    expect(result.levels).toEqual([]);
    result.roles.forEach((compared, i) => {
      const facts = [itOps, itManager][i]!.facts;
      expect(compared.salary.median).toMatchObject({
        value: primary(facts.medianSalary)!.value,
        source: primary(facts.medianSalary)!.source,
      });
      expect(compared.salary.median!.others.map((o) => o.value)).toEqual(
        others(facts.medianSalary).map((o) => o.value),
      );
      expect(compared.salary.range).toMatchObject({
        min: primary(facts.salaryRange)!.min,
        max: primary(facts.salaryRange)!.max,
      });
      expect(compared.growth).toMatchObject({
        percent: primary(facts.growth)!.percent,
        period: primary(facts.growth)!.period ?? null,
      });
      expect(compared.annualOpenings!.value).toBe(primary(facts.annualOpenings)!.value);
      expect(compared.topIndustries!.items).toEqual(facts.topIndustries!.items);
    });
    // Disputed figures say why the primary one was chosen; undisputed ones don't pretend to.
    expect(result.roles[0]!.salary.median!.why).toBe(primary(itOps.facts.medianSalary)!.why);
    expect(result.roles[1]!.salary.average!.why).toBeNull();
  });

  it('gives the years to reach a role from its main level, and the median difference against the first item', () => {
    const [ops, manager] = compare(data, ['it-ops-manager', 'it-manager']).roles;
    const opsMain = itOps.ladder!.levels.find((l) => l.id === itOps.ladder!.mainLevel)!;
    expect(ops!.experience).toMatchObject({
      level: 'manager',
      min: opsMain.experience.min,
      max: opsMain.experience.max!,
    });
    expect(ops!.difference).toBeNull();
    const base = primary(itOps.facts.medianSalary)!.value;
    const other = primary(itManager.facts.medianSalary)!.value;
    expect(manager!.difference).toEqual({
      relativeTo: 'it-ops-manager',
      basis: 'median',
      amount: other - base,
      percent: Math.round(((other - base) / base) * 1000) / 10,
    });
  });

  it('aligns the two six-level ladders level by level', () => {
    const ladders = compare(data, ['it-ops-manager', 'it-manager']).ladders!;
    expect(ladders.rows.map((r) => r.label)).toEqual(['assistant', 'manager', 'senior', 'director', 'vp', 'cio']);
    ladders.rows.forEach((row, i) => {
      const [a, b] = [itOps.ladder!.levels[i]!, itManager.ladder!.levels[i]!];
      expect(row.cells.map((c) => [c!.title, c!.median])).toEqual([
        [a.title, a.salary!.median],
        [b.title, b.salary!.median],
      ]);
      expect(row.cells[1]!.difference!.amount).toBe(b.salary!.median! - a.salary!.median!);
    });
  });

  it('compares level with level: figures from the ladder, no ladder section', () => {
    const result = compare(data, ['it-manager:senior', 'it-ops-manager:director']);
    const senior = itManager.ladder!.levels.find((l) => l.id === 'senior')!;
    const director = itOps.ladder!.levels.find((l) => l.id === 'director')!;
    expect(result.roles).toEqual([]);
    expect(result.ladders).toBeNull();
    expect(result.levels.map((l) => [l.key, l.position, l.ladderLength, l.salary.median!.value, l.scope])).toEqual([
      ['it-manager:senior', 3, 6, senior.salary!.median, senior.scope],
      ['it-ops-manager:director', 4, 6, director.salary!.median, director.scope],
    ]);
    expect(result.levels[1]!.difference!.amount).toBe(director.salary!.median! - senior.salary!.median!);
    // Level skills are the level's own list.
    const pair = result.skills.pairs[0]!;
    expect([...pair.shared, ...pair.onlyA].map((s) => s.id).sort()).toEqual([...senior.skills!].sort());
  });

  it('compares three or four items pairwise against the first, and keeps ladderless roles', () => {
    const result = compare(data, ['it-ops-manager', 'it-manager', 'cio', 'systems-manager']);
    expect(result.skills.pairs.map((p) => [p.a, p.b])).toEqual([
      ['it-ops-manager', 'it-manager'],
      ['it-ops-manager', 'cio'],
      ['it-ops-manager', 'systems-manager'],
    ]);
    expect(result.ladders!.roles.map((r) => r.hasLadder)).toEqual([true, true, false, false]);
    expect(result.ladders!.rows[0]!.cells.slice(2)).toEqual([null, null]);
    expect(result.roles.find((r) => r.id === 'cio')!.experience).toBeNull();
    // The CIO lists no skills: there is no overlap to measure (n/a), not 0%.
    expect(result.skills.pairs[1]!.jaccard).toBeNull();
  });

  it('lists every source it cites, and only those', () => {
    const result = compare(data, ['it-ops-manager', 'it-manager']);
    const cited = new Set(
      [...JSON.stringify({ ...result, sources: [] }).matchAll(/"source":"([^"]+)"/g)].map((m) => m[1]),
    );
    expect(result.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });
});
