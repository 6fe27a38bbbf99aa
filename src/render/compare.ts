// `career compare` as text: the key facts side by side, salaries around the
// world, the ladders level by level with a chart, and the skill and
// certification overlap. Every figure carries a footnote to its source.
import type { BetterRow } from '../core/compare-better.js';
import type {
  Amount,
  Comparison,
  ComparedLevel,
  ComparedRole,
  GlobalSalary,
  WithAlternatives,
} from '../core/compare.js';
import { createRenderContext, formatDifference, type CompareRenderContext } from './compare-context.js';
import type { GridRow } from './compare-layout.js';
import { experienceText, renderLadders, renderSalaryChart } from './compare-ladder.js';
import { renderOverlap } from './compare-overlap.js';
import { placeLabel, placesDiffer } from '../core/money-place.js';
import { growthText, money, moneyRange, thousands } from './format.js';
import type { Style } from './style.js';

type Entry = { kind: 'role'; role: ComparedRole } | { kind: 'level'; level: ComparedLevel };

export function renderComparison(result: Comparison, style: Style, width: number): string {
  return writeComparison(result, createRenderContext(result, style, width));
}

/** The comparison in the context's form: terminal text or Markdown. */
export function writeComparison(result: Comparison, ctx: CompareRenderContext): string {
  const out: string[] = [ctx.title(`Comparing ${result.items.map((item) => ctx.name(item.key)).join(' vs ')}`)];
  const section = (title: string, body: string) => {
    if (body) out.push('', ctx.heading(title), body);
  };

  section('Key facts', renderFacts(result, ctx));
  if (
    result.roles
      .flatMap((r) => [r.salary.median, r.salary.average, r.salary.range, r.growth, r.annualOpenings])
      .some((f) => f?.others.length)
  ) {
    out.push(
      ctx.para(
        'Where sources disagree, the first figure is the one the data marks primary; "also" lines are the others. "career show ROLE" says why.',
        { dim: true },
      ),
    );
  }
  section('Salaries around the world', renderGlobalSalaries(result, ctx));
  if (result.ladders) section('Career ladders, level by level', renderLadders(result.ladders, ctx));
  const chart = renderSalaryChart(result, ctx);
  if (chart) out.push('', ctx.chart(chart));
  section('Skills', renderOverlap(result.skills, 'skills', ctx));
  section('Certifications', renderOverlap(result.certifications, 'certifications', ctx));
  out.push('', ctx.sources());
  return `${ctx.join(out.filter((part) => !ctx.markdown || part !== '')).trimEnd()}\n`;
}

function entries(result: Comparison): Entry[] {
  return result.items.map((item) =>
    item.kind === 'role'
      ? { kind: 'role', role: result.roles.find((r) => r.key === item.key)! }
      : { kind: 'level', level: result.levels.find((l) => l.key === item.key)! },
  );
}

/** The table bolds its heading row; the key below the title is dimmed. */
function columnHeading(title: string, key: string, ctx: CompareRenderContext): string {
  return `${title}\n${ctx.style.dim(key)}`;
}

/** One line of a figure cell: a value, its qualifier, and the footnotes of every source that gives both. */
interface FigureLine {
  value: string;
  qualifier: string;
  notes: string[];
}

/**
 * The lines of a figure cell: the primary value first, then one line per
 * other distinct value and qualifier, with every source that gives it:
 * "$280,000 [2] [1]", not "$280,000 [2] also $280,000 [1]".
 */
function figureLines<T extends { source: string; qualifier: string | null }>(
  figure: WithAlternatives<T> | null,
  show: (f: T) => string,
  ctx: CompareRenderContext,
): FigureLine[] {
  if (!figure) return [];
  const lines: { value: string; qualifier: string; sources: string[] }[] = [];
  for (const f of [figure, ...figure.others]) {
    const value = show(f);
    // The qualifier goes right after the value it belongs to: two figures for one
    // fact (an entry band, a quotation of BLS) never look like the same thing.
    const qualifier = f.qualifier ? `, ${f.qualifier}` : '';
    const same = lines.find((line) => line.value === value && line.qualifier === qualifier);
    if (same) same.sources.push(f.source);
    else lines.push({ value, qualifier, sources: [f.source] });
  }
  return lines.map(({ value, qualifier, sources }) => ({
    value,
    qualifier,
    notes: [...new Set(sources)].map((source) => ctx.cite(source)),
  }));
}

