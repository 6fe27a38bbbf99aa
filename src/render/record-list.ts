// A table's rows as a list, for a terminal too narrow for the table: boxed in
// 60 columns, six columns break their words ("Assista / nt IT / Manager").
// Each row then reads as its first cell, with a "Head: value" line per other
// cell under it.
import { fitColumns, LONG_TABLE_ROWS, naturalWidths } from './table.js';
import { visibleWidth } from './style.js';
import { wrap } from './wrap.js';

/**
 * Whether the boxed table fitted to `width` would have to break a word of some cell. A long table is never
 * boxed (renderTable prints it as plain columns), so it breaks none.
 */
export function tableBreaksWords(head: readonly string[], rows: readonly string[][], width: number): boolean {
  if (rows.length > LONG_TABLE_ROWS) return false;
  const longestWord = head.map((_, c) =>
    Math.max(0, ...[head, ...rows].flatMap((row) => (row[c] ?? '').split(/\s+/).map(visibleWidth))),
  );
  const widths = fitColumns(naturalWidths(head, rows), width);
  return longestWord.some((word, c) => word > widths[c]!);
}

export function renderRecordList(head: readonly string[], rows: readonly string[][], width: number): string {
  return rows
    .map((row) =>
      [
        wrap(row[0] ?? '', width, '  '),
        ...row.slice(1).map((cell, i) => wrap(`  ${head[i + 1]}: ${cell}`, width, '    ')),
      ].join('\n'),
    )
    .join('\n');
}
