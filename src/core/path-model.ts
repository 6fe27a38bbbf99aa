// The estimation model behind `career path`, kept apart from the search:
// where a level sits on the years-of-experience scale at each pace, how long a
// promotion or a cross-track move takes, and the graph of levels they make.
import type { DataSet } from '../data/dataset.js';
import type { Level, Role, Transition } from '../data/schema.js';
import { Graph, traverse, type Edge } from './path-graph.js';

export type Pace = 'fast' | 'typical' | 'slow';
export const PACES: readonly Pace[] = ['fast', 'typical', 'slow'];

/** A duration in years at each pace. */
export type PaceYears = Record<Pace, number>;

export interface YearRange {
  min: number;
  typical: number;
  max: number;
}

/** Years are shown to a tenth and summed to a hundredth; this keeps float noise out. */
export const roundYears = (n: number) => Math.round(n * 100) / 100;

export const paceYears = (f: (pace: Pace) => number): PaceYears => ({
  fast: roundYears(f('fast')),
  typical: roundYears(f('typical')),
  slow: roundYears(f('slow')),
});

/** The range shown to users: the shortest and longest of the pace estimates around the typical one. */
export function yearRange(years: PaceYears): YearRange {
  return {
    min: Math.min(years.fast, years.typical, years.slow),
    typical: years.typical,
    max: Math.max(years.fast, years.typical, years.slow),
  };
}

/**
 * A band's upper end. An open-ended band ("25+ years") is taken to be as wide
 * as the band below it, so the slow pace still has an end to aim at.
 */
export function bandMax(levels: readonly Level[], index: number): { max: number; assumed: boolean } {
  const band = levels[index]!.experience;
  if (band.max !== undefined) return { max: band.max, assumed: false };
  const below = levels[index - 1]?.experience;
  const width = below && below.max !== undefined ? below.max - below.min : 0;
  return { max: band.min + width, assumed: true };
}

/**
 * Where a level sits on the years-of-experience scale: the low end of its band
 * at fast pace, the middle at typical pace, the high end at slow pace.
 */
export function bandPoint(levels: readonly Level[], index: number, pace: Pace): number {
  const min = levels[index]!.experience.min;
  const { max } = bandMax(levels, index);
  return pace === 'fast' ? min : pace === 'slow' ? max : (min + max) / 2;
}

/** Time in level `index` before the promotion to the next: the next level's point minus this one's. */
export function timeInLevel(levels: readonly Level[], index: number): PaceYears {
  return paceYears((pace) => Math.max(0, bandPoint(levels, index + 1, pace) - bandPoint(levels, index, pace)));
}

export const transitionYears = (t: Transition): PaceYears => ({
  fast: t.years.min,
  typical: t.years.typical,
  slow: t.years.max,
});

/** One way to leave a level (or the start of an entry path) for the next. */
export type Move =
  | { kind: 'promotion'; years: PaceYears; source: string }
  | { kind: 'transition'; years: PaceYears; transition: Transition }
  | { kind: 'entry'; years: PaceYears; source: string; assumption: boolean; note: string }
  | { kind: 'same-job'; years: PaceYears; source: string; note: string };

export interface LevelNode {
  key: string;
  role: Role;
  level: Level;
  /** Position in its ladder, 0 = most junior; routes never go to a lower rank. */
  rank: number;
  /** Where the ladder puts the level on the years-of-experience scale, at each pace. */
  points: PaceYears;
}

/**
 * Where a route starts. `credit`: years already served at the starting level
 * (from --in-level, or from --experience beyond where the ladder puts the
 * level); they pay for the moves' own time in order, each year once, never
 * below zero. `position`: the start on the years-of-experience scale (year E
 * of the career); a route reaches no level before the experience its ladder
 * expects there (null: no such floor, e.g. for a career changer whose years
 * in another field are not counted).
 */
export interface RouteStart {
  node: string;
  credit: PaceYears;
  position: PaceYears | null;
}

export interface CareerGraph {
  graph: Graph<Move>;
  nodes: Map<string, LevelNode>;
  start: RouteStart;
  pace: Pace;
}

/**
 * A move's own time at `pace`: what it takes however much experience you
 * have. A promotion's is the least time the ladder's bands allow between the
 * two levels (its fast-pace time, or less when the pace is faster still); a
 * transition's is its years at the pace. Waiting for a band comes on top.
 */
export function ownYears(move: Move, pace: Pace): number {
  return move.kind === 'promotion' ? Math.min(move.years.fast, move.years[pace]) : move.years[pace];
}

/** An edge's own time and earliest arrival (years from the start) at one pace. */
function timing(
  nodes: ReadonlyMap<string, LevelNode>,
  edge: Pick<Edge<Move>, 'from' | 'to' | 'payload'>,
  start: RouteStart,
  pace: Pace,
) {
  const to = nodes.get(edge.to);
  // The same job on another ladder needs no more experience than the job itself.
  const earliest =
    start.position && to && edge.payload.kind !== 'same-job'
      ? Math.max(0, to.points[pace] - start.position[pace])
      : undefined;
  return { weight: ownYears(edge.payload, pace), earliest };
}

