// Time to the target level, from the level the quiz places you at, with the
// same model as `career path` (planPath), so both commands agree. Two rules of
// the quiz model sit on top of it:
// - Years are time served in a rung only for the rung you say you hold
//   (`background.currentLevel`); otherwise the route starts at the rung now.
// - No estimate is shorter than the years of IT experience or of leading
//   people the target still asks for (a year of work adds at most one of each).
import type { DataSet } from '../../data/dataset.js';
import { UserError } from '../../errors.js';
import { findLevelOrUndefined, type LevelRef } from '../lookup.js';
import { planPath, type YearRange } from '../path.js';
import { mostSeniorReady, type LevelReadiness } from './readiness.js';
import type { Background, QuizDefinition } from './types.js';

export const ESTIMATE_PACE = 'typical' as const;

export interface TimeEstimate {
  status: 'ready-now' | 'estimated' | 'not-estimated';
  /** The level you are taken to be at now (null when you are not yet ready for the first rung and hold none). */
  current: { id: string; title: string } | null;
  from: { id: string; title: string } | null;
  to: { id: string; title: string };
  /** Years at fast / typical / slow pace; null unless estimated. */
  years: YearRange | null;
  pace: typeof ESTIMATE_PACE;
  /** How the starting point was chosen, in a sentence. */
  assumption: string;
  /** What the estimate is made of: the path model's years and the floors on top. */
  basis: {
    pathYears: YearRange | null;
    experienceCredited: boolean;
    leadershipFloor: number;
    experienceFloor: number;
  } | null;
  /** What the readiness table says the target still lacks besides time (skills, evidence). */
  alsoNeeded: string[];
  /** The path model's own assumptions (transition estimates, credit for time served). */
  modelAssumptions: string[];
}

export function estimateTime(
  data: DataSet,
  quiz: QuizDefinition,
  readiness: readonly LevelReadiness[],
  background: Background,
): TimeEstimate {
  const ladder = quiz.ladder;
  const target = ladder[quiz.targetIndex]!;
  const readyIndex = mostSeniorReady(readiness);
  const heldIndex =
    background.currentLevel === undefined ? -1 : ladder.findIndex((level) => level.id === background.currentLevel);
  const currentIndex = Math.max(readyIndex, heldIndex);
  const current = currentIndex >= 0 ? { id: ladder[currentIndex]!.id, title: ladder[currentIndex]!.title } : null;
  const to = { id: target.id, title: target.title };
  const targetReadiness = readiness[quiz.targetIndex]!;
  const alsoNeeded = [
    ...(targetReadiness.criteria.skills === 'met'
      ? []
      : [`skills (${targetReadiness.skillScore}/100 of what ${target.title} expects)`]),
    ...(targetReadiness.criteria.evidence === 'met' ? [] : ['knowledge evidence (answer more questions)']),
  ];
  const base = { current, to, pace: ESTIMATE_PACE, modelAssumptions: [] as string[], alsoNeeded };

  if (readyIndex >= quiz.targetIndex) {
    return {
      status: 'ready-now',
      ...base,
      from: current,
      years: { min: 0, typical: 0, max: 0 },
      basis: null,
      alsoNeeded: [],
      assumption: `You are ready for ${ladder[readyIndex]!.title}, at or above the target, so no time is needed.`,
    };
  }
  const fromIndex = Math.max(currentIndex, 0);
  const from = { id: ladder[fromIndex]!.id, title: ladder[fromIndex]!.title };
  const holds = fromIndex === heldIndex;
  const placed = holds
    ? `You hold ${from.title}, so the estimate starts there with your ${background.yearsExperience} years counted as in "career path --experience"`
    : currentIndex >= 0
      ? `You are taken to be at ${from.title}, the most senior level you are ready for; as you do not hold it, none of your years count as time served in it`
      : `You are not yet ready for any level, so the estimate starts at the first rung, ${from.title}`;
  if (fromIndex >= quiz.targetIndex) {
    const where = fromIndex === quiz.targetIndex ? 'that is the target itself' : `that is above the target`;
    return {
      status: 'not-estimated',
      ...base,
      from,
      years: null,
      basis: null,
      assumption: `${placed}; ${where}, so there is no promotion to time: the readiness table shows what ${target.title} still asks.`,
    };
  }

  const role = data.role(quiz.role.id);
  const levelRef = (index: number): LevelRef => ({ role, level: role.ladder!.levels[index]!, index });
  let plan;
  try {
    plan = planPath(data, levelRef(fromIndex), levelRef(quiz.targetIndex), {
      pace: ESTIMATE_PACE,
      ...(holds ? { experience: background.yearsExperience } : {}),
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return {
      status: 'not-estimated',
      ...base,
      from,
      years: null,
      basis: null,
      assumption: `${placed}; ${error.message}.`,
    };
  }
  const leadershipFloor = Math.max(
    0,
    ...ladder
      .slice(fromIndex + 1, quiz.targetIndex + 1)
      .map((l) => l.expects.leadershipYears - background.yearsLeadingPeople),
  );
  // The target's band, or the earliest band of the same job on another ladder
  // (the path model may end there: the CIO rungs). With your years credited the
  // path model already waits for the band: no second floor.
  const bandStart = Math.min(
    target.experience.min,
    ...(role.ladder!.levels[quiz.targetIndex]!.sameJob ?? []).map(
      (key) => findLevelOrUndefined(data, key)?.level.experience.min ?? Infinity,
    ),
  );
  const experienceFloor = holds ? 0 : Math.max(0, bandStart - background.yearsExperience);
  const floor = Math.max(leadershipFloor, experienceFloor);
  const path = plan.total.years;
  const years = {
    min: Math.max(path.min, floor),
    typical: Math.max(path.typical, floor),
    max: Math.max(path.max, floor),
  };
  const floors: string[] = [];
  if (leadershipFloor > path.min)
    floors.push(
      `${target.title} needs ${leadershipFloor} more year${leadershipFloor === 1 ? '' : 's'} leading people than you have`,
    );
  if (experienceFloor > path.min)
    floors.push(`its band starts ${experienceFloor} year${experienceFloor === 1 ? '' : 's'} beyond your experience`);
  return {
    status: 'estimated',
    ...base,
    from,
    years,
    basis: { pathYears: path, experienceCredited: holds, leadershipFloor, experienceFloor },
    assumption:
      `${placed}; ${ESTIMATE_PACE} pace, the same model as "career path"` +
      (floors.length ? `, and no less than ${floors.join(' and ')}.` : '.'),
    modelAssumptions: plan.assumptions,
  };
}
