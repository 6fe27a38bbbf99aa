// Entry paths (`career path none ROLE`): getting into a role's ladder from
// outside, with the how-to-become steps and the timeline the data gives for
// the user's background, then the promotions up to the target level.
import type { DataSet } from '../data/dataset.js';
import type { Role } from '../data/schema.js';
import { UserError } from '../errors.js';
import { levelKey, mainLevel, type LevelRef } from './lookup.js';
import { modelAssumptions } from './path-assumptions.js';
import { bestRoutes } from './path-graph.js';
import { routeEarnings } from './path-earnings.js';
import {
  addMove,
  bandMax,
  buildCareerGraph,
  paceYears,
  roundYears,
  type CareerGraph,
  type Pace,
  type PaceYears,
} from './path-model.js';
import { checkPathYears } from './path-options.js';
import {
  assembleRoute,
  certificationAdvice,
  levelStep,
  type Background,
  type EntryDetail,
  type PathPlan,
  type StepBase,
} from './path-steps.js';
import { countOf, lowerFirst } from './count-words.js';

export interface EntryPathOptions {
  pace: Pace;
  /** Where the user starts from (default: a complete beginner). */
  background?: Background;
  /** Years over which to count earnings (default: the route plus 5 years). */
  horizon?: number;
}

export const BACKGROUND_TITLES: Record<Background, string> = {
  beginner: 'Complete beginner',
  changer: 'Career changer',
  related: 'From a related IT role',
};

const UNIT_YEARS = { weeks: 1 / 52, months: 1 / 12, years: 1 };
const fmt = (n: number) => String(roundYears(n));
const yearsOf = (n: number) => countOf(roundYears(n), 'year');

type EntryData = NonNullable<Role['entry']>;

/** The sum of the entry steps' durations, in years, over the steps that give one. */
function stepsDuration(entry: EntryData): { min: number; max: number } | undefined {
  const timed = entry.steps.flatMap((s) => (s.duration ? [s.duration] : []));
  if (timed.length === 0) return undefined;
  const sum = (pick: (d: (typeof timed)[number]) => number) =>
    roundYears(timed.reduce((acc, d) => acc + pick(d) * UNIT_YEARS[d.unit], 0));
  return { min: sum((d) => d.min), max: sum((d) => d.max) };
}

const spread = (min: number, max: number): PaceYears =>
  paceYears((pace) => (pace === 'fast' ? min : pace === 'slow' ? max : (min + max) / 2));

/** The years of the entry move into the role's main level, and what they rest on. */
function entryYears(
  role: Role,
  entry: EntryData,
  background: Background,
): { years: PaceYears; source: string; assumption: boolean; notes: string[] } {
  if (!entry.timelines[background] && !stepsDuration(entry)) {
    throw new UserError(
      `the data gives no timeline for a ${background} getting into ${role.title}, and no step durations to estimate one; try another --background`,
    );
  }
  const timeline = entry.timelines[background];
  const fromSteps = stepsDuration(entry);
  if (timeline) {
    const { min, max } = timeline.years;
    const uses = `Getting in (${lowerFirst(BACKGROUND_TITLES[background])}) takes the entry timeline the data gives for ${role.title}: its low end at fast pace, the middle at typical pace, the high end at slow pace.`;
    if (max !== undefined)
      return { years: spread(min, max), source: timeline.source, assumption: false, notes: [uses] };
    const assumedMax = Math.max(min, fromSteps?.max ?? min);
    return {
      years: spread(min, assumedMax),
      source: timeline.source,
      assumption: true,
      notes: [
        uses,
        `The ${lowerFirst(BACKGROUND_TITLES[background])} timeline for ${role.title} is open-ended (${min}+ years); its upper end is taken from the entry steps' longest durations: ${yearsOf(assumedMax)}.`,
      ],
    };
  }
  if (!fromSteps) {
    throw new UserError(
      `the data gives no timeline for a ${background} getting into ${role.title}, and no step durations to estimate one; try another --background`,
    );
  }
  return {
    years: spread(fromSteps.min, fromSteps.max),
    source: entry.steps[0]!.source,
    assumption: true,
    notes: [
      `The data gives no ${background} timeline for ${role.title}; the time to get in is the sum of the entry steps' durations (${fmt(fromSteps.min)}-${fmt(fromSteps.max)} years).`,
    ],
  };
}

