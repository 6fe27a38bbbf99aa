// Salary differences between compared items: like is compared with like
// (median with median, else average with average, in the same currency), and
// the percent is relative to the item compared against.
import { percentChange } from '../shared/figures.js';

export interface SalaryPoint {
  median: number | null;
  average: number | null;
  currency: string | null;
}

export interface SalaryDifference {
  /** Key of the item the difference is measured from. */
  relativeTo: string;
  basis: 'median' | 'average';
  /** other - base, in the shared currency. */
  amount: number;
  /** amount / base * 100, to one decimal; null when the base is 0. */
  percent: number | null;
}

export function salaryDifference(base: SalaryPoint, other: SalaryPoint, relativeTo: string): SalaryDifference | null {
  if (base.currency === null || base.currency !== other.currency) return null;
  for (const basis of ['median', 'average'] as const) {
    const from = base[basis];
    const to = other[basis];
    if (from === null || to === null) continue;
    const amount = to - from;
    return { relativeTo, basis, amount, percent: percentChange(from, to) };
  }
  return null;
}
