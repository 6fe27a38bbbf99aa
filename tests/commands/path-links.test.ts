// `career data validate` checks the links `career path` relies on: same-job
// levels (both ways, on another ladder) and entry moves (onto a first rung).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfBuiltInData } from '../fixtures/bad-data/temp-data.js';
import { runInProcess } from '../helpers/run-in-process.js';

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture: ${from} not found in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

describe('career data validate: path links', () => {
  it.each([
    [
      'a same-job link that does not link back',
      'roles/it-manager.yaml',
      'sameJob: [it-ops-manager:cio]',
      'sameJob: [it-ops-manager:vp]',
      /sameJob\[0\]: "it-ops-manager:vp" does not link back/,
    ],
    [
      'a same-job link to the same ladder',
      'roles/it-manager.yaml',
      'sameJob: [it-ops-manager:cio]',
      'sameJob: [it-manager:vp]',
      /is on the same ladder/,
    ],
    [
      'a same-job link to no level',
      'roles/it-manager.yaml',
      'sameJob: [it-ops-manager:cio]',
      'sameJob: [it-ops-manager:ceo]',
      /unknown level "it-ops-manager:ceo"/,
    ],
    [
      'an entry move that does not land on a first rung',
      'transitions.yaml',
      'from: systems-administrator:junior\n    to: it-ops-manager:assistant',
      'from: systems-administrator:junior\n    to: it-ops-manager:manager',
      /an entry move lands on the first rung of a ladder/,
    ],
  ])('reports %s', async (_name, file, from, to, message) => {
    const dir = copyOfBuiltInData();
    edit(dir, file, from, to);
    const { stdout, stderr, status } = await runInProcess(['data', 'validate', dir], { cwd: join(dir, '..') });
    expect(status).toBe(2);
    expect(`${stdout}${stderr}`).toMatch(message);
  });

  it('the built-in data passes', async () => {
    const { status } = await runInProcess(['data', 'validate']);
    expect(status).toBe(0);
  });
});