function entryDetail(data: DataSet, role: Role, entry: EntryData, background: Background): EntryDetail {
  const timeline = entry.timelines[background];
  return {
    role: { id: role.id, title: role.title },
    background,
    timeline: timeline
      ? {
          min: timeline.years.min,
          max: timeline.years.max ?? null,
          openEnded: timeline.years.max === undefined,
          summary: timeline.summary,
          source: timeline.source,
        }
      : null,
    steps: entry.steps.map((s) => ({
      title: s.title,
      summary: s.summary,
      duration: s.duration ?? null,
      certifications: certificationAdvice(data, s.certifications),
      education: (s.education ?? []).map((e) => ({
        kind: e.kind,
        title: e.title,
        duration: e.duration,
        cost: e.cost
          ? {
              min: e.cost.min,
              max: e.cost.max ?? null,
              openEnded: e.cost.openEnded ?? false,
              currency: e.cost.currency,
            }
          : null,
        source: e.source,
        note: e.note ?? null,
      })),
      source: s.source,
    })),
  };
}

function entryStep(detail: EntryDetail, source: string): StepBase {
  const seen = new Set<string>();
  return {
    key: 'none',
    title: `Getting in (${lowerFirst(BACKGROUND_TITLES[detail.background])})`,
    role: null,
    level: null,
    salary: null,
    focus: detail.steps.map((s) => s.title),
    certifications: detail.steps.flatMap((s) => s.certifications).filter((c) => !seen.has(c.id) && seen.add(c.id)),
    source,
  };
}

/** Roles a beginner can start in: those with entry data and an entry move out of their ladder. */
function entryRoles(data: DataSet, career: CareerGraph): Role[] {
  const ids = new Set(data.transitions.filter((t) => t.entry).map((t) => t.from.slice(0, t.from.indexOf(':'))));
  const roles = new Map<string, Role>();
  for (const node of career.nodes.values()) {
    if (ids.has(node.role.id) && node.role.entry && mainLevel(node.role)) roles.set(node.role.id, node.role);
  }
  return [...roles.values()];
}

/** The way into a role's own main level from outside, from its entry data. */
function entryMove(role: Role, entry: EntryData, background: Background, landingBelowMain: LevelRef | null) {
  const floor = stepsDuration(entry);
  if (landingBelowMain) {
    // The entry data describes becoming the role itself; a lower rung takes the
    // experience its band expects, and never less than the timed entry steps.
    const { max } = bandMax(role.ladder!.levels, landingBelowMain.index);
    const min = Math.max(landingBelowMain.level.experience.min, background === 'beginner' ? (floor?.min ?? 0) : 0);
    const top = Math.max(max, min, floor?.max ?? 0);
    return {
      years: spread(min, top),
      source: landingBelowMain.level.source,
      assumption: true,
      notes: [
        `The entry data describes becoming ${mainLevel(role)!.level.title}; ${landingBelowMain.level.title} comes before it, so getting there takes the experience its band expects ` +
          `(${landingBelowMain.level.experience.min}-${fmt(max)} years)` +
          (floor
            ? `, and no less than the timed entry steps (${fmt(floor.min)}-${fmt(floor.max)} years): ${fmt(min)}-${fmt(top)} years.`
            : '.'),
      ],
    };
  }
  const found = entryYears(role, entry, background);
  // The floor is for a complete beginner: a changer or a related background brings part of what the steps build.
  if (background !== 'beginner' || !floor || found.years.fast >= floor.min) return found;
  // A timeline shorter than the steps it describes: the steps are the floor, at any pace.
  const years = paceYears((pace) => Math.max(found.years[pace], floor.min));
  return {
    ...found,
    years,
    notes: [...found.notes, `The timed entry steps take at least ${fmt(floor.min)} years, so no pace gets in sooner.`],
  };
}

