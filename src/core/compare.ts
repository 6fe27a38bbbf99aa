// `career compare`: two to four roles or levels side by side. Pure: resolved
// data in, one plain result out, which the text renderer and `--json` share.
// Every figure keeps its source id; where sources disagree the primary value
// comes first and the others follow in `others`.
import type { DataSet } from '../data/dataset.js';
import type { Growth, Level, Role, SalaryRange, Source } from '../data/schema.js';
import { alignLadders, experienceOf, salaryOf, type Experience, type LadderComparison } from './compare-ladder.js';
import { betterKey, type Better, type BetterRow, type MarkableFigure } from './compare-better.js';
import { compareIdSets, type Overlap } from './compare-overlap.js';
import { resolveItems, type ResolvedItem } from './compare-resolve.js';
import { salaryDifference, type SalaryDifference, type SalaryPoint } from './compare-salary.js';
import { others, primary } from '../shared/figures.js';
import { mainLevel } from './lookup.js';
import { moneyPlaceOf, uncomparableReason } from './money-place.js';
import { citedSources } from './profile.js';

/** A value as the data marks it primary, with why, and what other sources say. */
export type WithAlternatives<T> = T & { why: string | null; others: T[] };

export interface Amount {
  value: number;
  currency: string;
  /** Country or region the amount is for. */
  place: string;
  source: string;
  asOf: string | null;
  /** What the figure is for (its band, scope or the figure it goes with), as the data says. */
  qualifier: string | null;
}

export interface RangeFigure {
  min: number;
  max: number | null;
  openEnded: boolean;
  currency: string;
  source: string;
  qualifier: string | null;
}

export interface GrowthFigure {
  percent: number;
  period: string | null;
  outlook: string | null;
  scope: string | null;
  source: string;
  qualifier: string | null;
}

export interface CountFigure {
  value: number;
  source: string;
  qualifier: string | null;
}

export interface GlobalSalary {
  country: string;
  place: string | null;
  currency: string;
  localMin: number | null;
  localMax: number | null;
  usdMin: number | null;
  usdMax: number | null;
  source: string;
}

export interface ComparedItem {
  /** Role id, or `role:level` for a level. */
  key: string;
  kind: 'role' | 'level';
  title: string;
  roleId: string;
  levelId: string | null;
}

export interface ComparedRole {
  key: string;
  id: string;
  title: string;
  /** Salary figures, each in its own currency and place. */
  salary: {
    median: WithAlternatives<Amount> | null;
    average: WithAlternatives<Amount> | null;
    range: WithAlternatives<RangeFigure> | null;
  };
  /** Median (else average) against the first compared item; null for the first item. */
  difference: SalaryDifference | null;
  /** Why there is no difference although both items have a salary (different currencies), else null. */
  differenceNote: string | null;
  growth: WithAlternatives<GrowthFigure> | null;
  annualOpenings: WithAlternatives<CountFigure> | null;
  education: { summary: string; source: string } | null;
  /** Years of experience to reach the role: its main level's band in the ladder. */
  experience: (Experience & { level: string; source: string }) | null;
  /** The years the sources ask for to hold the role (the primary figure of `facts.experience`). */
  experienceAsked: (Experience & { qualifier: string; source: string }) | null;
  topIndustries: { items: string[]; source: string } | null;
  globalSalaries: GlobalSalary[];
}

export interface ComparedLevel {
  key: string;
  id: string;
  title: string;
  role: { id: string; title: string };
  /** 1 = the most junior level of the ladder. */
  position: number;
  ladderLength: number;
  salary: { median: WithAlternatives<Amount> | null; average: WithAlternatives<Amount> | null };
  difference: SalaryDifference | null;
  differenceNote: string | null;
  experience: Experience;
  scope: string;
  focus: string[];
  /** Where the level's description comes from (its salary names its own source). */
  source: string;
}

export interface Comparison {
  items: ComparedItem[];
  /** The role items, in the order given. */
  roles: ComparedRole[];
  /** The level items, in the order given. */
  levels: ComparedLevel[];
  /**
   * Per row, the item whose primary figure is meaningfully higher (alike figures, beyond the
   * threshold in compare-better.ts), which the text marks; null where nothing is.
   */
  better: Better;
  /** The role items' ladders aligned level by level; null with fewer than two roles. */
  ladders: LadderComparison | null;
  skills: Overlap;
  certifications: Overlap;
  /** Every source cited above. */
  sources: Source[];
}

