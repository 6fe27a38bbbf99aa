// Number formatting shared by every renderer.
const SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', INR: '₹' };

/**
 * 1234567 -> "1,234,567" (up to three decimals, as en-US shows them). Not
 * Number#toLocaleString: its first call loads ICU number formatting, about
 * 15 ms, most of a command's start-up budget.
 */
export function thousands(n: number): string {
  // Whole numbers (every amount of money: money() rounds) skip toFixed and its trimming regex;
  // above 2^53 String(n) rounds where toFixed gives every digit.
  const [whole, fraction] = Number.isSafeInteger(n)
    ? [String(Math.abs(n))]
    : Math.abs(n)
        .toFixed(3)
        .replace(/\.?0+$/, '')
        .split('.');
  // Commas every three digits from the right: a plain loop, cheaper than a lookahead regex on first use.
  // From 1e21 toFixed writes an exponent, which takes none.
  let grouped = whole!;
  if (Math.abs(n) < 1e21)
    for (let i = grouped.length - 3; i > 0; i -= 3) grouped = `${grouped.slice(0, i)},${grouped.slice(i)}`;
  return `${n < 0 && Number(whole + (fraction ?? '')) !== 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** 164070 -> "$164,070"; 80000 CAD -> "CAD 80,000". */
export function money(amount: number, currency = 'USD'): string {
  const digits = thousands(Math.round(amount));
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${digits}` : `${currency} ${digits}`;
}

/** 164070 -> "$164k", 1500000 INR -> "₹1.5M": for charts and tight columns. */
export function moneyShort(amount: number, currency = 'USD'): string {
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  if (Math.abs(amount) >= 1_000_000) return `${symbol}${trim(amount / 1_000_000)}M`;
  if (Math.abs(amount) >= 1_000) return `${symbol}${trim(amount / 1_000)}k`;
  return `${symbol}${Math.round(amount)}`;
}

const trim = (n: number) => (Math.round(n * 10) / 10).toString();

export function moneyRange(
  min: number | undefined,
  max: number | undefined,
  currency = 'USD',
  openEnded = false,
): string {
  if (min === undefined && max === undefined) return '-';
  if (max === undefined) return `${money(min!, currency)}${openEnded ? '+' : ''}`;
  if (min === undefined) return `up to ${money(max, currency)}`;
  return `${money(min, currency)}-${money(max, currency)}${openEnded ? '+' : ''}`;
}

/**
 * A certification's cost, with its citation (`cite` turns a source id into
 * "[n]"). A figure a source gives for several certifications together says so:
 * it is not this one's price.
 */
export function certificationCost(
  cost: { min: number; max?: number | null; currency: string; group?: string | null; source: string },
  cite: (id: string) => string,
): string {
  return `${moneyRange(cost.min, cost.max ?? undefined, cost.currency)}${groupText(cost.group)} ${cite(cost.source)}`;
}

/** How long people study for a certification, with its citation; `unit` is shorter in a table column. */
export function studyTime(
  weeks: { min: number; max: number; group?: string | null; source: string },
  cite: (id: string) => string,
  unit = 'weeks of study',
): string {
  return `${weeks.min}-${weeks.max} ${unit}${groupText(weeks.group)} ${cite(weeks.source)}`;
}

const groupText = (group: string | null | undefined) => (group ? ` for ${group} as a group` : '');

export function years(min: number, max?: number, openEnded = false): string {
  if (max === undefined) return `${min}+ yrs`;
  if (min === max) return `${min} yrs`;
  return `${min}-${max}${openEnded ? '+' : ''} yrs`;
}

/** "15% over 2022-2032", or "11% (period not given)" when the source names none. */
export function growthText(g: { percent: number; period?: string | null }): string {
  return `${g.percent}%${g.period ? ` over ${g.period}` : ' (period not given)'}`;
}

export function percent(value: number, digits = 0): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(digits)}%`;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** Text quoted for a POSIX shell: single quotes, with any single quote inside closed and escaped. */
export const shQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
