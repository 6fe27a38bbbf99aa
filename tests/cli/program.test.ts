// Given the command line, the CLI builds only the command it names (building
// the whole tree costs about a millisecond at every start). That command
// must behave exactly as in the whole tree: same help, same options, same
// errors; anything else gets the whole tree.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { completionSpec } from '../../src/cli/completion-spec.js';
import { allCommands } from '../../src/render/completion-spec.js';
import { buildProgram, commandWord } from '../../src/cli/program.js';

const notRun = () => Promise.reject(new Error('not run'));
const ignore = () => {};

describe('commandWord', () => {
  it.each([
    [['compare', 'a', 'b', '--json'], 'compare'],
    [['--data', 'dir', 'show', 'x'], 'show'],
    [['--data', 'compare', 'path', 'a', 'b'], 'path'],
    [['--data=dir', '--no-color', '--debug', 'roles'], 'roles'],
    [['--data-only', '--data', 'dir', 'quiz'], 'quiz'],
    // Only --data takes a value.
    [['--data-only=1', 'roles'], undefined],
    [['quiz', 'history'], 'quiz'],
    [['nonsense'], 'nonsense'],
    [['--help', 'compare'], undefined],
    [['-V'], undefined],
    [['--bogus', 'compare'], undefined],
    [['--', 'compare'], undefined],
    [['--data'], undefined],
    [[], undefined],
  ])('%j names %s', (argv, word) => expect(commandWord(argv)).toBe(word));
});

describe('the tree built for one command', () => {
  const full = buildProgram('1.2.3', notRun, { writeOut: ignore, writeErr: ignore });
  const paths = allCommands(completionSpec(full))
    .map((c) => c.path)
    .filter((path) => path.length > 0);

  /** The help of the command at `path` in the tree built for `argv` (all commands when undefined). */
  function helpIn(argv: string[] | undefined, path: string[]): string {
    let text = '';
    const program = buildProgram('1.2.3', notRun, { writeOut: (t) => (text += t), writeErr: ignore }, argv);
    const command = path.reduce<Command | undefined>(
      (cmd, word) => cmd?.commands.find((c) => c.name() === word),
      program,
    );
    command!.outputHelp();
    return text;
  }

  it.each(paths.map((path): [string, string[]] => [path.join(' '), path]))(
    'career %s has the same help as in the whole tree',
    (_name, path) => {
      expect(helpIn([...path, '--help'], path)).toBe(helpIn(undefined, path));
    },
  );

  it('holds only the command named, with its subcommands', () => {
    const program = buildProgram('1.2.3', notRun, { writeOut: ignore, writeErr: ignore }, ['quiz', 'history']);
    expect(program.commands.map((c) => c.name())).toEqual(['quiz']);
    expect(program.commands[0]!.commands.map((c) => c.name())).toEqual(['history']);
  });

  it.each([[['comapre', 'a', 'b']], [['--help']], [['help', 'compare']], [[]]])('is the whole tree for %j', (argv) => {
    const program = buildProgram('1.2.3', notRun, { writeOut: ignore, writeErr: ignore }, argv);
    expect(program.commands.map((c) => c.name())).toEqual(full.commands.map((c) => c.name()));
  });

  it.each([
    [['compare', 'it-ops-manager', '--jsn']],
    [['path', 'a', 'b', '--pace', 'quick']],
    [['show']],
    [['completion', 'tcsh']],
    [['quiz', 'history', 'x', 'y']],
    [['--data', 'dir', 'roles', '--bogus']],
  ])('rejects %j with the same message as the whole tree', async (argv) => {
    const errorsOf = async (tree: string[] | undefined) => {
      let text = '';
      const program = buildProgram('1.2.3', notRun, { writeOut: ignore, writeErr: (t) => (text += t) }, tree);
      await expect(program.parseAsync(argv, { from: 'user' })).rejects.toThrow();
      return text;
    };
    const message = await errorsOf(argv);
    expect(message).not.toBe('');
    expect(message).toBe(await errorsOf(undefined));
  });
});
