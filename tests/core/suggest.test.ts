import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggest } from '../../src/shared/suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['it-manager', 'it-mangaer', 1],
    ['value', 'vlaue', 1],
  ])('%s vs %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('suggest', () => {
  const ids = ['it-manager', 'it-ops-manager', 'cio', 'systems-manager'];
  it('finds a transposition', () => expect(suggest('it-mangaer', ids)[0]).toBe('it-manager'));
  it('finds a prefix', () => expect(suggest('it-ops', ids)).toContain('it-ops-manager'));
  it('offers nothing for unrelated input', () => expect(suggest('plumber', ids)).toEqual([]));
  it('offers nothing for an empty string', () => expect(suggest('', ids)).toEqual([]));
  it('phrases one or more suggestions', () => {
    expect(didYouMean('cia', ['cio'])).toBe(' (did you mean "cio"?)');
    expect(didYouMean('zzzzzz', ['cio'])).toBe('');
  });
});
