// The completion spec of a commander tree. What each argument and option
// value is comes from its declaration (value-kinds.ts), never from its help
// text, so help and completion cannot drift apart.
import type { Command, Option } from 'commander';
import type { CommandSpec, OptionSpec } from '../render/completion-spec.js';
import { valueKindOf } from './value-kinds.js';

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
    args: args.map(valueKindOf),
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
  return { names, description: option.description, value: valueKindOf(option) };
}
