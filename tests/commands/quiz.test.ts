// `career quiz` as a script or CI job would run it: arguments in, stdout, stderr and exit code out (in-process).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess, runJsonInProcess } from '../helpers/run-in-process.js';

const answers = 'tests/fixtures/answers/it-ops-manager.yaml';
let stateDir: string;
const env = () => ({ CAREER_STATE_DIR: stateDir });

beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'career-e2e-quiz-'));
});
afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

const history = () =>
  readFileSync(join(stateDir, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe('career quiz --answers', () => {
  it('prints the report, saves one history line, and says where on stderr', async () => {
    const result = await runInProcess(['quiz', '--answers', answers], { env: env() });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Readiness for IT Operations Manager \(it-ops-manager:manager\)\nOverall \d+\/100/);
    expect(result.stdout).toContain('Questions you missed (2 of 8)');
    expect(result.stdout.split('\n').every((line) => [...line].length <= 80)).toBe(true);
    // The message is wrapped at 80 columns: where it breaks depends on how long the temporary folder's path is.
    expect(result.stderr.replace(/\s+/g, ' ')).toContain(
      `Saved to the quiz history (${join(stateDir, 'history.jsonl')})`,
    );
    expect(history()).toHaveLength(1);
  });

  it('prints exactly one JSON document with --json', async () => {
    const result = await runInProcess(['quiz', 'it-ops-manager', '--answers', answers, '--json', '--no-save'], {
      env: env(),
    });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      schemaVersion: 1,
      role: { id: 'it-ops-manager' },
      target: { id: 'it-ops-manager:manager' },
      mode: 'answers-file',
      seed: null,
      knowledge: { correct: 6, asked: 8 },
      scoring: { priorQuestions: 2, source: 'career-assumption' },
    });
    // Per-skill evidence: the questions behind each score.
    const itsm = report.skills.find((s: { id: string }) => s.id === 'it-service-management');
    expect(itsm.evidence).toMatchObject({ questions: 6, strength: 'good', label: '6 questions: good evidence' });
    const databases = report.skills.find((s: { id: string }) => s.id === 'databases');
    expect(databases.evidence).toMatchObject({ questions: 0, label: 'no question: self-rating only', margin: 0 });
    // Per-level expectations.
    const manager = report.readiness.levels.find((l: { id: string }) => l.id === 'manager');
    expect(manager.expects).toMatchObject({
      leadershipYears: 2,
      leadershipSource: 'himalayas-it-ops-manager',
      source: 'career-assumption',
    });
    expect(manager.expectedSkills).toContainEqual(
      expect.objectContaining({ skill: 'it-service-management', expected: 4 }),
    );
    expect(report.overall).toBeGreaterThan(0);
    expect(report.overall).toBeLessThan(100);
    expect(report.readiness.levels).toHaveLength(6);
    expect(report.missed.map((m: { id: string }) => m.id).sort()).toEqual([
      'ops-cab-purpose',
      'ops-major-incident-commander',
    ]);
    expect(result.stderr).toBe('');
  });

  it('--no-save leaves the history alone', async () => {
    expect((await runInProcess(['quiz', '--answers', answers, '--no-save'], { env: env() })).status).toBe(0);
    expect(() => history()).toThrow(/ENOENT/);
  });

  it('--min-score gates the exit code: 3 below, 0 at or above, after printing the report', async () => {
    const { overall } = await runJsonInProcess(['quiz', '--answers', answers, '--json', '--no-save'], { env: env() });
    const below = await runInProcess(['quiz', '--answers', answers, '--min-score', String(overall + 1)], {
      env: env(),
    });
    expect(below.status).toBe(3);
    expect(below.stdout).toContain(`Overall ${overall}/100`);
    expect(below.stderr).toContain(`career: overall score ${overall} is below --min-score ${overall + 1}`);
    expect(history()).toHaveLength(1); // a finished quiz is saved even when it does not pass

    const reached = await runInProcess(['quiz', '--answers', answers, '--min-score', String(overall), '--no-save'], {
      env: env(),
    });
    expect(reached.status).toBe(0);
  });

  it('scores another level of the ladder with --level', async () => {
    const report = await runJsonInProcess(
      ['quiz', '--answers', answers, '--level', 'Senior IT Operations Manager', '--json', '--no-save'],
      { env: env() },
    );
    expect(report.target.id).toBe('it-ops-manager:senior');
  });

  it.each([
    [
      'an unknown question',
      (t: string) => t.replace('ops-mttr:', 'ops-mtr:'),
      /^career: answers\.yaml:\d+:3 knowledge\.ops-mtr: unknown question "ops-mtr" in the it-ops-manager quiz \(did you mean "ops-mttr"( or "ops-mtbf")?\?\)\n$/,
    ],
    [
      'a rating out of range',
      (t: string) => t.replace('networking: 4', 'networking: 9'),
      /^career: answers\.yaml:\d+:\d+ selfRatings\.networking: a rating goes from 1 \(none\) to 5 \(expert\)\n$/,
    ],
    [
      'a missing section',
      (t: string) => t.replace(/^background:[\s\S]*?(?=^selfRatings)/m, ''),
      /^career: answers\.yaml:\d+:1 background: missing required field "background"/,
    ],
    [
      'a role that disagrees with the command line',
      (t: string) => t,
      /^career: answers\.yaml:2:7 role: the file is for role "it-ops-manager" but the command line names "it-manager"/,
    ],
  ])('refuses %s with exit code 2, naming the entry', async (name, change, expected) => {
    const file = join(stateDir, 'answers.yaml');
    writeFileSync(file, change(readFileSync(answers, 'utf8')));
    const args = name.startsWith('a role')
      ? ['quiz', 'it-manager', '--answers', 'answers.yaml']
      : ['quiz', '--answers', 'answers.yaml'];
    const result = await runInProcess(args, { env: env(), cwd: stateDir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});

describe('career quiz without a terminal', () => {
  it('explains how to run it non-interactively and exits 2 at once', async () => {
    // "At once": no prompt waits for input (the test's time limit catches a hang).
    const result = await runInProcess(['quiz', 'it-ops-manager'], { env: env() });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('stdin is not one');
    expect(result.stderr).toContain('career quiz ROLE --answers FILE');
  });

  it('refuses a --min-score above 100', async () => {
    const result = await runInProcess(['quiz', '--answers', answers, '--min-score', '101'], { env: env() });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--min-score is an overall score from 0 to 100');
  });
});

describe('career quiz history', () => {
  it('shows two runs with the trend per skill area', async () => {
    const first = readFileSync(answers, 'utf8');
    const second = join(stateDir, 'second.yaml');
    writeFileSync(
      second,
      first.replace('cloud-operations: 2', 'cloud-operations: 4').replace('user-support: 5', 'user-support: 3'),
    );
    expect((await runInProcess(['quiz', '--answers', answers], { env: env() })).status).toBe(0);
    expect((await runInProcess(['quiz', '--answers', second], { env: env() })).status).toBe(0);

    const text = await runInProcess(['quiz', 'history', 'it-ops-manager'], { env: env() });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Quiz history (2 runs)');
    // A Role column says whose ladder each target level is in.
    expect(text.stdout).toMatch(/│ Taken +│ Role +│ Target level/);
    expect(text.stdout).toMatch(/│ it-ops-manager +│/);
    expect(text.stdout).toContain('Cloud operations: 25 -> 75 (better +50)');
    expect(text.stdout).toContain('Help desk and end-user support: 100 -> 50 (worse -50)');
    expect(text.stdout).toMatch(/same \(21\): /);

    const json = await runJsonInProcess(['quiz', 'history', '--json'], { env: env() });
    expect(json.runs).toHaveLength(2);
    const trend = json.trends[0];
    expect(trend.skills.find((s: { id: string }) => s.id === 'cloud-operations')).toMatchObject({
      previous: 25,
      latest: 75,
      trend: 'better',
    });
  });

  it('reports a corrupted history file, keeps it, and still saves new results', async () => {
    const file = join(stateDir, 'history.jsonl');
    writeFileSync(file, 'this is not json\n');
    const result = await runInProcess(['quiz', '--answers', answers], { env: env() });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${file} line 1 is not valid JSON; it is kept as it is and skipped`);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[0]).toBe('this is not json');
    expect(JSON.parse(lines[1]!).role.id).toBe('it-ops-manager');

    const shown = await runInProcess(['quiz', 'history'], { env: env() });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('Quiz history (1 run)');
    expect(shown.stderr).toContain('line 1 is not valid JSON; skipped');
  });

  it('says when there is no history yet', async () => {
    const result = await runInProcess(['quiz', 'history'], { env: env() });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('No quiz results yet');
  });
});
