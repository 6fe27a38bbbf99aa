// Properties of the readiness model on the real ladders and question banks:
// more of anything good never hurts, a perfect sheet is ready wherever its
// years and leadership allow, and which questions were drawn moves a level's
// score by no more than the margins the report states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultQuestionCount, drawQuiz, prepareQuiz } from '../../src/core/quiz/definition.js';
import { readinessByLevel, type LevelReadiness } from '../../src/core/quiz/readiness.js';
import { scoreSheet } from '../../src/core/quiz/score.js';
import type { AnswerSheet, Background, QuizDefinition } from '../../src/core/quiz/types.js';
import { builtInData } from '../helpers/data.js';
import { QUIZ_ROLES } from './quiz-sheets.js';

const data = builtInData();
const RANK = { 'not-yet': 0, close: 1, ready: 2 } as const;

const base = (role: string, level?: string) => prepareQuiz(data, data.role(role), level);
const defaultQuiz = (role: string, seed: string, level?: string) => {
  const prepared = base(role, level);
  return drawQuiz(prepared, defaultQuestionCount(prepared), seed);
};

function levels(quiz: QuizDefinition, sheet: AnswerSheet): LevelReadiness[] {
  return readinessByLevel(quiz, scoreSheet(quiz, sheet).skills, sheet.background);
}

function sheet(
  quiz: QuizDefinition,
  rating: (skill: string) => number,
  right: (id: string) => boolean,
  background: Background,
): AnswerSheet {
  const wrong = (q: QuizDefinition['questions'][number]) => q.choices.find((_, i) => i !== q.answer)!;
  return {
    background,
    selfRatings: Object.fromEntries(quiz.skills.filter((s) => s.inRole).map((s) => [s.id, rating(s.id)])),
    knowledge: Object.fromEntries(quiz.questions.map((q) => [q.id, right(q.id) ? q.choices[q.answer]! : wrong(q)])),
  };
}

/** Every level's status and score at least as good in `after` as in `before`. */
const neverLower = (before: LevelReadiness[], after: LevelReadiness[]) =>
  after.every((level, i) => RANK[level.status] >= RANK[before[i]!.status] && level.skillScore >= before[i]!.skillScore);

const arbitraries = {
  role: fc.constantFrom(...QUIZ_ROLES),
  seed: fc.string({ maxLength: 6 }),
  ratings: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 30, maxLength: 30 }),
  rights: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
  years: fc.integer({ min: 0, max: 30 }),
  leading: fc.integer({ min: 0, max: 30 }),
};
const bg = (years: number, leading: number): Background => ({
  yearsExperience: years,
  yearsLeadingPeople: Math.min(leading, years),
  education: 'bachelor',
  certifications: [],
});

