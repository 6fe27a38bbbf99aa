// The CLI entry: the only module that touches `process`. It builds the
// command context from the environment, runs the command, and turns every
// failure into one line on stderr and an exit code.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError, type Command } from 'commander';
import { buildProgram } from './cli/program.js';
import type { CommandContext } from './commands/context.js';
import type { DataSet } from './data/dataset.js';
import { ExitCode, UserError } from './errors.js';
import { colorChoice } from './render/color-choice.js';
import { createStyle } from './render/style.js';
import { readVersion } from './version.js';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export async function main(argv: string[]): Promise<void> {
  let stdoutClosed = false;
  // A reader that stops early (`| head -1`) closes the pipe: stop writing,
  // quietly, with the exit code the command would have had anyway.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (error.code !== 'EPIPE') {
      process.stderr.write(`career: cannot write the output: ${error.message}\n`);
      process.exitCode = ExitCode.unexpected;
    }
  });
  // Nowhere left to report a failure on stderr itself.
  process.stderr.on('error', () => {});

  const debug = argv.includes('--debug') || process.env.CAREER_DEBUG === '1';
  const program = buildProgram(readVersion(packageRoot), (command) => makeContext(command, () => stdoutClosed), {
    writeOut: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    writeErr: (text) => process.stderr.write(text),
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    process.exitCode = exitCodeFor(error, debug);
  }
}

function exitCodeFor(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (and suggestion) to stderr.
    if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return ExitCode.ok;
    // `career` or `career data` alone: commander printed the help to stderr as a usage error.
    if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    if (error.code === 'commander.executeSubCommandAsync') return error.exitCode;
    return ExitCode.usage;
  }
  if (error instanceof UserError) {
    process.stderr.write(`career: ${error.message}\n`);
    for (const line of error.details) process.stderr.write(`  ${line}\n`);
    return error.exitCode;
  }
  if (isPromptCancel(error)) {
    process.stderr.write('Cancelled\n');
    return ExitCode.interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write(`career: unexpected error: ${message}\n(run again with --debug for details)\n`);
  return ExitCode.unexpected;
}

/** Ctrl-C inside an inquirer prompt surfaces as an ExitPromptError / AbortPromptError. */
const isPromptCancel = (error: unknown) =>
  error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');

async function makeContext(command: Command, isStdoutClosed: () => boolean): Promise<CommandContext> {
  const options = command.optsWithGlobals() as { data?: string; color?: boolean };
  const env = process.env;
  if (options.data?.trim() === '') throw new UserError('--data needs a directory name, got an empty one');
  const userDir = options.data ?? (env.CAREER_DATA || undefined);
  const dataDir = userDir !== undefined ? resolve(userDir) : resolve(packageRoot, 'data');
  const style = await createStyle(colorChoice({ flag: options.color, env, isTTY: !!process.stdout.isTTY }));
  let data: Promise<DataSet> | undefined;
  return {
    out: (text) => {
      if (!isStdoutClosed()) process.stdout.write(text);
    },
    err: (text) => process.stderr.write(text),
    style,
    columns: terminalColumns(env),
    // Getters: creating the stdin stream costs milliseconds, and most commands never use it.
    get stdinIsTTY() {
      return !!process.stdin.isTTY;
    },
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    get terminal() {
      return { input: process.stdin, output: process.stderr };
    },
    env,
    cwd: process.cwd(),
    packageRoot,
    dataDir,
    dataIsBuiltIn: userDir === undefined,
    data: () => {
      data ??= import('./data/catalog.js').then(({ loadData }) =>
        loadData({ dir: dataDir, builtIn: userDir === undefined, packageRoot, cwd: process.cwd(), env }),
      );
      return data;
    },
  };
}

function terminalColumns(env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return process.stdout.columns || 80;
}
