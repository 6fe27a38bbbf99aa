// `career path`: the fastest route from one level to another (and the next
// best ones), with the time, money, focus areas and certifications of every
// step, and the assumptions behind the numbers. Pure: data in, plan out.
import type { DataSet } from '../data/dataset.js';
import type { Certification, Level, Role } from '../data/schema.js';
import { UserError } from '../errors.js';
import { levelKey, type LevelRef } from './lookup.js';
import { bestRoutes, type Route as GraphRoute } from './path-graph.js';
import {
  afterCredit,
  bandMax,
  bandPoint,
  buildCareerGraph,
  paceYears,
  roundYears,
  yearRange,
  type CareerGraph,
  type Credit,
  type Move,
  type Pace,
  type PaceYears,
  type YearRange,
} from './path-model.js';

export type { Pace, YearRange } from './path-model.js';

export interface PathOptions {
  pace: Pace;
  /** Years already in the field. */
  experience?: number;
  /** Years already spent at the starting level. */
  inLevel?: number;
  /** How many alternative routes to add beside the fastest (default 0). */
  alternatives?: number;
}

export interface CertificationAdvice {
  id: string;
  name: string;
  issuer: string;
  cost: { min: number; max: number | null; currency: string; source: string } | null;
  studyWeeks: { min: number; max: number; source: string } | null;
  source: string;
}

/** How a step ends: the move to the next step, and where its years come from. */
export interface StepMove {
  kind: 'promotion' | 'transition' | 'entry';
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
  /** Headline years from now when the step starts and ends. */
  startYear: number;
  endYear: number;
  next: StepMove | null;
  salary: { median: number; currency: string; source: string } | null;
  /** Over the previous step's median, when both are known in the same currency. */
  raise: { amount: number; percent: number } | null;
  focus: string[];
  certifications: CertificationAdvice[];
  source: string | null;
}

export interface PathTotal {
  /** Sum of the steps' years. */
  years: YearRange;
  /** Sum of the steps' headline years: the estimate at the chosen pace. */
  headline: number;
  salary: { start: number | null; end: number | null; change: number | null; percent: number | null; currency: string } | null;
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
  from: { key: string; title: string };
  to: { key: string; title: string };
  pace: Pace;
  /** Years taken off the first move (headline pace) for time already served. */
  credit: number;
  assumptions: string[];
  /** Next-best distinct routes, best first. */
  alternatives: PathRoute[];
}

const EMPTY_YEARS: PaceYears = { fast: 0, typical: 0, slow: 0 };
const fmt = (n: number) => String(roundYears(n));

function certificationAdvice(data: DataSet, ids: readonly string[] | undefined): CertificationAdvice[] {
  const catalog = new Map(data.certifications.map((c) => [c.id, c]));
  return (ids ?? []).flatMap((id) => {
    const cert: Certification | undefined = catalog.get(id);
    if (!cert) return [];
    return [
      {
        id: cert.id,
        name: cert.name,
        issuer: cert.issuer,
        cost: cert.cost ? { min: cert.cost.min, max: cert.cost.max ?? null, currency: cert.cost.currency, source: cert.cost.source } : null,
        studyWeeks: cert.studyWeeks ? { min: cert.studyWeeks.min, max: cert.studyWeeks.max, source: cert.studyWeeks.source } : null,
        source: cert.source,
      },
    ];
  });
}

function describeMove(move: Move, to: string): StepMove {
  const years = yearRange(move.years);
  if (move.kind === 'transition') {
    const t = move.transition;
    return { kind: 'transition', to, years, source: t.source ?? 'career-assumption', assumption: t.assumption ?? false, note: t.note };
  }
  if (move.kind === 'promotion') return { kind: 'promotion', to, years, source: move.source, assumption: false, note: null };
  return { kind: 'entry', to, years, source: move.source, assumption: move.assumption, note: move.note };
}

function levelStep(data: DataSet, role: Role, level: Level, rank: number): Omit<PathStep, 'years' | 'headline' | 'startYear' | 'endYear' | 'next' | 'raise'> {
  return {
    key: levelKey({ role, level }),
    title: level.title,
    role: { id: role.id, title: role.title },
    level: { id: level.id, title: level.title, rank, experience: { min: level.experience.min, max: level.experience.max ?? null } },
    salary: level.salary?.median !== undefined ? { median: level.salary.median, currency: level.salary.currency, source: level.salary.source } : null,
    focus: level.focus,
    certifications: certificationAdvice(data, level.certifications),
    source: level.source,
  };
}

type StepBase = ReturnType<typeof levelStep>;

