// The question banks must measure knowledge, not test-taking tricks: every
// skill the role lists is asked often enough to say something, no skill it
// does not list is asked, the top of the ladder has questions of its own, and
// the answer key does not leak through the length or the position of the
// correct choice. Checked over every bank in data/quizzes, so a new question
// that breaks a figure fails here instead of going unnoticed.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/data/schema.js';
import { builtInData } from '../helpers/data.js';

const MIN_PER_SKILL = 3;
const MIN_PER_TOP_LEVEL = 5;
const TOP_LEVELS = 3;
/** Chance with four choices is 25%; above 35% "pick the longest" beats knowing. */
const MAX_LONGEST_SHARE = 0.35;
const MUCH_LONGER = 1.3;
/** The report shows the explanation of every missed question: a bare restatement of the answer teaches nothing. */
const MIN_EXPLANATION = 100;
const MAX_MUCH_LONGER_SHARE = 0.1;

const otherLengths = (q: Question) => q.choices.filter((_, i) => i !== q.answer).map((c) => c.length);
const correctLength = (q: Question) => q.choices[q.answer]!.length;

/** The correct choice is longer than every other choice (a tie gives nothing away). */
const correctIsLongest = (q: Question) => correctLength(q) > Math.max(...otherLengths(q));
/** The correct choice is at least 1.3 times as long as every other choice: it stands out at a glance. */
const correctStandsOut = (q: Question) => correctLength(q) >= MUCH_LONGER * Math.max(...otherLengths(q));

/** How many correct answers sit at each position, and how many a fair spread would put there. */
function positions(questions: readonly Question[]) {
  const widest = Math.max(...questions.map((q) => q.choices.length));
  return Array.from({ length: widest }, (_, at) => ({
    at,
    actual: questions.filter((q) => q.answer === at).length,
    fair: questions.reduce((sum, q) => sum + (at < q.choices.length ? 1 / q.choices.length : 0), 0),
  }));
}

const data = builtInData();
const banks = data.quizzes.map((quiz) => ({ quiz, role: data.role(quiz.role) }));

describe('the question banks', () => {
  it('exist for the built-in roles', () => {
    expect(banks.map((b) => b.role.id).sort()).toEqual(
      expect.arrayContaining(['help-desk-technician', 'it-manager', 'it-ops-manager']),
    );
  });

  describe.each(banks.map((b) => [b.role.id, b] as const))('%s', (_id, { quiz, role }) => {
    const { questions } = quiz;
    const roleSkills = role.skills.map((s) => s.skill);

    it(`asks at least ${MIN_PER_SKILL} questions for every skill the role lists`, () => {
      const thin = roleSkills
        .map((skill) => ({ skill, count: questions.filter((q) => q.skill === skill).length }))
        .filter((s) => s.count < MIN_PER_SKILL);
      expect(thin).toEqual([]);
    });

    it('asks nothing about skills the role does not list', () => {
      const foreign = questions.filter((q) => !roleSkills.includes(q.skill)).map((q) => `${q.id} (${q.skill})`);
      expect(foreign).toEqual([]);
    });

    // A shorter ladder (an entry role's two rungs) has every level among its top ones: each is held to the same bar.
    it(`asks at least ${MIN_PER_TOP_LEVEL} questions aimed at each of the top ${TOP_LEVELS} ladder levels (every level of a shorter ladder)`, () => {
      const levels = role.ladder?.levels ?? [];
      expect(levels.length, 'a quiz needs a ladder to aim its questions at').toBeGreaterThan(0);
      const top = levels.slice(-TOP_LEVELS).map((l) => l.id);
      expect(top).toHaveLength(Math.min(TOP_LEVELS, levels.length));
      const thin = top
        .map((level) => ({ level, count: questions.filter((q) => q.level === level).length }))
        .filter((l) => l.count < MIN_PER_TOP_LEVEL);
      expect(thin).toEqual([]);
    });

    it(`makes the correct choice the longest in at most ${MAX_LONGEST_SHARE * 100}% of the questions`, () => {
      const longest = questions.filter(correctIsLongest).length;
      expect(longest / questions.length, `${longest} of ${questions.length}`).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
    });

    it(`makes the correct choice ${MUCH_LONGER}x longer than every other in at most ${MAX_MUCH_LONGER_SHARE * 100}% of the questions`, () => {
      const standOut = questions.filter(correctStandsOut);
      expect(standOut.length / questions.length, standOut.map((q) => q.id).join(', ')).toBeLessThanOrEqual(
        MAX_MUCH_LONGER_SHARE,
      );
    });

    it('spreads the correct answer over the positions: each between half and 1.5 times its fair share', () => {
      const skewed = positions(questions).filter((p) => p.actual < p.fair / 2 || p.actual > p.fair * 1.5);
      expect(skewed).toEqual([]);
    });

    it(`explains every answer in at least ${MIN_EXPLANATION} characters (why, not only what)`, () => {
      const terse = questions.filter((q) => q.explanation.length < MIN_EXPLANATION).map((q) => q.id);
      expect(terse).toEqual([]);
    });

    it('has no two choices of a question that read the same (answers files name the choice by its text)', () => {
      const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
      const repeated = questions.filter((q) => new Set(q.choices.map(norm)).size !== q.choices.length).map((q) => q.id);
      expect(repeated).toEqual([]);
    });
  });
});

describe('the bank figures', () => {
  const q = (choices: string[], answer: number): Question => ({
    id: 'q',
    skill: 's',
    level: 'l',
    question: 'Q?',
    choices,
    answer,
    explanation: 'E.',
  });

  it.each([
    [['aaaa', 'bbb', 'cc'], 0, true, true],
    [['aaaa', 'bbbb', 'cc'], 0, false, false],
    [['aaa', 'bbbbbbbbbb'], 0, false, false],
    [['aaaaaaaaaaaaa', 'bbbbbbbbbb'], 0, true, true],
    [['aaaaaaaaaaaa', 'bbbbbbbbbb'], 0, true, false],
  ])('%j answer %i: longest %s, stands out %s', (choices, answer, longest, standsOut) => {
    expect(correctIsLongest(q(choices, answer))).toBe(longest);
    expect(correctStandsOut(q(choices, answer))).toBe(standsOut);
  });
});
