import { compare, type Comparison } from '../core/compare.js';
import { renderComparison } from '../render/compare.js';
import { renderJson } from '../render/json.js';
import { renderComparisonMarkdown } from '../render/markdown/compare.js';
import type { CommandContext } from './context.js';
import type { CompareOptions } from './options.js';
import { outputFormat } from './output-format.js';

export async function compareCommand(
  queries: string[],
  options: CompareOptions,
  ctx: CommandContext,
): Promise<Comparison> {
  const format = outputFormat(options);
  const result = compare(await ctx.data(), queries);
  ctx.out(
    format === 'json'
      ? renderJson(result)
      : format === 'markdown'
        ? renderComparisonMarkdown(result)
        : renderComparison(result, ctx.style, ctx.columns),
  );
  return result;
}
