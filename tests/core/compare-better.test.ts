import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import {
  AMOUNT_THRESHOLD_PERCENT,
  betterKey,
  GROWTH_THRESHOLD_POINTS,
  type MarkableFigure,
} from '../../src/core/compare-better.js';
import type { DataSet } from '../../src/data/dataset.js';
import type { Role } from '../../src/data/schema.js';
import { renderComparison } from '../../src/render/compare.js';
import { createStyle } from '../../src/render/style.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const guide = (key: string, value: number, qualifier: string | null = null): MarkableFigure => ({
  key,
  value,
  source: key === 'a' ? 'himalayas-it-ops-manager' : 'himalayas-it-manager',
  qualifier,
  context: 'USD U.S.',
});

describe('betterKey', () => {
  it('marks the higher of two alike figures beyond the threshold', () => {
    expect(betterKey('median', [guide('a', 110_000), guide('b', 125_000)], data.sources)).toBe('b');
  });

  it(`marks nothing within ${AMOUNT_THRESHOLD_PERCENT}% (amounts) or ${GROWTH_THRESHOLD_POINTS} points (growth)`, () => {
    expect(betterKey('median', [guide('a', 100_000), guide('b', 105_000)], data.sources)).toBeNull();
    expect(betterKey('growth', [guide('a', 15), guide('b', 16)], data.sources)).toBeNull();
    expect(betterKey('growth', [guide('a', 11), guide('b', 16)], data.sources)).toBe('b');
  });

  it('marks nothing between two guides quoting one BLS figure differently', () => {
    const quoted = [
      guide('a', 33_200, 'this guide, credited to BLS: all computer and information systems managers'),
      guide('b', 48_000, 'this guide, credited to BLS: all computer and information systems managers'),
    ];
    expect(betterKey('annualOpenings', quoted, data.sources)).toBeNull();
  });

  it('marks nothing between a guide figure and a BLS figure, nor across currencies or places', () => {
    const bls: MarkableFigure = { ...guide('b', 164_070), source: 'bls-ooh-cis-managers' };
    expect(betterKey('median', [guide('a', 110_000), bls], data.sources)).toBeNull();
    expect(
      betterKey('median', [guide('a', 90_000), { ...guide('b', 120_000), context: 'EUR Germany' }], data.sources),
    ).toBeNull();
  });

  it('needs the highest to beat every other figure', () => {
    expect(
      betterKey('median', [guide('a', 120_000), guide('b', 118_000), guide('a', 90_000)], data.sources),
    ).toBeNull();
  });
});

describe('compare(...).better', () => {
  /** The two guides' own quotations of BLS openings made primary, as before the data fix. */
  function withQuotedOpenings(): DataSet {
    const quoted = (role: Role): Role => {
      const openings = role.facts.annualOpenings!.map((f) => ({
        ...f,
        primary: f.qualifier?.startsWith('this guide') ?? false,
      }));
      return { ...role, facts: { ...role.facts, annualOpenings: openings } };
    };
    return {
      ...data,
      role: (id: string) => (['it-manager', 'it-ops-manager'].includes(id) ? quoted(data.role(id)) : data.role(id)),
    };
  }

  it('marks no openings figure when the primaries are two guides quoting BLS (48,000 vs 33,200)', async () => {
    const result = compare(withQuotedOpenings(), ['it-ops-manager', 'it-manager']);
    const values = result.roles.map((r) => r.annualOpenings!.value);
    expect(values).toEqual([33_200, 48_000]);
    expect(result.better.annualOpenings).toBeNull();
    // The text marks only what the result says: no green 48,000 beside 33,200.
    const text = renderComparison(result, await createStyle(true), 80);
    expect(text).toContain('about 48,000');
    expect(text).not.toContain('\u001b[32mabout');
  });

  it('marks the level whose ladder median is meaningfully higher, in the result for --json', () => {
    const result = compare(data, ['it-manager:senior', 'it-ops-manager:director']);
    expect(result.better.median).toBe('it-ops-manager:director');
  });
});
