// The command tree: names, arguments, options, help text and examples. Each
// action imports its command module only when it runs, so starting `career`
// loads just commander and what the chosen command needs.
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import type { CommandContext } from '../commands/context.js';
import { COMPLETION_KINDS } from '../core/completion-words.js';
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

export function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError('expected a number of 0 or more.');
  return n;
}

/** `--format`, beside `--json` (its short form), on the commands that print a report to keep. */
const formatOption = () =>
  new Option('--format <format>', 'text, json or markdown (a document for a file; --json is --format json)').choices([
    'text',
    'json',
    'markdown',
  ]);

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
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
    .helpOption('-h, --help', 'show help')
    .addOption(
      optionOf(DIR, '--data <dir>', 'add the role data in DIR to the built-in data; its ids win (also CAREER_DATA)'),
    )
    .option('--data-only', 'use only the --data directory, without the built-in data (also CAREER_DATA_ONLY=1)')
    .option('--no-color', 'never colour the output (also NO_COLOR)')
    .option('--debug', 'show stack traces for unexpected errors (also CAREER_DEBUG=1)')
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

  // Commander calls an action with the arguments, its options and the command.
  const run: Run = (load) =>
    async function (this: Command, ...args: unknown[]) {
      const handler = await load();
      const ctx = await makeContext(this);
      await Reflect.apply(handler, undefined, [...args.slice(0, -2), ownOptions(this), ctx]);
    };

  const named = argv === undefined ? undefined : commandWord(argv);
  const wanted = named !== undefined && Object.hasOwn(commands, named) ? [named] : Object.keys(commands);
  const fullTree = () => buildProgram(version, makeContext, output);
  for (const name of wanted) commands[name]!(program, run, fullTree);
  return program;
}

/**
 * The command `argv` runs: its first word, after the global options that
 * only set something (--data DIR, --no-color, --debug). Undefined after any
 * other option (`career --help compare` lists every command).
 */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data') i++;
    else if (!(arg.startsWith('--data=') || arg === '--data-only' || arg === '--no-color' || arg === '--debug'))
      return arg.startsWith('-') ? undefined : arg;
  }
  return undefined;
}

/** A command module's handler: its arguments, then its options, then the context. */
type Handler = (...args: never[]) => Promise<unknown>;
type Run = (load: () => Promise<Handler>) => (this: Command, ...args: unknown[]) => Promise<void>;

/** Adds a command to `program`; `fullTree` builds every command, for what describes them all. */
type AddCommand = (program: Command, run: Run, fullTree: () => Command) => void;

