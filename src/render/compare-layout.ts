// One grid of labelled rows, one column per compared item, drawn either side
// by side (a table with a column per item) or, when the terminal is too narrow
// for that, as one block per item, so nothing ever overflows the width.
import type { Style } from './style.js';
import { renderTable } from './table.js';

export interface GridRow {
  label: string;
  /** One per column; "" where the row does not apply to that item. */
  cells: string[];
}

export interface Grid {
  /** Column headings (the compared items). */
  columns: string[];
  rows: GridRow[];
  /** Heading of the label column. */
  corner?: string;
  /** The cells' lines are fields that line up across a row (see TableSpec.alignLines). */
  alignLines?: boolean;
}

/** Width of the row labels in a side-by-side table (the longest is "Top industries"). */
const LABEL_WIDTH = 14;
/** Narrower item columns wrap every figure onto several lines: blocks read better. */
const MIN_ITEM_WIDTH = 16;
/** Below this, even two columns wrap most cells, so every comparison uses blocks. */
const MIN_SIDE_BY_SIDE = 70;

/** Whether `count` items fit side by side in `width` columns. */
export function fitsSideBySide(count: number, width: number): boolean {
  const borders = 3 * (count + 1) + 1;
  return width >= MIN_SIDE_BY_SIDE && (width - LABEL_WIDTH - borders) / count >= MIN_ITEM_WIDTH;
}

/** Rows that apply to no item are left out; in blocks, so are the rows that don't apply to that item. */
export function renderGrid(grid: Grid, width: number, style: Style): string {
  const rows = grid.rows.filter((row) => row.cells.some((cell) => cell !== ''));
  const corner = grid.corner ?? '';
  if (fitsSideBySide(grid.columns.length, width)) {
    return renderTable(
      {
        head: [corner, ...grid.columns],
        rows: rows.map((row) => [row.label, ...row.cells.map((cell) => cell || '-')]),
        width,
        alignLines: grid.alignLines,
      },
      style,
    ).trimEnd();
  }
  return grid.columns
    .map((column, c) => {
      const own = rows.filter((row) => row.cells[c] !== '');
      return own.length
        ? renderTable(
            { head: [corner, column], rows: own.map((row) => [row.label, row.cells[c]!]), width },
            style,
          ).trimEnd()
        : '';
    })
    .filter(Boolean)
    .join('\n');
}
