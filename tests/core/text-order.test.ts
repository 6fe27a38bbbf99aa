// compareText is ICU-free to keep start-up fast: it orders names as the
// ICU-based localeCompare did for the names the data has.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/core/text-order.js';

describe('compareText', () => {
  // Names as the data has them: letters, digits, spaces, hyphens, parentheses.
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ()-]{0,20}$/);

  it('orders names as localeCompare does, whenever they differ other than in case', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        fc.pre(a.toLowerCase() !== b.toLowerCase() && /^[a-z0-9 ]*$/i.test(a + b));
        expect(Math.sign(compareText(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
    );
  });

  it('sorts role titles alphabetically, ignoring case', () => {
    const titles = ['it Manager', 'IT Director', 'Chief Information Officer (CIO)', 'cloud Ops', 'VP of IT'];
    expect([...titles].sort(compareText)).toEqual([
      'Chief Information Officer (CIO)',
      'cloud Ops',
      'IT Director',
      'it Manager',
      'VP of IT',
    ]);
  });
});
