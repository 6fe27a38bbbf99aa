import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQuizReport } from '../../src/core/quiz/report.js';
import { levelScore, ratingShare, sameChoice, scoreSheet, type SkillScore } from '../../src/core/quiz/score.js';
import { readinessByLevel } from '../../src/core/quiz/readiness.js';
import type { AnswerSheet, QuizDefinition, SkillArea } from '../../src/core/quiz/types.js';
import { builtInData } from '../helpers/data.js';
import { perfectSheet, QUIZ_ROLES, quizFor, sheetWith, worstSheet } from './quiz-sheets.js';

const data = builtInData();
const meta = { takenAt: '2026-01-01T00:00:00.000Z', mode: 'answers-file' as const, seed: null };

const skill = (id: string, importance = 2): SkillArea => ({ id, name: id, kind: 'technical', description: '', importance, inRole: true });

/** A one-skill quiz with `questions` questions on it, each with choices "right" and "wrong". */
function tinyQuiz(questions: number): QuizDefinition {
  return {
    role: { id: 'r', title: 'R' },
    ladder: [{ id: 'l', title: 'L', experience: { min: 0, max: 2 }, focus: ['f'], skills: [], certifications: [] }],
    mainIndex: 0,
    targetIndex: 0,
    skills: [skill('s')],
    questions: Array.from({ length: questions }, (_, i) => ({
      id: `q${i}`,
      skill: 's',
      level: 'l',
      question: `Q${i}?`,
      choices: ['right', 'wrong'],
      answer: 0,
      explanation: 'E',
    })),
  };
}

/** The scores alone (the full report also plans the path and ranks roles, which these properties do not need). */
function scores(quiz: QuizDefinition, sheet: AnswerSheet) {
  const { skills } = scoreSheet(quiz, sheet);
  return { skills, overall: levelScore(skills, quiz.ladder[quiz.targetIndex]!.skills), levels: readinessByLevel(quiz, skills, sheet.background) };
}

const background = { yearsExperience: 1, yearsLeadingPeople: 0, education: 'none' as const, certifications: [] };

describe('a skill score combines knowledge (60%) and self-rating (40%)', () => {
  it.each([
    // questions, right answers, rating, expected score
    [2, 2, 5, 100],
    [2, 0, 1, 0],
    [2, 1, 3, 50], // 0.6 * 0.5 + 0.4 * 0.5
    [2, 2, 1, 60], // knowledge only counts 60%
    [2, 0, 5, 40], // the rating only counts 40%
    [4, 3, 4, 75], // 0.6 * 0.75 + 0.4 * 0.75
    [0, 0, 4, 75], // no questions on the skill: the rating alone
    [0, 0, 2, 25],
  ])('%i questions, %i right, rated %i -> %i', (questions, right, rating, expected) => {
    const quiz = tinyQuiz(questions);
    const sheet = {
      background,
      selfRatings: { s: rating },
      knowledge: Object.fromEntries(quiz.questions.map((q, i) => [q.id, i < right ? 'right' : 'wrong'])),
    };
    expect(scoreSheet(quiz, sheet).skills[0]!.score).toBe(expected);
  });

  it('scores a tested skill without a rating on knowledge alone', () => {
    const quiz = tinyQuiz(2);
    const result = scoreSheet(quiz, { background, selfRatings: {}, knowledge: { q0: 'right', q1: 'wrong' } });
    expect(result.skills[0]).toMatchObject({ score: 50, selfRating: null, knowledge: { correct: 1, asked: 2 } });
  });

  it('counts an unanswered question as wrong', () => {
    const result = scoreSheet(tinyQuiz(2), { background, selfRatings: { s: 1 }, knowledge: { q0: 'right' } });
    expect(result.questions.map((q) => q.correct)).toEqual([true, false]);
    expect(result.questions[1]!.chosen).toBeNull();
  });
});

describe('choices and ratings', () => {
  it.each([
    ['About 43 minutes', 'about 43 minutes', true],
    ['  About   43 minutes ', 'About 43 minutes', true],
    ['About 43 minutes', 'About 44 minutes', false],
  ])('"%s" is the choice "%s": %s', (a, b, same) => expect(sameChoice(a, b)).toBe(same));

  it.each([
    [1, 0],
    [3, 0.5],
    [5, 1],
  ])('rating %i is a share of %d', (rating, share) => expect(ratingShare(rating)).toBe(share));
});

