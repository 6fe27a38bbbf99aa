// What every section of the compare text shares: the style, the width, the
// source footnotes and a short unambiguous name for each compared item.
import type { Comparison } from '../core/compare.js';
import type { SalaryDifference } from '../core/compare-salary.js';
import { createCitations } from './citations.js';
import { money, percent } from './format.js';
import { renderGrid, type Grid } from './compare-layout.js';
import { escapeText, fence, heading, sourceList, table } from './markdown/blocks.js';
import { plainStyle, type Style } from './style.js';
import { wrap } from './wrap.js';

export interface CompareRenderContext {
  style: Style;
  width: number;
  /** " [n]" footnote for a source id, dimmed. */
  cite(source: string | null | undefined): string;
  /** The item's title, with its key when two items share a title. */
  name(key: string): string;
  /** Whether the item is a ladder level (its skill list is what it emphasises, not a requirement). */
  isLevel(key: string): boolean;
  citations: ReturnType<typeof createCitations>;
  /** The same sections as terminal text or as Markdown (`--format markdown`). */
  markdown: boolean;
  title(text: string): string;
  heading(text: string): string;
  /** A paragraph, wrapped (text) or escaped (Markdown). */
  para(text: string, options?: { indent?: string; dim?: boolean }): string;
  /** A grid as a table that fits the width (text) or a GFM table (Markdown). */
  grid(grid: Grid): string;
  /** A chart drawn at `width`: as it is, or fenced as text. */
  chart(text: string): string;
  /** Parts of one section: lines (text), blocks with blank lines between (Markdown). */
  join(parts: readonly string[]): string;
  sources(): string;
}

/** Markdown charts are drawn at the width a GitHub code block shows without scrolling. */
const MARKDOWN_CHART_WIDTH = 80;

export function createRenderContext(
  result: Comparison,
  textStyle: Style,
  textWidth: number,
  markdown = false,
): CompareRenderContext {
  const style = markdown ? plainStyle : textStyle;
  const width = markdown ? MARKDOWN_CHART_WIDTH : textWidth;
  const citations = createCitations(result.sources);
  const titles = result.items.map((item) => item.title);
  const names = new Map(
    result.items.map((item) => [
      item.key,
      titles.filter((t) => t === item.title).length > 1 ? `${item.title} (${item.key})` : item.title,
    ]),
  );
  return {
    style,
    width,
    cite: (source) => (source ? ` ${style.dim(citations.cite(source))}` : ''),
    name: (key) => names.get(key) ?? key,
    isLevel: (key) => result.items.some((item) => item.key === key && item.kind === 'level'),
    citations,
    markdown,
    title: (text) => (markdown ? heading(1, text) : wrap(style.bold(text), width)),
    heading: (text) => (markdown ? heading(2, text) : style.heading(text)),
    para: (text, { indent = '', dim = false } = {}) =>
      markdown ? escapeText(text.trim()) : wrap(dim ? style.dim(text) : text, width, indent),
    grid: (grid) =>
      markdown
        ? table(
            [grid.corner ?? '', ...grid.columns],
            grid.rows
              .filter((row) => row.cells.some((cell) => cell !== ''))
              .map((row) => [row.label, ...row.cells.map((cell) => cell || '-')]),
          )
        : renderGrid(grid, width, style),
    chart: (text) => (markdown ? fence(text) : text),
    join: (parts) => parts.join(markdown ? '\n\n' : '\n'),
    sources: () =>
      markdown ? sourceList(citations.cited(), result.sources) : citations.render(style, width).trimEnd(),
  };
}

/** "+$10,000 (+9%)", coloured by sign; "same" when equal; the basis is named when it is not the median. */
export function formatDifference(diff: SalaryDifference | null, currency: string, style: Style): string {
  if (!diff) return '';
  const basis = diff.basis === 'median' ? '' : ` (${diff.basis})`;
  if (diff.amount === 0) return `same${basis}`;
  const amount = `${diff.amount > 0 ? '+' : '-'}${money(Math.abs(diff.amount), currency)}`;
  const text = `${amount}${diff.percent === null ? '' : ` (${percent(diff.percent)})`}${basis}`;
  return diff.amount > 0 ? style.good(text) : style.bad(text);
}
