import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIdSets, jaccard } from '../../src/core/compare-overlap.js';

const set = (...ids: string[]) => new Set(ids);

describe('jaccard', () => {
  it.each([
    ['two empty sets: nothing to compare', [], [], null],
    ['one empty set: n/a, not 0%', ['a'], [], null],
    ['identical sets', ['a', 'b'], ['b', 'a'], 1],
    ['disjoint sets', ['a'], ['b'], 0],
    ['one shared of three distinct', ['a', 'b'], ['b', 'c'], 1 / 3],
    ['a subset', ['a', 'b', 'c', 'd'], ['a', 'b'], 0.5],
  ])('%s', (_name, a, b, expected) => expect(jaccard(set(...a), set(...b))).toBe(expected));

  const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'));
  it('is symmetric, null when either set is empty, else between 0 and 1, and 1 exactly for equal sets', () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const forward = jaccard(set(...a), set(...b));
        expect(jaccard(set(...b), set(...a))).toBe(forward);
        if (a.length === 0 || b.length === 0) {
          expect(forward).toBeNull();
          return;
        }
        expect(forward).toBeGreaterThanOrEqual(0);
        expect(forward).toBeLessThanOrEqual(1);
        expect(forward === 1).toBe(a.length === b.length && a.every((id) => b.includes(id)));
      }),
    );
  });
});

describe('compareIdSets', () => {
  const name = (id: string) => id.toUpperCase();

  it('splits two lists into shared, only-first and only-second, named and sorted by name', () => {
    const overlap = compareIdSets(
      [
        { key: 'x', ids: ['c', 'a', 'b'] },
        { key: 'y', ids: ['b', 'd', 'c'] },
      ],
      name,
      'skills',
    );
    expect(overlap.pairs).toEqual([
      {
        a: 'x',
        b: 'y',
        shared: [
          { id: 'b', name: 'B' },
          { id: 'c', name: 'C' },
        ],
        onlyA: [{ id: 'a', name: 'A' }],
        onlyB: [{ id: 'd', name: 'D' }],
        jaccard: 0.5,
      },
    ]);
    expect(overlap.common.map((n) => n.id)).toEqual(['b', 'c']);
    expect(overlap.measure).toBe('jaccard');
    expect(overlap.definition).toMatch(/skills both list divided by the skills either lists/);
  });

  it('compares the first item with each of three others, and finds what all four list', () => {
    const overlap = compareIdSets(
      [
        { key: 'w', ids: ['a', 'b'] },
        { key: 'x', ids: ['a', 'b'] },
        { key: 'y', ids: ['a'] },
        { key: 'z', ids: [] },
      ],
      name,
      'certifications',
    );
    expect(overlap.pairs.map((p) => [p.a, p.b, p.jaccard])).toEqual([
      ['w', 'x', 1],
      ['w', 'y', 0.5],
      ['w', 'z', null],
    ]);
    expect(overlap.common).toEqual([]);
  });

  it('gives a null score when neither lists anything', () => {
    const overlap = compareIdSets(
      [
        { key: 'x', ids: [] },
        { key: 'y', ids: [] },
      ],
      name,
      'skills',
    );
    expect(overlap.pairs[0]).toMatchObject({ shared: [], onlyA: [], onlyB: [], jaccard: null });
  });

  it('partitions the union of every pair (property)', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'));
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const pair = compareIdSets(
          [
            { key: 'x', ids: a },
            { key: 'y', ids: b },
          ],
          name,
          'skills',
        ).pairs[0]!;
        const parts = [...pair.shared, ...pair.onlyA, ...pair.onlyB].map((n) => n.id).sort();
        expect(parts).toEqual([...new Set([...a, ...b])].sort());
        if (pair.jaccard !== null) expect(pair.jaccard).toBeCloseTo(pair.shared.length / parts.length);
      }),
    );
  });
});