function renderFacts(result: Comparison, ctx: CompareRenderContext): string {
  const list = entries(result);
  const role = (e: Entry) => (e.kind === 'role' ? e.role : undefined);
  const level = (e: Entry) => (e.kind === 'level' ? e.level : undefined);
  const salary = (e: Entry) => (e.kind === 'role' ? e.role.salary : e.level.salary);
  // Labels come from the figures' places: "U.S. median" only when every figure is U.S. data;
  // with several places each amount names its own.
  const places = (figure: 'median' | 'average') =>
    list.flatMap((e) => {
      const f = salary(e)[figure];
      return f ? [f.place, ...f.others.map((o) => o.place)] : [];
    });
  const medianLabel = placeLabel('median', places('median'));
  const averageLabel = placeLabel('average', places('average'));
  const amountIn = (figure: 'median' | 'average') => (a: Amount) =>
    `${money(a.value, a.currency)}${placesDiffer(places(figure)) ? ` (${a.place})` : ''}${a.asOf ? ` (${a.asOf})` : ''}`;

  // Core decides which figure, if any, is meaningfully better (compare-better.ts); this only marks it.
  const bestOf = (marked?: BetterRow) => (marked ? result.better[marked] : null);
  const keyOf = (e: Entry) => (e.kind === 'role' ? e.role : e.level).key;
  const row = (
    label: string,
    cell: (e: Entry, best: boolean, index: number) => string,
    marked?: BetterRow,
  ): GridRow => {
    const best = bestOf(marked);
    return { label, cells: list.map((e, i) => cell(e, best === keyOf(e), i)) };
  };
  // An "also" figure that every column repeats, word for word up to its
  // footnotes (the BLS median of all computer and information systems
  // managers, and each guide quoting it, beside two roles' own medians), says
  // nothing about the difference: it leaves the cells and is said once, under
  // the table, with every column's footnotes.
  const sharedNotes: string[] = [];
  const figureRow = <T extends { source: string; qualifier: string | null }>(
    label: string,
    figureOf: (e: Entry) => WithAlternatives<T> | null,
    show: (f: T) => string,
    marked?: BetterRow,
  ): GridRow => {
    const best = bestOf(marked);
    const perColumn = list.map((e) => figureLines(figureOf(e), show, ctx));
    const text = (line: FigureLine) => `${line.value}${line.qualifier}`;
    const isAlsoIn = (lines: FigureLine[], wanted: string) => lines.slice(1).some((line) => text(line) === wanted);
    const shared =
      list.length < 2
        ? []
        : (perColumn[0] ?? [])
            .slice(1)
            .map(text)
            .filter((wanted) => perColumn.every((lines) => isAlsoIn(lines, wanted)));
    for (const wanted of shared) {
      const notes = new Set(
        perColumn.flatMap((lines) => lines.filter((line) => text(line) === wanted)).flatMap((line) => line.notes),
      );
      const all = list.length === 2 ? 'both' : `all ${list.length}`;
      sharedNotes.push(`${label}, the same for ${all}: ${wanted}${[...notes].join('')}`);
    }
    // Only the value is coloured, and only the word "also" dimmed: a styled span that wraps
    // inside a table cell would colour the border too.
    const cell = (lines: FigureLine[], isBest: boolean) =>
      lines
        .map((line, i) => {
          if (i > 0 && shared.includes(text(line))) return undefined;
          const value =
            i > 0 ? `${ctx.style.dim('also')} ${line.value}` : isBest ? ctx.style.good(line.value) : line.value;
          return `${value}${line.qualifier}${line.notes.join('')}`;
        })
        .filter((line) => line !== undefined)
        .join('\n');
    return { label, cells: list.map((e, i) => cell(perColumn[i]!, best === keyOf(e))) };
  };
  const rows: GridRow[] = [
    row('Level', (e) => {
      const l = level(e);
      return l ? `${l.position} of ${l.ladderLength} in the ${l.role.title} ladder` : '';
    }),
    figureRow(medianLabel, (e) => salary(e).median, amountIn('median'), 'median'),
    figureRow(averageLabel, (e) => salary(e).average, amountIn('average'), 'average'),
    row('Difference', (e, _best, index) => {
      if (index === 0) return ctx.style.dim('(baseline)');
      const item = e.kind === 'role' ? e.role : e.level;
      if (!item.difference && item.differenceNote) return ctx.style.dim(item.differenceNote);
      return formatDifference(
        item.difference,
        salary(e).median?.currency ?? salary(e).average?.currency ?? 'USD',
        ctx.style,
      );
    }),
    figureRow(
      'Salary range',
      (e) => role(e)?.salary.range ?? null,
      (r) => moneyRange(r.min, r.max ?? undefined, r.currency, r.openEnded),
    ),
    figureRow(
      'Growth',
      (e) => role(e)?.growth ?? null,
      (g) => growthText(g),
      'growth',
    ),
    figureRow(
      'Openings/year',
      (e) => role(e)?.annualOpenings ?? null,
      (f) => `about ${thousands(f.value)}`,
      'annualOpenings',
    ),
    row('Experience', (e) => {
      if (e.kind === 'level') return `${experienceText(e.level.experience)}${ctx.cite(e.level.source)}`;
      const x = e.role.experience;
      const asked = e.role.experienceAsked;
      const lines = [x ? `${experienceText(x)} (${x.level} level)${ctx.cite(x.source)}` : ''];
      // The ladder's band for the rung, then the years the sources ask for the job itself.
      if (asked)
        lines.push(`${ctx.style.dim('asked')} ${experienceText(asked)}, ${asked.qualifier}${ctx.cite(asked.source)}`);
      return lines.filter(Boolean).join('\n');
    }),
    row('Education', (e) => {
      const ed = role(e)?.education;
      return ed ? `${ed.summary}${ctx.cite(ed.source)}` : '';
    }),
    row('Top industries', (e) => {
      const top = role(e)?.topIndustries;
      return top ? `${top.items.join('; ')}${ctx.cite(top.source)}` : '';
    }),
    row('Scope', (e) => {
      const l = level(e);
      return l ? `${l.scope}${ctx.cite(l.source)}` : '';
    }),
    row('Focus', (e) => level(e)?.focus.join('; ') ?? ''),
  ];
  const columns = list.map((e) =>
    e.kind === 'role' ? columnHeading(e.role.title, e.role.key, ctx) : columnHeading(e.level.title, e.level.key, ctx),
  );
  return ctx.join([ctx.grid({ columns, rows }), ...sharedNotes.map((note) => ctx.para(note, { dim: true }))]);
}

