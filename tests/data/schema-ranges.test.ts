// Range rules of the schema, table-driven: the low end never above the high
// end, money and counts never negative, numbers finite.
import { describe, expect, it } from 'vitest';
import { certificationSchema, transitionSchema } from '../../src/data/schema.js';

const cert = (extra: object) => ({
  id: 'c',
  name: 'C',
  issuer: 'I',
  level: 'entry',
  summary: 'S',
  source: 's',
  ...extra,
});
const move = (years: object) => ({ from: 'a:b', to: 'c:d', years, source: 's', note: 'n' });

/** "path: message" of each problem, or [] when valid. */
function problems(
  schema: {
    safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('ranges in the schema', () => {
  it.each([
    ['cost in order', cert({ cost: { min: 500, max: 900, currency: 'USD', source: 's' } }), []],
    ['cost equal ends', cert({ cost: { min: 500, max: 500, currency: 'USD', source: 's' } }), []],
    [
      'cost inverted',
      cert({ cost: { min: 900, max: 500, currency: 'USD', source: 's' } }),
      ['cost.max: max (500) must not be below min (900)'],
    ],
    ['cost negative', cert({ cost: { min: -1, currency: 'USD', source: 's' } }), ['cost.min: must not be negative']],
    [
      'cost infinite',
      cert({ cost: { min: Infinity, currency: 'USD', source: 's' } }),
      ['cost.min: Invalid input: expected number, received Infinity'],
    ],
    [
      'study weeks inverted',
      cert({ studyWeeks: { min: 8, max: 4, source: 's' } }),
      ['studyWeeks.max: max (4) must not be below min (8)'],
    ],
  ])('certification: %s', (_name, value, expected) => expect(problems(certificationSchema, value)).toEqual(expected));

  it.each([
    ['in order', { min: 1, typical: 2, max: 3 }, []],
    ['typical below min', { min: 2, typical: 1, max: 3 }, ['years.typical: typical (1) must not be below min (2)']],
    ['max below typical', { min: 1, typical: 3, max: 2 }, ['years.max: max (2) must not be below typical (3)']],
    ['negative', { min: -1, typical: 1, max: 2 }, ['years.min: must not be negative']],
  ])('transition years: %s', (_name, years, expected) =>
    expect(problems(transitionSchema, move(years))).toEqual(expected),
  );
});
