import { describe, expect, it } from 'vitest';
import { alignLadders } from '../../src/core/compare-ladder.js';
import { salaryDifference } from '../../src/core/compare-salary.js';
import { roleSchema, type Role } from '../../src/data/schema.js';

describe('salaryDifference', () => {
  const usd = (median: number | null, average: number | null = null) => ({ median, average, currency: 'USD' });
  it.each([
    ['a higher median', usd(110_000), usd(120_000), { basis: 'median', amount: 10_000, percent: 9.1 }],
    ['a lower median', usd(150_000), usd(140_000), { basis: 'median', amount: -10_000, percent: -6.7 }],
    ['equal medians', usd(80_000), usd(80_000), { basis: 'median', amount: 0, percent: 0 }],
    [
      'averages when a median is missing',
      usd(null, 100_000),
      usd(90_000, 125_000),
      { basis: 'average', amount: 25_000, percent: 25 },
    ],
    ['no percent from a zero base', usd(0), usd(5), { basis: 'median', amount: 5, percent: null }],
  ])('%s', (_name, base, other, expected) => {
    expect(salaryDifference(base, other, 'base')).toEqual({ relativeTo: 'base', ...expected });
  });

  it.each([
    ['different currencies', usd(100), { median: 100, average: null, currency: 'EUR' }],
    ['nothing to compare like with like', usd(100, null), usd(null, 100)],
    ['no salary at all', { median: null, average: null, currency: null }, usd(100)],
  ])('is null for %s', (_name, base, other) => expect(salaryDifference(base, other, 'base')).toBeNull());
});

/** A minimal valid role whose ladder has levels [id, median] from junior to senior. */
function role(id: string, levels: [string, number | undefined][] | null): Role {
  return roleSchema.parse({
    id,
    title: `Role ${id}`,
    summary: 'A role for tests.',
    ...(levels && {
      ladder: {
        mainLevel: levels[0]![0],
        source: 'src',
        levels: levels.map(([levelId, median], i) => ({
          id: levelId,
          title: `${id} ${levelId}`,
          experience: { min: i * 3, max: i * 3 + 2 },
          ...(median !== undefined && { salary: { median, currency: 'USD', source: 'pay' } }),
          scope: 'Scope.',
          focus: ['Focus'],
          source: 'src',
        })),
      },
    }),
  });
}

const align = (...roles: Role[]) => alignLadders(roles.map((r) => ({ key: r.id, role: r })));

describe('alignLadders', () => {
  it('puts levels side by side by position, with differences from the first role', () => {
    const ladders = align(
      role('a', [
        ['junior', 100],
        ['senior', 200],
      ]),
      role('b', [
        ['junior', 110],
        ['senior', 150],
      ]),
    );
    expect(ladders.relativeTo).toBe('a');
    expect(ladders.rows.map((r) => [r.position, r.label, r.cells.map((c) => c?.median)])).toEqual([
      [1, 'junior', [100, 110]],
      [2, 'senior', [200, 150]],
    ]);
    expect(ladders.rows.map((r) => r.cells[0]!.difference)).toEqual([null, null]);
    expect(ladders.rows.map((r) => [r.cells[1]!.difference!.amount, r.cells[1]!.difference!.percent])).toEqual([
      [10, 10],
      [-50, -25],
    ]);
    expect(ladders.rows[0]!.cells[0]).toMatchObject({
      main: true,
      experience: { min: 0, max: 2, openEnded: false },
      source: 'pay',
    });
  });

  it('leaves gaps where a ladder is shorter and names both ids where they differ', () => {
    const ladders = align(
      role('a', [
        ['one', 1],
        ['two', 2],
        ['three', 3],
      ]),
      role('b', [
        ['one', 1],
        ['deux', 4],
      ]),
    );
    expect(ladders.rows.map((r) => r.label)).toEqual(['one', 'two/deux', 'three']);
    expect(ladders.rows[2]!.cells[1]).toBeNull();
  });

  it('keeps a role without a ladder as an empty column and measures from the first role that has one', () => {
    const ladders = align(role('none', null), role('a', [['x', 100]]), role('b', [['x', 120]]));
    expect(ladders.roles.map((r) => [r.id, r.hasLadder])).toEqual([
      ['none', false],
      ['a', true],
      ['b', true],
    ]);
    expect(ladders.relativeTo).toBe('a');
    expect(ladders.rows[0]!.cells[0]).toBeNull();
    expect(ladders.rows[0]!.cells[1]!.difference).toBeNull();
    expect(ladders.rows[0]!.cells[2]!.difference).toMatchObject({ relativeTo: 'a', amount: 20 });
  });

  it('has no rows when no role has a ladder', () => {
    expect(align(role('a', null), role('b', null)).rows).toEqual([]);
  });

  it('gives no difference for a level without salary figures', () => {
    const ladders = align(role('a', [['x', 100]]), role('b', [['x', undefined]]));
    expect(ladders.rows[0]!.cells[1]).toMatchObject({ median: null, average: null, currency: null, difference: null });
  });
});
