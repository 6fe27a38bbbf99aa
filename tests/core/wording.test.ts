// Words a user reads in the reports: "1 year" (not "1 years"), "IT" kept in
// capitals inside a sentence, a count's noun in the right number.
import { describe, expect, it } from 'vitest';
import { countOf, lowerFirst } from '../../src/core/count-words.js';
import { findLevelOrUndefined } from '../../src/core/lookup.js';
import { planEntryPath } from '../../src/core/path-entry.js';
import { planPath } from '../../src/core/path.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const level = (key: string) => findLevelOrUndefined(data, key)!;

describe('counts', () => {
  it.each([
    [1, 'year', '1 year'],
    [2, 'year', '2 years'],
    [1.5, 'year', '1.5 years'],
    [0, 'year', '0 years'],
    [1, 'multiple-choice question', '1 multiple-choice question'],
    [10, 'multiple-choice question', '10 multiple-choice questions'],
  ])('%d %s is %j', (count, word, text) => expect(countOf(count, word)).toBe(text));

  it('lowers only the first letter of a title used inside a sentence', () =>
    expect(lowerFirst('From a related IT role')).toBe('from a related IT role'));
});

describe('path wording', () => {
  it('keeps "IT" in the entry step of a related-role background', () => {
    const plan = planEntryPath(data, level('it-manager:manager'), { pace: 'typical', background: 'related' });
    const text = JSON.stringify(plan);
    expect(text).toContain('Getting in (from a related IT role)');
    expect(text).not.toMatch(/related it role/);
  });

  it('says "1 year", never "1 years"', () => {
    const plan = planPath(data, level('it-manager:assistant'), level('it-manager:senior'), {
      pace: 'typical',
      experience: 1,
      inLevel: 1,
      alternatives: 0,
    });
    const text = plan.assumptions.join('\n');
    expect(text).toContain('1 year as Assistant IT Manager');
    expect(text).not.toMatch(/\b1 years\b/);
  });
});
