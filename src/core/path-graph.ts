// Earliest-arrival routes in a small directed graph: a label-setting search
// for the best route and Yen's algorithm for the next-best distinct simple
// routes. Knows nothing about careers: nodes are strings, edges carry their
// own time, an optional earliest arrival, and a payload. A route may start
// with banked time (`credit`) that pays for its edges' own time, in order,
// each year once.

export interface Edge<T> {
  from: string;
  to: string;
  /** The edge's own time: banked credit can pay for it. */
  weight: number;
  /**
   * The edge never arrives before this time (counted from the route's start):
   * a route that gets there sooner waits. Arrival stays non-decreasing in
   * departure time, so the search still finds the earliest arrival.
   */
  earliest?: number;
  /** Breaks ties between routes of equal time: the route with the smaller sum wins (e.g. fewer detours). */
  tieBreak?: number;
  payload: T;
}

/** Where a route is: the time so far and the banked credit not yet spent. */
export interface Clock {
  time: number;
  credit: number;
}

export interface Route<T> {
  nodes: string[];
  edges: Edge<T>[];
  /** Arrival time at the goal. */
  weight: number;
}

/** One edge taken at `clock`: the credit it spends, how long its own time still takes, and where the clock ends. */
export function traverse(edge: Edge<unknown>, clock: Clock): { spent: number; own: number; after: Clock } {
  const spent = Math.min(clock.credit, edge.weight);
  const own = edge.weight - spent;
  return { spent, own, after: { time: Math.max(clock.time + own, edge.earliest ?? 0), credit: clock.credit - spent } };
}

/** The clock at the end of `edges`. */
export const clockAfter = (edges: readonly Edge<unknown>[], start: Clock): Clock =>
  edges.reduce((clock, edge) => traverse(edge, clock).after, start);

export class Graph<T> {
  private readonly outgoing = new Map<string, Edge<T>[]>();

  add(edge: Edge<T>): void {
    if (edge.weight < 0 || !Number.isFinite(edge.weight))
      throw new Error(`edge ${edge.from} -> ${edge.to} needs a finite weight >= 0`);
    const list = this.outgoing.get(edge.from) ?? [];
    list.push(edge);
    this.outgoing.set(edge.from, list);
  }

  edgesFrom(node: string): readonly Edge<T>[] {
    return this.outgoing.get(node) ?? [];
  }
}

const tieBreak = (edges: readonly Edge<unknown>[]) => edges.reduce((sum, e) => sum + (e.tieBreak ?? 0), 0);

/**
 * Routes compare by arrival time, then by their edges' tie-breaks, then by
 * fewer edges, then by their node keys, so equal-time ties always resolve the
 * same way (and the simpler route wins).
 */
function compareCost(
  a: { weight: number; nodes: string[]; edges: Edge<unknown>[] },
  b: { weight: number; nodes: string[]; edges: Edge<unknown>[] },
): number {
  const byWeight = round(a.weight) - round(b.weight);
  if (byWeight !== 0) return byWeight;
  const byTieBreak = tieBreak(a.edges) - tieBreak(b.edges);
  if (byTieBreak !== 0) return byTieBreak;
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  const keyA = a.nodes.join('>');
  const keyB = b.nodes.join('>');
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

// Times are sums of years with at most two decimals; rounding keeps float
// noise (0.1 + 0.2) from deciding a tie.
const round = (n: number) => Math.round(n * 1e6) / 1e6;

interface Label<T> {
  node: string;
  weight: number;
  credit: number;
  nodes: string[];
  edges: Edge<T>[];
}

/**
 * The best route from `start` to `goal`, avoiding the `blockedNodes` and
 * `blockedEdges` (Yen's spur searches need both). A node may be reached by
 * several labels: one that arrives later with more credit left can still win
 * further on, so a label is dropped only when an earlier one at the same node
 * is no later and has no less credit. Labels carry their whole route, which
 * is fine for graphs of a few hundred nodes.
 */
export function shortestRoute<T>(
  graph: Graph<T>,
  start: string,
  goal: string,
  blockedNodes: ReadonlySet<string> = new Set(),
  blockedEdges: ReadonlySet<Edge<T>> = new Set(),
  startClock: Clock = { time: 0, credit: 0 },
): Route<T> | undefined {
  const kept = new Map<string, Clock[]>();
  const queue: Label<T>[] = [
    { node: start, weight: startClock.time, credit: startClock.credit, nodes: [start], edges: [] },
  ];
  while (queue.length > 0) {
    queue.sort(compareCost);
    const label = queue.shift()!;
    const seen = kept.get(label.node) ?? [];
    if (seen.some((c) => round(c.time) <= round(label.weight) && round(c.credit) >= round(label.credit))) continue;
    seen.push({ time: label.weight, credit: label.credit });
    kept.set(label.node, seen);
    if (label.node === goal) return { nodes: label.nodes, edges: label.edges, weight: label.weight };
    for (const edge of graph.edgesFrom(label.node)) {
      if (label.nodes.includes(edge.to) || blockedNodes.has(edge.to) || blockedEdges.has(edge)) continue;
      const { after } = traverse(edge, { time: label.weight, credit: label.credit });
      queue.push({
        node: edge.to,
        weight: after.time,
        credit: after.credit,
        nodes: [...label.nodes, edge.to],
        edges: [...label.edges, edge],
      });
    }
  }
  return undefined;
}

/** Up to `count` distinct simple routes, best first (Yen's k-shortest paths). */
export function bestRoutes<T>(
  graph: Graph<T>,
  start: string,
  goal: string,
  count: number,
  startClock: Clock = { time: 0, credit: 0 },
): Route<T>[] {
  const first = shortestRoute(graph, start, goal, new Set(), new Set(), startClock);
  if (!first || count < 1) return [];
  const found: Route<T>[] = [first];
  const candidates: Route<T>[] = [];
  const seen = new Set([first.nodes.join('>')]);
  while (found.length < count) {
    const previous = found[found.length - 1]!;
    for (let i = 0; i < previous.nodes.length - 1; i++) {
      const spurNode = previous.nodes[i]!;
      const rootNodes = previous.nodes.slice(0, i + 1);
      const rootEdges = previous.edges.slice(0, i);
      // Block the next edge of every known route that shares this root, and
      // the root's own nodes, so the spur makes a new simple route.
      const blockedEdges = new Set<Edge<T>>();
      for (const route of found) {
        if (route.nodes.length > i && route.nodes.slice(0, i + 1).join('>') === rootNodes.join('>')) {
          const next = route.edges[i];
          if (next) blockedEdges.add(next);
        }
      }
      const blockedNodes = new Set(rootNodes.slice(0, -1));
      const spur = shortestRoute(graph, spurNode, goal, blockedNodes, blockedEdges, clockAfter(rootEdges, startClock));
      if (!spur) continue;
      const nodes = [...rootNodes, ...spur.nodes.slice(1)];
      const key = nodes.join('>');
      if (seen.has(key)) continue;
      seen.add(key);
      const edges = [...rootEdges, ...spur.edges];
      candidates.push({ nodes, edges, weight: clockAfter(edges, startClock).time });
    }
    if (candidates.length === 0) break;
    candidates.sort(compareCost);
    found.push(candidates.shift()!);
  }
  return found;
}
