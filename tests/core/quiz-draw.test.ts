import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../src/core/quiz/draw.js';
import { hashSeed, seededRandom, shuffle } from '../../src/core/quiz/random.js';
import type { Question } from '../../src/data/schema.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const bank = data.quizzes.find((q) => q.role === 'it-ops-manager')!.questions;
const levels = ['assistant', 'manager', 'senior', 'director', 'vp', 'cio'];
const importance = new Map(data.role('it-ops-manager').skills.map((s) => [s.skill, s.importance]));

const draw = (count: number, seed: string, questions: readonly Question[] = bank, targetLevel = 'manager') =>
  drawQuestions(questions, {
    count,
    random: seededRandom(seed),
    levelOrder: levels,
    targetLevel,
    skillWeight: (s) => importance.get(s) ?? 0,
  });

const q = (id: string, skill: string, level = 'manager'): Question => ({
  id,
  skill,
  level,
  question: `Question ${id}?`,
  choices: ['right', 'wrong a', 'wrong b'],
  answer: 0,
  explanation: 'Because.',
});

describe('seeded random', () => {
  it.each([
    ['1', '1', true],
    ['1', '2', false],
    ['42', 'forty-two', false],
  ])('seed %s vs %s gives the same sequence: %s', (a, b, same) => {
    const take = (seed: string) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(a).join() === take(b).join()).toBe(same);
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const random = seededRandom(seed);
        for (let i = 0; i < 50; i++) {
          const x = random();
          if (x < 0 || x >= 1) return false;
        }
        return true;
      }),
    );
  });

  it('hashes any text to an unsigned 32-bit number', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (seed) => Number.isInteger(hashSeed(seed)) && hashSeed(seed) >= 0 && hashSeed(seed) < 2 ** 32,
      ),
    );
  });

  it('shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        expect(shuffle(items, seededRandom(seed)).sort()).toEqual([...items].sort());
      }),
    );
  });
});

describe('drawQuestions', () => {
  it('draws the same questions with the same choice order for the same seed', () => {
    expect(draw(10, 'abc')).toEqual(draw(10, 'abc'));
  });

  it('draws differently for another seed', () => {
    const ids = (seed: string) => draw(10, seed).map((x) => `${x.id}:${x.choices.join('|')}`);
    expect(ids('abc')).not.toEqual(ids('abd'));
  });

  it.each([
    [1, 1],
    [10, 10],
    [bank.length, bank.length],
    [bank.length + 20, bank.length],
    [0, 0],
  ])('asked for %i questions, draws %i, none twice', (count, expected) => {
    const drawn = draw(count, 's');
    expect(drawn).toHaveLength(expected);
    expect(new Set(drawn.map((x) => x.id)).size).toBe(expected);
  });

  it('spreads over the skills: per-skill counts differ by at most one while a skill has questions left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: bank.length }), fc.string(), (count, seed) => {
        const drawn = draw(count, seed);
        const perSkill = new Map<string, number>();
        for (const x of drawn) perSkill.set(x.skill, (perSkill.get(x.skill) ?? 0) + 1);
        const available = new Map<string, number>();
        for (const x of bank) available.set(x.skill, (available.get(x.skill) ?? 0) + 1);
        const most = Math.max(...perSkill.values());
        // Every skill got at least one fewer than the busiest one, unless it ran out of questions.
        return [...available].every(([skill, total]) => (perSkill.get(skill) ?? 0) >= Math.min(total, most - 1));
      }),
    );
  });

  it('draws the most important skills first when there are fewer questions than skills', () => {
    const drawn = draw(5, 'x');
    expect(drawn.every((x) => importance.get(x.skill) === 3)).toBe(true);
    expect(new Set(drawn.map((x) => x.skill)).size).toBe(5);
  });

  it('keeps the answer pointing at the correct choice after shuffling', () => {
    const correct = new Map(bank.map((x) => [x.id, x.choices[x.answer]]));
    fc.assert(
      fc.property(fc.string(), (seed) =>
        draw(bank.length, seed).every((x) => x.choices[x.answer] === correct.get(x.id)),
      ),
    );
  });

  it('asks questions aimed at or below the target level before harder ones of the same skill', () => {
    const questions = [
      q('hard', 'networking', 'director'),
      q('easy', 'networking', 'assistant'),
      q('mid', 'networking', 'manager'),
    ];
    for (const seed of ['1', '2', '3', '4']) {
      expect(
        draw(2, seed, questions)
          .map((x) => x.id)
          .sort(),
      ).toEqual(['easy', 'mid']);
    }
  });
});