describe('levelScore weights skills by importance and emphasis', () => {
  const scored = (id: string, importance: number, exact: number | null): SkillScore => ({
    ...skill(id, importance),
    knowledge: null,
    selfRating: null,
    exact,
    score: exact === null ? null : Math.round(exact * 100),
  });
  it.each([
    // a core skill at 100 and a useful one at 0
    [[scored('a', 3, 1), scored('b', 1, 0)], [], 75],
    // emphasising the weak skill pulls the level score down: 3 / (3 + 3)
    [[scored('a', 3, 1), scored('b', 1, 0)], ['b'], 50],
    // unassessed skills do not count
    [[scored('a', 3, 0.8), scored('b', 3, null)], [], 80],
    [[], [], 0],
  ])('case %#', (skills, emphasised, expected) => expect(levelScore(skills, emphasised)).toBe(expected));
});

describe('overall score on the real question banks', () => {
  const draws = fc.record({
    role: fc.constantFrom(...QUIZ_ROLES),
    count: fc.integer({ min: 1, max: 40 }),
    seed: fc.string({ maxLength: 8 }),
    level: fc.constantFrom(undefined, 'assistant', 'senior', 'cio'),
  });

  it('a perfect answer sheet scores 100 overall and on every skill', () => {
    fc.assert(
      fc.property(draws, ({ role, count, seed, level }) => {
        const quiz = quizFor(data, role, count, seed, level);
        const report = buildQuizReport(data, quiz, perfectSheet(quiz), meta);
        return report.overall === 100 && report.skills.every((s) => s.score === 100) && report.missed.length === 0 && report.gaps.length === 0;
      }),
      { numRuns: 25 },
    );
  });

  it('the worst answer sheet (every answer wrong, every rating 1) scores 0', () => {
    fc.assert(
      fc.property(draws, ({ role, count, seed, level }) => {
        const quiz = quizFor(data, role, count, seed, level);
        const report = buildQuizReport(data, quiz, worstSheet(quiz), meta);
        return report.overall === 0 && report.skills.every((s) => s.score === 0) && report.missed.length === quiz.questions.length;
      }),
      { numRuns: 25 },
    );
  });

  it('turning one wrong answer right never lowers any score, and raises the skill it tests', () => {
    fc.assert(
      fc.property(draws, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.nat(), fc.nat(), ({ role, count, seed, level }, rights, ratingSeed, pick) => {
        const quiz = quizFor(data, role, count, seed, level);
        const rating = (id: string) => 1 + ((ratingSeed + id.length) % 5);
        const wrongIds = quiz.questions.filter((_, i) => !rights[i]).map((q) => q.id);
        fc.pre(wrongIds.length > 0);
        const flipped = wrongIds[pick % wrongIds.length]!;
        const before = scores(quiz, sheetWith(quiz, rating, (id) => rights[quiz.questions.findIndex((q) => q.id === id)]!));
        const after = scores(quiz, sheetWith(quiz, rating, (id) => id === flipped || rights[quiz.questions.findIndex((q) => q.id === id)]!));
        const tested = quiz.questions.find((q) => q.id === flipped)!.skill;
        const skillBefore = before.skills.find((s) => s.id === tested)!.score!;
        const skillAfter = after.skills.find((s) => s.id === tested)!.score!;
        return (
          after.overall >= before.overall &&
          skillAfter > skillBefore &&
          after.levels.every((level, i) => level.skillScore >= before.levels[i]!.skillScore)
        );
      }),
      { numRuns: 60 },
    );
  });

  it('raising one self-rating never lowers the overall score', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUIZ_ROLES), fc.nat(), fc.integer({ min: 1, max: 4 }), (role, pick, base) => {
        const quiz = quizFor(data, role, 10, 'r');
        const rated = quiz.skills.filter((s) => s.inRole);
        const target = rated[pick % rated.length]!.id;
        const before = scores(quiz, sheetWith(quiz, () => base, () => false));
        const after = scores(quiz, sheetWith(quiz, (id) => (id === target ? base + 1 : base), () => false));
        return after.overall >= before.overall;
      }),
    );
  });

  it('states its weights in the result', () => {
    const quiz = quizFor(data, 'it-ops-manager');
    const report = buildQuizReport(data, quiz, perfectSheet(quiz), meta);
    expect(report.scoring).toMatchObject({ knowledge: 0.6, selfRating: 0.4 });
    expect(report.readiness.thresholds).toMatchObject({ ready: 75, close: 60 });
  });
});
