import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQuizReport } from '../../src/core/quiz/report.js';
import { ratingShare, scoreSheet, type SkillScore } from '../../src/core/quiz/score.js';
import { sameChoice } from '../../src/data/answer-sheet.js';
import { evidenceFor } from '../../src/core/quiz/evidence.js';
import { levelSkills, readinessByLevel } from '../../src/core/quiz/readiness.js';
import type { AnswerSheet, Expectations, LadderLevel, QuizDefinition, SkillArea } from '../../src/core/quiz/types.js';
import { builtInData } from '../helpers/data.js';
import { perfectSheet, QUIZ_ROLES, quizFor, sheetWith, worstSheet } from './quiz-sheets.js';

const data = builtInData();
const meta = { takenAt: '2026-01-01T00:00:00.000Z', mode: 'answers-file' as const, seed: null };

const skill = (id: string, importance = 2): SkillArea => ({
  id,
  name: id,
  kind: 'technical',
  description: '',
  importance,
  inRole: true,
});

export function expects(skills: [string, number][], leadershipYears = 0): Expectations {
  return {
    skills: new Map(skills),
    leadershipYears,
    focusSkills: [[]],
    origin: 'data',
    source: 'career-assumption',
    leadershipSource: 'career-assumption',
  };
}

const level = (emphasised: string[], expected: [string, number][]): LadderLevel => ({
  id: 'l',
  title: 'L',
  experience: { min: 0, max: 2 },
  focus: ['f'],
  skills: emphasised,
  certifications: [],
  expects: expects(expected),
});

