// A line chart of values by year in the terminal: one column (or more) per
// year, rows for value bands, a different mark per series so it reads without
// colour. Fits the given width; the y axis shows short money labels.
import type { Style } from './style.js';

export interface LineSeries {
  label: string;
  /** The mark drawn for this series: distinct per series, so no colour is needed. */
  mark: string;
  /** One value per year; null where there is none. */
  values: (number | null)[];
}

const ROWS = 8;

/** Rows of the plot, the top row first; the first series wins where two meet. */
export function renderLineChart(
  title: string,
  series: readonly LineSeries[],
  formatValue: (n: number) => string,
  width: number,
  style: Style,
): string {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const count = Math.max(0, ...series.map((s) => s.values.length));
  if (all.length === 0 || count === 0) return '';
  const low = Math.min(...all);
  const high = Math.max(...all);
  const span = high - low;
  const rowOf = (v: number) => (span === 0 ? Math.floor(ROWS / 2) : Math.round(((v - low) / span) * (ROWS - 1)));
  const labels = Array.from({ length: ROWS }, (_, r) => formatValue(span === 0 ? low : low + (span * r) / (ROWS - 1)));
  const labelWidth = Math.max(...labels.map((l) => l.length));
  const room = Math.max(10, width - labelWidth - 2);
  const perYear = Math.max(1, Math.floor(room / count));
  // More years than columns: each column stands for several years (the last of them drawn).
  const columns = Math.min(room, count * perYear);
  const yearAt = (col: number) => Math.min(count - 1, Math.floor((col * count) / columns));
  const grid = Array.from({ length: ROWS }, () => Array.from({ length: columns }, () => ' '));
  [...series].reverse().forEach((s, reversedIndex) => {
    const index = series.length - 1 - reversedIndex;
    for (let col = 0; col < columns; col++) {
      const value = s.values[yearAt(col)];
      if (value === null || value === undefined) continue;
      grid[ROWS - 1 - rowOf(value)]![col] = style.series(index, s.mark);
    }
  });
  const lines = [style.heading(title)];
  grid.forEach((row, i) => {
    const label = i === 0 || i === ROWS - 1 || i === Math.floor(ROWS / 2) ? labels[ROWS - 1 - i]! : '';
    lines.push(`${label.padStart(labelWidth)} │${row.join('')}`.trimEnd());
  });
  lines.push(`${' '.repeat(labelWidth)} └${'─'.repeat(columns)}`);
  lines.push(`${' '.repeat(labelWidth)}  ${yearAxis(count, columns)}`.trimEnd());
  const legend = series.map((s, i) => `${style.series(i, s.mark)} ${s.label}`);
  const oneLine = series.map((s) => `${s.mark} ${s.label}`).join('   ');
  if (labelWidth + 2 + oneLine.length <= width) lines.push(`${' '.repeat(labelWidth)}  ${legend.join('   ')}`);
  else for (const item of legend) lines.push(`${' '.repeat(labelWidth)}  ${item}`);
  return `${lines.join('\n')}\n`;
}

/** "year 1 ... N" labels under the columns, spaced so they never touch. */
function yearAxis(count: number, columns: number): string {
  const line = Array.from({ length: columns }, () => ' ');
  let free = 0;
  const step = [1, 2, 5, 10, 20].find((s) => (count / s) * 4 <= columns) ?? 20;
  for (let year = 1; year <= count; year++) {
    if (year !== 1 && year % step !== 0) continue;
    const at = Math.floor(((year - 1) * columns) / count);
    const text = String(year);
    if (at < free || at + text.length > line.length) continue;
    [...text].forEach((ch, i) => (line[at + i] = ch));
    free = at + text.length + 1;
  }
  return line.join('').trimEnd();
}