export interface MoveTiming {
  /** Years the step takes at this pace: the move's own years after credit, or longer while waiting for experience. */
  years: number;
  /** The move's own years after credit, before any wait. */
  moveYears: number;
  /** Years already served that paid for part of this move. */
  credit: number;
}

/** The years each move of a route takes at `pace`, replaying the search's rules. */
export function routeTimings(career: CareerGraph, edges: readonly Edge<Move>[], pace: Pace): MoveTiming[] {
  let clock = { time: 0, credit: career.start.credit[pace] };
  return edges.map((edge) => {
    const step = traverse({ ...edge, ...timing(career.nodes, edge, career.start, pace) }, clock);
    const years = roundYears(step.after.time - clock.time);
    clock = step.after;
    return { years, moveYears: roundYears(step.own), credit: roundYears(step.spent) };
  });
}

const splitKey = (key: string) => {
  const colon = key.indexOf(':');
  return { role: key.slice(0, colon), level: key.slice(colon + 1) };
};

/**
 * The roles a route could touch: the two ends and every role a transition
 * names (validation guarantees they exist). Other roles are not loaded: the
 * data set may hold many.
 */
function rolesInReach(data: DataSet, ends: readonly Role[]): Role[] {
  const ids = new Set(ends.map((r) => r.id));
  for (const t of data.transitions) {
    for (const key of [t.from, t.to]) ids.add(splitKey(key).role);
  }
  const roles = [...ids].map((id) => ends.find((r) => r.id === id) ?? data.role(id));
  // Levels that are the same job on another ladder bring that ladder in too.
  for (const role of roles) {
    for (const level of role.ladder?.levels ?? []) {
      for (const key of level.sameJob ?? []) {
        const id = splitKey(key).role;
        if (!ids.has(id)) {
          ids.add(id);
          roles.push(data.role(id));
        }
      }
    }
  }
  return roles;
}

export function levelNodes(role: Role): LevelNode[] {
  const levels = role.ladder?.levels ?? [];
  return levels.map((level, rank) => ({
    key: `${role.id}:${level.id}`,
    role,
    level,
    rank,
    points: paceYears((pace) => bandPoint(levels, rank, pace)),
  }));
}

/** A graph with the promotions of `roles`' ladders, weighted at `pace`. */
export function ladderGraph(roles: readonly Role[], start: RouteStart, pace: Pace): CareerGraph {
  const career: CareerGraph = { graph: new Graph<Move>(), nodes: new Map(), start, pace };
  for (const role of roles) {
    const nodes = levelNodes(role);
    for (const node of nodes) career.nodes.set(node.key, node);
    nodes.slice(0, -1).forEach((node, rank) => {
      addMove(career, node.key, nodes[rank + 1]!.key, {
        kind: 'promotion',
        years: timeInLevel(role.ladder!.levels, rank),
        source: role.ladder!.source,
      });
    });
  }
  return career;
}

/** `tieBreak`: 1 for a move across tracks, so that of two equally fast routes the one with fewer such moves wins. */
export function addMove(career: CareerGraph, from: string, to: string, payload: Move, tieBreak = 0): void {
  career.graph.add({
    from,
    to,
    payload,
    tieBreak,
    ...timing(career.nodes, { from, to, payload }, career.start, career.pace),
  });
}

/**
 * Nodes are ROLE:LEVEL. Edges are promotions up a ladder (taking the time in
 * the level) and the transitions in the data, weighted at `pace`. A
 * transition to a lower rank is left out: a route never goes down.
 */
export function buildCareerGraph(data: DataSet, ends: readonly Role[], start: RouteStart, pace: Pace): CareerGraph {
  const career = ladderGraph(rolesInReach(data, ends), start, pace);
  for (const transition of data.transitions) {
    const from = career.nodes.get(transition.from);
    const to = career.nodes.get(transition.to);
    // An entry move leaves an entry role for the first rung of a management
    // ladder: the two ladders' rungs are not comparable.
    if (!from || !to || (!transition.entry && to.rank < from.rank)) continue;
    addMove(career, from.key, to.key, { kind: 'transition', years: transitionYears(transition), transition }, 1);
  }
  addSameJobMoves(career);
  return career;
}

const NO_TIME: PaceYears = { fast: 0, typical: 0, slow: 0 };

/** Levels linked as the same job (sameJob in the data) are one step apart, taking no time. */
export function addSameJobMoves(career: CareerGraph): void {
  for (const node of career.nodes.values()) {
    for (const key of node.level.sameJob ?? []) {
      const other = career.nodes.get(key);
      if (!other) continue;
      addMove(career, node.key, other.key, {
        kind: 'same-job',
        years: NO_TIME,
        source: node.level.source,
        note: `${node.level.title} on the ${node.role.title} ladder is the same job as ${other.level.title} on the ${other.role.title} ladder.`,
      });
    }
  }
}
