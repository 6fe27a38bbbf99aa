// The ICU-free formatting and ordering that keep start-up fast give what the
// ICU-based calls gave for the values the tool shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../src/core/text-order.js';
import { thousands } from '../src/render/format.js';

describe('thousands', () => {
  it('groups any whole number as en-US does (but shows -0 as 0)', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(thousands(n)).toBe((n || 0).toLocaleString('en-US'));
      }),
    );
    expect(thousands(-0)).toBe('0');
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [164070, '164,070'],
    [2500000, '2,500,000'],
    [-1234.5, '-1,234.5'],
    [48000.25, '48,000.25'],
    [0.1234, '0.123'],
  ])('%d -> %s', (n, text) => expect(thousands(n)).toBe(text));
});

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
    expect([...titles].sort(compareText)).toEqual(['Chief Information Officer (CIO)', 'cloud Ops', 'IT Director', 'it Manager', 'VP of IT']);
  });
});
