// Golden files: what every command prints, as text and as --json, on the
// built-in data. Each runs in-process through the real command tree and a
// CommandContext (no child process), and its stdout, stderr and exit code are
// compared with tests/golden/outputs/NAME.txt, so any change of output is a
// diff to review. After a deliberate change, regenerate them all with
//
//   npx vitest run tests/golden -u
//
// and read the diff before committing it.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { UserError } from '../../src/errors.js';
import { inProcessContext } from '../helpers/in-process.js';
import { repoRoot } from '../helpers/run-cli.js';

/** Runs `career ARGS` in-process with `cwd` and a fixed clock; stdout, stderr and the exit code as one text. */
async function careerInProcess(args: string[], cwd: string, stateDir: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const ctx = inProcessContext({
    stateDir,
    cwd,
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  });
  const program = buildProgram('0.0.0-golden', async () => ctx, {
    writeOut: (text) => void (stdout += text),
    writeErr: (text) => void (stderr += text),
  });
  let exit = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    stderr += `career: ${error.message}\n`;
    exit = error.exitCode;
  }
  return `$ career ${args.join(' ')}\n--- exit ${exit}, stderr ---\n${stderr}--- stdout ---\n${stdout}`;
}

const answers = join(repoRoot, 'tests/fixtures/answers/it-ops-manager.yaml');

/** [golden file name, arguments]: every command, as text and as --json. */
const cases: [string, string[]][] = [
  ['roles', ['roles']],
  ['roles.json', ['roles', '--json']],
  ['show', ['show', 'it-ops-manager']],
  ['show.md', ['show', 'it-manager', '--format', 'markdown']],
  ['show.json', ['show', 'it-manager', '--json']],
  ['compare', ['compare', 'it-ops-manager', 'it-manager']],
  ['compare-levels', ['compare', 'it-manager:senior', 'it-ops-manager:director']],
  ['compare.md', ['compare', 'it-ops-manager', 'it-manager', '--format', 'markdown']],
  ['compare-levels.md', ['compare', 'it-manager:senior', 'it-ops-manager:director', '--format', 'markdown']],
  ['compare.json', ['compare', 'it-ops-manager', 'it-manager', '--json']],
  ['path', ['path', 'it-manager:assistant', 'it-manager:director']],
  ['path-entry', ['path', 'none', 'it-ops-manager', '--background', 'changer']],
  [
    'path.md',
    ['path', 'it-manager:manager', 'it-manager:cio', '--experience', '8', '--in-level', '2', '--format', 'markdown'],
  ],
  ['path-entry.md', ['path', 'none', 'it-ops-manager', '--background', 'changer', '--format', 'markdown']],
  ['path.json', ['path', 'it-manager:manager', 'it-manager:cio', '--experience', '8', '--in-level', '2', '--json']],
  // Saved to the history, which the next two cases read.
  ['quiz-answers', ['quiz', 'it-ops-manager', '--answers', answers, '--seed', '7']],
  ['quiz-answers.json', ['quiz', 'it-ops-manager', '--answers', answers, '--seed', '7', '--json']],
  [
    'quiz-answers.md',
    ['quiz', 'it-ops-manager', '--answers', answers, '--seed', '7', '--no-save', '--format', 'markdown'],
  ],
  ['quiz-history', ['quiz', 'history']],
  ['quiz-history.md', ['quiz', 'history', '--format', 'markdown']],
  ['quiz-history.json', ['quiz', 'history', 'it-ops-manager', '--json']],
  ['data-validate', ['data', 'validate']],
  ['data-validate.json', ['data', 'validate', '--json']],
  ['data-init', ['data', 'init', 'my-ladders']],
  ['data-init.json', ['data', 'init', 'more-ladders', '--json']],
  ['completion-bash', ['completion', 'bash']],
  ['completion-zsh', ['completion', 'zsh']],
  ['completion-fish', ['completion', 'fish']],
  ['unknown-role', ['show', 'it-manger']],
];

describe('golden outputs on the built-in data', () => {
  // Under /tmp itself, not tmpdir(): paths in messages are wrapped at 80 columns before they are replaced by
  // <cwd> and <state>, so a longer temporary folder (macOS's, a TMPDIR) would move the line breaks.
  const cwd = mkdtempSync('/tmp/career-golden-');
  const stateDir = mkdtempSync('/tmp/career-golden-state-');
  beforeAll(() => {
    // Quiz results carry the time they were taken.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-15T10:00:00Z') });
  });
  afterAll(() => {
    vi.useRealTimers();
    for (const dir of [cwd, stateDir]) rmSync(dir, { recursive: true, force: true });
  });

  // In order: the quiz cases fill the history the history cases show.
  it.each(cases)('career: %s', async (name, args) => {
    const text = await careerInProcess(args, cwd, stateDir);
    // Paths that differ between machines and runs.
    const shown = text
      .replaceAll(cwd, '<cwd>')
      .replaceAll(stateDir, '<state>')
      .replaceAll(repoRoot.replace(/\/$/, ''), '<repo>');
    await expect(shown).toMatchFileSnapshot(`outputs/${name}.txt`);
  });
});
