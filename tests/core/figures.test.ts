// Where sources disagree, the value shown first is the one the data marks
// primary, wherever it stands in the list; the others are shown beside it.
import { describe, expect, it } from 'vitest';
import { others, primary } from '../../src/shared/figures.js';

const a = { value: 1, source: 'a' };
const b = { value: 2, source: 'b', primary: true };
const c = { value: 3, source: 'c' };

describe('primary and others', () => {
  it.each([
    ['the marked entry, not the first', [a, b, c], b, [a, c]],
    ['the marked entry when it is last', [a, c, b], b, [a, c]],
    ['the only entry, unmarked', [a], a, []],
    ['nothing from an empty list', [], undefined, []],
    ['nothing when there is no list', undefined, undefined, []],
  ])('%s', (_name, list, shown, beside) => {
    expect(primary(list)).toBe(shown);
    expect(others(list)).toEqual(beside);
  });
});
