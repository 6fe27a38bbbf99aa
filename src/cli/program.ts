// The command tree: names, arguments, help text and examples; each command's
// options are built from their declarations (commands/options.ts). Each
// action imports its command module only when it runs, so starting `career`
// loads just commander and what the chosen command needs.
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import type { CommandContext } from '../commands/context.js';
import {
  oneOf,
  optionalWord,
  readOptions,
  word,
  words,
  type NumberRule,
  type OptionDeclaration,
  type OptionSet,
  type OptionsOf,
  type ValueCompletion,
} from '../commands/option-declaration.js';
import {
  compareOptions,
  dataInitOptions,
  dataValidateOptions,
  noOptions,
  pathOptions,
  programOptions,
  quizHistoryOptions,
  quizOptions,
  rolesOptions,
  showOptions,
  type ProgramOptions,
} from '../commands/options.js';
import { COMPLETION_KINDS } from '../core/completion-words.js';
import type { ValueKind } from '../render/completion-spec.js';
import { completionSpec } from './completion-spec.js';
import {
  argumentOf,
  DIR,
  FILE,
  LEVEL_OF_ROLE,
  optionOf,
  PATH_FROM,
  PATH_TO,
  QUIZ_ROLE,
  ROLE,
  ROLE_OR_LEVEL,
} from './value-kinds.js';

export type ContextFactory = (command: Command) => Promise<CommandContext>;

/**
 * Help's examples, each broken with a shell line continuation where it would
 * pass the help width (quoted words kept whole), so it still runs when pasted.
 */
const examples =
  (...lines: string[]) =>
  (context: { command: Command }) => {
    const width = context.command.configureOutput().getOutHelpWidth?.() ?? 80;
    return `\nExamples:\n${lines.map((line) => exampleLines(line, width)).join('\n')}\n`;
  };

export function exampleLines(example: string, width: number): string {
  const words = example.match(/(?:"[^"]*"|'[^']*'|\S)+/g) ?? [];
  const lines: string[] = [];
  let current = '  $';
  for (const word of words) {
    // Room for " \\" at the end of a line that goes on.
    if (current.trim() !== '$' && current.length + 1 + word.length + 2 > width) {
      lines.push(`${current} \\`);
      current = '     ';
      current += word;
    } else current += `${current.endsWith(' ') ? '' : ' '}${word}`;
  }
  lines.push(current);
  return lines.join('\n');
}

function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError('expected a number of 0 or more.');
  return n;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

const numberParsers: Record<NumberRule, (value: string) => number> = {
  'zero or more': nonNegativeNumber,
  'whole, one or more': positiveInteger,
};

const completions: Record<ValueCompletion, ValueKind> = { dir: DIR, file: FILE, 'level-ids': LEVEL_OF_ROLE };

/** Commander's option for a declaration (commands/options.ts). */
function commanderOption(declared: OptionDeclaration<unknown>): Option {
  const { flags, description } = declared;
  const option = declared.completion
    ? optionOf(completions[declared.completion], flags, description)
    : new Option(flags, description);
  if (declared.choices) option.choices(declared.choices);
  if (declared.number) option.argParser(numberParsers[declared.number]);
  if (declared.defaultValue !== undefined) option.default(declared.defaultValue);
  return option;
}

function addOptions(command: Command, set: OptionSet): Command {
  for (const declared of Object.values(set)) command.addOption(commanderOption(declared));
  return command;
}

/** The options before the command word (`--data`, `--no-color`...), read from any command of the tree. */
export function programOptionsOf(command: Command): ProgramOptions {
  return readOptions(programOptions, command.optsWithGlobals());
}

/**
 * A command's options. Commander gives an option typed after a subcommand to
 * the parent when the parent has one of the same name (`quiz history --json`
 * sets the quiz's --json), so a declared option left unset is taken from the
 * parent's command line.
 */
export function ownOptions(command: Command): Record<string, unknown> {
  const options = { ...command.opts() };
  const parent = command.parent;
  if (!parent) return options;
  for (const option of command.options) {
    const key = option.attributeName();
    if (command.getOptionValueSource(key) !== 'cli' && parent.getOptionValueSource(key) === 'cli')
      options[key] = parent.getOptionValue(key);
  }
  return options;
}

export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Commander's own error messages (unknown command, missing argument...), given as commander words them. */
  outputError?(text: string, write: (text: string) => void): void;
  /** Columns for help text (commander asks; its default reads only a terminal's width). */
  getOutHelpWidth?(): number;
  getErrHelpWidth?(): number;
}

/**
 * The command tree. Given the command line, only the command it names is
 * added (building all of them costs about a millisecond at every start);
 * without one, or for a word that is no command (help, typos and their
 * suggestions), every command is.
 */
