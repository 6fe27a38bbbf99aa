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
    [
      'does not exist',
      (dir: string) => join(dir, 'nowhere'),
      /nowhere does not exist \(expected a data directory; "career data init DIR" writes a starter one\)$/,
    ],
    [
      'is a file',
      (dir: string) => (writeFileSync(join(dir, 'file'), 'x'), join(dir, 'file')),
      /file is not a directory \(expected a data directory\)$/,
    ],
  ])('says when the directory %s, as its only problem', (_name, target, message) => {
    const { problems } = loadDataDirSync(target(tempDir()));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(message)]);
  });

  it('names each missing required part', () => {
    const dir = starterDataDir();
    rmSync(join(dir, 'skills.yaml'));
    rmSync(join(dir, 'roles'), { recursive: true });
    expect(messages(dir)).toEqual([
      'skills.yaml is missing (every data directory needs it)',
      'roles is missing (every data directory needs a roles/ folder)',
    ]);
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
    expect(messages(dir)).toEqual([
      expect.stringMatching(
        /^transitions\.yaml:\d+:\d+ transitions\[0\]\.to: unknown role "it-manger" \(did you mean "it-manager"\?\)$/,
      ),
    ]);
  });

  it("refuses a title or alias that spells another role's id, which would take that id over in lookups", () => {
    const dir = copyOfBuiltInData();
    const path = join(dir, 'roles/cio.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('aliases:\n  - CIO', 'aliases:\n  - CIO\n  - IT-Manager'));
    expect(messages(dir)).toEqual([
      expect.stringMatching(/^roles\/cio\.yaml:\d+:\d+ aliases\[1\]: "IT-Manager" is the id of another role/),
    ]);
  });

  it('refuses a move between ladders with no source (our own estimates cite career-assumption)', () => {
    const dir = copyOfBuiltInData();
    const path = join(dir, 'transitions.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('    assumption: true\n    source: career-assumption\n', ''),
    );
    expect(messages(dir)).toEqual([
      expect.stringMatching(/^transitions\.yaml:\d+:\d+ transitions\[0\]\.source: missing required field "source"/),
    ]);
  });

  it('ignores files that are not YAML or JSON in roles/', () => {
    const dir = starterDataDir();
    writeFileSync(join(dir, 'roles/README.md'), '# notes\n');
    mkdirSync(join(dir, 'roles/drafts'));
    expect(messages(dir)).toEqual([]);
  });
});

describe('a role file that fails its schema', () => {
  const editRole = (dir: string, ...edits: [string, string][]) => {
    const path = join(dir, ROLE);
    const edited = edits.reduce(
      (text, [from, to]) => {
        if (!text.includes(from)) throw new Error(`fixture: ${from} not found in ${ROLE}`);
        return text.replace(from, to);
      },
      readFileSync(path, 'utf8'),
    );
    writeFileSync(path, edited);
  };

  it('has its unknown source and skill reported in the same run as its schema problem', () => {
    const dir = starterDataDir();
    editRole(
      dir,
      ['value: 100000', 'value: "100k"'],
      [
        '      source: example-guide\n      note: Made-up example figure.',
        '      source: example-gide\n      note: Made-up example figure.',
      ],
      ['skill: example-leadership', 'skill: example-leadrship'],
    );
    expect(messages(dir)).toEqual([
      expect.stringMatching(
        /^roles\/example-support-manager\.yaml:14:14 facts\.medianSalary\[0\]\.value: expected a number, got "100k"$/,
      ),
      expect.stringMatching(
        /^roles\/example-support-manager\.yaml:15:15 facts\.medianSalary\[0\]\.source: unknown source "example-gide" \(did you mean "example-guide"\?\)$/,
      ),
      expect.stringMatching(
        /^roles\/example-support-manager\.yaml:42:12 skills\[2\]\.skill: unknown skill "example-leadrship" \(did you mean "example-leadership"\?\)$/,
      ),
    ]);
  });

  it('has a field the schema refused reported once, not again as an unknown id', () => {
    const dir = starterDataDir();
    editRole(
      dir,
      ['skill: example-leadership', 'skill: Example-Leadership'],
      ['    - value: 110000\n      source: example-survey', '    - vlaue: 110000\n      source: example-servey'],
    );
    expect(messages(dir)).toEqual([
      expect.stringMatching(/ facts\.medianSalary\[1\]\.value: missing required field "value"/),
      expect.stringMatching(/ facts\.medianSalary\[1\]\.vlaue: unknown field "vlaue"/),
      expect.stringMatching(/ skills\[2\]\.skill: expected a lower-case id like "it-ops-manager"$/),
      expect.stringMatching(/ facts\.medianSalary\[1\]\.source: unknown source "example-servey"/),
    ]);
  });
});
