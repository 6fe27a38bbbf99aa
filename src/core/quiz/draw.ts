// Drawing the knowledge questions for one run: first CORE_ROUNDS questions for
// every core skill, then spread over all the skills (one per skill per round,
// most important skills first), questions aimed at or below the target level
// before harder ones, and the choices shuffled. All
// randomness comes from the seeded generator, so a seed reproduces the run.
import type { Question } from '../../data/schema.js';
import { shuffle, type Random } from './random.js';
import type { AskedQuestion } from './types.js';

export interface DrawOptions {
  count: number;
  random: Random;
  /** Level ids from junior to senior, to tell "above the target" questions apart. */
  levelOrder: readonly string[];
  targetLevel: string;
  /** How much each skill matters at the target; higher is drawn first. Unknown skills weigh 0. */
  skillWeight: (skill: string) => number;
  /** Skills to draw CORE_ROUNDS questions for before any other skill gets one (the role's core skills). */
  coreSkills?: ReadonlySet<string>;
}

/** Questions drawn for each core skill before the rest: enough that no core skill rests on one answer. */
export const CORE_ROUNDS = 2;

export function drawQuestions(bank: readonly Question[], options: DrawOptions): AskedQuestion[] {
  const { random, levelOrder } = options;
  const targetRank = levelOrder.indexOf(options.targetLevel);
  const aboveTarget = (q: Question) => targetRank >= 0 && levelOrder.indexOf(q.level) > targetRank;

  const bySkill = new Map<string, Question[]>();
  for (const question of shuffle(bank, random)) {
    const list = bySkill.get(question.skill) ?? [];
    list.push(question);
    bySkill.set(question.skill, list);
  }
  // Array.prototype.sort is stable, so ties keep the shuffled order.
  for (const list of bySkill.values()) list.sort((a, b) => Number(aboveTarget(a)) - Number(aboveTarget(b)));
  const skills = shuffle([...bySkill.keys()], random).sort((a, b) => options.skillWeight(b) - options.skillWeight(a));

  const wanted = Math.min(Math.max(0, Math.floor(options.count)), bank.length);
  const drawn: Question[] = [];
  const next = new Map(skills.map((skill) => [skill, 0]));
  const take = (skill: string) => {
    const at = next.get(skill)!;
    const question = bySkill.get(skill)![at];
    if (!question || drawn.length >= wanted) return;
    drawn.push(question);
    next.set(skill, at + 1);
  };
  const core = skills.filter((skill) => options.coreSkills?.has(skill));
  for (let round = 0; round < CORE_ROUNDS; round++) core.forEach(take);
  // Then round by round: a skill gets its next question only when every skill has as many (or has run out).
  for (let round = 0; drawn.length < wanted; round++) {
    for (const skill of skills) if (next.get(skill) === round) take(skill);
  }
  return drawn.map((question) => askWithShuffledChoices(question, random));
}

/** The question with its choices in a random order; `answer` follows the correct choice. */
export function askWithShuffledChoices(question: Question, random: Random): AskedQuestion {
  const order = shuffle(
    question.choices.map((_, index) => index),
    random,
  );
  return asAsked(question, order);
}

/** The question as the bank has it (used when scoring an answers file: order does not matter there). */
export function askInBankOrder(question: Question): AskedQuestion {
  return asAsked(
    question,
    question.choices.map((_, index) => index),
  );
}

function asAsked(question: Question, order: number[]): AskedQuestion {
  return {
    id: question.id,
    skill: question.skill,
    level: question.level,
    question: question.question,
    choices: order.map((index) => question.choices[index]!),
    answer: order.indexOf(question.answer),
    explanation: question.explanation,
  };
}
