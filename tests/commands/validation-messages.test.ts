// `career data validate` as a coach meets it: every problem in one run, in
// the words of the data, and warnings (not failures) for a ladder whose pay
// goes down.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { tempDir } from '../fixtures/bad-data/temp-data.js';

/** A starter directory (`career data init`) with `edit` applied to one of its files. */
async function starterWith(file: string, edit: (text: string) => string): Promise<string> {
  const dir = join(tempDir(), 'ladders');
  expect((await runInProcess(['data', 'init', dir])).status).toBe(0);
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

const ROLE = 'roles/example-support-manager.yaml';
const QUIZ = 'quizzes/example-support-manager.yaml';

describe('data validate', () => {
  it('says what importance is, not zod\'s "Too big"', async () => {
    const dir = await starterWith(ROLE, (t) => t.replace('    importance: 3', '    importance: 5'));
    const { stdout, status } = await runInProcess(['data', 'validate', dir]);
    expect(status).toBe(2);
    expect(stdout).toContain('importance is 1-3 (3 = core');
    expect(stdout).not.toMatch(/Too big|Too small/);
  });

  it('words a bound from the schema in plain terms', async () => {
    const dir = await starterWith(ROLE, (t) => t.replace(/experience: \{min: (\d+)/, 'experience: {min: -$1'));
    const { stdout } = await runInProcess(['data', 'validate', dir]);
    expect(stdout).toMatch(/experience\.min: is 0 or more, got -\d/);
    expect(stdout).not.toMatch(/Too big|Too small/);
  });

  it('reports a quiz answer out of range together with an unknown skill and level', async () => {
    const dir = await starterWith(QUIZ, (t) =>
      t
        .replace('skill: example-service-management', 'skill: example-no-such-skill')
        .replace('level: assistant', 'level: no-such-level')
        .replace('answer: 0', 'answer: 5'),
    );
    const { stdout, status } = await runInProcess(['data', 'validate', dir]);
    expect(status).toBe(2);
    expect(stdout).toMatch(/questions\[0\]\.answer: answer is the index of one of the 3 choices, 0-2; got 5/);
    expect(stdout).toMatch(/questions\[0\]\.skill: .*example-no-such-skill/);
    expect(stdout).toMatch(/questions\[0\]\.level: .*no-such-level/);
  });

  it("prints what the README shows: a role file's schema problems and its unknown source in one run", async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const shown = /```\n\$ career data validate my-ladders\n([^`]*)```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    const dir = join(tempDir(), 'my-ladders');
    expect((await runInProcess(['data', 'init', dir])).status).toBe(0);
    const path = join(dir, ROLE);
    const text = readFileSync(path, 'utf8')
      .replace('value: 100000', 'value: "100k"')
      .replace('source: example-guide', 'source: example-gide')
      .replace('      salary: {', '      sallary: {');
    writeFileSync(path, text);
    const { stdout, stderr, status } = await runInProcess(['data', 'validate', 'my-ladders'], { cwd: join(dir, '..') });
    expect(status).toBe(2);
    expect(stdout + stderr).toBe(shown);
  });

  it('warns, and still passes, when pay goes down up the ladder', async () => {
    const dir = await starterWith(ROLE, (t) => t.replace('median: 120000', 'median: 20000'));
    const { stdout, status } = await runInProcess(['data', 'validate', dir]);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^warning: role example-support-manager, ladder level \S+: median pay goes down up the ladder: 20000 (EUR|USD)/m,
    );
    expect(stdout).toMatch(/^ok .*no problems \(1 warning\)$/m);
    const json = JSON.parse((await runInProcess(['data', 'validate', dir, '--json'])).stdout);
    expect(json.valid).toBe(true);
    expect(json.warnings).toHaveLength(1);
  });

  it('has no warnings for the built-in ladders', async () => {
    const json = JSON.parse((await runInProcess(['data', 'validate', '--json'])).stdout);
    expect(json.warnings).toEqual([]);
  });
});