export function compare(data: DataSet, queries: readonly string[]): Comparison {
  const resolved = resolveItems(data, queries);
  const points = resolved.map(salaryPointOf);
  const differenceOf = (index: number) =>
    index === 0 ? null : salaryDifference(points[0]!, points[index]!, resolved[0]!.key);
  const noteOf = (index: number) => {
    const [base, other] = [points[0]!, points[index]!];
    return index === 0 || base.currency === null || other.currency === null
      ? null
      : uncomparableReason({ currency: base.currency, place: '' }, { currency: other.currency, place: '' });
  };
  const roles: ComparedRole[] = [];
  const levels: ComparedLevel[] = [];
  resolved.forEach((item, index) => {
    if (item.kind === 'role') roles.push(compareRole(item.role, differenceOf(index), noteOf(index)));
    else levels.push(compareLevel(item, differenceOf(index), noteOf(index)));
  });
  const roleItems = resolved.flatMap((item) => (item.kind === 'role' ? [item] : []));
  const skillNames = new Map(data.skills.map((s) => [s.id, s.name]));
  const certificationNames = new Map(data.certifications.map((c) => [c.id, c.name]));
  const result = {
    items: resolved.map(describeItem),
    roles,
    levels,
    better: betterFigures(data, resolved, roles, levels),
    ladders: roleItems.length >= 2 ? alignLadders(roleItems) : null,
    skills: compareIdSets(
      resolved.map((item) => ({ key: item.key, ids: skillIds(item) })),
      (id) => skillNames.get(id) ?? id,
      'skills',
    ),
    certifications: compareIdSets(
      resolved.map((item) => ({ key: item.key, ids: certificationIds(item) })),
      (id) => certificationNames.get(id) ?? id,
      'certifications',
    ),
  };
  return { ...result, sources: citedSources(data, [result]) };
}

function betterFigures(
  data: DataSet,
  resolved: readonly ResolvedItem[],
  roles: readonly ComparedRole[],
  levels: readonly ComparedLevel[],
): Better {
  const entries = resolved.map((item) =>
    item.kind === 'role'
      ? { role: roles.find((r) => r.key === item.key)!, level: undefined }
      : { role: undefined, level: levels.find((l) => l.key === item.key)! },
  );
  const money = (a: Amount | null | undefined, key: string): MarkableFigure | null =>
    a
      ? {
          key,
          value: a.value,
          source: a.source,
          qualifier: a.qualifier,
          context: `${a.currency} ${a.place} ${a.asOf ?? ''}`,
        }
      : null;
  const figures: Record<BetterRow, (MarkableFigure | null)[]> = {
    median: entries.map((e) => money((e.role ?? e.level).salary.median, (e.role ?? e.level).key)),
    average: entries.map((e) => money((e.role ?? e.level).salary.average, (e.role ?? e.level).key)),
    growth: entries.map(({ role }) =>
      role?.growth
        ? {
            key: role.key,
            value: role.growth.percent,
            source: role.growth.source,
            qualifier: role.growth.qualifier,
            // The occupation (scope) differs between roles by nature; the period must not.
            context: role.growth.period ?? '',
          }
        : null,
    ),
    annualOpenings: entries.map(({ role }) =>
      role?.annualOpenings
        ? {
            key: role.key,
            value: role.annualOpenings.value,
            source: role.annualOpenings.source,
            qualifier: role.annualOpenings.qualifier,
            context: '',
          }
        : null,
    ),
  };
  const rows: BetterRow[] = ['median', 'average', 'growth', 'annualOpenings'];
  return Object.fromEntries(rows.map((row) => [row, betterKey(row, figures[row], data.sources)])) as Better;
}

function describeItem(item: ResolvedItem): ComparedItem {
  return item.kind === 'role'
    ? { key: item.key, kind: 'role', title: item.role.title, roleId: item.role.id, levelId: null }
    : { key: item.key, kind: 'level', title: item.level.title, roleId: item.role.id, levelId: item.level.id };
}

/** The salary an item is compared by: a role's primary U.S. figures, a level's ladder figures. */
function salaryPointOf(item: ResolvedItem): SalaryPoint {
  if (item.kind === 'level') return salaryOf(item.level);
  const median = primary(item.role.facts.medianSalary);
  const average = primary(item.role.facts.averageSalary);
  if (median && average && moneyPlaceOf(median).currency !== moneyPlaceOf(average).currency) {
    // Compare by the median alone rather than mix currencies.
    return { median: median.value, average: null, currency: moneyPlaceOf(median).currency };
  }
  return {
    median: median?.value ?? null,
    average: average?.value ?? null,
    currency: median || average ? moneyPlaceOf(median ?? average).currency : null,
  };
}

