// Answer sheets for quiz tests: the best and worst possible, and ones in between.
import { drawQuiz, prepareQuiz } from '../../src/core/quiz/definition.js';
import type { AnswerSheet, QuizDefinition } from '../../src/core/quiz/types.js';
import type { DataSet } from '../../src/data/dataset.js';

export const QUIZ_ROLES = ['it-ops-manager', 'it-manager'] as const;

export function quizFor(data: DataSet, role: string, count = 10, seed = '1', level?: string): QuizDefinition {
  return drawQuiz(prepareQuiz(data, data.role(role), level), count, seed);
}

const wrongChoice = (q: QuizDefinition['questions'][number]) => q.choices.find((_, i) => i !== q.answer)!;

/** Answers chosen per question: true = the correct choice, false = a wrong one. */
export function sheetWith(
  quiz: QuizDefinition,
  rating: (skill: string) => number,
  correct: (questionId: string) => boolean,
): AnswerSheet {
  return {
    background: { yearsExperience: 6, yearsLeadingPeople: 2, education: 'bachelor', certifications: [] },
    selfRatings: Object.fromEntries(quiz.skills.filter((s) => s.inRole).map((s) => [s.id, rating(s.id)])),
    knowledge: Object.fromEntries(
      quiz.questions.map((q) => [q.id, correct(q.id) ? q.choices[q.answer]! : wrongChoice(q)]),
    ),
  };
}

export const perfectSheet = (quiz: QuizDefinition) =>
  sheetWith(
    quiz,
    () => 5,
    () => true,
  );
export const worstSheet = (quiz: QuizDefinition) =>
  sheetWith(
    quiz,
    () => 1,
    () => false,
  );
