// A cli-table3 table that fits the terminal: columns shrink (and wrap) from
// the widest down until the table fits `width`. cli-table3 is loaded only when
// a table is drawn, so `--json` runs never pay for it.
import { createRequire } from 'node:module';
import type { Style } from './style.js';
import { visibleWidth } from './style.js';

type Cell = string | number;
type TableConstructor = new (options: object) => { push(row: Cell[]): void; toString(): string };

export interface TableSpec {
  head: string[];
  rows: Cell[][];
  /** Terminal width to fit. */
  width: number;
  /** Columns right-aligned (numbers). */
  alignRight?: number[];
  /** Columns never narrowed (ids a user copies), unless nothing else can give. */
  keep?: number[];
}

const MIN_COLUMN = 6;
const READABLE_COLUMN = 14;

/** Column widths (content only) that fit `width` once borders and padding are added. */
export function fitColumns(natural: number[], width: number, keep: number[] = []): number[] {
  const overhead = natural.length * 3 + 1; // "│ " + " " per column, plus the last border
  const budget = Math.max(width - overhead, natural.length * MIN_COLUMN);
  const widths = [...natural];
  let total = widths.reduce((a, b) => a + b, 0);
  const shrink = (columns: number[], floor: number) => {
    while (total > budget && columns.length > 0) {
      const widest = columns.reduce((best, c) => (widths[c]! > widths[best]! ? c : best));
      if (widths[widest]! <= floor) break;
      widths[widest]!--;
      total--;
    }
  };
  const all = widths.map((_, c) => c);
  // Text columns give way first, but not below a readable width; then every column does.
  shrink(all.filter((c) => !keep.includes(c)), READABLE_COLUMN);
  shrink(all, MIN_COLUMN);
  return widths;
}

/**
 * Above this many rows a table is printed as plain aligned columns: cli-table3's
 * layout slows down with the square of the rows (10,000 roles took 10 s), and
 * a box around thousands of rows helps nobody.
 */
export const LONG_TABLE_ROWS = 500;

export function renderTable(spec: TableSpec, style: Style): string {
  const columns = spec.head.length;
  const natural = Array.from({ length: columns }, (_, c) => {
    let widest = 0;
    for (const cell of [spec.head[c] ?? '', ...spec.rows.map((r) => String(r[c] ?? ''))]) {
      for (const line of cell.split('\n')) widest = Math.max(widest, visibleWidth(line));
    }
    return widest;
  });
  if (spec.rows.length > LONG_TABLE_ROWS) return renderColumns(spec, natural, style);
  const Table = createRequire(import.meta.url)('cli-table3') as TableConstructor;
  const widths = fitColumns(natural, spec.width, spec.keep);
  const table = new Table({
    head: spec.head.map((h) => style.bold(h)),
    colWidths: widths.map((w) => w + 2),
    colAligns: Array.from({ length: columns }, (_, c) => (spec.alignRight?.includes(c) ? 'right' : 'left')),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const row of spec.rows) table.push(row.map((cell) => String(cell)));
  return `${table.toString()}\n`;
}

/** Plain aligned columns, two spaces apart; a cell too wide for its column is cut with "…". */
function renderColumns(spec: TableSpec, natural: number[], style: Style): string {
  // fitColumns counts three characters of border and padding per column; columns here take two.
  const widths = fitColumns(natural, spec.width + natural.length + 3, spec.keep);
  const line = (cells: readonly Cell[]) =>
    cells
      .map((cell, c) => {
        const width = widths[c]!;
        let text = String(cell).replace(/\s*\n\s*/g, ' ');
        if (visibleWidth(text) > width) text = `${[...text].slice(0, width - 1).join('')}…`;
        const pad = ' '.repeat(Math.max(0, width - visibleWidth(text)));
        return spec.alignRight?.includes(c) ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  return `${[style.bold(line(spec.head)), ...spec.rows.map(line)].join('\n')}\n`;
}