export function buildProgram(
  version: string,
  makeContext: ContextFactory,
  output: ProgramOutput,
  argv?: readonly string[],
): Command {
  // Set before any subcommand is added: commander copies these settings into
  // subcommands only when they are created.
  const program = new Command('career')
    .exitOverride()
    .configureOutput(output)
    // Commander stops wrapping descriptions narrower than 40 columns, which at 60 columns is all of them.
    .configureHelp({ minWidthToWrap: 20 })
    .description('An offline career advisor for IT professionals: compare roles, plan a path, check your readiness.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help');
  addOptions(program, programOptions)
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      examples(
        'career compare it-ops-manager it-manager',
        'career path it-manager:assistant it-manager:director',
        'career quiz it-ops-manager',
        'career show it-manager --json | jq .role.facts.medianSalary',
      ),
    );

  const act: Act = (command, declared, call) => {
    addOptions(command, declared).action(async function (this: Command) {
      const options = readOptions(declared, ownOptions(this));
      await call(this.processedArgs, options, await makeContext(this));
    });
  };

  const named = argv === undefined ? undefined : commandWord(argv);
  const wanted = named !== undefined && Object.hasOwn(commands, named) ? [named] : Object.keys(commands);
  const fullTree = () => buildProgram(version, makeContext, output);
  for (const name of wanted) commands[name]!(program, act, fullTree);
  return program;
}

/** The program's options as typed: `--data` with its value next or after `=`, the others alone. */
const programFlags = Object.values(programOptions).map(({ flags }) => ({
  name: flags.split(' ')[0]!,
  takesValue: flags.includes('<'),
}));

/**
 * The command `argv` runs: its first word, after the program's options, which
 * only set something (--data DIR, --no-color, --debug). Undefined after any
 * other option (`career --help compare` lists every command).
 */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const flag = programFlags.find(
      ({ name, takesValue }) => arg === name || (takesValue && arg.startsWith(`${name}=`)),
    );
    if (!flag) return arg.startsWith('-') ? undefined : arg;
    if (flag.takesValue && arg === flag.name) i++;
  }
  return undefined;
}

/**
 * Gives `command` its declared options and its action: `call` gets the
 * arguments as commander parsed them (each read with word(), words()...),
 * the options read into their declared types, and the context. It imports
 * the command's module itself, so only the command that runs is loaded.
 */
type Act = <S extends OptionSet>(
  command: Command,
  declared: S,
  call: (args: readonly unknown[], options: OptionsOf<S>, ctx: CommandContext) => Promise<unknown>,
) => void;

/** Adds a command to `program`; `fullTree` builds every command, for what describes them all. */
type AddCommand = (program: Command, act: Act, fullTree: () => Command) => void;

const shells = ['bash', 'zsh', 'fish'] as const;

