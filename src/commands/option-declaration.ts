// How a command-line option is declared, so that one declaration serves both
// sides: the CLI builds commander's option from it (cli/program.ts), and a
// handler's options type is derived from it (OptionsOf). `read` checks that
// the value commander parsed has the declared type instead of casting it;
// word(), words() and oneOf() do the same for positional arguments.
// This module is loaded at every start: it imports nothing.

/** How commander turns the word typed into a number (the CLI holds the parsers and their messages). */
export type NumberRule = 'zero or more' | 'whole, one or more';

/** What completion offers for an option's value (free text when absent). */
export type ValueCompletion = 'dir' | 'file' | 'level-ids';

export interface OptionDeclaration<T> {
  /**
   * Commander's flags, e.g. `--in-level <years>`. The option's key in its set
   * must be the name commander derives from them (`inLevel`; `save` for `--no-save`).
   */
  readonly flags: string;
  readonly description: string;
  /** The values commander accepts (its own message for anything else). */
  readonly choices?: readonly string[];
  readonly number?: NumberRule;
  readonly defaultValue?: T;
  readonly completion?: ValueCompletion;
  /** Commander's value as the handler's type; anything else is a bug here, not a user's mistake, and throws. */
  readonly read: (raw: unknown) => T;
}

export type OptionSet = Readonly<Record<string, OptionDeclaration<unknown>>>;

type ValueOf<D> = D extends OptionDeclaration<infer T> ? T : never;
type Always<S> = { [K in keyof S as undefined extends ValueOf<S[K]> ? never : K]: ValueOf<S[K]> };
type Sometimes<S> = {
  [K in keyof S as undefined extends ValueOf<S[K]> ? K : never]?: Exclude<ValueOf<S[K]>, undefined>;
};

/**
 * The options a handler gets from a set: each declared key with its type,
 * optional where the option may be absent (no default, not given).
 */
export type OptionsOf<S extends OptionSet> = { [K in keyof (Always<S> & Sometimes<S>)]: (Always<S> & Sometimes<S>)[K] };

/** Commander's values (`command.opts()`) as the set's options, each read by its declaration. */
export function readOptions<S extends OptionSet>(set: S, raw: Readonly<Record<string, unknown>>): OptionsOf<S> {
  const options: Record<string, unknown> = {};
  for (const [key, declared] of Object.entries(set)) {
    const value = declared.read(raw[key]);
    if (value !== undefined) options[key] = value;
  }
  // Sound by construction: every key of the set now holds what its own `read`
  // returned (an absent one only where that may be undefined), which is what OptionsOf says.
  return options as OptionsOf<S>;
}

function checked<T>(raw: unknown, is: (value: unknown) => value is T, what: string): T {
  if (is(raw)) return raw;
  throw new Error(`commander gave ${typeof raw} ${String(raw)} where ${what} was declared`);
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isOneOf =
  <C extends readonly string[]>(choices: C) =>
  (value: unknown): value is C[number] =>
    choices.some((choice) => choice === value);

const optional =
  <T>(is: (value: unknown) => value is T, what: string) =>
  (raw: unknown): T | undefined =>
    raw === undefined ? undefined : checked(raw, is, what);

/** A positional argument's value: a word. */
export const word = (raw: unknown): string => checked(raw, isString, 'a word');
/** An optional positional argument's value: a word or nothing. */
export const optionalWord = optional(isString, 'a word');
/** A variadic positional argument's values. */
export const words = (raw: unknown): string[] =>
  checked(raw, (value): value is string[] => Array.isArray(value) && value.every(isString), 'words');
/** A positional argument with choices: one of them. */
export const oneOf =
  <const C extends readonly string[]>(choices: C) =>
  (raw: unknown): C[number] =>
    checked(raw, isOneOf(choices), choices.join(' or '));

/** `--json`: true when given. */
export const flag = (flags: string, description: string): OptionDeclaration<boolean | undefined> => ({
  flags,
  description,
  read: optional(isBoolean, 'a flag'),
});

/** `--no-save`: true unless given. */
export const negatedFlag = (flags: string, description: string): OptionDeclaration<boolean> => ({
  flags,
  description,
  read: (raw) => checked(raw, isBoolean, 'a flag'),
});

/** `--seed <seed>`: the text given. */
export const text = (
  flags: string,
  description: string,
  completion?: ValueCompletion,
): OptionDeclaration<string | undefined> => ({
  flags,
  description,
  completion,
  read: optional(isString, 'text'),
});

/** `--background <kind>`: one of `choices`, or `defaultValue` when given one. */
export function choice<const C extends readonly string[]>(
  flags: string,
  description: string,
  choices: C,
): OptionDeclaration<C[number] | undefined>;
export function choice<const C extends readonly string[]>(
  flags: string,
  description: string,
  choices: C,
  defaultValue: C[number],
): OptionDeclaration<C[number]>;
export function choice<const C extends readonly string[]>(
  flags: string,
  description: string,
  choices: C,
  defaultValue?: C[number],
): OptionDeclaration<C[number] | undefined> {
  const what = `one of ${choices.join(', ')}`;
  return {
    flags,
    description,
    choices,
    defaultValue,
    read: defaultValue === undefined ? optional(isOneOf(choices), what) : (raw) => checked(raw, isOneOf(choices), what),
  };
}

/** `--experience <years>`: a number by `rule`, or `defaultValue` when given one. */
export function number(flags: string, description: string, rule: NumberRule): OptionDeclaration<number | undefined>;
export function number(
  flags: string,
  description: string,
  rule: NumberRule,
  defaultValue: number,
): OptionDeclaration<number>;
export function number(
  flags: string,
  description: string,
  rule: NumberRule,
  defaultValue?: number,
): OptionDeclaration<number | undefined> {
  return {
    flags,
    description,
    number: rule,
    defaultValue,
    read: defaultValue === undefined ? optional(isNumber, 'a number') : (raw) => checked(raw, isNumber, 'a number'),
  };
}