/** Turns a route into steps with cumulative times and raises, and sums them. */
export function assembleRoute(route: GraphRoute<Move>, describe: (key: string) => StepBase, pace: Pace, credit: PaceYears): PathRoute {
  let clock = 0;
  let previous: PathStep | undefined;
  const steps = route.nodes.map((key, i) => {
    const edge = route.edges[i];
    const years = edge ? (i === 0 ? afterCredit(edge.payload.years, credit) : edge.payload.years) : EMPTY_YEARS;
    const base = describe(key);
    const step: PathStep = {
      ...base,
      years: yearRange(years),
      headline: years[pace],
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
  return { amount, percent: Math.round((amount / before.median) * 1000) / 10 };
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
    salary: currency
      ? {
          start: start?.median ?? null,
          end: end?.median ?? null,
          change: comparable ? end.median - start.median : null,
          percent: comparable && start.median > 0 ? Math.round(((end.median - start.median) / start.median) * 1000) / 10 : null,
          currency,
        }
      : null,
    transitions: moves.length,
    assumedTransitions: moves.filter((m) => m.assumption).length,
  };
}

/** Refuses ends that cannot make a forward route, with the reason. */
function checkDirection(from: LevelRef, to: LevelRef): void {
  const fromKey = levelKey(from);
  const toKey = levelKey(to);
  if (fromKey === toKey) {
    throw new UserError(`"${fromKey}" is both the start and the target; pick a target above ${from.level.title}`);
  }
  if (to.index < from.index) {
    const where =
      from.role.id === to.role.id
        ? `${to.level.title} comes before ${from.level.title} on the ${from.role.title} ladder`
        : `${to.level.title} (rung ${to.index + 1} of its ladder) is below ${from.level.title} (rung ${from.index + 1})`;
    throw new UserError(`${where}; career path only plans moves up or across, never down (swap FROM and TO to plan that way)`);
  }
}

/**
 * Years already earned towards the first move: --in-level, or the experience
 * beyond the point where the ladder puts the starting level, whichever is more.
 */
function creditFor(from: LevelRef, options: PathOptions): PaceYears {
  const levels = from.role.ladder!.levels;
  return paceYears((pace) =>
    Math.max(0, options.inLevel ?? 0, options.experience !== undefined ? options.experience - bandPoint(levels, from.index, pace) : 0),
  );
}

function creditAssumptions(from: LevelRef, options: PathOptions, credit: PaceYears, route: PathRoute): string[] {
  if (options.inLevel === undefined && options.experience === undefined) return [];
  const levels = from.role.ladder!.levels;
  const pace = options.pace;
  const lines: string[] = [];
  if (options.inLevel !== undefined) lines.push(`You have spent ${fmt(options.inLevel)} years as ${from.level.title}.`);
  if (options.experience !== undefined) {
    const point = bandPoint(levels, from.index, pace);
    const surplus = options.experience - point;
    lines.push(
      `You have ${fmt(options.experience)} years in the field; at ${pace} pace the ladder puts a new ${from.level.title} at ${fmt(point)}, ` +
        (surplus > 0 ? `so ${fmt(surplus)} years count as time already served.` : 'so there is no surplus to count.'),
    );
  }
  const first = route.steps[0]!;
  const full = first.next ? first.next.years.typical : 0;
  lines.push(
    `Time already served (${fmt(credit[pace])} years at ${pace} pace, the larger of the two) comes off the first move only, never below zero: ` +
      `${fmt(full)} -> ${fmt(first.years.typical)} years typical. Every later step still takes its usual time.`,
  );
  return lines;
}

function modelAssumptions(graph: CareerGraph, routes: PathRoute[], pace: Pace): string[] {
  const label = { fast: 'low end', typical: 'middle', slow: 'high end' }[pace];
  const lines = [
    `Time in a level comes from the ladder's experience bands: a level sits at the low end of its band at fast pace, the middle at typical pace and the high end at slow pace; the time in a level is the next level's position minus its own. The headline uses the ${label} (${pace} pace); the range runs from the shortest to the longest pace.`,
  ];
  const onRoute = new Set(routes.flatMap((r) => r.steps.map((s) => s.key)));
  for (const key of onRoute) {
    const node = graph.nodes.get(key);
    if (!node) continue;
    const levels = node.role.ladder!.levels;
    const { max, assumed } = bandMax(levels, node.rank);
    if (assumed && node.rank > 0) {
      lines.push(
        `${node.level.title} (${node.role.id}) has an open-ended band (${node.level.experience.min}+ years); it is taken to be as wide as the band below it: ${node.level.experience.min}-${max} years.`,
      );
    }
  }
  const moves = routes.flatMap((r) => r.steps.flatMap((s) => (s.next?.kind === 'transition' ? [s.next] : [])));
  if (moves.length > 0) {
    const assumed = moves.filter((m) => m.assumption).length;
    lines.push(
      `Moves between ladders take the years given in transitions.yaml, spent at the level you leave` +
        (assumed > 0 ? `; moves marked "assumption" are the tool's own estimates, not figures from a source.` : '.'),
    );
  }
  lines.push('Salaries are the U.S. medians the ladder gives for each level; raises compare consecutive levels.');
  return lines;
}

/**
 * The fastest route from `from` to `to` and up to `options.alternatives`
 * next-best distinct routes. Throws UserError for a start equal to or above
 * the target, or when no promotion or transition in the data connects them.
 */
export function planPath(data: DataSet, from: LevelRef, to: LevelRef, options: PathOptions): PathPlan {
  checkDirection(from, to);
  const credit = creditFor(from, options);
  const start = levelKey(from);
  const goal = levelKey(to);
  const careerGraph = buildCareerGraph(data, [from.role, to.role], options.pace, { node: start, years: credit } satisfies Credit);
  const found = bestRoutes(careerGraph.graph, start, goal, 1 + Math.max(0, Math.floor(options.alternatives ?? 0)));
  if (found.length === 0) {
    throw new UserError(
      `no route from ${start} to ${goal}: no promotion or transition in the data connects them` +
        (from.role.id === to.role.id ? '' : ` (moves between ladders are listed in transitions.yaml)`),
    );
  }
  const describe = (key: string) => {
    const node = careerGraph.nodes.get(key)!;
    return levelStep(data, node.role, node.level, node.rank);
  };
  const routes = found.map((route) => assembleRoute(route, describe, options.pace, credit));
  const best = routes[0]!;
  return {
    from: { key: start, title: from.level.title },
    to: { key: goal, title: to.level.title },
    pace: options.pace,
    credit: credit[options.pace],
    ...best,
    assumptions: [...modelAssumptions(careerGraph, routes, options.pace), ...creditAssumptions(from, options, credit, best)],
    alternatives: routes.slice(1),
  };
}
