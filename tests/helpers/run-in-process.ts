// Runs the CLI's `main` inside the test process, with the same arguments,
// options and result as runCli (run-cli.ts) but without spawning bin/career:
// a few milliseconds a run instead of a hundred. Each run gets its own
// environment, working directory, captured output and exit code, like a
// separate process would; no terminal anywhere, like runCli's pipes.
// Tests whose subject is the process itself (signals, pipes, the terminal,
// bin/career's start-up decisions) spawn with runCli instead.
// The built-in data comes from the build's snapshot, as bin/career serves it
// when data/ is unchanged since the build: `npm test` builds first; after an
// edit of data/, build again before running these tests alone.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main, type Host } from '../../src/cli.js';
import type { SyncOutput } from '../../src/cli/sync-output.js';
import { repoRoot, type CliResult } from './run-cli.js';
import { testTmpdir } from './test-tmpdir.js';

// Caches of --data directories go to a fresh folder per worker (test files share a worker's modules), not the
// user's ~/.cache; it is removed with the run's temporary folder (tests/setup/temp-root.ts).
const testCacheDir = mkdtempSync(join(testTmpdir(), 'career-test-cache-'));

export interface InProcessOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
  /** Every write to stdout throws this, as a bug in the output path would. */
  stdoutFailure?: Error;
}

export async function runInProcess(args: string[], options: InProcessOptions = {}): Promise<CliResult> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    CAREER_DATA: undefined,
    CAREER_DATA_ONLY: undefined,
    CAREER_DEBUG: undefined,
    CAREER_CACHE_DIR: testCacheDir,
    COLUMNS: '80',
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const written = { 1: '', 2: '' };
  let status = 0;
  const host: Host = {
    env,
    cwd: options.cwd ?? repoRoot,
    packageRoot: repoRoot,
    openOutput: (fd) =>
      capturedOutput((text) => {
        if (fd === 1 && options.stdoutFailure) throw options.stdoutFailure;
        written[fd] += text;
      }),
    isTerminal: () => false,
    stdoutColumns: () => undefined,
    stdin: () => Readable.from([options.input ?? '']),
    setExitCode: (code) => {
      status = code;
    },
    // The test process goes on; the run is over when main resolves.
    exit: () => undefined,
  };
  await main(args, {}, host);
  return { stdout: written[1], stderr: written[2], status };
}

/** Parses stdout as JSON, failing the test with stderr shown if it is not. */
export async function runJsonInProcess<T = any>(args: string[], options?: InProcessOptions): Promise<T> {
  const result = await runInProcess(args, options);
  if (result.status !== 0) throw new Error(`career ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

function capturedOutput(append: (text: string) => void): SyncOutput {
  let stream: Writable | undefined;
  return {
    write: append,
    stream: () =>
      (stream ??= new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          append(chunk.toString());
          done();
        },
      })),
    closed: false,
    usesStream: false,
  };
}
