// The CLI entry: the only module that touches `process`. It builds the
// command context from the environment, runs the command, and turns every
// failure into one line on stderr and an exit code. What it takes from the
// process comes through a Host: the real process by default, a test's own
// (tests/helpers/run-in-process.ts) to run commands without spawning.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError, type Command } from 'commander';
import { isTerminal } from './cli/is-terminal.js';
import { oneLineCommanderError } from './cli/commander-error.js';
import { buildProgram, programOptionsOf } from './cli/program.js';
import { syncOutput, type SyncOutput } from './cli/sync-output.js';
import type { CommandContext } from './commands/context.js';
import type { DataSet } from './data/dataset.js';
import { ExitCode, UserError } from './errors.js';
import { isPromptCancel } from './prompts/cancel.js';
import { colorChoice } from './render/color-choice.js';
import { createStyle } from './render/style.js';
import { terminalSafe } from './render/terminal-safe.js';
import { readVersion } from './version.js';

// import.meta.dirname (Node 20.11+) spares parsing a URL at every start; the
// bundle defines it as its own folder, dist/bundle, also two below the root.
const builtPackageRoot = resolve(import.meta.dirname ?? dirname(fileURLToPath(import.meta.url)), '../..');

/** What bin/career found before starting the CLI (see there). */
export interface LaunchFacts {
  /** data/ changed since the built-in snapshot was made: the YAML is read instead. */
  snapshotStale?: boolean;
}

/** Everything the CLI takes from the process it runs in. */
export interface Host {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Where the package is installed (its data/ and build output). */
  packageRoot: string;
  /** stdout (1) or stderr (2); `onError` hears of a failed write. */
  openOutput(fd: 1 | 2, onError?: (error: NodeJS.ErrnoException) => void): SyncOutput;
  isTerminal(fd: 0 | 1 | 2): boolean;
  /** The width of the terminal on stdout, if it is one. */
  stdoutColumns(): number | undefined;
  stdin(): NodeJS.ReadableStream;
  setExitCode(code: number): void;
  /** Ends the process now; called only when all output has been written. */
  exit(): void;
}

/** The real process: what bin/career runs with. */
export function processHost(): Host {
  return {
    env: process.env,
    // Asked when a command needs it: a removed working directory then fails inside the run's error handling.
    get cwd() {
      return process.cwd();
    },
    packageRoot: builtPackageRoot,
    openOutput: (fd, onError) =>
      syncOutput(fd, { openStream: () => (fd === 1 ? process.stdout : process.stderr), onError }),
    isTerminal,
    stdoutColumns: () => process.stdout.columns,
    stdin: () => process.stdin,
    setExitCode: (code) => {
      process.exitCode = code;
    },
    exit: () => process.exit(),
  };
}

export async function main(argv: string[], launch: LaunchFacts = {}, host: Host = processHost()): Promise<void> {
  // A reader that stops early (`| head -1`) closes the pipe: stop writing,
  // quietly, with the exit code the command would have had anyway.
  const stdout = host.openOutput(1, (error) => {
    stderr.write(`career: cannot write the output: ${error.message}\n`);
    host.setExitCode(ExitCode.unexpected);
  });
  // Nowhere left to report a failure on stderr itself.
  const stderr = host.openOutput(2);
  const output = { stdout, stderr };

  // Known before commander parses, so that a failure while parsing can show its stack too; words after `--` are arguments.
  const dashes = argv.indexOf('--');
  const debug = (dashes < 0 ? argv : argv.slice(0, dashes)).includes('--debug') || host.env.CAREER_DEBUG === '1';
  const say = debug ? (message: string) => stderr.write(`career: ${message}\n`) : undefined;
  const run = (skipCache: boolean) =>
    buildProgram(
      readVersion(host.packageRoot),
      (command) => makeContext(command, host, output, { ...launch, skipCache, debug: say }),
      {
        writeOut: (text) => stdout.write(terminalSafe(text, plain)),
        writeErr: (text) => stderr.write(terminalSafe(text, plain)),
        outputError: (text) => stderr.write(terminalSafe(oneLineCommanderError(text), plain)),
        // Help fits the terminal, or COLUMNS when set, like every other output.
        getOutHelpWidth: () => terminalColumns(host, host.isTerminal(1)),
        getErrHelpWidth: () => terminalColumns(host, host.isTerminal(2)),
      },
      argv,
    ).parseAsync(argv, { from: 'user' });

  try {
    try {
      await run(false);
    } catch (error) {
      // A cached role found stale or damaged while the command computed (see
      // data/cache/read.ts): nothing was printed yet; run again from the YAML.
      if (!(error instanceof Error && error.name === 'StaleCacheError')) throw error;
      say?.(`${error.message}; running again from the YAML`);
      await run(true);
    }
  } catch (error) {
    host.setExitCode(exitCodeFor(error, debug, stderr));
  }
  // Ending the process now skips Node's teardown of the heap and its threads
  // (2-3 ms). Only with nothing left to write: the output has gone out
  // synchronously unless a stream took it over (see sync-output.ts).
  if (!stdout.usesStream && !stderr.usesStream) {
    // One turn of the event loop first: a SIGINT/SIGTERM that came during a
    // save (held back until the save was whole, see fs/signal-guard.ts) is
    // delivered now and ends the run with 130/143 instead of being dropped.
    await new Promise((resolve) => setImmediate(resolve));
    host.exit();
  }
}

