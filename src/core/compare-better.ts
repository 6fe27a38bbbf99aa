// Which compared item has the meaningfully higher figure in a row of
// `career compare`, if any. A figure is only "better" when the figures compared
// are alike (same kind of source, currency, place and date or period) and the
// highest beats every other by more than a stated threshold: two guides quoting
// one BLS figure differently (48,000 vs 33,200 openings) mean nothing.
import type { Source } from '../data/schema.js';

/** Amounts (salaries, openings) must differ by more than this percent of the lower one. */
export const AMOUNT_THRESHOLD_PERCENT = 5;
/** Growth rates must differ by more than this many percentage points. */
export const GROWTH_THRESHOLD_POINTS = 2;

/** The rows of compare that can mark a better figure. */
export type BetterRow = 'median' | 'average' | 'growth' | 'annualOpenings';

/** For each row, the key of the item with the meaningfully higher primary figure, else null. */
export type Better = Record<BetterRow, string | null>;

export interface MarkableFigure {
  /** The compared item's key. */
  key: string;
  value: number;
  source: string;
  qualifier: string | null;
  /** Anything else two figures must share to be alike: currency and place, date or period. */
  context: string;
}

// A guide's figure credited to another source (BLS) is a quotation: two quotations of one
// figure differ in how they were copied, not in the jobs they describe.
const QUOTATION = /\b(quoting|quoted|credited to|attributed to|BLS)\b/i;

/** What kind of figure it is: like is compared only with like. Null for a quotation. */
export function figureKind(figure: MarkableFigure, sources: readonly Source[]): string | null {
  const kind = sources.find((s) => s.id === figure.source)?.kind;
  if (kind !== 'government-statistics' && figure.qualifier && QUOTATION.test(figure.qualifier)) return null;
  // A source of unknown kind is alike only with itself.
  return `${kind ?? `source ${figure.source}`}|${figure.context}`;
}

/** Whether `high` beats `low` by more than the row's threshold. */
function beats(row: BetterRow, high: number, low: number): boolean {
  if (row === 'growth') return high - low > GROWTH_THRESHOLD_POINTS;
  if (low <= 0) return high > low;
  return ((high - low) / low) * 100 > AMOUNT_THRESHOLD_PERCENT;
}

/**
 * The key of the item whose figure is highest by more than the threshold over
 * every other, when at least two items have a figure and all are alike; else null.
 */
export function betterKey(
  row: BetterRow,
  figures: readonly (MarkableFigure | null)[],
  sources: readonly Source[],
): string | null {
  const known = figures.filter((f): f is MarkableFigure => f !== null);
  if (known.length < 2) return null;
  const kinds = known.map((f) => figureKind(f, sources));
  if (kinds.some((k) => k === null || k !== kinds[0])) return null;
  const [top, ...rest] = [...known].sort((a, b) => b.value - a.value);
  return rest.every((f) => beats(row, top!.value, f.value)) ? top!.key : null;
}
