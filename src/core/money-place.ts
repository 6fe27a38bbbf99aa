// Where and in what a money figure is: every salary carries a currency and a
// place (a country or region). Data that leaves them out means U.S. dollars
// in the United States (the built-in data's sources are U.S. ones); the
// README's data section documents this default.
export const DEFAULT_CURRENCY = 'USD';
export const DEFAULT_PLACE = 'United States';

export interface MoneyPlace {
  currency: string;
  place: string;
}

/** A figure's currency and place, with the documented defaults filled in. */
export function moneyPlaceOf(
  figure: { currency?: string | undefined; place?: string | undefined } | undefined | null,
): MoneyPlace {
  return { currency: figure?.currency ?? DEFAULT_CURRENCY, place: figure?.place ?? DEFAULT_PLACE };
}

const isUnitedStates = (place: string) => place === DEFAULT_PLACE;

/** "U.S. median" for U.S. data, "Median (Germany)" for any other place; `what` is "median", "average" or "median salary". */
export function placeLabel(what: string, places: readonly string[]): string {
  const distinct = [...new Set(places)];
  if (distinct.length === 0 || distinct.every(isUnitedStates)) return `U.S. ${what}`;
  const capital = what.charAt(0).toUpperCase() + what.slice(1);
  return distinct.length === 1 ? `${capital} (${distinct[0]})` : capital;
}

/** Why two amounts are not subtracted, or null when they can be. */
export function uncomparableReason(base: MoneyPlace | null, other: MoneyPlace | null): string | null {
  if (!base || !other || base.currency === other.currency) return null;
  return `not computed: ${other.currency} and ${base.currency} are different currencies, and the data holds no exchange rate`;
}

/** Whether amounts must name their place: the label names it only when they share one. */
export const placesDiffer = (places: readonly string[]) => new Set(places).size > 1;
