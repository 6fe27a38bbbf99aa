// What a route earns, in text: the totals against staying where you are, the
// plain warning about medians, and a line chart of pay by year.
import type { Earnings } from '../core/path-earnings.js';
import { money, moneyShort } from './format.js';
import { renderLineChart } from './line-chart.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

const num = (n: number) => String(Math.round(n * 10) / 10);

/** Pay per year: a last, partial year is scaled to a full year's rate so the line does not dip. */
function rates(earnings: Earnings, pick: (y: Earnings['byYear'][number]) => number | null): (number | null)[] {
  return earnings.byYear.map((y) => {
    const value = pick(y);
    const length = Math.min(1, earnings.horizon - (y.year - 1));
    return value === null || length <= 0 ? null : value / length;
  });
}

/** "Over 10 years this route earns ...": the totals in one sentence. */
export function earningsSummary(earnings: Earnings): string {
  const { currency } = earnings;
  let summary = `Over ${num(earnings.horizon)} years this route earns ${money(earnings.overHorizon, currency)}`;
  if (earnings.stay && earnings.difference !== null) {
    const diff = earnings.difference;
    summary +=
      diff === 0
        ? `, the same as staying ${earnings.stay.title}`
        : `, ${money(Math.abs(diff), currency)} ${diff > 0 ? 'more' : 'less'} than staying ${earnings.stay.title} (${money(earnings.stay.overHorizon, currency)})`;
  }
  return `${summary}; ${money(earnings.duringRoute, currency)} of it before the target.`;
}

export function earningsChart(earnings: Earnings, style: Style, width: number): string {
  const series = [{ label: 'this route', mark: '●', values: rates(earnings, (y) => y.route) }];
  if (earnings.stay)
    series.push({ label: `staying ${earnings.stay.title}`, mark: '·', values: rates(earnings, (y) => y.stay) });
  return renderLineChart(
    'Pay by year from now (medians)',
    series,
    (n) => moneyShort(n, earnings.currency),
    width,
    style,
  ).trimEnd();
}

export function renderEarnings(earnings: Earnings, style: Style, width: number): string {
  const lines: string[] = [wrap(earningsSummary(earnings), width)];
  for (const note of earnings.notes) lines.push(wrap(`- ${note}`, width, '  '));
  lines.push('', earningsChart(earnings, style, width));
  return `${lines.join('\n')}\n`;
}
