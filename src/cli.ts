// The CLI entry: the only module that touches `process`. It builds the
// command context from the environment, runs the command, and turns every
// failure into one line on stderr and an exit code.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError, type Command } from 'commander';
import { isTerminal } from './cli/is-terminal.js';
import { oneLineCommanderError } from './cli/commander-error.js';
import { buildProgram } from './cli/program.js';
import { syncOutput, type SyncOutput } from './cli/sync-output.js';
import type { CommandContext } from './commands/context.js';
import type { DataSet } from './data/dataset.js';
import { ExitCode, UserError } from './errors.js';
import { colorChoice } from './render/color-choice.js';
import { createStyle } from './render/style.js';
import { readVersion } from './version.js';

// import.meta.dirname (Node 20.11+) spares parsing a URL at every start; the
// bundle defines it as its own folder, dist/bundle, also two below the root.
const packageRoot = resolve(import.meta.dirname ?? dirname(fileURLToPath(import.meta.url)), '../..');

export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`| head -1`) closes the pipe: stop writing,
  // quietly, with the exit code the command would have had anyway.
  const stdout = syncOutput(1, {
    openStream: () => process.stdout,
    onError: (error) => {
      stderr.write(`career: cannot write the output: ${error.message}\n`);
      process.exitCode = ExitCode.unexpected;
    },
  });
  // Nowhere left to report a failure on stderr itself.
  const stderr = syncOutput(2, { openStream: () => process.stderr });
  const output = { stdout, stderr };

  const debug = argv.includes('--debug') || process.env.CAREER_DEBUG === '1';
  const program = buildProgram(
    readVersion(packageRoot),
    (command) => makeContext(command, output),
    {
      writeOut: (text) => stdout.write(text),
      writeErr: (text) => stderr.write(text),
      outputError: (text) => stderr.write(oneLineCommanderError(text)),
      // Help fits the terminal, or COLUMNS when set, like every other output.
      getOutHelpWidth: () => terminalColumns(process.env, isTerminal(1)),
      getErrHelpWidth: () => terminalColumns(process.env, isTerminal(2)),
    },
    argv,
  );

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    process.exitCode = exitCodeFor(error, debug, stderr);
  }
  // Ending the process now skips Node's teardown of the heap and its threads
  // (2-3 ms). Only with nothing left to write: the output has gone out
  // synchronously unless a stream took it over (see sync-output.ts).
  if (!stdout.usesStream && !stderr.usesStream) process.exit();
}

function exitCodeFor(error: unknown, debug: boolean, stderr: SyncOutput): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (and suggestion) to stderr, as one line (see commander-error.ts).
    if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return ExitCode.ok;
    // `career` or `career data` alone: commander printed the help to stderr as a usage error.
    if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    return ExitCode.usage;
  }
  if (error instanceof UserError) {
    stderr.write(`career: ${error.message}\n`);
    for (const line of error.details) stderr.write(`  ${line}\n`);
    return error.exitCode;
  }
  if (isPromptCancel(error)) {
    stderr.write('Cancelled\n');
    return ExitCode.interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  else stderr.write(`career: unexpected error: ${message}\n(run again with --debug for details)\n`);
  return ExitCode.unexpected;
}

/** Ctrl-C inside an inquirer prompt surfaces as an ExitPromptError / AbortPromptError. */
const isPromptCancel = (error: unknown) =>
  error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');

async function makeContext(command: Command, output: { stdout: SyncOutput; stderr: SyncOutput }): Promise<CommandContext> {
  const options = command.optsWithGlobals() as { data?: string; color?: boolean };
  const env = process.env;
  if (options.data?.trim() === '') throw new UserError('--data needs a directory name, got an empty one');
  const userDir = options.data ?? (env.CAREER_DATA || undefined);
  const dataDir = userDir !== undefined ? resolve(userDir) : resolve(packageRoot, 'data');
  // Terminal facts are looked up only when asked for (see is-terminal.ts):
  // with --no-color or NO_COLOR, colorChoice decides before it reads isTTY.
  const stdoutIsTTY = once(() => isTerminal(1));
  const style = await createStyle(
    colorChoice({
      flag: options.color,
      env,
      get isTTY() {
        return stdoutIsTTY();
      },
    }),
  );
  let data: Promise<DataSet> | undefined;
  return {
    out: (text) => output.stdout.write(text),
    err: (text) => output.stderr.write(text),
    style,
    get columns() {
      return terminalColumns(env, stdoutIsTTY());
    },
    get stdinIsTTY() {
      return isTerminal(0);
    },
    get stdoutIsTTY() {
      return stdoutIsTTY();
    },
    get stderrIsTTY() {
      return isTerminal(2);
    },
    // Creating the stdin stream costs milliseconds, and most commands never use it.
    get terminal() {
      return { input: process.stdin, output: output.stderr.stream() };
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

function terminalColumns(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return (stdoutIsTTY && process.stdout.columns) || 80;
}

function once<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}