/** Each top-level command (with its subcommands), in the order help lists them. */
const commands: Record<string, AddCommand> = {
  roles: (program, act) => {
    const roles = program
      .command('roles')
      .description('list the roles in the data')
      .addHelpText('after', examples('career roles', 'career roles --json | jq -r ".roles[].id"'));
    act(roles, rolesOptions, async (_args, options, ctx) =>
      (await import('../commands/roles.js')).rolesCommand(options, ctx),
    );
  },
  show: (program, act) => {
    const show = program
      .command('show')
      .description("show a role's profile: salaries, growth, skills, certifications, ladder")
      .addArgument(argumentOf(ROLE, '<role>', 'role id, alias or title'))
      .addHelpText(
        'after',
        examples(
          'career show it-ops-manager',
          'career show "IT Manager" --json | jq .role.ladder',
          'career show it-manager --format markdown > it-manager.md',
        ),
      );
    act(show, showOptions, async ([role], options, ctx) =>
      (await import('../commands/show.js')).showCommand(word(role), options, ctx),
    );
  },
  compare: (program, act) => {
    const compare = program
      .command('compare')
      .description('compare two to four roles or levels side by side')
      .addArgument(
        argumentOf(ROLE_OR_LEVEL, '<role...>', 'roles (id, alias or title) or levels (ROLE:LEVEL or a level title)'),
      )
      .addHelpText(
        'after',
        examples(
          'career compare it-ops-manager it-manager',
          'career compare it-manager:senior it-ops-manager:director',
          'career compare it-ops-manager it-manager --json | jq ".roles[].salary"',
          'career compare it-ops-manager it-manager --format markdown > compare.md',
        ),
      );
    act(compare, compareOptions, async ([queries], options, ctx) =>
      (await import('../commands/compare.js')).compareCommand(words(queries), options, ctx),
    );
  },
  path: (program, act) => {
    const path = program
      .command('path')
      .description('estimate the steps, years, salaries and certifications from one level to another')
      // Optional for commander so that path itself says which end is missing (TO after --from-scratch).
      .addArgument(
        argumentOf(
          PATH_FROM,
          '[from]',
          'starting level (ROLE:LEVEL, a level title, a role, or "none" to start from scratch)',
        ),
      )
      .addArgument(argumentOf(PATH_TO, '[to]', 'target level or role'))
      .addHelpText(
        'after',
        examples(
          'career path it-manager:assistant it-manager:director',
          'career path help-desk-technician it-ops-manager --experience 3',
          'career path systems-administrator it-manager:director --horizon 15',
          'career path "Senior IT Operations Manager" "IT Director" --pace fast',
          'career path it-manager:manager it-manager:cio --experience 8 --in-level 2',
          'career path none it-ops-manager --background changer',
          'career path it-manager:manager it-manager:cio --format markdown > plan.md',
        ),
      );
    act(path, pathOptions, async ([from, to], options, ctx) =>
      (await import('../commands/path.js')).pathCommand(optionalWord(from), optionalWord(to), options, ctx),
    );
  },
  quiz: (program, act) => {
    const quiz = program
      .command('quiz')
      .description('take a readiness quiz for a role and get a skills-gap report')
      .addArgument(argumentOf(QUIZ_ROLE, '[role]', 'target role (id, alias or title)'))
      .addHelpText(
        'after',
        examples(
          'career quiz it-ops-manager',
          'career quiz it-manager --level senior --count 15 --seed 42',
          'career quiz it-ops-manager --answers answers.yaml --json --min-score 70',
          'career quiz it-ops-manager --format markdown > readiness.md',
          'career quiz history it-ops-manager',
        ),
      );
    act(quiz, quizOptions, async ([role], options, ctx) =>
      (await import('../commands/quiz.js')).quizCommand(optionalWord(role), options, ctx),
    );

    const history = quiz
      .command('history')
      .description('show past quiz results and the trend per skill area')
      .addArgument(argumentOf(ROLE, '[role]', 'only this role'))
      .addHelpText(
        'after',
        examples(
          'career quiz history',
          'career quiz history it-ops-manager --json',
          'career quiz history --format markdown > progress.md',
        ),
      );
    act(history, quizHistoryOptions, async ([role], options, ctx) =>
      (await import('../commands/quiz-history.js')).quizHistoryCommand(optionalWord(role), options, ctx),
    );
  },
  data: (program, act) => {
    const data = program
      .command('data')
      .description('work with data directories (your own ladders)')
      .addHelpText('after', examples('career data validate ./my-ladders', 'career data init ./my-ladders'));

    const validate = data
      .command('validate')
      .description('check a data directory and report every problem')
      .addArgument(argumentOf(DIR, '[dir]', 'data directory (default: --data, CAREER_DATA, or the built-in data)'))
      .addHelpText(
        'after',
        examples('career data validate ./my-ladders', 'career data validate --json | jq ".problems[]"'),
      );
    act(validate, dataValidateOptions, async ([dir], options, ctx) =>
      (await import('../commands/data-validate.js')).dataValidateCommand(optionalWord(dir), options, ctx),
    );

    const init = data
      .command('init')
      .description('write a starter data directory that validates at once')
      .addArgument(argumentOf(DIR, '<dir>', 'directory to create (it must not exist yet, or be empty)'))
      .addHelpText(
        'after',
        examples(
          'career data init ./my-ladders && career --data ./my-ladders roles',
          'career data init ./my-ladders --json | jq -r ".files[]"',
        ),
      );
    act(init, dataInitOptions, async ([dir], options, ctx) =>
      (await import('../commands/data-init.js')).dataInitCommand(word(dir), options, ctx),
    );
  },
  completion: (program, act, fullTree) => {
    const completion = program
      .command('completion')
      .description('print a shell completion script')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(shells))
      .addHelpText(
        'after',
        examples(
          'source <(career completion bash)',
          'career completion bash >> ~/.bashrc',
          'career completion zsh > "${fpath[1]}/_career"',
          'career completion fish > ~/.config/fish/completions/career.fish',
        ),
      );
    act(completion, noOptions, async ([shell], _options, ctx) => {
      const { completionCommand } = await import('../commands/completion.js');
      // The script covers every command, so it reads the whole tree, not the partial one this run built.
      return completionCommand(oneOf(shells)(shell), completionSpec(fullTree()), ctx);
    });
  },
  // Asked by the completion scripts while the user presses Tab: names from the data, one a line.
  __complete: (program, act) => {
    const complete = program
      .command('__complete', { hidden: true })
      .addArgument(new Argument('<kind>').choices(COMPLETION_KINDS))
      .argument('[context]', 'the word being completed, or for level-ids the role');
    act(complete, noOptions, async ([kind, context], _options, ctx) =>
      (await import('../commands/completion.js')).completeWordsCommand(
        oneOf(COMPLETION_KINDS)(kind),
        optionalWord(context),
        ctx,
      ),
    );
  },
};
