// thousands is ICU-free to keep start-up fast: it gives what the ICU-based
// toLocaleString gave for the values the tool shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thousands } from '../../src/render/format.js';

describe('thousands', () => {
  it('groups any whole number as en-US does (but shows -0 as 0)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
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
    // Past 2^53 every digit toFixed gives, not String's shortest round trip ("1152921504606847000").
    [2 ** 60, '1,152,921,504,606,846,976'],
  ])('%d -> %s', (n, text) => expect(thousands(n)).toBe(text));
});
