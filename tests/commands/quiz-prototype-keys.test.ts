// Issue 13, item 4: a skill whose id is a property of Object.prototype
// ("constructor") is an ordinary skill to the quiz: a missing rating is
// reported, scores stay numbers, and --min-score still gates.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** The data init starter with its leadership skill renamed "constructor" in every file. */
function starterWithConstructorSkill(): string {
  const dir = starterDataDir();
  const rename = (path: string) =>
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('example-leadership', 'constructor'));
  for (const sub of ['', 'roles', 'quizzes']) {
    for (const name of readdirSync(join(dir, sub))) if (name.endsWith('.yaml')) rename(join(dir, sub, name));
  }
  return dir;
}

const answers = (ratings: string) => {
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(
    file,
    `background: {yearsExperience: 4, yearsLeadingPeople: 3, education: bachelor, certifications: []}
selfRatings: {${ratings}}
knowledge:
  example-sla: The service levels agreed with the people who use the service
  example-coaching: Talk with them to find the cause
`,
  );
  return file;
};

describe('a skill with id "constructor"', () => {
  const data = starterWithConstructorSkill();
  const env = { CAREER_STATE_DIR: tempDir() };

  it('is reported when its rating is missing', async () => {
    const result = await runInProcess(
      [
        '--data',
        data,
        'quiz',
        'example-support-manager',
        '--answers',
        answers('example-service-management: 3, example-ticketing-tools: 3, example-communication: 3'),
        '--no-save',
      ],
      { env },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('missing a rating for "constructor"');
  });

  it('scores as a number, and --min-score 100 fails a sheet below 100', async () => {
    const file = answers(
      'example-service-management: 3, example-ticketing-tools: 3, constructor: 1, example-communication: 3',
    );
    const json = await runInProcess(
      ['--data', data, 'quiz', 'example-support-manager', '--answers', file, '--no-save', '--json'],
      {
        env,
      },
    );
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout);
    const skill = report.skills.find((s: { id: string }) => s.id === 'constructor');
    expect(skill).toMatchObject({ selfRating: 1 });
    expect(Number.isFinite(skill.score)).toBe(true);
    expect(report.overall).toBeLessThan(100);
    const gated = await runInProcess(
      ['--data', data, 'quiz', 'example-support-manager', '--answers', file, '--no-save', '--min-score', '100'],
      { env },
    );
    expect(gated.status).toBe(3);
    expect(gated.stdout).not.toContain('function Object()');
  });
});
