// The answers file for `career quiz ROLE --answers FILE`: the same answer sheet
// the prompts fill in (answer-sheet.ts), as YAML or JSON. Checked in two passes,
// both naming file:line:col and the entry: the shape (zod), then the ids and
// choices against the role's quiz.
import { z } from 'zod';
import { didYouMean } from '../shared/suggest.js';
import { UserError } from '../errors.js';
import { EDUCATION_LEVELS, sameChoice, type AnswerSheet } from './answer-sheet.js';
import {
  countingLine,
  countProblems,
  formatPath,
  formatProblem,
  type ParsedFile,
  type PathSegment,
  type Problem,
} from './problem.js';
import { parseDataText, readTextFile } from './load/read-file.js';
import type { Question } from './schema.js';
import { PROBLEMS_LISTED, validate } from './validate.js';

const years = z
  .number('expected a number of years')
  .min(0, 'expected 0 or more years')
  .max(60, 'expected at most 60 years');
const rating = z
  .number('expected a rating from 1 to 5')
  .int('expected a whole number from 1 (none) to 5 (expert)')
  .min(1, 'a rating goes from 1 (none) to 5 (expert)')
  .max(5, 'a rating goes from 1 (none) to 5 (expert)');

export const answersFileSchema = z.strictObject({
  role: z.string().optional().describe('role id, alias or title; may be left out when given on the command line'),
  level: z.string().optional().describe('target level id or title (default: the role itself)'),
  background: z.strictObject({
    yearsExperience: years.describe('years of experience in IT'),
    yearsLeadingPeople: years.describe('years leading people (0 if none)'),
    // Through z.string() first so a missing value reads "missing required field" (the enum alone reports it as a bad value).
    education: z.string().pipe(z.enum(EDUCATION_LEVELS)).describe('highest education'),
    certifications: z.array(z.string()).default([]).describe('ids from data/certifications.yaml'),
    currentLevel: z
      .string()
      .optional()
      .describe('the ladder level id you hold today, if any: only then do your years count as time served in it'),
  }),
  // Mappings with any keys: z.object().catchall() rather than z.record(), whose type name reads badly in messages.
  selfRatings: z.object({}).catchall(rating).describe('every skill of the role, by skill id, rated 1-5'),
  knowledge: z
    .object({})
    .catchall(
      z.string('expected the text of the chosen choice').trim().min(1, 'expected the text of the chosen choice'),
    )
    .refine(
      (answers) => Object.keys(answers).length > 0,
      'answer at least one question (question id: the text of the chosen choice)',
    )
    .describe('question id: the text of the chosen choice'),
});

/** A parsed, shape-checked answers file, still to be checked against a role's quiz. */
export interface AnswersFile {
  sheet: AnswerSheet;
  parsed: ParsedFile;
}

/** Reads and shape-checks the file; `display` is the name used in messages. Throws a UserError listing every problem. */
export function readAnswersFile(path: string, display: string): AnswersFile {
  const text = readTextFile(path, display);
  if (!text.ok) throw answersError(display, text.problems);
  return parseAnswersText(text.text, display);
}

export function parseAnswersText(text: string, display: string): AnswersFile {
  const read = parseDataText(text, display);
  if (!read.ok) throw answersError(display, read.problems);
  // Before the schema: it copies mappings into plain objects, where "__proto__" would vanish unseen.
  const reserved = reservedKeyProblems(read.parsed);
  if (reserved.length) throw answersError(display, reserved);
  const checked = validate(answersFileSchema, read.parsed);
  if (!checked.ok) throw answersError(display, checked.problems);
  const sheet = checked.value;
  return {
    sheet: { ...sheet, selfRatings: nullPrototype(sheet.selfRatings), knowledge: nullPrototype(sheet.knowledge) },
    parsed: read.parsed,
  };
}

/** Keys that reach into an object's prototype when assigned: never a skill, question or field name. */
const RESERVED_KEYS = new Set(['__proto__']);

function reservedKeyProblems(parsed: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: PathSegment[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (RESERVED_KEYS.has(key)) {
          const pos = parsed.locate(path, key);
          problems.push({
            file: parsed.file,
            line: pos?.line,
            column: pos?.column,
            path: formatPath([...path, key]),
            message: `"${key}" is not allowed as a key (it is not a skill, question or field name)`,
          });
        } else {
          // Only mappings and lists can hold keys (a path per rating of 200,000 cost a fifth of a second).
          const child = (value as Record<string, unknown>)[key];
          if (child !== null && typeof child === 'object') walk(child, [...path, key]);
        }
      }
    }
  };
  walk(parsed.value, []);
  return problems;
}

/** A copy without Object.prototype behind it: a skill or question id like "constructor" is only ever its own key. */
function nullPrototype<T>(record: Record<string, T>): Record<string, T> {
  // The record is freshly parsed and ours: dropping its prototype in place is O(1), where copying
  // 200,000 keys into a new null-prototype object took most of a second.
  return Object.setPrototypeOf(record, null) as Record<string, T>;
}

