// `career quiz [ROLE]`: the readiness quiz, asked at the terminal or read from
// an answers file, scored into a report, saved to the history, and optionally
// gated by --min-score for scripts.
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import {
  defaultQuestionCount,
  drawQuiz,
  prepareQuiz,
  quizForQuestions,
  rolesWithQuiz,
  type QuizBase,
} from '../core/quiz/definition.js';
import { buildQuizReport, type QuizMode, type QuizReport } from '../core/quiz/report.js';
import type { AnswerSheet, QuizDefinition } from '../core/quiz/types.js';
import { findLevelOrUndefined, findRole, findRoleOrUndefined } from '../core/lookup.js';
import type { DataSet } from '../data/dataset.js';
import type { Role } from '../data/schema.js';
import { ExitCode, UserError } from '../errors.js';
import { isPromptCancel } from '../prompts/cancel.js';
import type { QuizPrompts } from '../prompts/quiz-flow.js';
import { renderJson } from '../render/json.js';
import { wrap } from '../render/wrap.js';
import { safeText } from '../prompts/prompt-text.js';
import type { CommandContext } from './context.js';
import type { QuizOptions } from './options.js';
import { outputFormat } from './output-format.js';

/** What tests can replace: the prompts and the clock. */
export interface QuizDependencies {
  prompts?: QuizPrompts;
  now?: () => Date;
}

export const NO_TERMINAL_MESSAGE =
  'the quiz asks its questions at a terminal, and stdin is not one. To score without prompts, fill in an answers file ' +
  '(YAML or JSON; see "Answers file" in the README) and run: career quiz ROLE --answers FILE';

interface Taken {
  quiz: QuizDefinition;
  sheet: AnswerSheet;
  mode: QuizMode;
  seed: string | null;
}

export async function quizCommand(
  roleName: string | undefined,
  options: QuizOptions,
  ctx: CommandContext,
  deps: QuizDependencies = {},
): Promise<QuizReport> {
  // Before any question: a clash of --json and --format is said at once.
  const format = outputFormat(options);
  if (options.minScore !== undefined && options.minScore > 100)
    throw new UserError(`--min-score is an overall score from 0 to 100, got ${options.minScore}`);
  const data = await ctx.data();
  const taken =
    options.answers !== undefined
      ? await fromAnswersFile(data, roleName, options, ctx)
      : await interactively(data, roleName, options, ctx, deps);

  const now = deps.now ?? (() => new Date());
  const report = buildQuizReport(data, taken.quiz, taken.sheet, {
    takenAt: now().toISOString(),
    mode: taken.mode,
    seed: taken.seed,
  });
  if (format === 'json') ctx.out(renderJson(report));
  else if (format === 'markdown') {
    const { renderQuizReportMarkdown } = await import('../render/markdown/quiz.js');
    ctx.out(renderQuizReportMarkdown(report, data.sources));
  } else {
    const { renderQuizReport } = await import('../render/quiz.js');
    ctx.out(renderQuizReport(report, data.sources, ctx.style, ctx.columns));
  }

  if (options.save !== false) await save(report, ctx);
  if (options.minScore !== undefined && report.overall < options.minScore) {
    throw new UserError(
      `overall score ${report.overall} is below --min-score ${options.minScore}`,
      ExitCode.belowMinScore,
    );
  }
  return report;
}

