// Scoring an answer sheet: per skill, knowledge (share of its questions answered
// correctly) and self-rating combined with the stated weights; per level, the
// skills weighted by how much that level needs them.
import type { AnswerSheet, QuizDefinition, SkillArea } from './types.js';
import { KNOWLEDGE_WEIGHT, SELF_RATING_WEIGHT, skillWeight } from './weights.js';

export interface SkillScore extends SkillArea {
  knowledge: { correct: number; asked: number } | null;
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

/** Choice texts compare without regard to case or spacing, so a retyped answer still counts. */
export const sameChoice = (a: string, b: string) => normalizeChoice(a) === normalizeChoice(b);
export const normalizeChoice = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Rating 1-5 as a share: 1 -> 0, 5 -> 1. */
export const ratingShare = (rating: number) => (rating - 1) / 4;

export function scoreSheet(quiz: QuizDefinition, sheet: AnswerSheet): SheetScore {
  const questions = quiz.questions.map((q): QuestionOutcome => {
    const chosen = sheet.knowledge[q.id] ?? null;
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
    const rating = sheet.selfRatings[skill.id];
    const selfRating = rating === undefined ? null : rating;
    const exact = combine(knowledge && knowledge.correct / knowledge.asked, selfRating === null ? null : ratingShare(selfRating));
    return { ...skill, knowledge, selfRating, exact, score: exact === null ? null : Math.round(exact * 100) };
  });
  return { skills, questions };
}

function combine(knowledge: number | null, self: number | null): number | null {
  if (knowledge !== null && self !== null) return KNOWLEDGE_WEIGHT * knowledge + SELF_RATING_WEIGHT * self;
  return knowledge ?? self;
}

/** 0-100: the assessed skills averaged, each weighted for a level emphasising `emphasised`. */
export function levelScore(skills: readonly SkillScore[], emphasised: readonly string[]): number {
  let total = 0;
  let weights = 0;
  for (const skill of skills) {
    if (skill.exact === null) continue;
    const weight = skillWeight(skill, emphasised);
    total += weight * skill.exact;
    weights += weight;
  }
  return weights === 0 ? 0 : Math.round((total / weights) * 100);
}
