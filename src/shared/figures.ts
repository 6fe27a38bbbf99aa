// Sources disagree, so facts are lists of sourced values. These helpers pick
// the one the data marks as primary (the data says why), never silently.
export interface Sourced {
  primary?: boolean;
  source: string;
}

/** The value to show: the one marked primary, or the only one. */
export function primary<T extends Sourced>(list: readonly T[] | undefined): T | undefined {
  if (!list || list.length === 0) return undefined;
  return list.find((entry) => entry.primary) ?? list[0];
}

/** The values other sources give, beside the primary one. */
export function others<T extends Sourced>(list: readonly T[] | undefined): T[] {
  const chosen = primary(list);
  return (list ?? []).filter((entry) => entry !== chosen);
}

/** The change from `from` to `to` in percent, to one decimal; null from zero. */
export function percentChange(from: number, to: number): number | null {
  return from === 0 ? null : Math.round(((to - from) / from) * 1000) / 10;
}
