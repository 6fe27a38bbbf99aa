import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySgr, type OpenAttribute } from '../../src/render/ansi-spans.js';
import { fitColumns, LONG_TABLE_ROWS, renderTable, type TableSpec } from '../../src/render/table.js';
import { plainStyle, stripAnsi, visibleWidth, type Style } from '../../src/render/style.js';

const overhead = (columns: number) => columns * 3 + 1;
const lines = (text: string) => text.trimEnd().split('\n');

describe('fitColumns', () => {
  it.each([
    { natural: [10, 20, 5], width: 80, expected: [10, 20, 5] },
    { natural: [30, 40, 10], width: 80, expected: [30, 30, 10] },
    { natural: [29, 25, 6, 11], width: 80, keep: [0, 3], expected: [29, 21, 6, 11] },
    { natural: [29, 25, 6, 11], width: 60, keep: [0, 3], expected: [16, 14, 6, 11] },
  ])('fits $natural into $width columns', ({ natural, width, keep, expected }) => {
    const widths = fitColumns(natural, width, keep);
    expect(widths).toEqual(expected);
    expect(widths.reduce((a, b) => a + b, 0) + overhead(natural.length)).toBeLessThanOrEqual(width);
  });
});

describe('renderTable layout', () => {
  it.each<{ name: string; spec: TableSpec; expected: string[] }>([
    {
      name: 'box borders, a rule between every row, right-aligned figures (and their heading)',
      spec: {
        head: ['Step', 'Years'],
        rows: [
          ['1. IT Manager', 3.5],
          ['2. Senior IT Manager', '5 (4-6)'],
        ],
        width: 80,
        alignRight: [1],
      },
      expected: [
        '┌──────────────────────┬─────────┐',
        '│ Step                 │   Years │',
        '├──────────────────────┼─────────┤',
        '│ 1. IT Manager        │     3.5 │',
        '├──────────────────────┼─────────┤',
        '│ 2. Senior IT Manager │ 5 (4-6) │',
        '└──────────────────────┴─────────┘',
      ],
    },
    {
      name: 'cells wrap at word boundaries to their column, the row as tall as its tallest cell',
      spec: {
        head: ['Id', 'Title'],
        rows: [['director-technical-operations', 'Director of Technical Operations']],
        width: 50,
        keep: [0],
      },
      expected: [
        '┌───────────────────────────────┬────────────────┐',
        '│ Id                            │ Title          │',
        '├───────────────────────────────┼────────────────┤',
        '│ director-technical-operations │ Director of    │',
        '│                               │ Technical      │',
        '│                               │ Operations     │',
        '└───────────────────────────────┴────────────────┘',
      ],
    },
    {
      name: "a word longer than its column is broken at its '-', not cut off",
      spec: { head: ['Id', 'Range'], rows: [['cio', '$110,000-$200,000+ [1]']], width: 26 },
      expected: [
        '┌─────┬──────────────────┐',
        '│ Id  │ Range            │',
        '├─────┼──────────────────┤',
        '│ cio │ $110,000-        │',
        '│     │ $200,000+ [1]    │',
        '└─────┴──────────────────┘',
      ],
    },
    {
      name: '\\n breaks a line; each line wraps on its own; an empty line stays',
      spec: { head: ['Fact', 'Value'], rows: [['Growth', '11% over ten years [1]\n\nalso 5% [2]']], width: 30 },
      expected: [
        '┌────────┬───────────────────┐',
        '│ Fact   │ Value             │',
        '├────────┼───────────────────┤',
        '│ Growth │ 11% over ten      │',
        '│        │ years [1]         │',
        '│        │                   │',
        '│        │ also 5% [2]       │',
        '└────────┴───────────────────┘',
      ],
    },
    {
      name: 'empty cells and short rows are blank, the same width',
      spec: { head: ['A', 'B', 'C'], rows: [['', 'x', ''], ['y']], width: 80 },
      expected: [
        '┌───┬───┬───┐',
        '│ A │ B │ C │',
        '├───┼───┼───┤',
        '│   │ x │   │',
        '├───┼───┼───┤',
        '│ y │   │   │',
        '└───┴───┴───┘',
      ],
    },
    {
      name: 'alignLines: the n-th line of every cell starts on the same line',
      spec: {
        head: ['Level', 'A', 'B'],
        rows: [
          [
            'assistant',
            'Assistant IT Operations Manager\n0-2 yrs\n$80,000',
            'Assistant IT Manager\n2-4 yrs\n$80,000\nsame',
          ],
        ],
        width: 50,
        alignLines: true,
      },
      expected: [
        '┌───────────┬─────────────────┬──────────────────┐',
        '│ Level     │ A               │ B                │',
        '├───────────┼─────────────────┼──────────────────┤',
        '│ assistant │ Assistant IT    │ Assistant IT     │',
        '│           │ Operations      │ Manager          │',
        '│           │ Manager         │                  │',
        '│           │ 0-2 yrs         │ 2-4 yrs          │',
        '│           │ $80,000         │ $80,000          │',
        '│           │                 │ same             │',
        '└───────────┴─────────────────┴──────────────────┘',
      ],
    },
  ])('$name', ({ spec, expected }) => {
    const text = renderTable(spec, plainStyle);
    expect(lines(text)).toEqual(expected);
    // Every line exactly as wide as the table, which fits the width.
    const width = visibleWidth(expected[0]!);
    for (const line of lines(text)) expect(visibleWidth(line)).toBe(width);
    expect(width).toBeLessThanOrEqual(spec.width);
  });

  it('without alignLines the lines of each cell follow each other (the default)', () => {
    const text = renderTable({ head: ['A', 'B'], rows: [['one two three\nx', 'y\nz']], width: 20 }, plainStyle);
    expect(lines(text).slice(3, 6)).toEqual(['│ one two      │ y │', '│ three        │ z │', '│ x            │   │']);
  });

  it('bolds the head row through the style', () => {
    const bold: Style = { ...plainStyle, bold: (t) => `\u001b[1m${t}\u001b[22m` };
    expect(
      lines(renderTable({ head: ['Id', 'Title'], rows: [['a', 'IT Manager']], width: 20 }, bold)).slice(1, 4),
    ).toEqual([
      '│ \u001b[1mId\u001b[22m │ \u001b[1mTitle\u001b[22m      │',
      '├────┼────────────┤',
      '│ a  │ IT Manager │',
    ]);
  });
});