describe('more never hurts', () => {
  const person = fc.record(arbitraries);

  it("raising one self-rating never lowers any level's status or score", () => {
    fc.assert(
      fc.property(person, fc.nat(), ({ role, seed, ratings, rights, years, leading }, pick) => {
        const quiz = defaultQuiz(role, seed);
        const rated = quiz.skills.filter((s) => s.inRole);
        const raised = rated[pick % rated.length]!.id;
        const rating = (id: string) => ratings[rated.findIndex((s) => s.id === id) % ratings.length]!;
        fc.pre(rating(raised) < 5);
        const right = (id: string) => rights[quiz.questions.findIndex((q) => q.id === id)]!;
        const before = levels(quiz, sheet(quiz, rating, right, bg(years, leading)));
        const after = levels(
          quiz,
          sheet(quiz, (id) => rating(id) + (id === raised ? 1 : 0), right, bg(years, leading)),
        );
        return neverLower(before, after);
      }),
      { numRuns: 60 },
    );
  });

  it("answering one more question right never lowers any level's status or score (a wrong answer made right, or one more question)", () => {
    fc.assert(
      fc.property(person, fc.nat(), fc.boolean(), ({ role, seed, ratings, rights, years, leading }, pick, addOne) => {
        const prepared = base(role);
        const count = defaultQuestionCount(prepared);
        const quiz = drawQuiz(prepared, count, seed);
        const rating = (id: string) => ratings[id.length % ratings.length]!;
        const right = (id: string) => rights[quiz.questions.findIndex((q) => q.id === id)]!;
        const before = levels(quiz, sheet(quiz, rating, right, bg(years, leading)));
        if (addOne) {
          const bigger = drawQuiz(prepared, count + 1, seed);
          const extra = bigger.questions.find((q) => !quiz.questions.some((o) => o.id === q.id));
          fc.pre(extra !== undefined);
          const withExtra = { ...quiz, questions: [...quiz.questions, extra!] };
          return neverLower(
            before,
            levels(
              withExtra,
              sheet(withExtra, rating, (id) => id === extra!.id || right(id), bg(years, leading)),
            ),
          );
        }
        const wrongIds = quiz.questions.filter((q) => !right(q.id)).map((q) => q.id);
        fc.pre(wrongIds.length > 0);
        const flipped = wrongIds[pick % wrongIds.length]!;
        return neverLower(
          before,
          levels(
            quiz,
            sheet(quiz, rating, (id) => id === flipped || right(id), bg(years, leading)),
          ),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("adding experience or years leading people never lowers any level's status or score", () => {
    fc.assert(
      fc.property(
        person,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        ({ role, seed, ratings, rights, years, leading }, more, moreLeading) => {
          const quiz = defaultQuiz(role, seed);
          const rating = (id: string) => ratings[id.length % ratings.length]!;
          const right = (id: string) => rights[quiz.questions.findIndex((q) => q.id === id)]!;
          const lead = Math.min(leading, years);
          const before = levels(quiz, sheet(quiz, rating, right, bg(years, lead)));
          const after = levels(quiz, sheet(quiz, rating, right, bg(years + more + moreLeading, lead + moreLeading)));
          return neverLower(before, after);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a perfect sheet', () => {
  it('is ready for every level its years and leadership allow, at the default question count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...QUIZ_ROLES),
        arbitraries.seed,
        arbitraries.years,
        arbitraries.leading,
        fc.constantFrom(undefined, 'manager', 'director'),
        (role, seed, years, leading, target) => {
          const quiz = defaultQuiz(role, seed, target);
          const background = bg(years, leading);
          const result = levels(
            quiz,
            sheet(
              quiz,
              () => 5,
              () => true,
              background,
            ),
          );
          return result.every((level, i) => {
            const allowed =
              quiz.ladder[i]!.experience.min <= years &&
              quiz.ladder[i]!.expects.leadershipYears <= background.yearsLeadingPeople;
            return allowed ? level.status === 'ready' : level.status !== 'ready';
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('which questions were drawn', () => {
  it("moves a level's skill score by no more than the two draws' stated margins, for self-ratings within one step of the answers", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...QUIZ_ROLES),
        arbitraries.seed,
        arbitraries.seed,
        fc.array(fc.constantFrom(0, 0.5, 1), { minLength: 30, maxLength: 30 }),
        fc.array(fc.constantFrom(-1, 0, 1), { minLength: 30, maxLength: 30 }),
        (role, seedA, seedB, truths, offsets) => {
          fc.pre(seedA !== seedB);
          const prepared = base(role);
          const skillIds = prepared.roleSkills.map((s) => s.id);
          const truth = (skill: string) => truths[skillIds.indexOf(skill) % truths.length] ?? 0.5;
          // The rating a person with this truth gives, give or take one step.
          const rating = (skill: string) =>
            Math.min(5, Math.max(1, 1 + 4 * truth(skill) + offsets[skillIds.indexOf(skill) % offsets.length]!));
          // Half-right skills: every other question in bank order is right.
          const bankIndex = new Map(prepared.bank.map((q, i) => [q.id, i]));
          const right = (id: string) => {
            const q = prepared.bank[bankIndex.get(id)!]!;
            const t = truth(q.skill);
            return t === 1 || (t === 0.5 && bankIndex.get(id)! % 2 === 0);
          };
          const run = (seed: string) => {
            const quiz = drawQuiz(prepared, defaultQuestionCount(prepared), seed);
            return levels(quiz, sheet(quiz, rating, right, bg(10, 5)));
          };
          const a = run(seedA);
          const b = run(seedB);
          return a.every((level, i) => Math.abs(level.skillScore - b[i]!.skillScore) <= level.margin + b[i]!.margin);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('covers every core skill at least twice at the default count', () => {
    for (const role of QUIZ_ROLES) {
      const prepared = base(role);
      const tested = new Set(prepared.bank.map((q) => q.skill));
      const core = prepared.roleSkills.filter((s) => s.importance === 3 && tested.has(s.id)).map((s) => s.id);
      for (const seed of ['1', '2', 'x']) {
        const quiz = drawQuiz(prepared, defaultQuestionCount(prepared), seed);
        for (const skill of core) {
          const available = prepared.bank.filter((q) => q.skill === skill).length;
          expect(quiz.questions.filter((q) => q.skill === skill).length, `${role} ${skill}`).toBeGreaterThanOrEqual(
            Math.min(2, available),
          );
        }
      }
    }
  });
});
