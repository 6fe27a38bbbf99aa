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

describe('renderTable on a long list', () => {
  const rows = Array.from({ length: 2_000 }, (_, i) => [`role-${i}`, `Title number ${i} with some words`, i % 7, `$${i},000`]);
  const text = renderTable({ head: ['Id', 'Title', 'Levels', 'Median'], rows, width: 60, alignRight: [2, 3], keep: [0, 3] }, plainStyle);
  const lines = text.trimEnd().split('\n');

  it('prints plain aligned columns, one line per row, within the width', () => {
    expect(lines).toHaveLength(2_001);
    expect(lines[0]).toMatch(/^Id\s+Title\s+Levels\s+Median$/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('keeps ids and right-aligned figures whole', () => {
    expect(lines[1_235]).toMatch(/^role-1234 .*\$1234,000$/);
  });

  it('is fast enough for 10,000 roles', () => {
    const start = performance.now();
    renderTable({ head: ['Id', 'Title'], rows: Array.from({ length: 10_000 }, (_, i) => [`r${i}`, 'x']), width: 80 }, plainStyle);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