/** For each printed character of a line: is any SGR attribute open on it? */
function styledCharacters(line: string): { char: string; styled: boolean }[] {
  const open: OpenAttribute[] = [];
  const out: { char: string; styled: boolean }[] = [];
  for (const part of line.split(/(\u001b\[[0-9;]*m)/)) {
    const code = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (code) applySgr(open, code[1]!);
    else for (const char of part) out.push({ char, styled: open.length > 0 });
  }
  return out;
}

describe('renderTable with ANSI codes', () => {
  const bold = (t: string) => `\u001b[1m${t}\u001b[22m`;
  const dim = (t: string) => `\u001b[2m${t}\u001b[22m`;
  const green = (t: string) => `\u001b[32m${t}\u001b[39m`;
  const spec: TableSpec = {
    head: ['Fact', 'Value'],
    rows: [
      [
        'Median',
        `${green('$110,000')} ${dim('[1]')}\n${dim('also: 5% over 2022-2032, about as fast as the average for all occupations')} ${dim('[2]')}`,
      ],
      [
        bold('Assistant IT Operations Manager'),
        `${bold('IT')} ${green('+$10,000 (+9%) more than the first role, every year')}`,
      ],
    ],
    width: 40,
  };
  const text = renderTable(spec, { ...plainStyle, bold });

  it('lays the table out as the same text without codes', () => {
    const plain: TableSpec = { ...spec, rows: spec.rows.map((row) => row.map((cell) => stripAnsi(String(cell)))) };
    expect(stripAnsi(text)).toBe(renderTable(plain, plainStyle));
  });

  it('never styles a border or the padding: spans are closed at the end of each line and reopened on the next', () => {
    for (const line of lines(text)) {
      const chars = styledCharacters(line);
      expect(chars.filter((c) => c.styled && '│├┼┤┌┬┐└┴┘─'.includes(c.char))).toEqual([]);
      // Split into cells; the padding is the spaces at either end of each.
      const cells: { char: string; styled: boolean }[][] = [[]];
      for (const c of chars) c.char === '│' ? cells.push([]) : cells[cells.length - 1]!.push(c);
      for (const cell of cells) {
        const first = cell.findIndex((c) => c.char !== ' ');
        const last = cell.length - 1 - [...cell].reverse().findIndex((c) => c.char !== ' ');
        cell.forEach((c, i) => {
          if (first === -1 || i < first || i > last) expect(c.styled, `padding in ${JSON.stringify(line)}`).toBe(false);
        });
      }
    }
  });

  it('keeps a wrapped span styled on every one of its lines', () => {
    const alsoLines = lines(text).filter((line) => /occupations|about as|also:|2032/.test(stripAnsi(line)));
    expect(alsoLines.length).toBeGreaterThan(1);
    for (const line of alsoLines) {
      const words = styledCharacters(line).filter((c) => /[a-z0-9:]/.test(c.char));
      expect(words.every((c) => c.styled)).toBe(true);
    }
  });
});

describe('renderTable property', () => {
  const sgr = fc.constantFrom<[string, string]>(['1', '22'], ['2', '22'], ['4', '24'], ['32', '39'], ['36', '39']);
  const word = fc.stringMatching(/^[A-Za-z0-9$,.()+-]{1,30}$/);
  const styledWord = fc
    .tuple(word, fc.option(sgr, { nil: undefined }))
    .map(([w, code]) => (code ? `\u001b[${code[0]}m${w}\u001b[${code[1]}m` : w));
  const cellLine = fc.array(fc.tuple(styledWord, fc.constantFrom(' ', '  ')), { maxLength: 8 }).map((parts) =>
    parts
      .map(([w, s]) => w + s)
      .join('')
      .trim(),
  );
  const cell = fc.array(cellLine, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
  const table = fc.integer({ min: 1, max: 4 }).chain((columns) =>
    fc.record({
      head: fc.array(word, { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 4 }),
      width: fc.integer({ min: 40, max: 120 }),
      alignRight: fc.subarray([0, 1, 2, 3]),
      alignLines: fc.boolean(),
    }),
  );

  /** Each column's cell text per row, read back from the drawn table. */
  function readBack(text: string, columns: number): string[][] {
    const rows: string[][] = [];
    let current: string[][] | null = null;
    for (const line of lines(stripAnsi(text))) {
      if (line.startsWith('│')) {
        const cells = line.slice(1, -1).split('│');
        current ??= Array.from({ length: columns }, () => []);
        cells.forEach((c, i) => current![i]!.push(c));
      } else if (current) {
        rows.push(current.map((ls) => ls.join('\n')));
        current = null;
      }
    }
    return rows;
  }

  it("draws every line the same width, within the width, with each cell's text in order", () => {
    fc.assert(
      fc.property(table, (spec) => {
        const text = renderTable(spec, plainStyle);
        const widths = lines(text).map(visibleWidth);
        expect(new Set(widths).size).toBe(1);
        expect(widths[0]).toBeLessThanOrEqual(spec.width);
        // Wrapping only adds line breaks (and a hard break may split a word): no text is lost, added or moved.
        const squeeze = (t: string) => stripAnsi(t).replace(/\s+/g, '');
        const drawn = readBack(text, spec.head.length);
        [spec.head, ...spec.rows].forEach((row, r) =>
          row.forEach((cell, c) => expect(squeeze(drawn[r]![c]!)).toBe(squeeze(String(cell)))),
        );
        // A word that fits its column is never split.
        const columnWidths = lines(text)[0]!
          .slice(1, -1)
          .split('┬')
          .map((rule) => rule.length - 2);
        spec.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const words = stripAnsi(String(cell))
              .split(/\s+/)
              .filter((w) => w && w.length <= columnWidths[c]!);
            const drawnWords = new Set(drawn[r + 1]![c]!.split(/\s+/));
            for (const w of words) expect(drawnWords.has(w)).toBe(true);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderTable on a long list', () => {
  const rows = Array.from({ length: 2_000 }, (_, i) => [
    `role-${i}`,
    `Title number ${i} with some words`,
    i % 7,
    `$${i},000`,
  ]);
  const text = renderTable(
    { head: ['Id', 'Title', 'Levels', 'Median'], rows, width: 60, alignRight: [2, 3], keep: [0, 3] },
    plainStyle,
  );
  const listed = lines(text);

  it(`prints plain aligned columns above ${LONG_TABLE_ROWS} rows, one line per row, within the width`, () => {
    expect(listed).toHaveLength(2_001);
    expect(listed[0]).toMatch(/^Id\s+Title\s+Levels\s+Median$/);
    for (const line of listed) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('keeps ids and right-aligned figures whole', () => {
    expect(listed[1_235]).toMatch(/^role-1234 .*\$1234,000$/);
  });
});
