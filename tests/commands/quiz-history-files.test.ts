// The quiz history files a user may have damaged: a history path that is a
// directory, and lines that are JSON but not a whole quiz result. (Faults
// that need a real process, a full disk, concurrent saves, signals, paths that
// could block: tests/e2e/history-faults.test.ts.)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const answers = 'tests/fixtures/answers/it-ops-manager.yaml';
let stateDir: string;
let file: string;
beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'career-history-files-'));
  file = join(stateDir, 'history.jsonl');
});
afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

/** `career quiz ARGS` with this test's state folder. */
const quiz = async (...args: string[]) =>
  await runInProcess(['quiz', ...args], { env: { CAREER_STATE_DIR: stateDir } });

describe('history paths that are not regular files', () => {
  it('a directory: exit 2 with a clear message, for reading and for saving', async () => {
    mkdirSync(file);
    const read = await quiz('history');
    expect([read.status, read.stderr]).toEqual([
      2,
      `career: cannot read ${file}: it is a directory, not a regular file\n`,
    ]);
    const save = await quiz('--answers', answers);
    expect(save.status).toBe(2);
    expect(save.stderr).toBe(
      `career: the quiz result was not saved: cannot read ${file}: it is a directory, not a regular file\n`,
    );
  });
});

describe('history lines checked against the record schema', () => {
  it('a line that is JSON but not a whole result is reported with its number and skipped; the rest is shown', async () => {
    const record = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/history-record.json'), 'utf8'));
    const { questions: _questions, ...withoutQuestions } = record;
    const noTitle = { ...record, role: { id: record.role.id } };
    const noSkillName = { ...record, skills: [{ id: 'x', score: 1 }] };
    writeFileSync(
      file,
      [record, withoutQuestions, noTitle, noSkillName, record].map((r) => JSON.stringify(r)).join('\n') + '\n',
    );
    const result = await quiz('history');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Quiz history (2 runs)');
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `career: warning: ${file} line 2 is not a quiz result (questions: Invalid input: expected object, received undefined); skipped`,
      `career: warning: ${file} line 3 is not a quiz result (role.title: Invalid input: expected string, received undefined); skipped`,
      `career: warning: ${file} line 4 is not a quiz result (skills.0.name: Invalid input: expected string, received undefined); skipped`,
    ]);
  });
});
