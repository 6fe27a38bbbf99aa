import { describe, expect, it } from 'vitest';
import { fitColumns, renderTable } from '../../src/render/table.js';
import { plainStyle } from '../../src/render/style.js';

const overhead = (columns: number) => columns * 3 + 1;

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

describe('renderTable', () => {
  it('wraps long cells so every line fits the width', () => {
    const text = renderTable(
      { head: ['Id', 'Description'], rows: [['a-long-identifier', 'word '.repeat(40).trim()]], width: 50, keep: [0] },
      plainStyle,
    );
    for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(50);
    expect(text).toContain('a-long-identifier');
  });
});