const skillIds = (item: ResolvedItem) =>
  item.kind === 'role' ? item.role.skills.map((s) => s.skill) : (item.level.skills ?? []);
const certificationIds = (item: ResolvedItem) =>
  item.kind === 'role' ? item.role.certifications.map((c) => c.certification) : (item.level.certifications ?? []);

interface Alternative {
  source: string;
  primary?: boolean;
  why?: string;
}

/** The primary entry of a sourced list and the others, each mapped to its output shape. */
function withAlternatives<T extends Alternative, R>(
  list: T[] | undefined,
  map: (entry: T) => R,
): WithAlternatives<R> | null {
  const main = primary(list);
  if (!main) return null;
  const rest = others(list);
  return { ...map(main), why: rest.length > 0 ? (main.why ?? null) : null, others: rest.map(map) };
}

const amountOf = (f: {
  value: number;
  source: string;
  asOf?: string;
  qualifier?: string;
  currency?: string;
  place?: string;
}): Amount => ({
  value: f.value,
  ...moneyPlaceOf(f),
  source: f.source,
  asOf: f.asOf ?? null,
  qualifier: f.qualifier ?? null,
});

const range = (r: SalaryRange): RangeFigure => ({
  min: r.min,
  max: r.max ?? null,
  openEnded: r.openEnded ?? false,
  currency: r.currency,
  source: r.source,
  qualifier: r.qualifier ?? null,
});

const growth = (g: Growth): GrowthFigure => ({
  percent: g.percent,
  period: g.period ?? null,
  outlook: g.outlook ?? null,
  scope: g.scope ?? null,
  source: g.source,
  qualifier: g.qualifier ?? null,
});

function compareRole(role: Role, difference: SalaryDifference | null, differenceNote: string | null): ComparedRole {
  const facts = role.facts;
  const main = mainLevel(role);
  return {
    key: role.id,
    id: role.id,
    title: role.title,
    salary: {
      median: withAlternatives(facts.medianSalary, amountOf),
      average: withAlternatives(facts.averageSalary, amountOf),
      range: withAlternatives(facts.salaryRange, range),
    },
    difference,
    differenceNote,
    growth: withAlternatives(facts.growth, growth),
    annualOpenings: withAlternatives(facts.annualOpenings, (f) => ({
      value: f.value,
      source: f.source,
      qualifier: f.qualifier ?? null,
    })),
    education: facts.education ? { summary: facts.education.summary, source: facts.education.source } : null,
    experience: main ? { ...experienceOf(main.level), level: main.level.id, source: main.level.source } : null,
    experienceAsked: experienceAsked(facts.experience),
    topIndustries: facts.topIndustries
      ? { items: facts.topIndustries.items, source: facts.topIndustries.source }
      : null,
    globalSalaries: role.globalSalaries.map((g) => ({
      country: g.country,
      place: g.place ?? null,
      currency: g.currency,
      localMin: g.localMin ?? null,
      localMax: g.localMax ?? null,
      usdMin: g.usdMin ?? null,
      usdMax: g.usdMax ?? null,
      source: g.source,
    })),
  };
}

function experienceAsked(list: Role['facts']['experience']): ComparedRole['experienceAsked'] {
  const x = primary(list);
  return x
    ? {
        min: x.min,
        max: x.max ?? null,
        openEnded: x.openEnded ?? x.max === undefined,
        qualifier: x.qualifier,
        source: x.source,
      }
    : null;
}

function levelAmount(level: Level, figure: 'median' | 'average'): WithAlternatives<Amount> | null {
  const salary = level.salary;
  const value = salary?.[figure];
  if (!salary || value === undefined) return null;
  return { value, ...moneyPlaceOf(salary), source: salary.source, asOf: null, qualifier: null, why: null, others: [] };
}

function compareLevel(
  item: ResolvedItem & { kind: 'level' },
  difference: SalaryDifference | null,
  differenceNote: string | null,
): ComparedLevel {
  const { role, level, index } = item;
  return {
    key: item.key,
    id: level.id,
    title: level.title,
    role: { id: role.id, title: role.title },
    position: index + 1,
    ladderLength: role.ladder?.levels.length ?? 0,
    salary: { median: levelAmount(level, 'median'), average: levelAmount(level, 'average') },
    difference,
    differenceNote,
    experience: experienceOf(level),
    scope: level.scope,
    focus: level.focus,
    source: level.source,
  };
}
