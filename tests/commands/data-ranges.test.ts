// Figures that cannot be true are data errors with a file:line:col, never
// shown: inverted ranges ($120,000-$80,000, cost $900-$500, 8-4 weeks),
// negative money and counts, and .inf / .nan.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterDataDir } from '../fixtures/bad-data/temp-data.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** The starter data with one text replaced in one file. */
function withEdit(file: string, from: string, to: string): string {
  const dir = starterDataDir();
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return dir;
}

const role = 'roles/example-support-manager.yaml';

describe('impossible figures in data', () => {
  it.each([
    [
      'an inverted salary range',
      role,
      '    - min: 80000',
      '    - min: 180000',
      ':24:12 facts.salaryRange[0].max: max (120000) must not be below min (180000)',
    ],
    [
      'an inverted certification cost',
      'certifications.yaml',
      'cost: {min: 300, max: 500',
      'cost: {min: 900, max: 500',
      ':10:27 certifications[0].cost.max: max (500) must not be below min (900)',
    ],
    [
      'an inverted study time',
      'certifications.yaml',
      'studyWeeks: {min: 2, max: 4',
      'studyWeeks: {min: 8, max: 4',
      ':11:31 certifications[0].studyWeeks.max: max (4) must not be below min (8)',
    ],
    [
      'an inverted entry-step duration',
      role,
      'duration: {min: 3, max: 6, unit: months}',
      'duration: {min: 7, max: 6, unit: months}',
      ':161:31 entry.steps[0].duration.max: max (6) must not be below min (7)',
    ],
    [
      'an inverted experience range',
      role,
      'experience: {min: 1, max: 3}',
      'experience: {min: 1, max: 0.5}',
      'ladder.levels[0].experience.max: max (0.5) must not be below min (1)',
    ],
    [
      'a negative median salary',
      role,
      '    - value: 100000',
      '    - value: -100000',
      ':14:14 facts.medianSalary[0].value: must not be negative',
    ],
    [
      'an infinite median salary',
      role,
      '    - value: 100000',
      '    - value: .inf',
      ':14:14 facts.medianSalary[0].value: ',
    ],
    ['a salary that is not a number', role, '    - min: 80000', '    - min: .nan', ':23:12 facts.salaryRange[0].min: '],
  ])('%s: exit 2 with the place in the file', async (_name, file, from, to, message) => {
    const dir = withEdit(file, from, to);
    const validate = await runInProcess(['data', 'validate', dir]);
    expect(validate.status).toBe(2);
    expect(validate.stdout + validate.stderr).toContain(`${join(dir, file)}${message.startsWith(':') ? '' : ':'}`);
    expect(validate.stdout + validate.stderr).toContain(message);
    const show = await runInProcess(['show', 'example-support-manager', '--data', dir]);
    expect(show.status).toBe(2);
    expect(show.stdout).toBe('');
  });
});
