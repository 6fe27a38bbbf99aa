// Options are declared once (src/commands/options.ts): the command tree is
// built from the declarations and each handler's options type is derived
// from them. These tests hold the three together: the options commander knows
// for each command are exactly the ones declared for it, under the key a
// handler reads; the values reach the handler with their declared types; and
// (checked by `npm run typecheck`) each handler takes the declared type.
import type { Command } from 'commander';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildProgram, ownOptions, programOptionsOf } from '../../src/cli/program.js';
import type { compareCommand } from '../../src/commands/compare.js';
import type { completeWordsCommand } from '../../src/commands/completion.js';
import type { dataInitCommand } from '../../src/commands/data-init.js';
import type { dataValidateCommand } from '../../src/commands/data-validate.js';
import { number, readOptions, type OptionsOf } from '../../src/commands/option-declaration.js';
import {
  optionsByCommand,
  pathOptions,
  quizHistoryOptions,
  quizOptions,
  type CompareOptions,
  type DataInitOptions,
  type DataValidateOptions,
  type PathOptions,
  type QuizHistoryOptions,
  type QuizOptions,
  type RolesOptions,
  type ShowOptions,
} from '../../src/commands/options.js';
import type { pathCommand } from '../../src/commands/path.js';
import type { Pace } from '../../src/core/path-model.js';
import type { Background } from '../../src/core/path-steps.js';
import type { quizHistoryCommand } from '../../src/commands/quiz-history.js';
import type { quizCommand } from '../../src/commands/quiz.js';
import type { rolesCommand } from '../../src/commands/roles.js';
import type { showCommand } from '../../src/commands/show.js';

const ignore = () => {};

function commandsOf(command: Command, path: string[] = []): [string, Command][] {
  return [[path.join(' '), command], ...command.commands.flatMap((sub) => commandsOf(sub, [...path, sub.name()]))];
}

describe('the command tree and the declared options', () => {
  const tree = commandsOf(
    buildProgram('1.2.3', () => Promise.reject(new Error('not run')), { writeOut: ignore, writeErr: ignore }),
  );

  it('declares options for every command, and for no command the tree lacks', () => {
    expect(tree.map(([path]) => path).sort()).toEqual(Object.keys(optionsByCommand).sort());
  });

  it.each(tree.map(([path, command]): [string, Command] => [path || 'career', command]))(
    '%s has exactly its declared options, each under the key its handler reads',
    (_name, command) => {
      const path = tree.find(([, c]) => c === command)![0];
      const known = command.options
        .filter((option) => option.long !== '--help' && option.long !== '--version')
        .map((option) => [option.attributeName(), option.flags, option.description]);
      const declared = Object.entries(optionsByCommand[path]!).map(([key, d]) => [key, d.flags, d.description]);
      expect(known).toEqual(declared);
    },
  );
});

/** The options `career ARGV` hands its command, read as the command's action reads them. */
async function optionsGiven(argv: string[]): Promise<{ own: Record<string, unknown>; command: Command }> {
  let ran: Command | undefined;
  const program = buildProgram(
    '1.2.3',
    (command) => {
      ran = command;
      return Promise.reject(new Error('stop before the handler'));
    },
    { writeOut: ignore, writeErr: ignore },
    argv,
  );
  await expect(program.parseAsync(argv, { from: 'user' })).rejects.toThrow('stop before the handler');
  return { own: ownOptions(ran!), command: ran! };
}

