// `career quiz history [ROLE]`: past results and the trend per skill area.
import { historyReport, type HistoryReport } from '../core/quiz/history.js';
import { findRole } from '../core/lookup.js';
import { readHistory, historyPath } from '../history/store.js';
import { renderJson } from '../render/json.js';
import { renderQuizHistoryMarkdown } from '../render/markdown/quiz-history.js';
import { renderQuizHistory } from '../render/quiz-history.js';
import type { CommandContext } from './context.js';
import type { QuizHistoryOptions } from './options.js';
import { outputFormat } from './output-format.js';

export interface QuizHistoryResult extends HistoryReport {
  file: string;
  /** Lines of the file that could not be read (kept in the file, skipped here). */
  problems: { line: number; message: string }[];
}

export async function quizHistoryCommand(
  roleName: string | undefined,
  options: QuizHistoryOptions,
  ctx: CommandContext,
): Promise<QuizHistoryResult> {
  const format = outputFormat(options);
  const roleId = roleName === undefined ? undefined : findRole(await ctx.data(), roleName).id;
  const file = historyPath(ctx.env);
  const { records, problems } = readHistory(file);
  for (const problem of problems)
    ctx.err(`career: warning: ${file} line ${problem.line} ${problem.message}; skipped\n`);
  const result: QuizHistoryResult = { file, problems, ...historyReport(records, roleId) };

  if (format === 'json') ctx.out(renderJson(result));
  else if (result.runs.length === 0) {
    ctx.err(
      `No quiz results${roleId ? ` for ${roleId}` : ''} yet (looked in ${file}). Take one with "career quiz ${roleId ?? 'ROLE'}".\n`,
    );
  } else if (format === 'markdown') ctx.out(renderQuizHistoryMarkdown(result));
  else ctx.out(renderQuizHistory(result, ctx.style, ctx.columns));
  return result;
}
