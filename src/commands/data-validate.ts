import { resolve } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { formatLadderWarning, ladderWarnings, type LadderWarning } from '../data/ladder-warnings.js';
import { countProblems, formatProblem, type Problem } from '../data/problem.js';
import { renderJson } from '../render/json.js';
import { plural } from '../render/format.js';
import { progressBar } from '../render/progress.js';
import type { CommandContext } from './context.js';
import type { DataValidateOptions } from './options.js';

export interface ValidationReport {
  dir: string;
  valid: boolean;
  files: number;
  roles: number;
  /** How many problems were found: those listed, and those a listed line only counts (beyond 100 in a file). */
  problemCount: number;
  problems: Problem[];
  /** Not problems: the data is valid with them (a ladder whose pay or years go down). */
  warnings: LadderWarning[];
}

export async function dataValidateCommand(
  dir: string | undefined,
  options: DataValidateOptions,
  ctx: CommandContext,
): Promise<ValidationReport> {
  const target = dir !== undefined ? resolve(ctx.cwd, dir) : ctx.dataDir;
  const { validateData } = await import('../data/load-data.js');
  // A progress bar only where a person watches: stderr is a terminal and the directory is big.
  const progress = ctx.stderrIsTTY ? progressBar((text) => ctx.err(text), ctx.columns) : undefined;
  const { data, problems, fileCount, roleFiles } = await validateData(
    // The built-in data beside the directory, as commands will use it; alone with --data-only, or when it is data/ itself.
    {
      dir: target,
      dirOnly: ctx.dataOnly || target === resolve(ctx.packageRoot, 'data'),
      packageRoot: ctx.packageRoot,
      cwd: ctx.cwd,
      env: ctx.env,
    },
    progress && ((done, total) => total >= 500 && progress.update(done, total, 'role files')),
  );
  progress?.done();
  // Warnings about the directory's own ladders (they come first in data.roles).
  const warnings = ladderWarnings(data.roles.slice(0, roleFiles.length));
  // The directory's own roles, not the built-in ones beside them.
  const report: ValidationReport = {
    dir: dir ?? ctx.dataDir,
    valid: problems.length === 0,
    files: fileCount,
    roles: roleFiles.length,
    problemCount: countProblems(problems),
    problems,
    warnings,
  };

  if (!options.json) ctx.out(warnings.map((w) => `${formatLadderWarning(w)}\n`).join(''));
  if (options.json) ctx.out(renderJson(report));
  else if (report.valid) {
    ctx.out(
      `${ctx.style.good('ok')} ${report.dir}: ${plural(fileCount, 'file')}, ${plural(roleFiles.length, 'role')}, no problems${warnings.length > 0 ? ` (${plural(warnings.length, 'warning')})` : ''}\n`,
    );
  } else {
    ctx.out(problems.map((p) => `${formatProblem(p)}\n`).join(''));
  }
  if (!report.valid) {
    throw new UserError(`${plural(report.problemCount, 'problem')} in ${report.dir}`, ExitCode.usage);
  }
  return report;
}
