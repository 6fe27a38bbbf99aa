// The interactive quiz driven through injected prompts: scripted fakes for the
// flow and its equivalence with an answers file, and the real inquirer prompts
// through @inquirer/testing for keys, validation and Ctrl-C.
import { checkbox, number, select } from '@inquirer/prompts';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quizCommand } from '../../src/commands/quiz.js';
import type { QuizOptions } from '../../src/commands/options.js';
import type { CommandContext } from '../../src/commands/context.js';
import { drawQuiz, prepareQuiz, quizForQuestions } from '../../src/core/quiz/definition.js';
import { buildQuizReport, type QuizReport } from '../../src/core/quiz/report.js';
import type { AnswerSheet } from '../../src/core/quiz/types.js';
import { checkAnswers, parseAnswersText } from '../../src/data/answers.js';
import { UserError } from '../../src/errors.js';
import { adaptInquirer } from '../../src/prompts/inquirer.js';
import { askQuiz, type PromptChoice, type QuizPrompts } from '../../src/prompts/quiz-flow.js';
import { plainStyle, visibleWidth } from '../../src/render/style.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const base = prepareQuiz(data, data.role('it-ops-manager'));

/** Prompts that answer from a script: numbers in order, selects by a chooser, every prompt recorded. */
function scriptedPrompts(
  numbers: number[],
  choose: (message: string, choices: PromptChoice<unknown>[]) => number,
  ticked: string[] = [],
) {
  const asked: string[] = [];
  const prompts: QuizPrompts = {
    number: async (config) => {
      asked.push(config.message);
      const value = numbers.shift()!;
      const valid = config.validate?.(value) ?? true;
      if (valid !== true) throw new Error(`scripted answer ${value} rejected: ${valid}`);
      return value;
    },
    select: async <V>(config: { message: string; choices: PromptChoice<V>[] }) => {
      asked.push(config.message);
      return config.choices[choose(config.message, config.choices as PromptChoice<unknown>[])]!.value;
    },
    checkbox: async <V>(config: { message: string; choices: PromptChoice<V>[] }) => {
      asked.push(config.message);
      return config.choices.filter((c) => ticked.includes(String(c.value))).map((c) => c.value);
    },
  };
  return { prompts, asked };
}

function flowOutput(columns = 80) {
  const lines: string[] = [];
  return { lines, output: { write: (text: string) => lines.push(text), style: plainStyle, columns } };
}

/** The screen with its line breaks and indentation as single spaces: the words a user reads. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Picks by position: education and ratings cycle through their choices, questions alternate first/last choice. */
const cyclingChooser = () => {
  let n = 0;
  return (_message: string, choices: PromptChoice<unknown>[]) => (n++ * 3) % choices.length;
};

describe('askQuiz with scripted prompts', () => {
  const quiz = drawQuiz(base, 6, 'seed-1');

  it('asks background, a rating per skill and every drawn question, with part headers and progress', async () => {
    const { prompts, asked } = scriptedPrompts([7, 3], cyclingChooser(), ['itil-4-foundation']);
    const { lines, output } = flowOutput();
    const sheet = await askQuiz(quiz, data.certifications, prompts, output);

    const rated = quiz.skills.filter((s) => s.inRole);
    const total = 5 + rated.length + quiz.questions.length;
    expect(asked).toHaveLength(total);
    const text = lines.join('');
    expect(text).toContain('Part 1 of 3: Background');
    expect(text).toContain('Part 2 of 3: Self-assessment');
    expect(text).toContain('Part 3 of 3: Knowledge check');
    expect(text).toContain(`Question 1 of ${total}\n`);
    expect(text).toContain(`Question ${total} of ${total}\n`);

    expect(sheet.background).toMatchObject({
      yearsExperience: 7,
      yearsLeadingPeople: 3,
      education: sheet.background.education,
      certifications: ['itil-4-foundation'],
    });
    expect(asked).toContain('Do you hold one of these jobs today?');
    expect([undefined, ...quiz.ladder.map((l) => l.id)]).toContain(sheet.background.currentLevel);
    expect(Object.keys(sheet.selfRatings).sort()).toEqual(rated.map((s) => s.id).sort());
    expect(Object.values(sheet.selfRatings).every((r) => r >= 1 && r <= 5)).toBe(true);
    expect(Object.keys(sheet.knowledge)).toEqual(quiz.questions.map((q) => q.id));
    quiz.questions.forEach((q) => expect(q.choices).toContain(sheet.knowledge[q.id]));
  });

  it('gives the identical result as the same answers in an answers file', async () => {
    for (const seed of ['a', 'b', 'c']) {
      const drawn = drawQuiz(base, 12, seed);
      const { prompts } = scriptedPrompts([4, 1], cyclingChooser(), ['comptia-a-plus']);
      const sheet = await askQuiz(drawn, data.certifications, prompts, flowOutput().output);
      const meta = { takenAt: '2026-01-01T00:00:00.000Z', mode: 'interactive' as const, seed };
      const interactive = buildQuizReport(data, drawn, sheet, meta);

      const file = parseAnswersText(stringify(sheet), 'answers.yaml');
      checkAnswers(
        file,
        base,
        data.certifications.map((c) => c.id),
      );
      const fromFile = buildQuizReport(
        data,
        quizForQuestions(base, Object.keys(file.sheet.knowledge)),
        file.sheet,
        meta,
      );

      const scored = (r: QuizReport) => ({
        overall: r.overall,
        skills: r.skills,
        readiness: r.readiness,
        gaps: r.gaps,
        estimate: r.estimate,
        fit: r.roleFit,
        missed: r.missed.map((m) => [m.id, m.chosen]),
      });
      expect(scored(fromFile)).toEqual(scored(interactive));
    }
  });
});

