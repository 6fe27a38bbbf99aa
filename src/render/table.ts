// A box table that fits the terminal: columns shrink (and wrap) from the
// widest down until the table fits `width`. Drawn here rather than with
// cli-table3, which measured every cell line many times over and took longer
// than everything else `career compare` does.
import { wrapCell } from './cell-wrap.js';
import { visibleWidth, type Style } from './style.js';

type Cell = string | number;

export interface TableSpec {
  head: string[];
  rows: Cell[][];
  /** Terminal width to fit. */
  width: number;
  /** Columns right-aligned (numbers). */
  alignRight?: number[];
  /** Columns never narrowed (ids a user copies), unless nothing else can give. */
  keep?: number[];
  /**
   * The cells' own lines are fields that line up across a row (the n-th line
   * of every cell starts on the same line): when one wraps, the others get
   * blank lines under theirs.
   */
  alignLines?: boolean;
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
    // One column narrower per turn: a plain loop, as a callback per turn would be allocated hundreds of times.
    while (total > budget && columns.length > 0) {
      let widest = columns[0]!;
      for (let i = 1; i < columns.length; i++) if (widths[columns[i]!]! > widths[widest]!) widest = columns[i]!;
      if (widths[widest]! <= floor) break;
      widths[widest]!--;
      total--;
    }
  };
  const all = widths.map((_, c) => c);
  // Text columns give way first, but not below a readable width; then every column does.
  shrink(
    all.filter((c) => !keep.includes(c)),
    READABLE_COLUMN,
  );
  shrink(all, MIN_COLUMN);
  return widths;
}

/**
 * Above this many rows a table is printed as plain aligned columns: a box
 * around thousands of rows helps nobody, and the lines are shorter to scan.
 */
export const LONG_TABLE_ROWS = 500;

/** Each column's width unwrapped: its widest line of any cell, the head included. */
export function naturalWidths(head: readonly Cell[], rows: readonly (readonly Cell[])[]): number[] {
  const natural = new Array<number>(head.length).fill(0);
  for (const row of [head, ...rows]) {
    for (let c = 0; c < head.length; c++) {
      for (const line of String(row[c] ?? '').split('\n')) natural[c] = Math.max(natural[c]!, visibleWidth(line));
    }
  }
  return natural;
}

export function renderTable(spec: TableSpec, style: Style): string {
  const natural = naturalWidths(spec.head, spec.rows);
  if (spec.rows.length > LONG_TABLE_ROWS) return renderColumns(spec, natural, style);
  const widths = fitColumns(natural, spec.width, spec.keep);
  const right = widths.map((_, c) => spec.alignRight?.includes(c) ?? false);
  const rule = (left: string, middle: string, end: string) =>
    `${left}${widths.map((w) => '─'.repeat(w + 2)).join(middle)}${end}`;
  const between = rule('├', '┼', '┤');
  // Padding is cut from one run of spaces: ' '.repeat for every cell line built its result piece by piece.
  const spaces = ' '.repeat(Math.max(0, ...widths));
  const drawRow = (cells: readonly Cell[]) => {
    const wrapped = widths.map((w, c) => wrapCell(String(cells[c] ?? ''), w));
    const lines = spec.alignLines ? alignFields(wrapped) : wrapped.map((groups) => groups.flat());
    const height = Math.max(...lines.map((cell) => cell.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      let line = '│';
      for (let c = 0; c < widths.length; c++) {
        const text = lines[c]![i] ?? '';
        const pad = spaces.slice(0, widths[c]! - visibleWidth(text));
        line += right[c] ? ` ${pad}${text} │` : ` ${text}${pad} │`;
      }
      out.push(line);
    }
    return out.join('\n');
  };
  const body = spec.rows.map(drawRow);
  body.unshift(drawRow(spec.head.map((h) => style.bold(h))));
  return `${rule('┌', '┬', '┐')}\n${body.join(`\n${between}\n`)}\n${rule('└', '┴', '┘')}\n`;
}

/** Each cell's n-th group of lines padded with blank lines to the tallest n-th group in the row. */
function alignFields(cells: string[][][]): string[][] {
  const fields = Math.max(...cells.map((groups) => groups.length));
  const heights = Array.from({ length: fields }, (_, f) => Math.max(...cells.map((groups) => groups[f]?.length ?? 0)));
  return cells.map((groups) => {
    return heights.flatMap((height, f) => {
      const group = groups[f] ?? [];
      return [...group, ...new Array<string>(height - group.length).fill('')];
    });
  });
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