async function fromAnswersFile(
  data: DataSet,
  roleName: string | undefined,
  options: QuizOptions,
  ctx: CommandContext,
): Promise<Taken> {
  const { readAnswersFile, checkAnswers, locatedError } = await import('../data/answers.js');
  const file = readAnswersFile(resolve(ctx.cwd, options.answers!), options.answers!);
  const fromFile = file.sheet.role;
  if (roleName === undefined && fromFile === undefined) {
    throw new UserError(
      `name the role to score for: "career quiz ROLE --answers ${options.answers}", or add "role: ROLE" to the file`,
    );
  }
  let role: Role;
  if (roleName !== undefined) {
    role = findRole(data, roleName);
    if (fromFile !== undefined && findRoleOrUndefined(data, fromFile)?.id !== role.id) {
      throw locatedError(
        file,
        ['role'],
        `the file is for role "${fromFile}" but the command line names "${role.id}"; drop one or make them agree`,
      );
    }
  } else {
    role =
      findRoleOrUndefined(data, fromFile!) ??
      raise(locatedError(file, ['role'], `unknown role "${fromFile}"; run "career roles" to list them`));
  }
  const levelName = options.level ?? file.sheet.level;
  let base: QuizBase;
  try {
    base = prepareQuiz(data, role, targetLevelId(data, role, levelName));
  } catch (error) {
    // A bad level from the file is the file's problem: point at it.
    if (error instanceof UserError && options.level === undefined && file.sheet.level !== undefined)
      throw locatedError(file, ['level'], error.message);
    throw error;
  }
  checkAnswers(
    file,
    base,
    data.certifications.map((c) => c.id),
  );
  return {
    quiz: quizForQuestions(base, Object.keys(file.sheet.knowledge)),
    sheet: file.sheet,
    mode: 'answers-file',
    seed: null,
  };
}

async function interactively(
  data: DataSet,
  roleName: string | undefined,
  options: QuizOptions,
  ctx: CommandContext,
  deps: QuizDependencies,
): Promise<Taken> {
  if (!deps.prompts && (!ctx.stdinIsTTY || !ctx.stderrIsTTY || !ctx.terminal)) throw new UserError(NO_TERMINAL_MESSAGE);
  const prompts = deps.prompts ?? (await (await import('../prompts/inquirer.js')).loadInquirerPrompts(ctx.terminal!));
  try {
    const role = roleName !== undefined ? findRole(data, roleName) : await chooseRole(data, prompts);
    const base = prepareQuiz(data, role, targetLevelId(data, role, options.level));
    const seed = options.seed ?? String(randomInt(1, 1_000_000));
    const count = options.count ?? defaultQuestionCount(base);
    if (count > base.bank.length)
      ctx.err(`career: the ${role.id} quiz has ${base.bank.length} questions; asking all of them\n`);
    const quiz = drawQuiz(base, count, seed);
    const { askQuiz } = await import('../prompts/quiz-flow.js');
    const sheet = await askQuiz(quiz, data.certifications, prompts, {
      write: ctx.err,
      style: ctx.style,
      columns: ctx.columns,
    });
    return { quiz, sheet, mode: 'interactive', seed };
  } catch (error) {
    if (isPromptCancel(error)) throw new UserError('Quiz cancelled; nothing was saved', ExitCode.interrupted);
    throw error;
  }
}

async function chooseRole(data: DataSet, prompts: QuizPrompts): Promise<Role> {
  const ids = rolesWithQuiz(data);
  if (ids.length === 0) throw new UserError('no role in this data has a quiz (data/quizzes/ROLE.yaml)');
  const id = await prompts.select<string>({
    message: 'Which role do you want to check your readiness for?',
    choices: ids.map((value) => ({ value, name: safeText(data.roleEntry(value)?.title ?? value) })),
  });
  return data.role(id);
}

function targetLevelId(data: DataSet, role: Role, level: string | undefined): string | undefined {
  if (level === undefined) return undefined;
  return findLevelOrUndefined(data, `${role.id}:${level}`)?.level.id;
}

function raise(error: Error): never {
  throw error;
}

async function save(report: QuizReport, ctx: CommandContext): Promise<void> {
  const { appendHistory, historyPath } = await import('../history/store.js');
  const { toHistoryRecord } = await import('../core/quiz/history.js');
  const path = historyPath(ctx.env);
  try {
    const { problems } = appendHistory(path, toHistoryRecord(report));
    for (const problem of problems) {
      ctx.err(`career: warning: ${path} line ${problem.line} ${problem.message}; it is kept as it is and skipped\n`);
    }
    ctx.err(`${wrap(`Saved to the quiz history (${path}); see "career quiz history".`, ctx.columns)}\n`);
  } catch (error) {
    // The report is already printed; the failed save is the run's result (exit 2), never a warning.
    if (error instanceof UserError) throw error;
    throw new UserError(`the quiz result was not saved to ${path}: ${(error as Error).message}`);
  }
}
