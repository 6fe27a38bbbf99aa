// Time to the target level, from the level the quiz places you at, with the
// same model as `career path` (planPath), so both commands agree.
import type { DataSet } from '../../data/dataset.js';
import { UserError } from '../../errors.js';
import type { LevelRef } from '../lookup.js';
import { planPath, type YearRange } from '../path.js';
import { mostSeniorReady, type LevelReadiness } from './readiness.js';
import type { Background, QuizDefinition } from './types.js';
import { countOf } from '../count-words.js';

export const ESTIMATE_PACE = 'typical' as const;

export interface TimeEstimate {
  status: 'ready-now' | 'estimated' | 'not-estimated';
  /** The level you are taken to be at now (null when you are not yet ready for the first rung). */
  current: { id: string; title: string } | null;
  from: { id: string; title: string } | null;
  to: { id: string; title: string };
  /** Years at fast / typical / slow pace; null unless estimated. */
  years: YearRange | null;
  pace: typeof ESTIMATE_PACE;
  /** How the starting point was chosen, in a sentence. */
  assumption: string;
  /** The path model's own assumptions (transition estimates, credit for time served). */
  modelAssumptions: string[];
}

export function estimateTime(data: DataSet, quiz: QuizDefinition, readiness: readonly LevelReadiness[], background: Background): TimeEstimate {
  const ladder = quiz.ladder;
  const target = ladder[quiz.targetIndex]!;
  const currentIndex = mostSeniorReady(readiness);
  const current = currentIndex >= 0 ? { id: ladder[currentIndex]!.id, title: ladder[currentIndex]!.title } : null;
  const to = { id: target.id, title: target.title };
  const base = { current, to, pace: ESTIMATE_PACE, modelAssumptions: [] as string[] };

  if (currentIndex >= quiz.targetIndex) {
    return {
      status: 'ready-now',
      ...base,
      from: current,
      years: { min: 0, typical: 0, max: 0 },
      assumption: `You are ready for ${current!.title}, at or above the target, so no time is needed.`,
    };
  }
  const fromIndex = Math.max(currentIndex, 0);
  const from = { id: ladder[fromIndex]!.id, title: ladder[fromIndex]!.title };
  const placed =
    currentIndex >= 0
      ? `You are taken to be at ${from.title}, the most senior level you are ready for now`
      : `You are not yet ready for any level, so the estimate starts at the first rung, ${from.title}`;
  if (fromIndex === quiz.targetIndex) {
    return {
      status: 'not-estimated',
      ...base,
      from,
      years: null,
      assumption: `${placed}; that is the target itself, so there is no promotion to time. Run "career path none ${quiz.role.id}" for the time it takes to get in.`,
    };
  }

  const role = data.role(quiz.role.id);
  const levelRef = (index: number): LevelRef => ({ role, level: role.ladder!.levels[index]!, index });
  try {
    const plan = planPath(data, levelRef(fromIndex), levelRef(quiz.targetIndex), { pace: ESTIMATE_PACE, experience: background.yearsExperience });
    return {
      status: 'estimated',
      ...base,
      from,
      years: plan.total.years,
      assumption: `${placed}; ${ESTIMATE_PACE} pace, with your ${countOf(background.yearsExperience, 'year')} of experience counted as in "career path --experience".`,
      modelAssumptions: plan.assumptions,
    };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { status: 'not-estimated', ...base, from, years: null, assumption: `${placed}; ${error.message}.` };
  }
}
