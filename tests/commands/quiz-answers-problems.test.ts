// An answers file with many mistakes (issue 13 item 7): the first 100
// problems are listed with their place, the rest are counted. That the rest
// stays cheap (no position or suggestion is worked out for them) is measured
// on 20,000 of them by `npm run bench`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/bad-data/temp-data.js';
import { runInProcess } from '../helpers/run-in-process.js';

describe('an answers file with 300 unknown skills', () => {
  it('lists the first 100 problems with file:line:col and counts the rest (exit 2)', async () => {
    const file = join(tempDir(), 'answers.yaml');
    const ratings = Array.from({ length: 300 }, (_, i) => `  unknown-skill-${i}: 3`).join('\n');
    writeFileSync(
      file,
      `role: it-ops-manager\nlevel: manager\nbackground: {yearsExperience: 3, yearsLeadingPeople: 0, education: bachelor, certifications: []}\n` +
        `knowledge: {ops-incident-vs-problem: "Find and remove the underlying cause of incidents"}\nselfRatings:\n${ratings}\n`,
    );
    const { stdout, stderr, status } = await runInProcess(['quiz', '--answers', file, '--no-save']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/has 301 problems:$/);
    expect(lines.filter((line) => /answers\.yaml:\d+:\d+ /.test(line))).toHaveLength(100);
    expect(lines.at(-1)).toBe('  ... and 201 more');
  });
});
