// Entry paths (`career path none ROLE`): getting into a role's ladder from
// outside, with the how-to-become steps and the timeline the data gives for
// the user's background, then the promotions up to the target level.
import type { DataSet } from '../data/dataset.js';
import type { Role } from '../data/schema.js';
import { UserError } from '../errors.js';
import { levelKey, mainLevel, type LevelRef } from './lookup.js';
import { modelAssumptions } from './path-assumptions.js';
import { bestRoutes } from './path-graph.js';
import { addMove, bandMax, ladderGraph, paceYears, roundYears, type Pace, type PaceYears } from './path-model.js';
import { assembleRoute, certificationAdvice, levelStep, type Background, type EntryDetail, type PathPlan, type StepBase } from './path-steps.js';
import { countOf, lowerFirst } from './count-words.js';

export interface EntryPathOptions {
  pace: Pace;
  /** Where the user starts from (default: a complete beginner). */
  background?: Background;
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
  const sum = (pick: (d: (typeof timed)[number]) => number) => roundYears(timed.reduce((acc, d) => acc + pick(d) * UNIT_YEARS[d.unit], 0));
  return { min: sum((d) => d.min), max: sum((d) => d.max) };
}

const spread = (min: number, max: number): PaceYears => paceYears((pace) => (pace === 'fast' ? min : pace === 'slow' ? max : (min + max) / 2));

/** The years of the entry move into the role's main level, and what they rest on. */
function entryYears(role: Role, entry: EntryData, background: Background): { years: PaceYears; source: string; assumption: boolean; notes: string[] } {
  const timeline = entry.timelines[background];
  const fromSteps = stepsDuration(entry);
  if (timeline) {
    const { min, max } = timeline.years;
    const uses = `Getting in (${lowerFirst(BACKGROUND_TITLES[background])}) takes the entry timeline the data gives for ${role.title}: its low end at fast pace, the middle at typical pace, the high end at slow pace.`;
    if (max !== undefined) return { years: spread(min, max), source: timeline.source, assumption: false, notes: [uses] };
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
    throw new UserError(`the data gives no timeline for a ${background} getting into ${role.title}, and no step durations to estimate one; try another --background`);
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
      ? { min: timeline.years.min, max: timeline.years.max ?? null, openEnded: timeline.years.max === undefined, summary: timeline.summary, source: timeline.source }
      : null,
    steps: entry.steps.map((s) => ({
      title: s.title,
      summary: s.summary,
      duration: s.duration ?? null,
      certifications: certificationAdvice(data, s.certifications),
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

/**
 * The way into `to`'s ladder from outside IT (or from another field), then up
 * to `to`. The entry data describes becoming the role itself (its main level);
 * a target below that level is reached in the years its experience band gives.
 */
export function planEntryPath(data: DataSet, to: LevelRef, options: EntryPathOptions): PathPlan {
  const role = to.role;
  const background = options.background ?? 'beginner';
  const entry = role.entry;
  if (!entry) {
    throw new UserError(`the data has no entry path for ${role.title}; plan from a level you hold instead (career path ROLE:LEVEL ${levelKey(to)})`);
  }
  const main = mainLevel(role)!;
  const landing = to.index < main.index ? to : main;
  const notes: string[] = [];
  let move: { years: PaceYears; source: string; assumption: boolean };
  if (to.index < main.index) {
    const { max } = bandMax(role.ladder!.levels, to.index);
    move = { years: spread(to.level.experience.min, max), source: to.level.source, assumption: true };
    notes.push(
      `The entry data describes becoming ${main.level.title}; ${to.level.title} comes before it, so the time to get there is the experience its band expects (${to.level.experience.min}-${max} years).`,
    );
  } else {
    const found = entryYears(role, entry, background);
    move = found;
    notes.push(...found.notes);
  }
  const detail = entryDetail(data, role, entry, background);
  const career = ladderGraph([role], { node: 'none', credit: paceYears(() => 0), position: null }, options.pace);
  addMove(career, 'none', levelKey(landing), { kind: 'entry', ...move, note: detail.timeline?.summary ?? 'Estimated from the entry steps.' });
  const route = bestRoutes(career.graph, 'none', levelKey(to), 1)[0]!;
  const describe = (key: string) => {
    if (key === 'none') return entryStep(detail, move.source);
    const node = career.nodes.get(key)!;
    return levelStep(data, node.role, node.level, node.rank);
  };
  const best = assembleRoute(career, route, describe);
  return {
    from: { key: 'none', title: BACKGROUND_TITLES[background] },
    to: { key: levelKey(to), title: to.level.title },
    pace: options.pace,
    credit: 0,
    entry: detail,
    ...best,
    assumptions: [
      ...notes,
      ...modelAssumptions(career, [best]),
    ],
    alternatives: [],
  };
}
