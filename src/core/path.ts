// `career path`: the fastest route from one level to another (and the next
// best ones), with the time, money, focus areas and certifications of every
// step, and the assumptions behind the numbers. Pure: data in, plan out.
import type { DataSet } from '../data/dataset.js';
import { UserError } from '../errors.js';
import { levelKey, type LevelRef } from './lookup.js';
import { creditAssumptions, modelAssumptions } from './path-assumptions.js';
import { bestRoutes } from './path-graph.js';
import { bandMax, bandPoint, buildCareerGraph, paceYears, type Pace, type PaceYears } from './path-model.js';
import { checkPathYears } from './path-options.js';
import { routeEarnings } from './path-earnings.js';
import { assembleRoute, levelStep, type PathPlan, type StepBase } from './path-steps.js';

export type { Pace, YearRange } from './path-model.js';
export type { CertificationAdvice, PathPlan, PathRoute, PathStep, PathTotal, StepMove } from './path-steps.js';

export interface PathOptions {
  pace: Pace;
  /** Years already in the field. */
  experience?: number;
  /** Years already spent at the starting level. */
  inLevel?: number;
  /** How many alternative routes to add beside the fastest (default 0). */
  alternatives?: number;
  /** Years over which to count earnings (default: the route plus 5 years). */
  horizon?: number;
}

/** Refuses ends that cannot make a forward route, with the reason. */
function checkDirection(data: DataSet, from: LevelRef, to: LevelRef): void {
  const fromKey = levelKey(from);
  const toKey = levelKey(to);
  if (fromKey === toKey) {
    throw new UserError(`"${fromKey}" is both the start and the target; pick a target above ${from.level.title}`);
  }
  // Rungs of an entry role's ladder are not comparable with a management ladder's.
  const entryRole = data.transitions.some((t) => t.entry && t.from.startsWith(`${from.role.id}:`));
  if (to.index < from.index && (from.role.id === to.role.id || !entryRole)) {
    const where =
      from.role.id === to.role.id
        ? `${to.level.title} comes before ${from.level.title} on the ${from.role.title} ladder`
        : `${to.level.title} (rung ${to.index + 1} of its ladder) is below ${from.level.title} (rung ${from.index + 1})`;
    throw new UserError(
      `${where}; career path only plans moves up or across, never down (swap FROM and TO to plan that way)`,
    );
  }
}

/**
 * Years already served at the starting level: --in-level, or else the
 * experience beyond where the ladder puts the level, but no more than the
 * level's band is wide (without --in-level, years beyond that were spent
 * before the level, not in it).
 */
function creditFor(from: LevelRef, options: PathOptions): PaceYears {
  const levels = from.role.ladder!.levels;
  const width = bandMax(levels, from.index).max - from.level.experience.min;
  return paceYears((pace) => {
    if (options.inLevel !== undefined) return options.inLevel;
    if (options.experience === undefined) return 0;
    return Math.min(width, Math.max(0, options.experience - bandPoint(levels, from.index, pace)));
  });
}

/**
 * Where you stand on the years-of-experience scale: year E with
 * --experience E; otherwise where the ladder puts the starting level, plus the
 * years already served in it.
 */
function startPosition(from: LevelRef, options: PathOptions): PaceYears {
  const levels = from.role.ladder!.levels;
  return paceYears((pace) => options.experience ?? bandPoint(levels, from.index, pace) + (options.inLevel ?? 0));
}

/**
 * The fastest route from `from` to `to` and up to `options.alternatives`
 * next-best distinct routes. Throws UserError for a start equal to or above
 * the target, or when no promotion or transition in the data connects them.
 */
export function planPath(data: DataSet, from: LevelRef, to: LevelRef, options: PathOptions): PathPlan {
  checkPathYears(options);
  checkDirection(data, from, to);
  const credit = creditFor(from, options);
  const start = levelKey(from);
  const goal = levelKey(to);
  const position = startPosition(from, options);
  const career = buildCareerGraph(data, [from.role, to.role], { node: start, credit, position }, options.pace);
  const found = bestRoutes(career.graph, start, goal, 1 + Math.max(0, Math.floor(options.alternatives ?? 0)), {
    time: 0,
    credit: credit[options.pace],
  });
  if (found.length === 0) {
    throw new UserError(
      `no route from ${start} to ${goal}: no promotion or transition in the data connects them` +
        (from.role.id === to.role.id ? '' : ' (moves between ladders are listed in transitions.yaml)'),
    );
  }
  // The routes share most of their levels: each is described once.
  const described = new Map<string, StepBase>();
  const describe = (key: string) => {
    let step = described.get(key);
    if (!step) {
      const node = career.nodes.get(key)!;
      step = levelStep(data, node.role, node.level, node.rank);
      described.set(key, step);
    }
    return step;
  };
  const routes = found.map((route) => assembleRoute(career, route, describe));
  const best = routes[0]!;
  return {
    from: { key: start, title: from.level.title },
    to: { key: goal, title: to.level.title },
    pace: options.pace,
    credit: best.total.credit,
    entry: null,
    ...best,
    earnings: routeEarnings(best, options.horizon),
    assumptions: [...modelAssumptions(career, routes), ...creditAssumptions(from, options, credit, best)],
    alternatives: routes.slice(1),
  };
}
