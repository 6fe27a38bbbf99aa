// Every money figure carries its currency and place: labels come from them
// ("U.S. median" only for U.S. data) and a difference between currencies says
// why it is not computed.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { placeLabel } from '../../src/core/money-place.js';
import { buildProfile } from '../../src/core/profile.js';
import { inMemoryDataSet, type DataSet } from '../../src/data/dataset.js';
import { roleSchema, type Role } from '../../src/data/schema.js';
import { renderComparison } from '../../src/render/compare.js';
import { renderProfile } from '../../src/render/profile.js';
import { plainStyle } from '../../src/render/style.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();

/** The built-in data with the CIO's salary figures as a German ladder would give them, in euros. */
function withEuroRole(): DataSet {
  const roles = data.allRoles().map((role): Role => {
    if (role.id !== 'cio') return role;
    const inEuro = <T extends object>(list: T[] | undefined) =>
      list?.map((f) => ({ ...f, currency: 'EUR', place: 'Germany' }));
    return roleSchema.parse({
      ...role,
      facts: {
        ...role.facts,
        medianSalary: inEuro(role.facts.medianSalary),
        averageSalary: inEuro(role.facts.averageSalary),
      },
    });
  });
  return inMemoryDataSet({
    sources: data.sources,
    skills: data.skills,
    certifications: data.certifications,
    transitions: data.transitions,
    roles,
    quizzes: data.quizzes,
  });
}

describe('money figures carry currency and place', () => {
  it('accepts a currency and a place on a median salary, and refuses a currency that is no ISO code', () => {
    const cio = data.role('cio');
    const median = cio.facts.medianSalary!.map((f) => ({ ...f, currency: 'EUR', place: 'Germany' }));
    expect(roleSchema.safeParse({ ...cio, facts: { ...cio.facts, medianSalary: median } }).success).toBe(true);
    const bad = roleSchema.safeParse({
      ...cio,
      facts: { ...cio.facts, medianSalary: median.map((f) => ({ ...f, currency: 'euro' })) },
    });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('three-letter ISO 4217 code');
  });

  it.each([
    [['United States'], 'U.S. median'],
    [[], 'U.S. median'],
    [['Germany'], 'Median (Germany)'],
    [['Germany', 'United States'], 'Median'],
  ])('labels figures for %j as %j', (places, label) => expect(placeLabel('median', places)).toBe(label));

  it('labels a euro median by its place, in euros, in show', () => {
    const text = renderProfile(buildProfile(withEuroRole(), withEuroRole().role('cio')), plainStyle, 80);
    expect(text).toMatch(/Median salary \(Germany\) +│ €280,000/);
    expect(text).not.toContain('U.S. median salary');
  });

  it('says why a difference between currencies is not computed, and names each place in compare', () => {
    const result = compare(withEuroRole(), ['it-manager', 'cio']);
    expect(result.roles[1]!.difference).toBeNull();
    expect(result.roles[1]!.differenceNote).toMatch(/EUR and USD are different currencies/);
    const text = renderComparison(result, plainStyle, 100);
    const medianLine = text.split('\n').find((line) => line.includes('€280,000'))!;
    expect(medianLine).toMatch(/│ Median +│/);
    expect(text).toContain('€280,000 (Germany)');
    expect(text).toContain('(United States)');
    expect(text.replace(/[\s│]+/g, ' ')).toMatch(/not computed: EUR and USD are different/);
  });

  it('keeps the U.S. label for the built-in data', () => {
    expect(renderComparison(compare(data, ['it-manager', 'cio']), plainStyle, 100)).toContain('U.S. median');
  });
});
