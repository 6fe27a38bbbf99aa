import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { renderComparison } from '../../src/render/compare.js';
import { createStyle, plainStyle, stripAnsi, type Style } from '../../src/render/style.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();

/** The ladder grid's rows (between rules), each as its columns' lines, codes stripped. */
function ladderRows(text: string): string[][][] {
  const plain = stripAnsi(text);
  const start = plain.indexOf('Career ladders');
  const table = plain.slice(start, plain.indexOf('└', start)).split('\n').slice(1);
  const rows: string[][][] = [];
  let row: string[][] | null = null;
  for (const line of table) {
    if (!line.startsWith('│')) {
      if (row) rows.push(row);
      row = null;
      continue;
    }
    const cells = line
      .slice(1, -1)
      .split('│')
      .map((cell) => cell.trim());
    row ??= cells.map(() => []);
    cells.forEach((cell, c) => row![c]!.push(cell));
  }
  if (row) rows.push(row);
  return rows;
}

const YEARS = /^\d+(-\d+|\+) yrs$/;
const SALARY = /^\$[\d,]+ \/ \$[\d,]+$/;

describe('compare ladder grid', () => {
  it.each([
    [['it-ops-manager', 'it-manager'], 80, false],
    [['it-ops-manager', 'it-manager'], 70, false],
    [['it-ops-manager', 'it-manager', 'cio'], 80, false],
    [['it-ops-manager', 'it-manager'], 80, true],
  ])(
    '%j at %i columns (colour %s): years and salaries line up across the roles where a title wraps',
    async (queries, width, colour) => {
      const style: Style = colour ? await createStyle(true) : plainStyle;
      const rows = ladderRows(renderComparison(compare(data, queries), style, width)).slice(1); // without the heading row
      expect(rows.length).toBeGreaterThan(0);
      // The case that went wrong: one title wraps onto two lines, the other role's does not.
      expect(rows.some((row) => row.slice(1).some((lines) => lines.findIndex((l) => YEARS.test(l)) === 2))).toBe(true);
      for (const row of rows) {
        for (const pattern of [YEARS, SALARY]) {
          const at = row.slice(1).map((lines) => lines.findIndex((l) => pattern.test(l)));
          expect(new Set(at.filter((i) => i >= 0)).size, JSON.stringify(row)).toBe(1);
        }
      }
    },
  );
});
