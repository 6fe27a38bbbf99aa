// The plain-language assumptions behind a path's numbers. Every plan carries
// them, so a reader can see where each figure came from and what was guessed.
import type { LevelRef } from './lookup.js';
import { bandMax, bandPoint, roundYears, type CareerGraph, type Pace, type PaceYears } from './path-model.js';
import type { PathRoute } from './path-steps.js';
import { countOf } from './count-words.js';

const fmt = (n: number) => String(roundYears(n));
const yearsOf = (n: number) => countOf(roundYears(n), 'year');
const PACE_END: Record<Pace, string> = { fast: 'low end', typical: 'middle', slow: 'high end' };

export function modelAssumptions(career: CareerGraph, routes: readonly PathRoute[]): string[] {
  const pace = career.pace;
  const steps = routes.flatMap((r) => r.steps);
  const lines: string[] = [];
  if (steps.some((s) => s.next?.kind === 'promotion')) {
    lines.push(
      "Time in a level comes from the ladder's experience bands: a level sits at the low end of its band at fast pace, the middle at " +
        'typical pace and the high end at slow pace; a level is reached when your years get to its position and the promotion ' +
        "has taken its own least time (the gap between the two bands' low ends). " +
        `The headline uses the ${PACE_END[pace]} (${pace} pace); the range runs from the shortest to the longest pace.`,
    );
  }
  for (const key of new Set(steps.map((s) => s.key))) {
    const node = career.nodes.get(key);
    if (!node || node.rank === 0) continue;
    const { max, assumed } = bandMax(node.role.ladder!.levels, node.rank);
    if (assumed) {
      lines.push(
        `${node.level.title} (${node.role.id}) has an open-ended band (${node.level.experience.min}+ years); it is taken to be as wide as the band below it: ${node.level.experience.min}-${max} years.`,
      );
    }
  }
  const moves = steps.flatMap((s) => (s.next?.kind === 'transition' ? [s.next] : []));
  if (moves.length > 0) {
    lines.push(
      'Moves between ladders take the years given in transitions.yaml, spent at the level you leave' +
        (moves.some((m) => m.assumption)
          ? '; moves marked "assumption" are the tool\'s own estimates, not figures from a source.'
          : '.'),
    );
  }
  if (career.start.position) lines.push(...waitAssumptions(career, routes[0]!));
  if (steps.some((s) => s.salary))
    lines.push('Salaries are the U.S. medians the ladder gives for each level; raises compare consecutive steps.');
  return lines;
}

/** Where the best route waits at a level for the experience the next level expects. */
function waitAssumptions(career: CareerGraph, route: PathRoute): string[] {
  const pace = career.pace;
  const lines = [
    `A route reaches no level before your experience gets to where that level's ladder puts it (at ${pace} pace); ` +
      'when a move is quicker than that, the route waits at the level before it.',
  ];
  for (const step of route.steps) {
    if (step.waitYears <= 0 || !step.next) continue;
    const target = career.nodes.get(step.next.to)!;
    lines.push(
      `${step.title} -> ${target.level.title}: the move takes ${yearsOf(step.headline - step.waitYears)}, but the ladder puts a new ` +
        `${target.level.title} at ${yearsOf(target.points[pace])} of experience, so the step lasts ${yearsOf(step.headline)}.`,
    );
  }
  return lines.length > 1 ? lines : [];
}

export function creditAssumptions(
  from: LevelRef,
  options: { pace: Pace; experience?: number; inLevel?: number },
  credit: PaceYears,
  route: PathRoute,
): string[] {
  if (options.inLevel === undefined && options.experience === undefined) return [];
  const pace = options.pace;
  const levels = from.role.ladder!.levels;
  const point = bandPoint(levels, from.index, pace);
  const lines: string[] = [];
  if (options.experience !== undefined) {
    lines.push(
      `You stand at year ${fmt(options.experience)} of your career (--experience); each level is reached no sooner than the year its ladder's band puts it at ${pace} pace ` +
        `(a new ${from.level.title} at ${fmt(point)} years), and no sooner than the moves before it take.`,
    );
  }
  if (options.inLevel !== undefined) {
    lines.push(
      `You have spent ${yearsOf(options.inLevel)} as ${from.level.title} (--in-level); they count as time already served.`,
    );
  } else if (options.experience !== undefined) {
    const { max } = bandMax(levels, from.index);
    lines.push(
      `Without --in-level, the years beyond ${fmt(point)} count as time already served as ${from.level.title}, up to the width of its band ` +
        `(${from.level.experience.min}-${fmt(max)} years): ${fmt(credit[pace])} years.`,
    );
  }
  const used = route.total.credit;
  if (credit[pace] > 0) {
    lines.push(
      `Time already served pays for the moves' own time in order, each year once, never below zero: it takes ${yearsOf(used)} off ` +
        `(of ${fmt(credit[pace])} served)` +
        (used < credit[pace] ? '; the rest is more than the moves need.' : '.'),
    );
  }
  return lines;
}
