// Every text output fits the terminal: 80 columns, and COLUMNS when set
// (here 60), for every command and every --help.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';
import { tempDir } from '../fixtures/bad-data/temp-data.js';

const ANSWERS = 'tests/fixtures/answers/it-ops-manager.yaml';
const state = tempDir();
const env = { CAREER_STATE_DIR: state };

/** Terminal columns a line takes (wide characters count two; no colour is printed to a pipe). */
const columns = (line: string) =>
  [...line].reduce(
    (n, ch) =>
      n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
    0,
  );

const commands: string[][] = [
  ['roles'],
  ['show', 'it-ops-manager'],
  ['show', 'cio'],
  ['compare', 'it-ops-manager', 'it-manager'],
  ['compare', 'it-manager:senior', 'it-ops-manager:director', 'cio', 'it-director'],
  ['path', 'it-manager:assistant', 'it-manager:cio'],
  ['path', 'none', 'it-manager', '--background', 'related'],
  ['quiz', 'it-ops-manager', '--answers', ANSWERS],
  ['quiz', 'history'],
  // Named relative to the checkout: without it the line holds the checkout's absolute path, which may be any length.
  ['data', 'validate', 'data'],
  ['--help'],
  ...['roles', 'show', 'compare', 'path', 'quiz', 'data', 'completion'].map((command) => [command, '--help']),
  ['quiz', 'history', '--help'],
  ['data', 'validate', '--help'],
  ['data', 'init', '--help'],
];

describe.each([80, 60])('at %i columns', (width) => {
  it.each(commands.map((args) => [args.join(' '), args]))('career %s fits', async (_name, args) => {
    const { stdout, stderr, status } = await runInProcess(args as string[], {
      env: { ...env, COLUMNS: String(width) },
    });
    expect(status, stderr).toBe(0);
    expect(stdout.length).toBeGreaterThan(0);
    const wide = stdout.split('\n').filter((line) => columns(line) > width);
    expect(wide).toEqual([]);
  });
});

describe('wide terminals', () => {
  it("use the room for the quiz's skill names instead of cutting them at a fixed width", async () => {
    const { stdout } = await runInProcess(['quiz', 'it-ops-manager', '--answers', ANSWERS, '--no-save'], {
      env: { ...env, COLUMNS: '200' },
    });
    expect(stdout).toMatch(/^IT infrastructure management +█/m);
    expect(stdout).not.toMatch(/^IT infrastructure… /m);
  });
});
