// Runs the built `bin/career` as a user would: a separate process, with
// captured stdout, stderr and exit code. `npm run build` must have run first
// (`npm test` does not build; `.ci/run` and the README's command do).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testTmpdir } from './test-tmpdir.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const careerBin = fileURLToPath(new URL('../../bin/career', import.meta.url));

// Caches of --data directories go to a fresh folder per worker, not the user's ~/.cache; it is removed with the
// run's temporary folder (tests/setup/temp-root.ts).
const testCacheDir = mkdtempSync(join(testTmpdir(), 'career-test-cache-'));

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {},
): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    CAREER_DATA: undefined,
    CAREER_DEBUG: undefined,
    CAREER_CACHE_DIR: testCacheDir,
    COLUMNS: '80',
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [careerBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Parses stdout as JSON, failing the test with stderr shown if it is not. */
export function runJson<T = any>(args: string[], options?: Parameters<typeof runCli>[1]): T {
  const result = runCli(args, options);
  if (result.status !== 0) throw new Error(`career ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
