import { buildProgram } from '../cli/program.js';
import { completionSpec } from '../cli/completion-spec.js';
import { completionWords, type CompletionKind } from '../core/completion-words.js';
import { completionScript, type Shell } from '../render/completion.js';
import type { CommandContext } from './context.js';

export interface CompletionResult {
  shell: Shell;
  script: string;
}

/** `career completion SHELL`: the script, generated from the same command tree the CLI runs. */
export async function completionCommand(shell: Shell, _options: object, ctx: CommandContext): Promise<CompletionResult> {
  const ignore = () => {};
  const program = buildProgram('', () => Promise.reject(new Error('not run')), { writeOut: ignore, writeErr: ignore });
  const script = completionScript(shell, completionSpec(program), program.name());
  ctx.out(script);
  return { shell, script };
}

/** `career __complete KIND` (hidden): what the completion scripts ask for role and level names. */
export async function completeWordsCommand(kind: CompletionKind, _options: object, ctx: CommandContext): Promise<string[]> {
  const words = completionWords(await ctx.data(), kind);
  ctx.out(words.map((word) => `${word}\n`).join(''));
  return words;
}
