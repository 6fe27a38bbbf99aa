import { compare, type Comparison } from '../core/compare.js';
import { renderComparison } from '../render/compare.js';
import { renderJson } from '../render/json.js';
import type { CommandContext, OutputOptions } from './context.js';

export async function compareCommand(
  queries: string[],
  options: OutputOptions,
  ctx: CommandContext,
): Promise<Comparison> {
  const result = compare(await ctx.data(), queries);
  ctx.out(options.json ? renderJson(result) : renderComparison(result, ctx.style, ctx.columns));
  return result;
}
