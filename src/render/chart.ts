// Horizontal bar charts drawn with Unicode blocks. Bars in one chart share a
// scale, so lengths compare; every bar carries its value as text, so the chart
// still reads without colour.
import type { Style } from './style.js';
import { visibleWidth } from './style.js';

export interface Bar {
  label: string;
  value: number;
  /** The value as shown at the end of the bar. */
  display: string;
  /** Which series (colour) the bar belongs to. */
  series?: number;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar `value/max` of `width` cells, in eighths of a cell. */
function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0 || width <= 0) return '';
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** `scaleMax` fixes the value a full bar stands for (a score out of 100); else the longest bar is full. */
export function renderBarChart(
  title: string,
  groups: BarGroup[],
  width: number,
  style: Style,
  scaleMax?: number,
): string {
  const bars = groups.flatMap((g) => g.bars);
  if (bars.length === 0) return '';
  const max = scaleMax ?? Math.max(...bars.map((b) => b.value));
  const groupWidth = Math.max(...groups.map((g) => visibleWidth(g.label)));
  const labelWidth = Math.max(...bars.map((b) => visibleWidth(b.label)));
  const valueWidth = Math.max(...bars.map((b) => visibleWidth(b.display)));
  const barWidth = Math.max(10, width - groupWidth - labelWidth - valueWidth - 5);
  const lines = [style.heading(title)];
  for (const group of groups) {
    group.bars.forEach((b, i) => {
      const name = i === 0 ? group.label : '';
      const drawn = bar(b.value, max, barWidth);
      const pad = ' '.repeat(barWidth - [...drawn].length);
      lines.push(
        `${name.padEnd(groupWidth)}  ${b.label.padEnd(labelWidth)} ${style.series(b.series ?? 0, drawn)}${pad} ${b.display.padStart(valueWidth)}`.trimEnd(),
      );
    });
  }
  return `${lines.join('\n')}\n`;
}
