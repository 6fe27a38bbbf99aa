// The result shapes of `career path` and how a found route becomes them:
// steps with per-pace years, cumulative time, salaries, raises and the
// certifications of each level, plus the route's totals.
import type { DataSet } from '../data/dataset.js';
import type { Certification, Level, Role } from '../data/schema.js';
import { certificationFacts, type CertificationFacts } from './certification-facts.js';
import { percentChange } from '../shared/figures.js';
import type { Earnings } from './path-earnings.js';
import { levelKey } from './lookup.js';
import type { Route as GraphRoute } from './path-graph.js';
import {
  PACES,
  paceYears,
  roundYears,
  routeTimings,
  yearRange,
  type CareerGraph,
  type Move,
  type Pace,
  type PaceYears,
  type YearRange,
} from './path-model.js';

export type CertificationAdvice = CertificationFacts;

/** How a step ends: the move to the next step, and where its years come from. */
export interface StepMove {
  /** 'same-job': the two levels are one job on two ladders (linked in the data); the move takes no time. */
  kind: 'promotion' | 'transition' | 'entry' | 'same-job';
  to: string;
  /** The move's years as the data gives them, before any credit for time already served. */
  years: YearRange;
  source: string;
  /** True when no source gives this move and the figure is the tool's own estimate. */
  assumption: boolean;
  note: string | null;
}

export interface PathStep {
  /** ROLE:LEVEL, or "none" for the start of an entry path. */
  key: string;
  title: string;
  role: { id: string; title: string } | null;
  level: { id: string; title: string; rank: number; experience: { min: number; max: number | null } } | null;
  /** Years spent in this step before the next one (all zero for the target). */
  years: YearRange;
  /** `years` at the chosen pace. */
  headline: number;
  /**
   * Part of `headline` spent waiting for the experience the next level's
   * ladder expects, beyond the move's own years.
   */
  waitYears: number;
  /** Years already served (--in-level, --experience) that paid for part of the next move, at the chosen pace; never more than the move's own years. */
  credit: number;
  /** Headline years from now when the step starts and ends. */
  startYear: number;
  endYear: number;
  next: StepMove | null;
  salary: { median: number; currency: string; source: string } | null;
  /** What the step pays over its years at the level's median (headline years x median); null without a median. */
  earned: number | null;
  /** Over the previous step's median, when both are known in the same currency. */
  raise: { amount: number; percent: number } | null;
  focus: string[];
  certifications: CertificationAdvice[];
  source: string | null;
}

export type Background = 'beginner' | 'changer' | 'related';

export interface EntryDetail {
  role: { id: string; title: string };
  background: Background;
  /** The entry timeline the data gives for this background, or null when it gives none. */
  timeline: { min: number; max: number | null; openEnded: boolean; summary: string; source: string } | null;
  steps: {
    title: string;
    summary: string;
    duration: { min: number; max: number; unit: 'weeks' | 'months' | 'years' } | null;
    certifications: CertificationAdvice[];
    /** Ways to get the education the step asks for, with time and cost as the source gives them. */
    education: {
      kind: 'bachelor' | 'master' | 'bootcamp' | 'self-study';
      title: string;
      duration: { min: number; max: number; unit: 'weeks' | 'months' | 'years' };
      cost: { min: number; max: number | null; openEnded: boolean; currency: string } | null;
      source: string;
      note: string | null;
    }[];
    source: string;
  }[];
}

export interface PathTotal {
  /** Sum of the steps' years. */
  years: YearRange;
  /** Sum of the steps' headline years: the estimate at the chosen pace. */
  headline: number;
  /** Sum of the steps' credit: years already served that the route uses. */
  credit: number;
  /** Sum of the steps' earnings (a step without a median counts 0), in salary.currency; null when the medians mix currencies. */
  earned: number | null;
  salary: {
    start: number | null;
    end: number | null;
    change: number | null;
    percent: number | null;
    currency: string;
  } | null;
  /** Cross-track moves on the route. */
  transitions: number;
  /** How many of those are the tool's own estimates. */
  assumedTransitions: number;
}

export interface PathRoute {
  steps: PathStep[];
  total: PathTotal;
}

export interface PathPlan extends PathRoute {
  /** Pay year by year over a horizon, against staying where you are; null when the route has no medians in one currency. */
  earnings: Earnings | null;
  from: { key: string; title: string };
  to: { key: string; title: string };
  pace: Pace;
  /** Years already served that paid for the route's moves (headline pace): total.credit. */
  credit: number;
  /** How the data says to get in, for an entry path (FROM "none"); null otherwise. */
  entry: EntryDetail | null;
  assumptions: string[];
  /** Next-best distinct routes, best first. */
  alternatives: PathRoute[];
}

const ZERO: PaceYears = { fast: 0, typical: 0, slow: 0 };

