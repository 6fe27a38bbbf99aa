import { completionWords, type CompletionKind } from '../core/completion-words.js';
import { completionScript, type Shell } from '../render/completion.js';
import type { CommandSpec } from '../render/completion-spec.js';
import type { CommandContext } from './context.js';

export interface CompletionResult {
  shell: Shell;
  script: string;
}

/** `career completion SHELL`: the script for the command tree the CLI runs (`spec`, built by the CLI). */
export async function completionCommand(
  shell: Shell,
  spec: CommandSpec,
  ctx: CommandContext,
): Promise<CompletionResult> {
  const script = completionScript(shell, spec, 'career');
  ctx.out(script);
  return { shell, script };
}

/**
 * `career __complete KIND [CONTEXT]` (hidden): what the completion scripts
 * offer from the data, one `word<TAB>description` a line.
 */
export async function completeWordsCommand(
  kind: CompletionKind,
  context: string | undefined,
  ctx: CommandContext,
): Promise<string[]> {
  const words = completionWords(await ctx.data(), kind, context ?? '');
  ctx.out(words.map(({ word, description }) => `${word}\t${description.replace(/\s+/g, ' ')}\n`).join(''));
  return words.map(({ word }) => word);
}
