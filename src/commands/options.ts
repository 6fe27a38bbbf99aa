// Every option of the command line, declared once, by command, in the order
// help lists them. The CLI adds them to its command tree (cli/program.ts) and
// each handler takes the type derived here, so a handler cannot read an
// option that is not declared, or read it as another type. A key is the name
// commander gives the option (`--in-level` is inLevel, `--no-save` is save);
// tests/cli/options.test.ts checks that, and that each command of the tree
// has exactly the options declared for it here.
import { choice, flag, negatedFlag, number, text, type OptionSet, type OptionsOf } from './option-declaration.js';

/** `--json` and `--format`, on the commands that print a report to keep. */
const reportOptions = {
  json: flag('--json', 'print JSON (same as --format json)'),
  format: choice('--format <format>', 'text, json or markdown (a document for a file; --json is --format json)', [
    'text',
    'json',
    'markdown',
  ]),
};

/** `--json` alone, where JSON is the only other output. */
const jsonOptions = { json: flag('--json', 'print JSON') };

/** Before the command word: where the data comes from and how to print. */
export const programOptions = {
  data: text('--data <dir>', 'add the role data in DIR to the built-in data; its ids win (also CAREER_DATA)', 'dir'),
  dataOnly: flag('--data-only', 'use only the --data directory, without the built-in data (also CAREER_DATA_ONLY=1)'),
  color: negatedFlag('--no-color', 'never colour the output (also NO_COLOR)'),
  debug: flag('--debug', 'show stack traces for unexpected errors (also CAREER_DEBUG=1)'),
};

export const rolesOptions = jsonOptions;
export const showOptions = reportOptions;
export const compareOptions = reportOptions;

export const pathOptions = {
  pace: choice(
    '--pace <pace>',
    'which end of each experience band to use for the headline figure',
    ['fast', 'typical', 'slow'],
    'typical',
  ),
  experience: number('--experience <years>', 'years you already have in the field', 'zero or more'),
  inLevel: number('--in-level <years>', 'years you have already spent at the starting level', 'zero or more'),
  fromScratch: flag('--from-scratch', 'start with no IT experience (same as FROM "none")'),
  background: choice('--background <kind>', 'your starting point for an entry path', [
    'beginner',
    'changer',
    'related',
  ]),
  // A whole number; path says so itself (its message names the value).
  alternatives: number('--alternatives <n>', 'how many alternative routes to show', 'zero or more', 2),
  horizon: number(
    '--horizon <years>',
    'years over which to count earnings (default: the route plus 5)',
    'zero or more',
  ),
  ...reportOptions,
};

export const quizOptions = {
  level: text('--level <level>', 'target level in the role ladder (default: the role itself)', 'level-ids'),
  count: number(
    '--count <n>',
    'how many knowledge questions to ask (default: two for every core skill of the role, plus 4)',
    'whole, one or more',
  ),
  seed: text('--seed <seed>', 'make the question draw and answer order reproducible'),
  answers: text('--answers <file>', 'score a filled-in answers file (YAML or JSON) without prompts', 'file'),
  minScore: number('--min-score <n>', 'exit with code 3 if the overall score is below N (0-100)', 'zero or more'),
  save: negatedFlag('--no-save', 'do not save the result to the history'),
  ...reportOptions,
};

export const quizHistoryOptions = reportOptions;
export const dataValidateOptions = jsonOptions;
export const dataInitOptions = jsonOptions;
/** `career data`, `completion` and `__complete`. */
export const noOptions = {};

/** Each command's set, by its words (`quiz history`; '' for the program): what the tests hold the tree to. */
export const optionsByCommand: Readonly<Record<string, OptionSet>> = {
  '': programOptions,
  roles: rolesOptions,
  show: showOptions,
  compare: compareOptions,
  path: pathOptions,
  quiz: quizOptions,
  'quiz history': quizHistoryOptions,
  data: noOptions,
  'data validate': dataValidateOptions,
  'data init': dataInitOptions,
  completion: noOptions,
  __complete: noOptions,
};

export type ProgramOptions = OptionsOf<typeof programOptions>;
/** What `outputFormat` reads: a report command's --json and --format. */
export type ReportOptions = OptionsOf<typeof reportOptions>;
export type RolesOptions = OptionsOf<typeof rolesOptions>;
export type ShowOptions = OptionsOf<typeof showOptions>;
export type CompareOptions = OptionsOf<typeof compareOptions>;
export type PathOptions = OptionsOf<typeof pathOptions>;
export type QuizOptions = OptionsOf<typeof quizOptions>;
export type QuizHistoryOptions = OptionsOf<typeof quizHistoryOptions>;
export type DataValidateOptions = OptionsOf<typeof dataValidateOptions>;
export type DataInitOptions = OptionsOf<typeof dataInitOptions>;