describe('options read into their declared types', () => {
  it('gives path its numbers as numbers, its choices, and the defaults for what was not typed', async () => {
    const { own } = await optionsGiven([
      'path',
      'a',
      'b',
      '--experience',
      '8',
      '--in-level',
      '2',
      '--background',
      'changer',
    ]);
    expect(readOptions(pathOptions, own)).toEqual({
      pace: 'typical',
      experience: 8,
      inLevel: 2,
      background: 'changer',
      alternatives: 2,
    } satisfies PathOptions);
  });

  it("gives the quiz's --no-save as save: false, and save: true without it", async () => {
    const { own } = await optionsGiven(['quiz', 'x', '--no-save', '--count', '3', '--seed', '42', '--format', 'json']);
    expect(readOptions(quizOptions, own)).toEqual({ save: false, count: 3, seed: '42', format: 'json' });
    expect(readOptions(quizOptions, (await optionsGiven(['quiz', 'x'])).own)).toEqual({ save: true });
  });

  it('gives quiz history the --json typed before "history"', async () => {
    const { own } = await optionsGiven(['quiz', '--json', 'history']);
    expect(readOptions(quizHistoryOptions, own)).toEqual({ json: true });
  });

  it('reads the options before the command word from any command', async () => {
    const { command } = await optionsGiven(['--data', 'dir', '--no-color', 'roles', '--json']);
    expect(programOptionsOf(command)).toEqual({ data: 'dir', color: false });
  });

  it('throws, naming the value, when a value is not of the declared type', () => {
    expect(() => readOptions(pathOptions, { pace: 'quick', alternatives: 2 })).toThrow(
      'commander gave string quick where one of fast, typical, slow was declared',
    );
    expect(() => readOptions({ n: number('--n <n>', 'n', 'zero or more') }, { n: '3' })).toThrow(
      'commander gave string 3 where a number was declared',
    );
    expect(() => readOptions(quizOptions, {})).toThrow('where a flag was declared');
  });
});

describe("each handler's options type", () => {
  it('is the type derived from its declaration (a handler reading an undeclared option does not compile)', () => {
    expectTypeOf<Parameters<typeof rolesCommand>[0]>().toEqualTypeOf<RolesOptions>();
    expectTypeOf<Parameters<typeof showCommand>[1]>().toEqualTypeOf<ShowOptions>();
    expectTypeOf<Parameters<typeof compareCommand>[1]>().toEqualTypeOf<CompareOptions>();
    expectTypeOf<Parameters<typeof pathCommand>[2]>().toEqualTypeOf<PathOptions>();
    expectTypeOf<Parameters<typeof quizCommand>[1]>().toEqualTypeOf<QuizOptions>();
    expectTypeOf<Parameters<typeof quizHistoryCommand>[1]>().toEqualTypeOf<QuizHistoryOptions>();
    expectTypeOf<Parameters<typeof dataValidateCommand>[1]>().toEqualTypeOf<DataValidateOptions>();
    expectTypeOf<Parameters<typeof dataInitCommand>[1]>().toEqualTypeOf<DataInitOptions>();
    // The hidden word lister takes no options at all.
    expectTypeOf<Parameters<typeof completeWordsCommand>>().toEqualTypeOf<
      [Parameters<typeof completeWordsCommand>[0], string | undefined, Parameters<typeof completeWordsCommand>[2]]
    >();
  });

  it('has each declared option with its type, optional where it may be absent', () => {
    expectTypeOf<PathOptions>().toEqualTypeOf<{
      pace: 'fast' | 'typical' | 'slow';
      alternatives: number;
      experience?: number;
      inLevel?: number;
      fromScratch?: boolean;
      background?: 'beginner' | 'changer' | 'related';
      horizon?: number;
      json?: boolean;
      format?: 'text' | 'json' | 'markdown';
    }>();
    // The choices are written out (options.ts loads at every start, core does not): they must be core's.
    expectTypeOf<PathOptions['pace']>().toEqualTypeOf<Pace>();
    expectTypeOf<NonNullable<PathOptions['background']>>().toEqualTypeOf<Background>();
    expectTypeOf<OptionsOf<typeof quizOptions>>().toHaveProperty('save').toEqualTypeOf<boolean>();
    // @ts-expect-error roles declares --json only: a handler cannot read --format from it.
    expectTypeOf<RolesOptions>().toHaveProperty('format');
  });
});
