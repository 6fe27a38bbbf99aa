// The compared ladders as text: a grid with one row per level position and a
// bar chart of median salary by level, one series (colour) per role.
import type { Comparison } from '../core/compare.js';
import type { Experience, LadderCell, LadderComparison } from '../core/compare-ladder.js';
import { renderBarChart, type BarGroup } from './chart.js';
import { formatDifference, type CompareRenderContext } from './compare-context.js';

import { money, moneyShort, years } from './format.js';

export const experienceText = (x: Experience) => years(x.min, x.max ?? undefined, x.openEnded);

function ladderCell(cell: LadderCell | null, ctx: CompareRenderContext): string {
  if (!cell) return '';
  const figure = (value: number | null) => (value === null ? '-' : money(value, cell.currency ?? 'USD'));
  const lines = [cell.main ? ctx.style.bold(cell.title) : cell.title, experienceText(cell.experience)];
  if (cell.median !== null || cell.average !== null) lines.push(`${figure(cell.median)} / ${figure(cell.average)}`);
  const difference = formatDifference(cell.difference, cell.currency ?? 'USD', ctx.style);
  if (difference) lines.push(difference);
  return lines.join('\n');
}

export function renderLadders(ladders: LadderComparison, ctx: CompareRenderContext): string {
  const shown = ladders.roles.flatMap((role, index) => (role.hasLadder ? [{ role, index }] : []));
  const missing = ladders.roles.filter((role) => !role.hasLadder).map((role) => ctx.name(role.key));
  const notes: string[] = [];
  if (missing.length) notes.push(`No career ladder in the data for ${missing.join(' or ')}.`);
  if (shown.length === 0) return ctx.para(`None of these roles has a career ladder in the data.`);
  const usdOnly = ladders.rows.every((row) => row.cells.every((cell) => !cell?.currency || cell.currency === 'USD'));
  notes.unshift(
    `Each level: title, years of experience, ${usdOnly ? 'U.S. median / average salary' : "median / average salary in the ladder's own currency"}${shown.length > 1 ? `, and the median's difference from ${ctx.name(ladders.relativeTo)}` : ''}.`,
  );
  const grid = ctx.grid({
    corner: 'Level',
    // Title, years, salary and difference line up across the roles even where a title wraps.
    alignLines: true,
    columns: shown.map(({ role }) => `${role.title}${ctx.cite(role.source)}\n${ctx.style.dim(role.id)}`),
    rows: ladders.rows.map((row) => ({
      label: row.label,
      cells: shown.map(({ index }) => ladderCell(row.cells[index] ?? null, ctx)),
    })),
  });
  return ctx.join([grid, ...notes.map((note) => ctx.para(note, { dim: true }))]);
}

/**
 * Median salary by level for the compared roles when they have ladders,
 * otherwise the median of each compared item. Only U.S. dollar figures share
 * the scale; nothing is drawn with fewer than two bars.
 */
export function renderSalaryChart(result: Comparison, ctx: CompareRenderContext): string {
  const bar = (label: string, value: number, series: number) => ({ label, value, display: moneyShort(value), series });
  const ladders = result.ladders;
  let title = 'U.S. median salary by level';
  let groups: BarGroup[] = (ladders?.rows ?? []).map((row) => ({
    label: row.label,
    bars: row.cells.flatMap((cell, i) =>
      cell?.median != null && cell.currency === 'USD' ? [bar(ctx.name(ladders!.roles[i]!.key), cell.median, i)] : [],
    ),
  }));
  if (!groups.some((g) => g.bars.length > 0)) {
    title = 'U.S. median salary';
    groups = result.items.map((item, i) => {
      const median = (result.roles.find((r) => r.key === item.key) ?? result.levels.find((l) => l.key === item.key))
        ?.salary.median;
      return { label: ctx.name(item.key), bars: median && median.currency === 'USD' ? [bar('', median.value, i)] : [] };
    });
  }
  groups = groups.filter((g) => g.bars.length > 0);
  if (groups.flatMap((g) => g.bars).length < 2) return '';
  return renderBarChart(title, groups, ctx.width, ctx.style).trimEnd();
}