/**
 * The way into `to`'s ladder from outside IT (or from another field), then up
 * to `to`. Two kinds of way in compete: the target role's own entry data
 * (its timeline for the background, landing on its main level or, for a lower
 * rung, on that rung), and the entry roles (help desk, administration): their
 * own entry steps, then the entry move the guides give onto the first rung of
 * a management ladder. A beginner starts at year 0 of a career, so every
 * level also waits for its band; a career changer's or a related background's
 * earlier years are not counted against the bands.
 */
export function planEntryPath(data: DataSet, to: LevelRef, options: EntryPathOptions): PathPlan {
  checkPathYears(options);
  const role = to.role;
  const background = options.background ?? 'beginner';
  const entry = role.entry;
  if (!entry) {
    throw new UserError(
      `the data has no entry path for ${role.title}; plan from a level you hold instead (career path ROLE:LEVEL ${levelKey(to)})`,
    );
  }
  const main = mainLevel(role)!;
  const start = {
    node: 'none',
    credit: paceYears(() => 0),
    position: background === 'beginner' ? paceYears(() => 0) : null,
  };
  const career = buildCareerGraph(data, [role], start, options.pace);
  const ways = new Map<string, { role: Role; entry: EntryData; move: ReturnType<typeof entryMove> }>();
  const landingBelowMain = to.index < main.index ? to : null;
  const own = { role, entry, move: entryMove(role, entry, background, landingBelowMain) };
  ways.set(levelKey(landingBelowMain ?? main), own);
  for (const other of entryRoles(data, career)) {
    if (other.id === role.id) continue;
    const landing = mainLevel(other)!;
    ways.set(levelKey(landing), {
      role: other,
      entry: other.entry!,
      move: entryMove(other, other.entry!, background, null),
    });
  }
  for (const [key, way] of ways) {
    addMove(career, 'none', key, {
      kind: 'entry',
      years: way.move.years,
      source: way.move.source,
      assumption: way.move.assumption,
      note: entryNote(way.role, way.entry, background),
    });
  }
  const route = bestRoutes(career.graph, 'none', levelKey(to), 1)[0];
  if (!route) throw new UserError(`no way in to ${levelKey(to)} in the data`);
  const way = ways.get(route.nodes[1]!)!;
  const detail = entryDetail(data, way.role, way.entry, background);
  const describe = (key: string) => {
    if (key === 'none') return entryStep(detail, way.move.source);
    const node = career.nodes.get(key)!;
    return levelStep(data, node.role, node.level, node.rank);
  };
  const best = assembleRoute(career, route, describe);
  const related =
    background === 'related'
      ? [
          `A related IT background is one of the entry roles (${
            entryRoles(data, career)
              .filter((r) => bestRoutes(career.graph, levelKey(mainLevel(r)!), levelKey(to), 1).length > 0)
              .map((r) => r.id)
              .join(', ') || 'none in the data leads here'
          }); ` + 'to count your years there, plan from it: career path ROLE TARGET --experience YEARS.',
        ]
      : [];
  return {
    from: { key: 'none', title: BACKGROUND_TITLES[background] },
    to: { key: levelKey(to), title: to.level.title },
    pace: options.pace,
    credit: 0,
    entry: detail,
    ...best,
    earnings: routeEarnings(best, options.horizon),
    assumptions: [
      ...(way.role.id === role.id
        ? []
        : [
            `The quickest way in goes through an entry role, ${way.role.title}: its entry steps, then the entry move onto the management ladder.`,
          ]),
      ...way.move.notes,
      ...related,
      ...modelAssumptions(career, [best]),
    ],
    alternatives: [],
  };
}

function entryNote(role: Role, entry: EntryData, background: Background): string {
  return entry.timelines[background]?.summary ?? `Estimated from the entry steps of ${role.title}.`;
}