export function certificationAdvice(data: DataSet, ids: readonly string[] | undefined): CertificationAdvice[] {
  const catalog = new Map(data.certifications.map((c) => [c.id, c]));
  return (ids ?? []).flatMap((id) => {
    const cert: Certification | undefined = catalog.get(id);
    return cert ? [certificationFacts(cert)] : [];
  });
}

function describeMove(move: Move, to: string): StepMove {
  const years = yearRange(move.years);
  if (move.kind === 'transition') {
    const t = move.transition;
    return { kind: 'transition', to, years, source: t.source, assumption: t.assumption ?? false, note: t.note };
  }
  if (move.kind === 'promotion')
    return { kind: 'promotion', to, years, source: move.source, assumption: false, note: null };
  if (move.kind === 'same-job')
    return { kind: 'same-job', to, years, source: move.source, assumption: false, note: move.note };
  return { kind: 'entry', to, years, source: move.source, assumption: move.assumption, note: move.note };
}

export type StepBase = Pick<
  PathStep,
  'key' | 'title' | 'role' | 'level' | 'salary' | 'focus' | 'certifications' | 'source'
>;

export function levelStep(data: DataSet, role: Role, level: Level, rank: number): StepBase {
  return {
    key: levelKey({ role, level }),
    title: level.title,
    role: { id: role.id, title: role.title },
    level: {
      id: level.id,
      title: level.title,
      rank,
      experience: { min: level.experience.min, max: level.experience.max ?? null },
    },
    salary:
      level.salary?.median !== undefined
        ? { median: level.salary.median, currency: level.salary.currency, source: level.salary.source }
        : null,
    focus: level.focus,
    certifications: certificationAdvice(data, level.certifications),
    source: level.source,
  };
}

/** Turns a route into steps with per-pace times, cumulative times and raises, and sums them. */
export function assembleRoute(
  career: CareerGraph,
  route: GraphRoute<Move>,
  describe: (key: string) => StepBase,
): PathRoute {
  const pace = career.pace;
  const byPace = Object.fromEntries(PACES.map((p) => [p, routeTimings(career, route.edges, p)])) as Record<
    Pace,
    ReturnType<typeof routeTimings>
  >;
  let clock = 0;
  let previous: PathStep | undefined;
  const steps = route.nodes.map((key, i) => {
    const edge = route.edges[i];
    const years = edge ? paceYears((p) => byPace[p][i]!.years) : ZERO;
    const base = describe(key);
    const step: PathStep = {
      ...base,
      years: yearRange(years),
      headline: years[pace],
      waitYears: edge ? roundYears(years[pace] - byPace[pace][i]!.moveYears) : 0,
      credit: edge ? byPace[pace][i]!.credit : 0,
      earned: base.salary ? Math.round(years[pace] * base.salary.median) : null,
      startYear: roundYears(clock),
      endYear: roundYears(clock + years[pace]),
      next: edge ? describeMove(edge.payload, edge.to) : null,
      raise: raise(previous?.salary ?? null, base.salary),
    };
    clock += years[pace];
    previous = step;
    return step;
  });
  return { steps, total: total(steps) };
}

function raise(before: PathStep['salary'], after: PathStep['salary']): PathStep['raise'] {
  if (!before || !after || before.currency !== after.currency || before.median === 0) return null;
  const amount = after.median - before.median;
  return { amount, percent: percentChange(before.median, after.median)! };
}

function total(steps: PathStep[]): PathTotal {
  const sum = (pick: (s: PathStep) => number) => roundYears(steps.reduce((acc, s) => acc + pick(s), 0));
  const first = steps.find((s) => s.salary)?.salary ?? null;
  const start = steps[0]!.salary;
  const end = steps[steps.length - 1]!.salary;
  const currency = (end ?? first)?.currency;
  const comparable = start && end && start.currency === end.currency;
  const moves = steps.flatMap((s) => (s.next?.kind === 'transition' ? [s.next] : []));
  return {
    years: { min: sum((s) => s.years.min), typical: sum((s) => s.years.typical), max: sum((s) => s.years.max) },
    headline: sum((s) => s.headline),
    credit: sum((s) => s.credit),
    earned:
      new Set(steps.flatMap((s) => (s.salary ? [s.salary.currency] : []))).size > 1
        ? null
        : steps.reduce((acc, s) => acc + (s.earned ?? 0), 0),
    salary: currency
      ? {
          start: start?.median ?? null,
          end: end?.median ?? null,
          change: comparable ? end.median - start.median : null,
          percent: comparable && start.median > 0 ? percentChange(start.median, end.median) : null,
          currency,
        }
      : null,
    transitions: moves.length,
    assumedTransitions: moves.filter((m) => m.assumption).length,
  };
}
