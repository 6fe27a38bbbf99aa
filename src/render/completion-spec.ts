// What a shell needs to complete `career`: the visible commands, their
// options and what each value or argument may be. The CLI builds it from its
// command tree (cli/completion-spec.ts); the script renderers read only this.
import type { CompletionKind } from '../core/completion-words.js';

/**
 * What a value may be. Names from the data (`data`) are asked of
 * `career __complete KIND` at completion time, so they follow `--data` and
 * CAREER_DATA.
 */
export type ValueKind =
  | { kind: 'data'; words: CompletionKind }
  | { kind: 'dir' }
  | { kind: 'file' }
  | { kind: 'choices'; choices: string[] }
  | { kind: 'free' };

export interface OptionSpec {
  /** `--json`, `-h`, ... */
  names: string[];
  description: string;
  /** undefined for a flag that takes no value. */
  value?: ValueKind;
}

export interface CommandSpec {
  /** Words from the top: [] for `career` itself, ['quiz', 'history'] for `career quiz history`. */
  path: string[];
  description: string;
  options: OptionSpec[];
  /** Positional arguments in order; the last one repeats when `variadic`. */
  args: ValueKind[];
  variadic: boolean;
  subcommands: CommandSpec[];
}

/** Every command in the tree, the root first. */
export function allCommands(spec: CommandSpec): CommandSpec[] {
  return [spec, ...spec.subcommands.flatMap(allCommands)];
}

/** Options that take a value, with what the value is; root options apply everywhere. */
export function valueOptions(spec: CommandSpec): { path: string[]; name: string; value: ValueKind }[] {
  return allCommands(spec).flatMap((command) =>
    command.options.flatMap((option) =>
      option.value ? option.names.map((name) => ({ path: command.path, name, value: option.value! })) : [],
    ),
  );
}