/** Messages and help are never coloured. */
const plain = { keepColour: false };

function exitCodeFor(error: unknown, debug: boolean, stderr: SyncOutput): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (and suggestion) to stderr, as one line (see commander-error.ts).
    if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return ExitCode.ok;
    // `career` or `career data` alone: commander printed the help to stderr as a usage error.
    if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    return ExitCode.usage;
  }
  if (error instanceof UserError) {
    stderr.write(terminalSafe(`career: ${error.message}\n`, plain));
    for (const line of error.details) stderr.write(terminalSafe(`  ${line}\n`, plain));
    return error.exitCode;
  }
  if (isPromptCancel(error)) {
    stderr.write('Cancelled\n');
    return ExitCode.interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (debug && error instanceof Error && error.stack) stderr.write(terminalSafe(`${error.stack}\n`, plain));
  else
    stderr.write(terminalSafe(`career: unexpected error: ${message}\n(run again with --debug for details)\n`, plain));
  return ExitCode.unexpected;
}

interface DataFacts extends LaunchFacts {
  skipCache: boolean;
  debug?: (message: string) => void;
}

async function makeContext(
  command: Command,
  host: Host,
  output: { stdout: SyncOutput; stderr: SyncOutput },
  facts: DataFacts,
): Promise<CommandContext> {
  const options = programOptionsOf(command);
  const { env, cwd, packageRoot } = host;
  if (options.data?.trim() === '') throw new UserError('--data needs a directory name, got an empty one');
  const userDir = options.data ?? (env.CAREER_DATA || undefined);
  const dataOnly = options.dataOnly === true || env.CAREER_DATA_ONLY === '1';
  const dataDir = userDir !== undefined ? resolve(cwd, userDir) : resolve(packageRoot, 'data');
  // Terminal facts are looked up only when asked for (see is-terminal.ts):
  // with --no-color or NO_COLOR, colorChoice decides before it reads isTTY.
  const stdoutIsTTY = once(() => host.isTerminal(1));
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
    // Text from data, files and history is made safe here, once (terminal-safe.ts).
    out: (text) => output.stdout.write(terminalSafe(text, { keepColour: style.enabled })),
    err: (text) => output.stderr.write(terminalSafe(text, { keepColour: style.enabled, keepRedraw: true })),
    style,
    get columns() {
      return terminalColumns(host, stdoutIsTTY());
    },
    get stdinIsTTY() {
      return host.isTerminal(0);
    },
    get stdoutIsTTY() {
      return stdoutIsTTY();
    },
    get stderrIsTTY() {
      return host.isTerminal(2);
    },
    // Creating the stdin stream costs milliseconds, and most commands never use it.
    get terminal() {
      return { input: host.stdin(), output: output.stderr.stream() };
    },
    env,
    cwd,
    packageRoot,
    dataDir,
    dataIsBuiltIn: userDir === undefined,
    dataOnly,
    data: () => {
      if (dataOnly && userDir === undefined)
        throw new UserError('--data-only needs a data directory: give --data DIR or set CAREER_DATA');
      data ??= import('./data/load-data.js').then(({ loadData }) =>
        loadData({
          dir: userDir === undefined ? undefined : dataDir,
          dirOnly: dataOnly,
          packageRoot,
          cwd,
          env,
          snapshotStale: facts.snapshotStale,
          skipCache: facts.skipCache,
          debug: facts.debug,
        }),
      );
      return data;
    },
  };
}

function terminalColumns(host: Host, stdoutIsTTY: boolean): number {
  const fromEnv = Number(host.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return (stdoutIsTTY && host.stdoutColumns()) || 80;
}

function once<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}
