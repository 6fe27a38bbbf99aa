// An answers file with many mistakes (issue 13 item 7): the first 100
// problems are listed with their place, the rest are counted. Inputs just big
// enough to show it; `npm run bench` times a 5 MB file of 200,000 (target < 5 s).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/bad-data/temp-data.js';
import { runInProcess } from '../helpers/run-in-process.js';

const HEAD =
  `role: it-ops-manager\nlevel: manager\nbackground: {yearsExperience: 3, yearsLeadingPeople: 0, education: bachelor, certifications: []}\n` +
  `knowledge: {ops-incident-vs-problem: "Find and remove the underlying cause of incidents"}\n`;

async function quizWith(text: string) {
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(file, text);
  const run = await runInProcess(['quiz', '--answers', file, '--no-save']);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  return run.stderr.trimEnd().split('\n');
}

describe('an answers file with many problems', () => {
  it('of 12,000 unknown skills (over 256 KB): the first 100 listed with file:line:col, the rest counted', async () => {
    const ratings = Array.from({ length: 12_000 }, (_, i) => `  unknown-skill-${i}: 3`).join('\n');
    const text = `${HEAD}selfRatings:\n${ratings}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(256 * 1024);
    const lines = await quizWith(text);
    expect(lines[0]).toMatch(/has 12001 problems:$/);
    const located = lines.filter((line) => /answers\.yaml:\d+:\d+ /.test(line));
    expect(located).toHaveLength(100);
    expect(located[0]).toMatch(
      /answers\.yaml:6:3 selfRatings\.unknown-skill-0: "unknown-skill-0" is not a skill of it-ops-manager/,
    );
    expect(located[99]).toMatch(/answers\.yaml:105:3 selfRatings\.unknown-skill-99: /);
    expect(lines.at(-1)).toBe('  ... and 11901 more');
  });

  it('of 150 unknown fields: the first 100 listed, the rest counted, and the total told', async () => {
    const fields = Array.from({ length: 150 }, (_, i) => `unknown-field-${i}: 1`).join('\n');
    const lines = await quizWith(`${HEAD}selfRatings: {}\n${fields}\n`);
    expect(lines[0]).toMatch(/has 150 problems:$/);
    const located = lines.filter((line) =>
      /answers\.yaml:\d+:1 unknown-field-\d+: unknown field "unknown-field-\d+"$/.test(line),
    );
    expect(located).toHaveLength(100);
    expect(located[99]).toMatch(/answers\.yaml:105:1 unknown-field-99: /);
    expect(lines.at(-1)).toBe('  ... and 50 more');
  });
});
