// What every section of the compare text shares: the style, the width, the
// source footnotes and a short unambiguous name for each compared item.
import type { Comparison } from '../core/compare.js';
import type { SalaryDifference } from '../core/compare-salary.js';
import { createCitations } from './citations.js';
import { money, percent } from './format.js';
import type { Style } from './style.js';

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
}

export function createRenderContext(result: Comparison, style: Style, width: number): CompareRenderContext {
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
