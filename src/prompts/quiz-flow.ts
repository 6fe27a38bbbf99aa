// The interactive quiz: three parts (background, self-assessment, knowledge
// check), each with a header, and a progress line before every question. The
// prompt functions are passed in, so tests drive the flow with fake prompts or
// @inquirer/testing, and only an interactive run loads inquirer.
import type { Style } from '../render/style.js';
import { wrap } from '../render/wrap.js';
import {
  EDUCATION_LEVELS,
  EDUCATION_NAMES,
  RATING_SCALE,
  type AnswerSheet,
  type Education,
  type QuizDefinition,
} from '../core/quiz/types.js';
import { countOf } from '../core/count-words.js';
import { answerText, promptText, safeText } from './prompt-text.js';

export interface PromptChoice<V> {
  value: V;
  name: string;
  /** Shown after the message once chosen, when not the name. */
  short?: string;
  description?: string;
}

/** The prompts the quiz needs; `loadInquirerPrompts` gives the real ones. */
export interface QuizPrompts {
  number(config: {
    message: string;
    min: number;
    max: number;
    validate?: (value: number) => true | string;
  }): Promise<number>;
  select<V>(config: { message: string; choices: PromptChoice<V>[] }): Promise<V>;
  checkbox<V>(config: { message: string; choices: PromptChoice<V>[] }): Promise<V[]>;
}

export interface FlowOutput {
  /** Where headers and progress lines go: the terminal the prompts draw on. */
  write(text: string): void;
  style: Style;
  columns: number;
}

export interface CertificationChoice {
  id: string;
  name: string;
  issuer: string;
}

const BACKGROUND_QUESTIONS = 5;
/** The "none of these" answer to the level question. */
const NO_LEVEL = '';
const MAX_YEARS = 60;

export async function askQuiz(
  quiz: QuizDefinition,
  certifications: readonly CertificationChoice[],
  prompts: QuizPrompts,
  output: FlowOutput,
): Promise<AnswerSheet> {
  const { style, columns } = output;
  const rated = quiz.skills.filter((skill) => skill.inRole);
  const total = BACKGROUND_QUESTIONS + rated.length + quiz.questions.length;
  let asked = 0;
  const progress = (extra?: string) => {
    asked += 1;
    output.write(`${style.dim(`Question ${asked} of ${total}`)}\n`);
    if (extra) output.write(`${style.dim(wrap(extra, columns))}\n`);
  };
  // Every message and choice is wrapped to the terminal here, at word boundaries (prompt-text.ts).
  // A number's answer goes after the message's last line: room is kept for a few digits.
  const numberMessage = (text: string) => promptText(text, columns, 4);
  const choice = <V>(message: string, value: V, name: string, description?: string): PromptChoice<V> => {
    const shown = promptText(name, columns);
    const short = answerText(message, name, columns);
    return {
      value,
      name: shown,
      ...(short === undefined ? {} : { short }),
      ...(description === undefined ? {} : { description: safeText(description) }),
    };
  };
  const header = (part: number, title: string, intro: string) =>
    output.write(`\n${style.heading(`Part ${part} of 3: ${title}`)}\n${wrap(intro, columns)}\n\n`);

  output.write(
    `${style.bold(`Readiness quiz: ${safeText(quiz.ladder[quiz.targetIndex]!.title)}`)}\n` +
      `${wrap(`${total} questions in three parts. Use the arrow keys and Enter; Ctrl-C stops without saving.`, columns)}\n`,
  );

  header(1, 'Background', 'Five questions about your experience so far.');
  progress();
  const yearsExperience = await prompts.number({
    message: numberMessage('Years of experience in IT'),
    min: 0,
    max: MAX_YEARS,
  });
  progress();
  const yearsLeadingPeople = await prompts.number({
    message: numberMessage('Years leading people (team lead, supervisor, manager; 0 if none)'),
    min: 0,
    max: MAX_YEARS,
    validate: (value) =>
      value <= yearsExperience || `That is more than your ${countOf(yearsExperience, 'year')} of experience.`,
  });
  progress();
  const educationMessage = promptText('Highest education', columns);
  const education = await prompts.select<Education>({
    message: educationMessage,
    choices: EDUCATION_LEVELS.map((value) => choice(educationMessage, value, EDUCATION_NAMES[value])),
  });
  progress();
  const held = await prompts.checkbox<string>({
    message: promptText('Certifications you hold (Space to tick, Enter when done)', columns),
    // A ticked box is drawn before the name ("❯◯ "): two columns more than a select.
    choices: certifications.map((c) => ({
      value: c.id,
      name: promptText(c.name, columns, 2),
      description: safeText(c.issuer),
    })),
  });
  progress(
    'Only the level you hold counts your years as time served in it; being ready for a level is not holding it.',
  );
  const levelMessage = promptText('Do you hold one of these jobs today?', columns);
  const currentLevel = await prompts.select<string>({
    message: levelMessage,
    choices: [
      choice(levelMessage, NO_LEVEL, 'None of these'),
      ...quiz.ladder.map((level) => choice(levelMessage, level.id, level.title)),
    ],
  });

  header(
    2,
    'Self-assessment',
    'Rate yourself on each skill of the role, from 1 (none) to 5 (expert). Be honest: the report is only for you.',
  );
  const selfRatings = Object.create(null) as Record<string, number>;
  for (const skill of rated) {
    progress(safeText(skill.description));
    const message = promptText(skill.name, columns);
    selfRatings[skill.id] = await prompts.select<number>({
      message,
      choices: RATING_SCALE.map((point) =>
        choice(message, point.value, `${point.value} ${point.label}: ${point.meaning}`),
      ),
    });
  }

  header(
    3,
    'Knowledge check',
    `${countOf(quiz.questions.length, 'multiple-choice question')}. Each has one best answer; the report explains the ones you miss.`,
  );
  const knowledge = Object.create(null) as Record<string, string>;
  for (const question of quiz.questions) {
    progress();
    const message = promptText(question.question, columns);
    const chosen = await prompts.select<number>({
      message,
      choices: question.choices.map((text, index) => choice(message, index, text)),
    });
    knowledge[question.id] = question.choices[chosen]!;
  }
  output.write('\n');

  return {
    role: quiz.role.id,
    level: quiz.ladder[quiz.targetIndex]!.id,
    background: {
      yearsExperience,
      yearsLeadingPeople,
      education,
      certifications: held,
      ...(currentLevel === NO_LEVEL ? {} : { currentLevel }),
    },
    selfRatings,
    knowledge,
  };
}
