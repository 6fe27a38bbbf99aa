// What each argument and option value of the command line is, declared once
// beside its name and help text: the completion scripts read it (through
// completion-spec.ts) to know what to offer.
import { Argument, Option } from 'commander';
import type { ValueKind } from '../render/completion-spec.js';

const kinds = new WeakMap<Argument | Option, ValueKind>();

/** An argument (`<role>`, `[dir]`, `<role...>`) that takes values of `kind`. */
export function argumentOf(kind: ValueKind, name: string, description: string): Argument {
  const argument = new Argument(name, description);
  kinds.set(argument, kind);
  return argument;
}

/** An option (`--level <level>`) whose value is of `kind`. */
export function optionOf(kind: ValueKind, flags: string, description: string): Option {
  const option = new Option(flags, description);
  kinds.set(option, kind);
  return option;
}

/** The declared kind; choices for arguments and options given `.choices()`; free text otherwise. */
export function valueKindOf(declared: Argument | Option): ValueKind {
  if (declared.argChoices) return { kind: 'choices', choices: declared.argChoices };
  return kinds.get(declared) ?? { kind: 'free' };
}

export const ROLE: ValueKind = { kind: 'data', words: 'roles' };
export const ROLE_OR_LEVEL: ValueKind = { kind: 'data', words: 'levels' };
export const PATH_FROM: ValueKind = { kind: 'data', words: 'path-from' };
export const PATH_TO: ValueKind = { kind: 'data', words: 'path-to' };
export const QUIZ_ROLE: ValueKind = { kind: 'data', words: 'quiz-roles' };
export const LEVEL_OF_ROLE: ValueKind = { kind: 'data', words: 'level-ids' };
export const DIR: ValueKind = { kind: 'dir' };
export const FILE: ValueKind = { kind: 'file' };