describe('the real inquirer prompts, driven through @inquirer/testing', () => {
  const prompts = adaptInquirer(
    { number: wrapPrompt(number), select: wrapPrompt(select), checkbox: wrapPrompt(checkbox) } as never,
    {},
  );
  const quiz = drawQuiz(base, 2, 'keys');
  const rated = quiz.skills.filter((s) => s.inRole);

  async function answerBackground() {
    expect(screen.getScreen()).toContain('Years of experience in IT');
    screen.type('5');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Years leading people');
    screen.type('9'); // more than the years of experience: refused
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('That is more than your 5 years of experience.');
    screen.keypress('backspace');
    screen.type('2');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Highest education');
    for (let i = 0; i < 3; i++) screen.keypress('down');
    screen.keypress('enter'); // bachelor
    await screen.next();
    expect(screen.getScreen()).toContain('Certifications you hold');
    screen.keypress('space'); // the first in the catalog
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Do you hold one of these jobs today?');
    expect(screen.getScreen()).toContain('None of these');
    screen.keypress('down'); // the first rung
    screen.keypress('enter');
    await screen.next();
  }

  it('answers a whole quiz with the arrow keys, space and Enter', async () => {
    const pending = askQuiz(quiz, data.certifications, prompts, flowOutput().output);
    await answerBackground();
    for (const skill of rated) {
      expect(screen.getScreen()).toContain(skill.name);
      expect(screen.getScreen()).toContain('3 Working: I handle the day-to-day work on my own.');
      screen.keypress('down');
      screen.keypress('down'); // rating 3
      screen.keypress('enter');
      await screen.next();
    }
    for (const question of quiz.questions) {
      expect(flat(screen.getScreen())).toContain(question.question);
      screen.keypress('down'); // the second choice shown
      screen.keypress('enter');
      if (question !== quiz.questions.at(-1)) await screen.next();
    }
    const sheet: AnswerSheet = await pending;
    expect(sheet.background).toEqual({
      yearsExperience: 5,
      yearsLeadingPeople: 2,
      education: 'bachelor',
      certifications: [data.certifications[0]!.id],
      currentLevel: quiz.ladder[0]!.id,
    });
    expect(new Set(Object.values(sheet.selfRatings))).toEqual(new Set([3]));
    expect(sheet.knowledge).toEqual(Object.fromEntries(quiz.questions.map((q) => [q.id, q.choices[1]])));
  });

  it('wraps questions and choices at word boundaries to a 50-column terminal', async () => {
    const pending = askQuiz(quiz, data.certifications, prompts, flowOutput(50).output);
    await answerBackground();
    // Inquirer itself cuts a line at the last column, mid-word ("watche|d"): every line it gets fits.
    const check = (...texts: string[]) => {
      const shown = screen.getScreen({ raw: false });
      for (const line of shown.split('\n')) expect(visibleWidth(line), line).toBeLessThanOrEqual(50);
      for (const text of texts) expect(flat(shown)).toContain(text);
    };
    for (const skill of rated) {
      check(skill.name, '3 Working: I handle the day-to-day work on my own.');
      screen.keypress('enter');
      await screen.next();
    }
    for (const question of quiz.questions) {
      check(question.question, ...question.choices);
      screen.keypress('enter');
      if (question !== quiz.questions.at(-1)) await screen.next();
    }
    await pending;
  });

  describe('Ctrl-C in the middle', () => {
    let stateDir: string;
    beforeEach(() => {
      stateDir = mkdtempSync(join(tmpdir(), 'career-quiz-'));
    });
    afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

    it('cancels with "Quiz cancelled", exit code 130, and saves nothing', async () => {
      const out: string[] = [];
      const ctx = {
        out: (text: string) => out.push(text),
        err: () => {},
        style: plainStyle,
        columns: 80,
        stdinIsTTY: true,
        stdoutIsTTY: true,
        stderrIsTTY: true,
        env: { CAREER_STATE_DIR: stateDir },
        cwd: process.cwd(),
        packageRoot: process.cwd(),
        dataDir: '',
        dataIsBuiltIn: true,
        data: async () => data,
      } satisfies CommandContext;
      const options: QuizOptions = { count: 2, seed: 'keys', save: true };
      const pending = quizCommand('it-ops-manager', options, ctx, { prompts });
      await new Promise((resolve) => setImmediate(resolve)); // let the command load the data and ask
      await answerBackground();
      screen.keypress({ name: 'c', ctrl: true });
      const error = await pending.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect(error).toMatchObject({ exitCode: 130, message: expect.stringMatching(/^Quiz cancelled/) });
      expect(out).toEqual([]);
      expect(existsSync(join(stateDir, 'history.jsonl'))).toBe(false);
    });
  });
});
