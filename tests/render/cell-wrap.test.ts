import { describe, expect, it } from 'vitest';
import { wrapCell } from '../../src/render/cell-wrap.js';
import { visibleWidth } from '../../src/render/style.js';

const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
const green = (text: string) => `\u001b[32m${text}\u001b[39m`;
const underline = (text: string) => `\u001b[4m${text}\u001b[24m`;

describe('visibleWidth', () => {
  it.each([
    ['', 0],
    ['plain words', 11],
    [bold('IT Manager'), 10],
    [`${green('+$10,000')} ${dim('[1]')}`, 12],
    ['₹1,200,000 … €', 14],
    ['😀 x', 3],
  ])('%j is %i columns wide', (text, width) => expect(visibleWidth(text)).toBe(width));
});

describe('wrapCell on plain text', () => {
  it.each([
    { name: 'a line that fits stays whole', text: 'IT Manager', width: 10, lines: [['IT Manager']] },
    {
      name: 'words wrap at spaces',
      text: 'Assistant IT Operations Manager',
      width: 12,
      lines: [['Assistant IT', 'Operations', 'Manager']],
    },
    {
      name: 'spaces between words stay, none start a wrapped line',
      text: 'a  b   c dddd',
      width: 8,
      lines: [['a  b   c', 'dddd']],
    },
    {
      name: "an id longer than the column breaks after '-' or ':', not mid-word",
      text: 'see director-technical-operations',
      width: 10,
      lines: [['see', 'director-', 'technical-', 'operations']],
    },
    {
      name: "a level key breaks at its ':' and '-'",
      text: 'example-support-manager:manager',
      width: 13,
      lines: [['example-', 'support-', 'manager:', 'manager']],
    },
    {
      name: 'parts of an id that fit together share a line',
      text: 'it-ops-manager:director',
      width: 15,
      lines: [['it-ops-manager:', 'director']],
    },
    {
      name: 'a part wider than the column is still cut',
      text: 'supercalifragilistic-x',
      width: 8,
      lines: [['supercal', 'ifragili', 'stic-x']],
    },
    {
      name: 'the end of a cut word takes the next words',
      text: 'abcdefgh ij kl',
      width: 6,
      lines: [['abcdef', 'gh ij', 'kl']],
    },
    {
      name: '\\n is a hard break, each line wrapped on its own',
      text: 'Senior IT Manager\n8-12 yrs',
      width: 9,
      lines: [['Senior IT', 'Manager'], ['8-12 yrs']],
    },
    { name: 'an empty line stays', text: 'a\n\nb', width: 5, lines: [['a'], [''], ['b']] },
    { name: 'an empty cell is one empty line', text: '', width: 5, lines: [['']] },
    {
      name: 'trailing whitespace is dropped when the line wraps',
      text: 'aaaa bbbb   ',
      width: 6,
      lines: [['aaaa', 'bbbb']],
    },
    {
      name: 'the first line keeps its indentation',
      text: '  - one two three',
      width: 9,
      lines: [['  - one', 'two three']],
    },
  ])('$name', ({ text, width, lines }) => {
    const wrapped = wrapCell(text, width);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped.flat()) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
  });
});

describe('wrapCell on styled text', () => {
  it.each([
    {
      name: 'a bold title wrapped over three lines is closed and reopened on each',
      text: bold('Assistant IT Operations Manager'),
      width: 12,
      lines: [[bold('Assistant IT'), bold('Operations'), bold('Manager')]],
    },
    {
      name: 'a coloured span inside plain text',
      text: `raise ${green('+$10,000 (+9%)')} a year`,
      width: 15,
      lines: [[`raise ${green('+$10,000')}`, `${green('(+9%)')} a year`]],
    },
    {
      name: 'nested spans reopen in order (dim inside bold closes both with 22)',
      text: `\u001b[1mIT Operations Manager \u001b[2m[1]\u001b[22m\u001b[1m\u001b[22m`,
      width: 14,
      lines: [[bold('IT Operations'), `\u001b[1mManager \u001b[2m[1]\u001b[22m\u001b[1m\u001b[22m`]],
    },
    {
      name: 'two attributes open across the break both close and reopen',
      text: underline(bold('one two')),
      width: 4,
      lines: [['\u001b[4m\u001b[1mone\u001b[22m\u001b[24m', '\u001b[4m\u001b[1mtwo\u001b[22m\u001b[24m']],
    },
    {
      name: 'a span open at a hard break is closed before it and reopened after',
      text: '\u001b[2malso\nmore\u001b[22m',
      width: 10,
      lines: [[dim('also')], [dim('more')]],
    },
    {
      name: 'a cut word keeps its codes in place',
      text: green('abcdefgh'),
      width: 5,
      lines: [[green('abcde'), green('fgh')]],
    },
    {
      name: 'codes take no width',
      text: `${bold('12345')} ${dim('123')}`,
      width: 9,
      lines: [[`${bold('12345')} ${dim('123')}`]],
    },
  ])('$name', ({ text, width, lines }) => {
    const wrapped = wrapCell(text, width);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped.flat()) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
  });
});
