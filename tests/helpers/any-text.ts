// Text of any code point, for property tests. fast-check's own
// `fc.string({ unit: 'binary' })` builds a table of every code point on first
// use: 1.3 s per test worker, more than the properties that use it.
import fc from 'fast-check';

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** One code point: often a control or a format character (where the bugs are), sometimes any at all. */
export const anyCodePoint = fc
  .oneof(
    fc.integer({ min: 0, max: 0xff }), // ASCII, C0, DEL, C1, Latin-1
    fc.integer({ min: 0x2000, max: 0x206f }), // bidirectional and other format controls
    fc.integer({ min: 0, max: 0x10ffff }),
  )
  .filter((code) => !isSurrogate(code))
  .map((code) => String.fromCodePoint(code));

/** A string of any code points (no lone surrogate halves, as with fast-check's 'binary' unit). */
export const anyText = (constraints: { maxLength?: number } = {}) => fc.string({ unit: anyCodePoint, ...constraints });
