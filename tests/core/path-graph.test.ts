import { describe, expect, it } from 'vitest';
import { bestRoutes, Graph, shortestRoute, type Edge } from '../../src/core/path-graph.js';

type Spec = [from: string, to: string, weight: number, extra?: Partial<Edge<string>>];

function graphOf(...edges: Spec[]): Graph<string> {
  const graph = new Graph<string>();
  for (const [from, to, weight, extra] of edges) graph.add({ from, to, weight, payload: `${from}${to}`, ...extra });
  return graph;
}

const path = (route: { nodes: string[] } | undefined) => route?.nodes.join('');

describe('shortestRoute', () => {
  it.each<[string, Spec[], string | undefined, number | undefined]>([
    [
      'takes the lighter of two routes',
      [
        ['a', 'b', 1],
        ['b', 'c', 1],
        ['a', 'c', 5],
      ],
      'abc',
      2,
    ],
    [
      'prefers fewer edges on a tie',
      [
        ['a', 'b', 1],
        ['b', 'c', 1],
        ['a', 'c', 2],
      ],
      'ac',
      2,
    ],
    [
      'prefers the smaller tie-break on a tie',
      [
        ['a', 'b', 1],
        ['b', 'c', 1],
        ['a', 'c', 2, { tieBreak: 1 }],
      ],
      'abc',
      2,
    ],
    [
      "waits for an edge's earliest arrival",
      [
        ['a', 'b', 1, { earliest: 4 }],
        ['b', 'c', 1],
      ],
      'abc',
      5,
    ],
    [
      'lets a slower edge win when the faster one must wait',
      [
        ['a', 'b', 1, { earliest: 9 }],
        ['b', 'c', 1],
        ['a', 'c', 6],
      ],
      'ac',
      6,
    ],
    [
      'finds no route to an unconnected node',
      [
        ['a', 'b', 1],
        ['c', 'b', 1],
      ],
      undefined,
      undefined,
    ],
  ])('%s', (_name, edges, expected, weight) => {
    const route = shortestRoute(graphOf(...edges), 'a', 'c');
    expect(path(route)).toBe(expected);
    expect(route?.weight).toBe(weight);
  });

  it('refuses negative weights', () => {
    expect(() => graphOf(['a', 'b', -1])).toThrow(/weight/);
  });
});

describe('bestRoutes', () => {
  // a -> d three ways (2, 3 and 4), and a dead end.
  const diamond = graphOf(['a', 'b', 1], ['b', 'd', 1], ['a', 'c', 1], ['c', 'd', 2], ['b', 'c', 2], ['a', 'e', 0]);

  it('lists distinct simple routes, best first', () => {
    const routes = bestRoutes(diamond, 'a', 'd', 5);
    expect(routes.map(path)).toEqual(['abd', 'acd', 'abcd']);
    expect(routes.map((r) => r.weight)).toEqual([2, 3, 5]);
  });

  it.each([
    [0, []],
    [1, ['abd']],
    [2, ['abd', 'acd']],
  ])('stops at %i routes', (count, expected) => {
    expect(bestRoutes(diamond, 'a', 'd', count).map(path)).toEqual(expected);
  });

  it('returns nothing when the goal is unreachable', () => {
    expect(bestRoutes(diamond, 'd', 'a', 3)).toEqual([]);
  });

  it('replays waits when it joins a root to a spur', () => {
    const graph = graphOf(['a', 'b', 1], ['b', 'd', 1, { earliest: 10 }], ['b', 'c', 1], ['c', 'd', 1]);
    const routes = bestRoutes(graph, 'a', 'd', 2);
    expect(routes.map((r) => [path(r), r.weight])).toEqual([
      ['abcd', 3],
      ['abd', 10],
    ]);
  });
});