/** What a file is checked against: the ids in the role's quiz and its questions' choices (core's QuizBase has them). */
export interface QuizOutline {
  role: { id: string };
  ladder: readonly { id: string }[];
  roleSkills: readonly { id: string }[];
  bank: readonly Pick<Question, 'id' | 'choices'>[];
}

/** Checks the ids and choices against the quiz; throws a UserError listing every problem. */
export function checkAnswers(file: AnswersFile, quiz: QuizOutline, certificationIds: readonly string[]): void {
  const problems = findProblems(file, quiz, certificationIds);
  if (problems.length) throw answersError(file.parsed.file, problems);
}

/** The problems found, the first PROBLEMS_LISTED of them listed and the rest counted on a closing counting line. */
function findProblems(
  { sheet, parsed }: AnswersFile,
  quiz: QuizOutline,
  certificationIds: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  let more = 0;
  // Past the problems listed, a problem is only counted: no position, no suggestion (a
  // file of 200,000 unknown keys is told in seconds).
  const at = (path: PathSegment[], describe: () => string, key?: string) => {
    if (problems.length >= PROBLEMS_LISTED) {
      more++;
      return;
    }
    const message = describe();
    const pos = parsed.locate(path, key);
    problems.push({
      file: parsed.file,
      line: pos?.line,
      column: pos?.column,
      path: formatPath(key === undefined ? path : [...path, key]),
      message,
    });
  };

  const { background } = sheet;
  if (background.yearsLeadingPeople > background.yearsExperience) {
    at(
      ['background', 'yearsLeadingPeople'],
      () =>
        `${background.yearsLeadingPeople} years leading people is more than the ${background.yearsExperience} years of experience`,
    );
  }
  const levelIds = quiz.ladder.map((level) => level.id);
  if (background.currentLevel !== undefined && !levelIds.includes(background.currentLevel)) {
    at(
      ['background', 'currentLevel'],
      () => `"${background.currentLevel}" is not a level of ${quiz.role.id}; its levels are ${levelIds.join(', ')}`,
    );
  }
  background.certifications.forEach((id, index) => {
    if (!certificationIds.includes(id))
      at(
        ['background', 'certifications', index],
        () => `unknown certification "${id}"${didYouMean(id, certificationIds)}`,
      );
  });

  const skillIds = quiz.roleSkills.map((s) => s.id);
  for (const id of Object.keys(sheet.selfRatings)) {
    if (!skillIds.includes(id))
      at(['selfRatings'], () => `"${id}" is not a skill of ${quiz.role.id}${didYouMean(id, skillIds)}`, id);
  }
  const unrated = skillIds.filter((id) => !Object.hasOwn(sheet.selfRatings, id));
  if (unrated.length)
    at(
      ['selfRatings'],
      () =>
        `missing a rating for ${unrated.map((id) => `"${id}"`).join(', ')} (every skill of ${quiz.role.id} is rated 1-5)`,
    );

  const questions = new Map(quiz.bank.map((q) => [q.id, q]));
  for (const [id, chosen] of Object.entries(sheet.knowledge)) {
    const question = questions.get(id);
    if (!question) {
      at(
        ['knowledge'],
        () => `unknown question "${id}" in the ${quiz.role.id} quiz${didYouMean(id, questions.keys())}`,
        id,
      );
      continue;
    }
    if (!question.choices.some((choice) => sameChoice(choice, chosen))) {
      const hint = didYouMean(chosen, question.choices);
      at(
        ['knowledge', id],
        () =>
          `"${chosen}" is not one of the choices${hint}; the choices are ${question.choices.map((c) => `"${c}"`).join(', ')}`,
      );
    }
  }
  if (more > 0) problems.push(countingLine(parsed.file, more));
  return problems;
}

/**
 * One problem fits on the error line itself; several are listed under a summary. `problems` may end with a
 * counting line (countingLine); it is told as "... and N more", with every problem past the first PROBLEMS_LISTED.
 */
export function answersError(display: string, problems: Problem[]): UserError {
  const total = countProblems(problems);
  if (total === 1) return new UserError(formatProblem(problems[0]!));
  // A file with thousands of mistakes is told in its first PROBLEMS_LISTED; the rest are counted.
  const listed = problems.filter((problem) => problem.unlisted === undefined).slice(0, PROBLEMS_LISTED);
  const more = total - listed.length;
  const lines = listed.map(formatProblem);
  return new UserError(
    `the answers file ${display} has ${total} problems:`,
    2,
    more > 0 ? [...lines, `... and ${more} more`] : lines,
  );
}

/** An error about one entry of the file, with its position. */
export function locatedError(file: AnswersFile, path: PathSegment[], message: string): UserError {
  const pos = file.parsed.locate(path);
  return new UserError(
    formatProblem({ file: file.parsed.file, line: pos?.line, column: pos?.column, path: formatPath(path), message }),
  );
}