/** A one-skill quiz (skill id `skillId`) with `questions` questions on it, each with choices "right" and "wrong". */
function tinyQuiz(questions: number, skillId = 's'): QuizDefinition {
  return {
    role: { id: 'r', title: 'R' },
    ladder: [level([], [[skillId, 3]])],
    mainIndex: 0,
    targetIndex: 0,
    skills: [skill(skillId)],
    questions: Array.from({ length: questions }, (_, i) => ({
      id: `q${i}`,
      skill: skillId,
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
  const levels = readinessByLevel(quiz, skills, sheet.background);
  return { skills, overall: levels[quiz.targetIndex]!.skillScore, levels };
}

const background = { yearsExperience: 1, yearsLeadingPeople: 0, education: 'none' as const, certifications: [] };

describe('a skill score is the answers shrunk toward the self-rating, which counts as 2 questions', () => {
  it.each([
    // questions, right answers, rating, expected score: (right + 2 x (rating - 1) / 4) / (questions + 2)
    [2, 2, 5, 100],
    [2, 0, 1, 0],
    [2, 1, 3, 50],
    [2, 2, 1, 50], // two answers weigh as much as the rating
    [2, 0, 5, 50],
    [4, 3, 4, 75],
    [1, 1, 3, 67], // one question moves a self-rated 3 by 17 points, not 60
    [1, 0, 3, 33],
    [6, 6, 1, 75], // many answers outweigh the rating
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

describe('evidence: how many questions stand behind a skill score', () => {
  it.each([
    [0, 'no question: self-rating only', 0],
    [1, '1 question: weak evidence', 34],
    [2, '2 questions: some evidence', 36],
    [4, '4 questions: good evidence', 34],
    [10, '10 questions: good evidence', 27],
  ])('%i questions -> "%s", +/- %i', (asked, label, margin) =>
    expect(evidenceFor(asked, 0)).toMatchObject({ label, margin }),
  );
});

describe("a level's skill score is the weighted share of its expected proficiencies reached", () => {
  const scored = (id: string, importance: number, exact: number | null, asked = 0): SkillScore => ({
    ...skill(id, importance),
    knowledge: asked ? { correct: 0, asked } : null,
    evidence: evidenceFor(asked, 0),
    selfRating: null,
    exact,
    score: exact === null ? null : Math.round(exact * 100),
  });
  it.each([
    // proficiency 1 + 4 x exact: 5 meets an expected 4; 1 reaches 1/4 of it; weights 3 and 1
    [
      [scored('a', 3, 1), scored('b', 1, 0)],
      [],
      [
        ['a', 4],
        ['b', 4],
      ],
      81,
    ],
    // emphasising the weak skill (+2) pulls the level score down: (3 x 1 + 3 x 0.25) / 6
    [
      [scored('a', 3, 1), scored('b', 1, 0)],
      ['b'],
      [
        ['a', 4],
        ['b', 4],
      ],
      63,
    ],
    // a skill the level does not expect does not count
    [[scored('a', 3, 0.5), scored('b', 3, 0)], [], [['a', 3]], 100],
    // an expected skill neither rated nor tested counts as proficiency 1
    [[scored('a', 3, null)], [], [['a', 2]], 50],
    // a level expecting nothing is met
    [[], [], [], 100],
  ] as const)('case %#', (skills, emphasised, expected, score) =>
    expect(
      levelSkills(
        level(
          [...emphasised],
          expected.map(([id, p]) => [id, p]),
        ),
        skills,
      ).score,
    ).toBe(score),
  );
});

describe('prototype keys are plain keys in scoring (issue 13, item 4)', () => {
  it('a skill with id "constructor" and no rating is unrated, not a function', () => {
    const quiz = tinyQuiz(0, 'constructor');
    const result = scoreSheet(quiz, { background, selfRatings: {}, knowledge: {} });
    expect(result.skills[0]).toMatchObject({ selfRating: null, score: null, exact: null });
    const levels = readinessByLevel(quiz, result.skills, background);
    expect(Number.isFinite(levels[0]!.skillScore)).toBe(true);
    expect(levels[0]!.expectedSkills[0]).toMatchObject({ skill: 'constructor', yours: null, met: false });
  });

  it('a question with id "toString" that was not answered counts as unanswered', () => {
    const quiz = tinyQuiz(1, 'constructor');
    quiz.questions[0]!.id = 'toString';
    const result = scoreSheet(quiz, { background, selfRatings: { constructor: 3 }, knowledge: {} });
    expect(result.questions[0]).toMatchObject({ chosen: null, correct: false });
    expect(result.skills[0]!.score).toBe(33);
  });
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
        return (
          report.overall === 100 &&
          report.skills.every((s) => s.score === 100) &&
          report.missed.length === 0 &&
          report.gaps.length === 0
        );
      }),
      { numRuns: 25 },
    );
  });

  it('the worst answer sheet (every answer wrong, every rating 1) scores 0 on every skill and is ready for no level', () => {
    fc.assert(
      fc.property(draws, ({ role, count, seed, level }) => {
        const quiz = quizFor(data, role, count, seed, level);
        const report = buildQuizReport(data, quiz, worstSheet(quiz), meta);
        return (
          report.skills.every((s) => s.score === 0) &&
          report.missed.length === quiz.questions.length &&
          report.readiness.levels.every((l) => l.status === 'not-yet')
        );
      }),
      { numRuns: 25 },
    );
  });

  it('turning one wrong answer right never lowers any score, and raises the skill it tests', () => {
    fc.assert(
      fc.property(
        draws,
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        ({ role, count, seed, level }, rights, ratingSeed, pick) => {
          const quiz = quizFor(data, role, count, seed, level);
          const rating = (id: string) => 1 + ((ratingSeed + id.length) % 5);
          const wrongIds = quiz.questions.filter((_, i) => !rights[i]).map((q) => q.id);
          fc.pre(wrongIds.length > 0);
          const flipped = wrongIds[pick % wrongIds.length]!;
          const before = scores(
            quiz,
            sheetWith(quiz, rating, (id) => rights[quiz.questions.findIndex((q) => q.id === id)]!),
          );
          const after = scores(
            quiz,
            sheetWith(quiz, rating, (id) => id === flipped || rights[quiz.questions.findIndex((q) => q.id === id)]!),
          );
          const tested = quiz.questions.find((q) => q.id === flipped)!.skill;
          const skillBefore = before.skills.find((s) => s.id === tested)!.score!;
          const skillAfter = after.skills.find((s) => s.id === tested)!.score!;
          return (
            after.overall >= before.overall &&
            skillAfter > skillBefore &&
            after.levels.every((level, i) => level.skillScore >= before.levels[i]!.skillScore)
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('raising one self-rating never lowers the overall score', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUIZ_ROLES), fc.nat(), fc.integer({ min: 1, max: 4 }), (role, pick, base) => {
        const quiz = quizFor(data, role, 10, 'r');
        const rated = quiz.skills.filter((s) => s.inRole);
        const target = rated[pick % rated.length]!.id;
        const before = scores(
          quiz,
          sheetWith(
            quiz,
            () => base,
            () => false,
          ),
        );
        const after = scores(
          quiz,
          sheetWith(
            quiz,
            (id) => (id === target ? base + 1 : base),
            () => false,
          ),
        );
        return after.overall >= before.overall;
      }),
    );
  });

  it('states its weights in the result, as our own judgement', () => {
    const quiz = quizFor(data, 'it-ops-manager');
    const report = buildQuizReport(data, quiz, perfectSheet(quiz), meta);
    expect(report.scoring).toMatchObject({ priorQuestions: 2, source: 'career-assumption' });
    expect(report.readiness.thresholds).toMatchObject({ ready: 90, close: 70, source: 'career-assumption' });
  });
});

describe("the README's worked example", () => {
  it('three skills of the IT Operations Manager rung: 87 +/- 26', () => {
    const skills = [
      { ...skill('it-service-management', 3), questions: 2, right: 2, rating: 3 },
      { ...skill('leadership', 3), questions: 0, right: 0, rating: 3 },
      { ...skill('vendor-management', 2), questions: 1, right: 0, rating: 2 },
    ];
    const quiz: QuizDefinition = {
      role: { id: 'r', title: 'R' },
      ladder: [
        level(
          ['it-service-management', 'leadership', 'vendor-management'],
          [
            ['it-service-management', 4],
            ['leadership', 3],
            ['vendor-management', 3],
          ],
        ),
      ],
      mainIndex: 0,
      targetIndex: 0,
      skills: skills.map(({ questions: _q, right: _r, rating: _rating, ...area }) => area),
      questions: skills.flatMap((s) =>
        Array.from({ length: s.questions }, (_, i) => ({
          id: `${s.id}-${i}`,
          skill: s.id,
          level: 'l',
          question: '?',
          choices: ['right', 'wrong'],
          answer: 0,
          explanation: '',
        })),
      ),
    };
    const sheet = {
      background,
      selfRatings: Object.fromEntries(skills.map((s) => [s.id, s.rating])),
      knowledge: Object.fromEntries(
        skills.flatMap((s) =>
          Array.from({ length: s.questions }, (_, i) => [`${s.id}-${i}`, i < s.right ? 'right' : 'wrong']),
        ),
      ),
    };
    const scored = scoreSheet(quiz, sheet).skills;
    expect(scored.map((s) => [s.score, s.evidence.margin])).toEqual([
      [75, 36],
      [50, 0],
      [17, 34],
    ]);
    expect(levelSkills(quiz.ladder[0]!, scored)).toMatchObject({ score: 87, margin: 26 });
  });
});
