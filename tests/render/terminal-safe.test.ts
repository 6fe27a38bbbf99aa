// The one filter every text write goes through (cli.ts): control characters
// from data, files and history never reach the terminal raw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJsonControls, terminalSafe } from '../../src/render/terminal-safe.js';
import { anyText } from '../helpers/any-text.js';

const plain = { keepColour: false };
const colour = { keepColour: true };
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it.each([
    ['OSC window title', 'a\u001b]0;pwned\u0007b', plain, 'a?]0;pwned?b'],
    ['clear screen', 'x\u001b[2Jy', plain, 'x?[2Jy'],
    ['C1 CSI', 'x\u009b31my', colour, 'x?31my'],
    ['bidi override', 'abc\u202edef', plain, 'abc?def'],
    ['carriage return inside text', 'Safe\rEvil', plain, 'Safe?Evil'],
    ['DEL and backspace', 'a\u007fb\bc', plain, 'a?b?c'],
    ['newline and tab kept', 'a\tb\nc\n', plain, 'a\tb\nc\n'],
    [
      'our colours kept when colour is on',
      '\u001b[1m\u001b[4mTitle\u001b[24m\u001b[22m',
      colour,
      '\u001b[1m\u001b[4mTitle\u001b[24m\u001b[22m',
    ],
    [
      'colour codes from data shown, not obeyed, when colour is off',
      'A \u001b[31mred\u001b[0m',
      plain,
      'A ?[31mred?[0m',
    ],
    ['cursor movement never kept', '\u001b[2A\u001b[1;1H', colour, '?[2A?[1;1H'],
    ['plain text untouched', 'IT Operations Manager', plain, 'IT Operations Manager'],
  ])('%s', (_name, input, options, expected) => expect(terminalSafe(input, options)).toBe(expected));

  it('keeps the progress bar redraw on stderr only', () => {
    expect(terminalSafe('\r\u001b[2K', { keepColour: false, keepRedraw: true })).toBe('\r\u001b[2K');
    expect(terminalSafe('\r[##  ] 1/2', { keepColour: false, keepRedraw: true })).toBe('\r[##  ] 1/2');
    expect(terminalSafe('\rEvil', plain)).toBe('?Evil');
  });

  it('leaves no raw control character and no escape sequence other than SGR, whatever the input', () => {
    fc.assert(
      fc.property(anyText(), fc.boolean(), (text, keepColour) => {
        const safe = terminalSafe(text, { keepColour });
        const withoutSgr = keepColour ? safe.replace(/\u001b\[[0-9;]*m/g, '') : safe;
        expect(withoutSgr).not.toMatch(/\u001b/);
        expect(withoutSgr.replace(/[\n\t]/g, '')).not.toMatch(RAW_CONTROL);
        expect([...safe].length).toBe([...text].length); // one character for one
      }),
    );
  });
});

describe('escapeJsonControls', () => {
  it('gives back the same value, with no raw DEL or C1', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const json = escapeJsonControls(JSON.stringify({ text }));
        expect(JSON.parse(json)).toEqual({ text });
        expect(terminalSafe(json, plain)).toBe(json);
      }),
    );
  });
});
