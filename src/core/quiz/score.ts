// Scoring an answer sheet: per skill, the knowledge answers shrunk toward the
// self-rating (the rating counts as PRIOR_QUESTIONS questions), with the
// evidence behind the score; per level, see readiness.ts.
import { sameChoice } from '../../data/answer-sheet.js';
import { evidenceFor, type Evidence } from './evidence.js';
import type { AnswerSheet, QuizDefinition, SkillArea } from './types.js';
import { PRIOR_QUESTIONS } from './weights.js';

/** The value stored under `key`, reading own properties only (never Object.prototype's). */
export const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

export interface SkillScore extends SkillArea {
  knowledge: { correct: number; asked: number } | null;
  /** How many questions stand behind the score, and its measurement error. */
  evidence: Evidence;
  /** The 1-5 rating, or null when the skill was not rated. */
  selfRating: number | null;
  /** 0-100, rounded; null when the skill was neither rated nor tested. */
  score: number | null;
  /** The unrounded score 0-1, for weighting without compounding rounding. */
  exact: number | null;
}

export interface QuestionOutcome {
  id: string;
  skill: string;
  level: string;
  question: string;
  chosen: string | null;
  correctChoice: string;
  correct: boolean;
  explanation: string;
}

export interface SheetScore {
  skills: SkillScore[];
  questions: QuestionOutcome[];
}

/** Rating 1-5 as a share: 1 -> 0, 5 -> 1. */
export const ratingShare = (rating: number) => (rating - 1) / 4;

export function scoreSheet(quiz: QuizDefinition, sheet: AnswerSheet): SheetScore {
  const questions = quiz.questions.map((q): QuestionOutcome => {
    const chosen = ownValue(sheet.knowledge, q.id) ?? null;
    const correctChoice = q.choices[q.answer]!;
    return {
      id: q.id,
      skill: q.skill,
      level: q.level,
      question: q.question,
      chosen,
      correctChoice,
      correct: chosen !== null && sameChoice(chosen, correctChoice),
      explanation: q.explanation,
    };
  });
  const skills = quiz.skills.map((skill): SkillScore => {
    const own = questions.filter((q) => q.skill === skill.id);
    const knowledge = own.length ? { correct: own.filter((q) => q.correct).length, asked: own.length } : null;
    const rating = ownValue(sheet.selfRatings, skill.id);
    const selfRating = rating === undefined ? null : rating;
    const exact = combine(knowledge, selfRating === null ? null : ratingShare(selfRating));
    const evidence = evidenceFor(knowledge?.asked ?? 0, knowledge?.correct ?? 0);
    return { ...skill, knowledge, evidence, selfRating, exact, score: exact === null ? null : Math.round(exact * 100) };
  });
  return { skills, questions };
}

/**
 * The self-rating is a prior worth PRIOR_QUESTIONS answers at its own level:
 * (correct + PRIOR x self) / (asked + PRIOR). One question moves the score by
 * at most 1 / (1 + PRIOR); many questions outweigh the rating. A skill the
 * role does not list has no rating: its answers alone count.
 */
export function combine(knowledge: { correct: number; asked: number } | null, self: number | null): number | null {
  if (self === null) return knowledge ? knowledge.correct / knowledge.asked : null;
  if (!knowledge) return self;
  return (knowledge.correct + PRIOR_QUESTIONS * self) / (knowledge.asked + PRIOR_QUESTIONS);
}

/** A 0-1 skill score on the 1-5 proficiency scale of the self-assessment. */
export const proficiencyOf = (exact: number) => 1 + 4 * exact;
