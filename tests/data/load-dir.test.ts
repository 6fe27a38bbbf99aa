// Loading a whole directory: every problem collected, located, and reported
// once at its cause rather than again wherever the broken thing is named.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDirSync } from '../../src/data/load/load-dir.js';
import { formatProblem } from '../../src/data/problem.js';
import { copyOfBuiltInData, starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';

const ROLE = 'roles/example-support-manager.yaml';

function messages(dir: string): string[] {
  return loadDataDirSync(dir, { displayFrom: dir }).problems.map(formatProblem);
}

describe('loadDataDirSync', () => {
  it('loads the starter directory without problems', () => {
    const { data, problems, fileCount } = loadDataDirSync(starterDataDir());
    expect(problems).toEqual([]);
    expect(fileCount).toBe(6);
    expect(data.roles.map((r) => r.id)).toEqual(['example-support-manager']);
    expect(data.roles[0]!.ladder!.levels).toHaveLength(6);
  });

  it.each([
    ['does not exist', (dir: string) => join(dir, 'nowhere'), /nowhere does not exist \(expected a data directory; "career data init DIR" writes a starter one\)$/],
    ['is a file', (dir: string) => (writeFileSync(join(dir, 'file'), 'x'), join(dir, 'file')), /file is not a directory \(expected a data directory\)$/],
  ])('says when the directory %s, as its only problem', (_name, target, message) => {
    const { problems } = loadDataDirSync(target(tempDir()));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(message)]);
  });

  it('names each missing required part', () => {
    const dir = starterDataDir();
    rmSync(join(dir, 'skills.yaml'));
    rmSync(join(dir, 'roles'), { recursive: true });
    expect(messages(dir)).toEqual(['skills.yaml is missing (every data directory needs it)', 'roles is missing (every data directory needs a roles/ folder)']);
  });

  it('says when roles/ has no role files', () => {
    const dir = starterDataDir();
    rmSync(join(dir, ROLE));
    rmSync(join(dir, 'quizzes'), { recursive: true });
    expect(messages(dir)).toEqual(['roles has no role files (*.yaml)']);
  });

  it('suggests field names from the object the typo is in, not from anywhere in the schema', () => {
    const dir = starterDataDir();
    const path = join(dir, ROLE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('\nsummary:', '\nsumary:'));
    const unknown = messages(dir).find((m) => m.includes('unknown field'));
    expect(unknown).toMatch(/sumary: unknown field "sumary" \(did you mean "summary"\?\)$/);
  });

  it('reports a broken role file once, not as an unknown role in every file that names it', () => {
    const dir = copyOfBuiltInData();
    writeFileSync(join(dir, 'roles/it-ops-manager.yaml'), 'id: it-ops-manager\ntitle: 42\n');
    const shown = messages(dir);
    expect(shown.every((m) => m.startsWith('roles/it-ops-manager.yaml'))).toBe(true);
    expect(shown.join('\n')).not.toContain('unknown role');
  });

  it('still reports a reference to a role that no file defines', () => {
    const dir = copyOfBuiltInData();
    const path = join(dir, 'transitions.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('to: it-manager:assistant', 'to: it-manger:assistant'));
    expect(messages(dir)).toEqual([expect.stringMatching(/^transitions\.yaml:\d+:\d+ transitions\[0\]\.to: unknown role "it-manger" \(did you mean "it-manager"\?\)$/)]);
  });

  it('refuses a title or alias that spells another role\'s id, which would take that id over in lookups', () => {
    const dir = copyOfBuiltInData();
    const path = join(dir, 'roles/cio.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('aliases:\n  - CIO', 'aliases:\n  - CIO\n  - IT-Manager'));
    expect(messages(dir)).toEqual([expect.stringMatching(/^roles\/cio\.yaml:\d+:\d+ aliases\[1\]: "IT-Manager" is the id of another role/)]);
  });

  it('refuses a move between ladders with no source (our own estimates cite career-assumption)', () => {
    const dir = copyOfBuiltInData();
    const path = join(dir, 'transitions.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('    assumption: true\n    source: career-assumption\n', ''));
    expect(messages(dir)).toEqual([expect.stringMatching(/^transitions\.yaml:\d+:\d+ transitions\[0\]\.source: missing required field "source"/)]);
  });

  it('ignores files that are not YAML or JSON in roles/', () => {
    const dir = starterDataDir();
    writeFileSync(join(dir, 'roles/README.md'), '# notes\n');
    mkdirSync(join(dir, 'roles/drafts'));
    expect(messages(dir)).toEqual([]);
  });
});