function renderGlobalSalaries(result: Comparison, ctx: CompareRenderContext): string {
  const roles = result.roles.filter((r) => r.globalSalaries.length > 0);
  if (roles.length === 0) return '';
  const countries = [...new Set(roles.flatMap((r) => r.globalSalaries.map((g) => g.country)))];
  const rows = countries.map((country) => {
    const figures = roles.map((r) => r.globalSalaries.filter((g) => g.country === country));
    // A city's figure beside a country-wide one is not like with like: when a row mixes
    // them, every figure names what it is for ("Canada as a whole:", "Toronto:").
    const mixed = new Set(figures.flat().map((g) => g.place)).size > 1;
    const scopeOf = (g: GlobalSalary) => g.place ?? (mixed ? `${country} as a whole` : null);
    return {
      label: country,
      cells: figures.map((list) =>
        list
          .map((g) => {
            const local = moneyRange(g.localMin ?? undefined, g.localMax ?? undefined, g.currency);
            const usd =
              g.currency === 'USD' || (g.usdMin === null && g.usdMax === null)
                ? ''
                : ` (${moneyRange(g.usdMin ?? undefined, g.usdMax ?? undefined)})`;
            const scope = scopeOf(g);
            return `${scope ? `${scope}:\n` : ''}${local}${usd}${ctx.cite(g.source)}`;
          })
          .join('\n'),
      ),
    };
  });
  const columns = roles.map((r) => columnHeading(r.title, r.key, ctx));
  const note = ctx.para(
    "Local currency, with the source's U.S. dollar conversion in brackets. A figure is for the whole country or region unless it names a city.",
    { dim: true },
  );
  return ctx.join([ctx.grid({ columns, rows, corner: 'Country' }), note]);
}
