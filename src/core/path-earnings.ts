// What a route pays: the level medians year by year over a horizon, and the
// same years spent staying where you are. Medians are not offers and nothing
// is adjusted for inflation; the result says so.
import type { PathRoute, PathStep } from './path-steps.js';
import { roundYears } from './path-model.js';

export interface Earnings {
  currency: string;
  /** Years counted from now: --horizon, or the route plus 5 years. */
  horizon: number;
  /** Pay earned in each year from now (year 1 is the first): a year split between two levels counts each part at its median. */
  byYear: { year: number; route: number; stay: number | null }[];
  /** Earned while on the route (the steps before the target): total.earned. */
  duringRoute: number;
  /** Earned over the horizon on the route, the target's median after it is reached. */
  overHorizon: number;
  /** Staying at the starting level for the whole horizon; null when the start has no median (an entry path). */
  stay: { title: string; median: number; overHorizon: number } | null;
  /** overHorizon minus stay.overHorizon. */
  difference: number | null;
  /** Years of the horizon in steps without a median: they count as 0. */
  unknownYears: number;
  notes: string[];
}

export const DEFAULT_HORIZON_EXTRA = 5;

/** Pay over [from, to) years from now on the route: each step's median over its years, the target's after the route. */
function earnedBetween(steps: readonly PathStep[], from: number, to: number): { pay: number; unknown: number } {
  let pay = 0;
  let unknown = 0;
  steps.forEach((step, i) => {
    const end = i === steps.length - 1 ? Infinity : step.endYear;
    const overlap = Math.max(0, Math.min(to, end) - Math.max(from, step.startYear));
    if (overlap <= 0) return;
    if (step.salary) pay += overlap * step.salary.median;
    else unknown += overlap;
  });
  return { pay, unknown };
}

/**
 * The route's earnings over `horizon` years (default: its length plus 5),
 * and staying at the first step's level for as long. Null when no step has a
 * median or the medians are in more than one currency.
 */
export function routeEarnings(route: PathRoute, horizon: number | undefined): Earnings | null {
  const { steps, total } = route;
  const currencies = new Set(steps.flatMap((s) => (s.salary ? [s.salary.currency] : [])));
  if (currencies.size !== 1 || total.earned === null) return null;
  const currency = [...currencies][0]!;
  const years = roundYears(horizon ?? total.headline + DEFAULT_HORIZON_EXTRA);
  const start = steps[0]!.salary;
  const byYear: Earnings['byYear'] = [];
  let unknownYears = 0;
  for (let y = 0; y < years; y++) {
    const end = Math.min(y + 1, years);
    const { pay, unknown } = earnedBetween(steps, y, end);
    unknownYears += unknown;
    byYear.push({ year: y + 1, route: Math.round(pay), stay: start ? Math.round((end - y) * start.median) : null });
  }
  const overHorizon = Math.round(earnedBetween(steps, 0, years).pay);
  const stay = start
    ? { title: steps[0]!.title, median: start.median, overHorizon: Math.round(years * start.median) }
    : null;
  return {
    currency,
    horizon: years,
    byYear,
    duringRoute: total.earned,
    overHorizon,
    stay,
    difference: stay ? overHorizon - stay.overHorizon : null,
    unknownYears: roundYears(unknownYears),
    notes: [
      'Pay is the median the data gives for each level, held for the years the route spends there: medians are not offers, and half of the people in a job earn less.',
      'Figures are not adjusted for inflation or for raises within a level, and the medians come from sources of different years.',
      ...(unknownYears > 0
        ? [`${roundYears(unknownYears)} years of the horizon are in steps with no median in the data and count as 0.`]
        : []),
    ],
  };
}