/** Each top-level command (with its subcommands), in the order help lists them. */
const commands: Record<string, AddCommand> = {
  roles: (program, run) => {
    program
      .command('roles')
      .description('list the roles in the data')
      .option('--json', 'print JSON')
      .addHelpText('after', examples('career roles', 'career roles --json | jq -r ".roles[].id"'))
      .action(run(async () => (await import('../commands/roles.js')).rolesCommand));
  },
  show: (program, run) => {
    program
      .command('show')
      .description("show a role's profile: salaries, growth, skills, certifications, ladder")
      .addArgument(argumentOf(ROLE, '<role>', 'role id, alias or title'))
      .option('--json', 'print JSON (same as --format json)')
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples(
          'career show it-ops-manager',
          'career show "IT Manager" --json | jq .role.ladder',
          'career show it-manager --format markdown > it-manager.md',
        ),
      )
      .action(run(async () => (await import('../commands/show.js')).showCommand));
  },
  compare: (program, run) => {
    program
      .command('compare')
      .description('compare two to four roles or levels side by side')
      .addArgument(
        argumentOf(ROLE_OR_LEVEL, '<role...>', 'roles (id, alias or title) or levels (ROLE:LEVEL or a level title)'),
      )
      .option('--json', 'print JSON (same as --format json)')
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples(
          'career compare it-ops-manager it-manager',
          'career compare it-manager:senior it-ops-manager:director',
          'career compare it-ops-manager it-manager --json | jq ".roles[].salary"',
          'career compare it-ops-manager it-manager --format markdown > compare.md',
        ),
      )
      .action(run(async () => (await import('../commands/compare.js')).compareCommand));
  },
  path: (program, run) => {
    program
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
      .addOption(
        new Option('--pace <pace>', 'which end of each experience band to use for the headline figure')
          .choices(['fast', 'typical', 'slow'])
          .default('typical'),
      )
      .option('--experience <years>', 'years you already have in the field', nonNegativeNumber)
      .option('--in-level <years>', 'years you have already spent at the starting level', nonNegativeNumber)
      .option('--from-scratch', 'start with no IT experience (same as FROM "none")')
      .addOption(
        new Option('--background <kind>', 'your starting point for an entry path').choices([
          'beginner',
          'changer',
          'related',
        ]),
      )
      .option('--alternatives <n>', 'how many alternative routes to show', (v) => nonNegativeNumber(v), 2)
      .option('--horizon <years>', 'years over which to count earnings (default: the route plus 5)', nonNegativeNumber)
      .option('--json', 'print JSON (same as --format json)')
      .addOption(formatOption())
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
      )
      .action(run(async () => (await import('../commands/path.js')).pathCommand));
  },
  quiz: (program, run) => {
    const quiz = program
      .command('quiz')
      .description('take a readiness quiz for a role and get a skills-gap report')
      .addArgument(argumentOf(QUIZ_ROLE, '[role]', 'target role (id, alias or title)'))
      .addOption(
        optionOf(LEVEL_OF_ROLE, '--level <level>', 'target level in the role ladder (default: the role itself)'),
      )
      .option(
        '--count <n>',
        'how many knowledge questions to ask (default: two for every core skill of the role, plus 4)',
        positiveInteger,
      )
      .option('--seed <seed>', 'make the question draw and answer order reproducible')
      .addOption(optionOf(FILE, '--answers <file>', 'score a filled-in answers file (YAML or JSON) without prompts'))
      .option('--min-score <n>', 'exit with code 3 if the overall score is below N (0-100)', nonNegativeNumber)
      .option('--no-save', 'do not save the result to the history')
      .option('--json', 'print JSON (same as --format json)')
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples(
          'career quiz it-ops-manager',
          'career quiz it-manager --level senior --count 15 --seed 42',
          'career quiz it-ops-manager --answers answers.yaml --json --min-score 70',
          'career quiz it-ops-manager --format markdown > readiness.md',
          'career quiz history it-ops-manager',
        ),
      )
      .action(run(async () => (await import('../commands/quiz.js')).quizCommand));

    quiz
      .command('history')
      .description('show past quiz results and the trend per skill area')
      .addArgument(argumentOf(ROLE, '[role]', 'only this role'))
      .option('--json', 'print JSON (same as --format json)')
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples(
          'career quiz history',
          'career quiz history it-ops-manager --json',
          'career quiz history --format markdown > progress.md',
        ),
      )
      .action(run(async () => (await import('../commands/quiz-history.js')).quizHistoryCommand));
  },
  data: (program, run) => {
    const data = program
      .command('data')
      .description('work with data directories (your own ladders)')
      .addHelpText('after', examples('career data validate ./my-ladders', 'career data init ./my-ladders'));

    data
      .command('validate')
      .description('check a data directory and report every problem')
      .addArgument(argumentOf(DIR, '[dir]', 'data directory (default: --data, CAREER_DATA, or the built-in data)'))
      .option('--json', 'print JSON')
      .addHelpText(
        'after',
        examples('career data validate ./my-ladders', 'career data validate --json | jq ".problems[]"'),
      )
      .action(run(async () => (await import('../commands/data-validate.js')).dataValidateCommand));

    data
      .command('init')
      .description('write a starter data directory that validates at once')
      .addArgument(argumentOf(DIR, '<dir>', 'directory to create (it must not exist yet, or be empty)'))
      .option('--json', 'print JSON')
      .addHelpText(
        'after',
        examples(
          'career data init ./my-ladders && career --data ./my-ladders roles',
          'career data init ./my-ladders --json | jq -r ".files[]"',
        ),
      )
      .action(run(async () => (await import('../commands/data-init.js')).dataInitCommand));
  },
  completion: (program, run, fullTree) => {
    program
      .command('completion')
      .description('print a shell completion script')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
      .addHelpText(
        'after',
        examples(
          'source <(career completion bash)',
          'career completion bash >> ~/.bashrc',
          'career completion zsh > "${fpath[1]}/_career"',
          'career completion fish > ~/.config/fish/completions/career.fish',
        ),
      )
      .action(
        run(async () => {
          const { completionCommand } = await import('../commands/completion.js');
          // The script covers every command, so it reads the whole tree, not the partial one this run built.
          const spec = completionSpec(fullTree());
          return (shell: Parameters<typeof completionCommand>[0], options: object, ctx: CommandContext) =>
            completionCommand(shell, spec, ctx);
        }),
      );
  },
  // Asked by the completion scripts while the user presses Tab: names from the data, one a line.
  __complete: (program, run) => {
    program
      .command('__complete', { hidden: true })
      .addArgument(new Argument('<kind>').choices(COMPLETION_KINDS))
      .argument('[context]', 'the word being completed, or for level-ids the role')
      .action(run(async () => (await import('../commands/completion.js')).completeWordsCommand));
  },
};
