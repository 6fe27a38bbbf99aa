// What a shell needs to complete `career`: the visible commands, their
// options and what each value or argument may be, read from the commander
// tree so the completion scripts never drift from the real command line.
import type { Argument, Command, Option } from 'commander';

/**
 * What a value may be. `role` and `level` are looked up at completion time
 * (`career __complete roles|levels`), so they follow `--data` and CAREER_DATA.
 */
export type ValueKind =
  | { kind: 'role' }
  | { kind: 'level' }
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

export function completionSpec(program: Command): CommandSpec {
  return describeCommand(program, []);
}

function describeCommand(command: Command, path: string[]): CommandSpec {
  const help = command.createHelp();
  const args = command.registeredArguments;
  return {
    path,
    description: command.description(),
    options: help.visibleOptions(command).map(describeOption),
    args: args.map(argumentKind),
    variadic: args.at(-1)?.variadic ?? false,
    subcommands: help
      .visibleCommands(command)
      .filter((sub) => sub.name() !== 'help')
      .map((sub) => describeCommand(sub, [...path, sub.name()])),
  };
}

function describeOption(option: Option): OptionSpec {
  const names = [option.short, option.long].filter((name): name is string => !!name);
  if (!option.required && !option.optional) return { names, description: option.description };
  if (option.argChoices) return { names, description: option.description, value: { kind: 'choices', choices: option.argChoices } };
  // The value's placeholder says what it is: `--data <dir>`, `--answers <file>`.
  const placeholder = /[<[](\w+)/.exec(option.flags)?.[1];
  return { names, description: option.description, value: placeholderKind(placeholder) };
}

function argumentKind(argument: Argument): ValueKind {
  if (argument.argChoices) return { kind: 'choices', choices: argument.argChoices };
  // A role argument whose help says it also takes ROLE:LEVEL completes levels too.
  if (argument.name() === 'role' && argument.description.includes('ROLE:LEVEL')) return { kind: 'level' };
  return placeholderKind(argument.name());
}

function placeholderKind(name: string | undefined): ValueKind {
  switch (name) {
    case 'role':
      return { kind: 'role' };
    case 'from':
    case 'to':
      return { kind: 'level' };
    case 'dir':
      return { kind: 'dir' };
    case 'file':
      return { kind: 'file' };
    default:
      return { kind: 'free' };
  }
}

/** Every command in the tree, the root first. */
export function allCommands(spec: CommandSpec): CommandSpec[] {
  return [spec, ...spec.subcommands.flatMap(allCommands)];
}

/** Options that take a value, with what the value is; root options apply everywhere. */
export function valueOptions(spec: CommandSpec): { path: string[]; name: string; value: ValueKind }[] {
  return allCommands(spec).flatMap((command) =>
    command.options.flatMap((option) => (option.value ? option.names.map((name) => ({ path: command.path, name, value: option.value! })) : [])),
  );
}
