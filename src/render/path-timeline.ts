// The path as a timeline in the terminal: years along the axis, one bar per
// step starting where the step starts, the target as a marker. The years are
// printed beside each bar, so the picture still reads without colour.
import type { PathRoute } from '../core/path.js';
import type { Style } from './style.js';
import { visibleWidth } from './style.js';

const MAX_LABEL = 28;
const TICK_STEPS = [0.5, 1, 2, 5, 10, 20, 50];

const yearText = (n: number) => String(Math.round(n * 10) / 10);

function truncate(text: string, width: number): string {
  return visibleWidth(text) <= width ? text : `${[...text].slice(0, Math.max(1, width - 1)).join('')}…`;
}

/** Tick labels under the bars, as far apart as the width allows. */
function axis(total: number, cells: number): string {
  const longest = yearText(total).length + 2;
  const step = TICK_STEPS.find((s) => (total / s + 1) * longest <= cells) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const line = Array.from({ length: cells + longest }, () => ' ');
  let free = 0;
  for (let year = 0; year <= total + 1e-9; year += step) {
    const at = Math.round((year / total) * (cells - 1));
    const text = yearText(year);
    if (at < free) continue;
    [...text].forEach((ch, i) => (line[at + i] = ch));
    free = at + text.length + 1;
  }
  return line.join('').trimEnd();
}

export function renderTimeline(route: PathRoute, title: string, width: number, style: Style): string {
  const { steps } = route;
  const total = route.total.headline;
  const labels = steps.map((s) => s.title);
  const values = steps.map((s) =>
    s.next ? `${yearText(s.startYear)}-${yearText(s.endYear)}` : `at ${yearText(s.startYear)}`,
  );
  const labelWidth = Math.min(Math.max(...labels.map(visibleWidth)), MAX_LABEL, Math.max(10, Math.floor(width * 0.35)));
  const valueWidth = Math.max(...values.map((v) => v.length));
  const cells = Math.max(10, width - labelWidth - valueWidth - 2);
  const scale = total > 0 ? cells / total : 0;
  const roles = [...new Set(steps.map((s) => s.role?.id ?? ''))];
  const lines = [style.heading(title)];
  steps.forEach((step, i) => {
    const start = Math.min(cells - 1, Math.round(step.startYear * scale));
    let drawn: string;
    if (!step.next) {
      drawn = '◆';
    } else {
      const end = Math.min(cells, Math.round(step.endYear * scale));
      drawn = '█'.repeat(step.headline > 0 ? Math.max(1, end - start) : 0);
    }
    const bar = style.series(roles.indexOf(step.role?.id ?? ''), drawn);
    const pad = ' '.repeat(Math.max(0, cells - start - [...drawn].length));
    lines.push(
      `${truncate(labels[i]!, labelWidth).padEnd(labelWidth)} ${' '.repeat(start)}${bar}${pad} ${values[i]!.padStart(valueWidth)}`.trimEnd(),
    );
  });
  if (total > 0) lines.push(`${style.dim('years'.padEnd(labelWidth))} ${style.dim(axis(total, cells))}`.trimEnd());
  return `${lines.join('\n')}\n`;
}
