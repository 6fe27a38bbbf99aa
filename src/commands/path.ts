import { isNone, resolvePathEnd } from '../core/path-ends.js';
import { planEntryPath } from '../core/path-entry.js';
import { planPath, type PathPlan } from '../core/path.js';
import { checkPathYears } from '../core/path-options.js';
import { quickestOfSameJob, sameJobTargets } from '../core/path-same-job.js';
import { UserError } from '../errors.js';
import { renderJson } from '../render/json.js';
import { renderPathMarkdown } from '../render/markdown/path.js';
import { renderPath } from '../render/path.js';
import type { CommandContext } from './context.js';
import type { PathOptions } from './options.js';
import { outputFormat } from './output-format.js';

/** Which end is the target, and whether this is an entry path, from the two positionals and --from-scratch. */
function readEnds(
  from: string | undefined,
  to: string | undefined,
  fromScratch: boolean,
): { from: string | null; to: string } {
  if (from === undefined) {
    throw new UserError(
      fromScratch
        ? 'missing TO, the level or role to reach; usage: career path --from-scratch TO'
        : 'missing FROM and TO; usage: career path FROM TO (or career path none TO to start from scratch)',
    );
  }
  if (fromScratch) {
    if (to === undefined) return { from: null, to: from };
    if (isNone(from)) return { from: null, to };
    throw new UserError('--from-scratch replaces FROM; give only the target: career path --from-scratch TO');
  }
  if (to === undefined) {
    throw new UserError('missing TO; usage: career path FROM TO (or career path none TO to start from scratch)');
  }
  return { from: isNone(from) ? null : from, to };
}

export async function pathCommand(
  fromArg: string | undefined,
  toArg: string | undefined,
  options: PathOptions,
  ctx: CommandContext,
): Promise<PathPlan> {
  const format = outputFormat(options);
  const ends = readEnds(fromArg, toArg, options.fromScratch ?? false);
  if (!Number.isInteger(options.alternatives))
    throw new UserError(`--alternatives takes a whole number, not ${options.alternatives}`);
  checkPathYears(options);
  const data = await ctx.data();
  const from = ends.from === null ? null : resolvePathEnd(data, ends.from);
  const sameJob = sameJobTargets(data, ends.to);
  const to = sameJob ? null : resolvePathEnd(data, ends.to);
  const targets = sameJob ?? [to!.ref];
  let plan: PathPlan;
  const notes: string[] = [];
  if (from === null) {
    if (options.experience !== undefined || options.inLevel !== undefined) {
      throw new UserError(
        '--experience and --in-level need a starting level: to count years in a first IT job, start from it ' +
          '(e.g. career path help-desk-technician TO --experience 3); for an entry path choose --background beginner|changer|related',
      );
    }
    plan = quickestOfSameJob(targets, (target) =>
      planEntryPath(data, target, { pace: options.pace, background: options.background, horizon: options.horizon }),
    );
  } else {
    if (options.background)
      throw new UserError('--background applies only to an entry path (FROM "none" or --from-scratch)');
    if (from.note) notes.push(from.note);
    plan = quickestOfSameJob(targets, (target) =>
      planPath(data, from.ref, target, {
        pace: options.pace,
        experience: options.experience,
        inLevel: options.inLevel,
        alternatives: options.alternatives,
        horizon: options.horizon,
      }),
    );
  }
  if (to?.note) notes.push(to.note);
  plan = { ...plan, assumptions: [...notes, ...plan.assumptions] };
  ctx.out(
    format === 'json'
      ? renderJson(plan)
      : format === 'markdown'
        ? renderPathMarkdown(plan, data.sources)
        : renderPath(plan, data.sources, ctx.style, ctx.columns),
  );
  return plan;
}
