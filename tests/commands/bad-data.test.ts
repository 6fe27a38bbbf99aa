// The bad-data catalogue: each broken data directory given with --data must
// give exit code 2, one headline plus the located problems on stderr, nothing
// on stdout, and leave the directory exactly as it was. The cases break a copy
// of the small starter directory (quick to load); the last tests use a copy of
// the built-in data, where one broken role is referenced from other files.
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';
import { aliasBomb } from '../fixtures/bad-data/hostile-yaml.js';
import {
  copyOfBuiltInData,
  ignoresFilePermissions,
  starterDataDir,
  tempDir,
  treeState,
} from '../fixtures/bad-data/temp-data.js';

const edit = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture: ${from} not found in ${file}`);
  writeFileSync(path, changed);
};
const replaceFile = (file: string, content: string | Buffer) => (dir: string) =>
  writeFileSync(join(dir, file), content);

interface BadDataCase {
  name: string;
  apply: (dir: string) => void;
  /** What stderr must say (file, and line:col where the problem has a position). */
  says: RegExp | ((dir: string) => RegExp);
  /** How many problems the headline counts: the one cause, not its knock-on effects. */
  problems?: number;
  skip?: string | false;
  /** Extra environment for the run. */
  env?: Record<string, string>;
}

const ROLE = 'roles/example-support-manager.yaml';

/** 1-based line and column of the first `needle` in a fixture file, so expectations follow the starter text. */
function positionOf(dir: string, file: string, needle: string): string {
  const text = readFileSync(join(dir, file), 'utf8');
  const before = text.slice(0, text.indexOf(needle));
  const lines = before.split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

const cases: BadDataCase[] = [
  {
    name: 'malformed YAML',
    apply: replaceFile(ROLE, 'id: example\ntitle: [Support Manager\nsummary: x\n'),
    says: /roles\/example-support-manager\.yaml:3:1 invalid YAML: /,
  },
  {
    // One item indented a space too little: the parser stumbles on eight places after it.
    name: 'an indentation slip, reported once at its cause',
    apply: edit(ROLE, '  - skill: example-ticketing-tools', ' - skill: example-ticketing-tools'),
    says: (dir) =>
      new RegExp(
        `${ROLE}:${positionOf(dir, ROLE, ' - skill: example-ticketing-tools')} invalid YAML: .*\\(and 7 later YAML errors in this file, most likely caused by this one\\)\n`,
      ),
    problems: 1,
  },
  {
    name: 'a wrong type',
    apply: edit(ROLE, 'value: 100000', 'value: "100k"'),
    says: (dir) =>
      new RegExp(
        `${ROLE}:${positionOf(dir, ROLE, '"100k"')} facts\\.medianSalary\\[0\\]\\.value: expected a number, got "100k"`,
      ),
    problems: 1,
  },
  {
    name: 'a missing required field',
    apply: edit(ROLE, /^title: .*\n/m, ''),
    says: /roles\/example-support-manager\.yaml:\d+:\d+ title: missing required field "title"/,
    problems: 1,
  },
  {
    name: 'an unknown field, with a suggestion',
    apply: edit(ROLE, 'value: 100000', 'vlaue: 100000'),
    says: (dir) =>
      new RegExp(
        `${ROLE}:${positionOf(dir, ROLE, 'vlaue')} facts\\.medianSalary\\[0\\]\\.vlaue: unknown field "vlaue" \\(did you mean "value"\\?\\)`,
      ),
  },
  {
    name: 'a duplicate key',
    apply: (dir) => appendFileSync(join(dir, ROLE), 'title: Support Manager again\n'),
    says: /roles\/example-support-manager\.yaml:\d+:1 duplicate key "title"/,
    problems: 1,
  },
  {
    name: 'a duplicate role id',
    apply: (dir) => writeFileSync(join(dir, 'roles/example-support-manager2.yaml'), readFileSync(join(dir, ROLE))),
    says: /roles\/example-support-manager2\.yaml:\d+:\d+ id: duplicate role id "example-support-manager"/,
    problems: 1,
  },
  {
    name: 'a duplicate id in a catalog',
    apply: (dir) =>
      appendFileSync(
        join(dir, 'skills.yaml'),
        '  - id: example-leadership\n    name: Leadership again\n    kind: soft\n    description: Twice.\n',
      ),
    says: /skills\.yaml:\d+:\d+ skills\[4\]\.id: duplicate id "example-leadership"/,
    problems: 1,
  },
  {
    name: 'a dangling reference',
    apply: edit(ROLE, 'skill: example-leadership', 'skill: example-leadrship'),
    says: /roles\/example-support-manager\.yaml:\d+:\d+ skills\[2\]\.skill: unknown skill "example-leadrship" \(did you mean "example-leadership"\?\)/,
    problems: 1,
  },
  {
    name: 'an alias bomb',
    apply: replaceFile(ROLE, aliasBomb()),
    says: /roles\/example-support-manager\.yaml refused: .*alias/i,
    problems: 1,
  },
  {
    name: 'a file over 5 MB',
    apply: (dir) => truncateSync(join(dir, ROLE), 6 * 1024 * 1024),
    says: /roles\/example-support-manager\.yaml is 6\.0 MB, over the 5 MB limit/,
    problems: 1,
  },
  {
    name: 'an empty file',
    apply: replaceFile(ROLE, ''),
    says: /roles\/example-support-manager\.yaml is empty/,
    problems: 1,
  },
  {
    name: 'a comments-only file',
    apply: replaceFile(ROLE, '# nothing here yet\n'),
    says: /roles\/example-support-manager\.yaml has no content/,
    problems: 1,
  },
  {
    name: 'a binary file',
    apply: replaceFile(ROLE, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    says: /roles\/example-support-manager\.yaml looks like a binary file/,
    problems: 1,
  },
  {
    name: 'invalid UTF-8',
    apply: replaceFile(ROLE, Buffer.from('id: example\ntitle: Caf\xe9\n', 'latin1')),
    says: /roles\/example-support-manager\.yaml is not valid UTF-8/,
    problems: 1,
  },
  {
    name: 'a directory where a file should be',
    apply: (dir) => {
      rmSync(join(dir, 'skills.yaml'));
      mkdirSync(join(dir, 'skills.yaml'));
    },
    says: /skills\.yaml is a directory, expected a file/,
    problems: 1,
  },
  {
    // Beside the built-in data the catalog files are optional; alone they are required.
    name: 'a missing required file (CAREER_DATA_ONLY=1)',
    apply: (dir) => rmSync(join(dir, 'sources.yaml')),
    says: /sources\.yaml is missing/,
    problems: 1,
    env: { CAREER_DATA_ONLY: '1' },
  },
  {
    name: 'an unreadable file',
    apply: (dir) => chmodSync(join(dir, ROLE), 0o000),
    says: /roles\/example-support-manager\.yaml cannot be read \(permission denied\)/,
    problems: 1,
    // root reads any file whatever its mode; tests/data/read-file.test.ts covers EACCES with a simulated error instead.
    skip: ignoresFilePermissions() && 'running as root, which can read a chmod 000 file',
  },
  {
    name: 'a symlink loop',
    apply: (dir) => {
      rmSync(join(dir, ROLE));
      symlinkSync('example-support-manager.yaml', join(dir, ROLE));
    },
    says: /roles\/example-support-manager\.yaml is a symbolic link loop/,
    problems: 1,
  },
];

describe('a broken data directory given with --data', () => {
  for (const c of cases) {
    it.skipIf(!!c.skip)(`${c.name}: exit 2, a located message, nothing on stdout, nothing written`, async () => {
      const dir = starterDataDir();
      c.apply(dir);
      const says = typeof c.says === 'function' ? c.says(dir) : c.says;
      const before = treeState(dir);
      const { stdout, stderr, status } = await runInProcess(['--data', dir, 'roles'], {
        cwd: join(dir, '..'),
        env: c.env,
      });
      expect(stderr).toMatch(says);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      const [headline] = stderr.split('\n');
      expect(headline).toMatch(
        /^career: the data in .* is invalid \(\d+ problems?\); run "career data validate .*" to see them all$/,
      );
      if (c.problems) expect(headline).toContain(`(${c.problems} problem${c.problems > 1 ? 's' : ''})`);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(treeState(dir)).toEqual(before);
    });
  }

  it('a missing --data directory says so and what to check', async () => {
    const missing = join(tempDir(), 'nowhere');
    const { stdout, stderr, status } = await runInProcess(['--data', missing, 'roles']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `career: data directory ${missing} does not exist or is not a directory; check --data or CAREER_DATA\n`,
    );
  });

  it('CAREER_DATA naming a file, not a directory, is refused the same way', async () => {
    const file = join(tempDir(), 'data.yaml');
    writeFileSync(file, 'roles: []\n');
    const { stdout, stderr, status } = await runInProcess(['roles'], { env: { CAREER_DATA: file } });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^career: data directory .*data\.yaml does not exist or is not a directory/);
  });
});

describe('a broken role that other files refer to', () => {
  it('is reported once, not again as an unknown role wherever it is named', async () => {
    const dir = copyOfBuiltInData();
    writeFileSync(join(dir, 'roles/it-manager.yaml'), 'id: it-manager\ntitle: [IT Manager\n');
    const { stdout, stderr, status } = await runInProcess(['--data', dir, 'roles'], { cwd: join(dir, '..') });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('(1 problem)');
    expect(stderr).not.toContain('unknown role');
  });
});

describe('career data validate', () => {
  it('lists every problem of a directory, each located, as JSON', async () => {
    const dir = copyOfBuiltInData();
    edit('roles/it-manager.yaml', '    - value: 120000', '    - value: "120k"')(dir);
    edit('roles/it-ops-manager.yaml', /^summary:/m, 'sumary:')(dir);
    writeFileSync(join(dir, 'roles/cio.yaml'), '');
    const { stdout, stderr, status } = await runInProcess(['data', 'validate', dir, '--json'], {
      cwd: join(dir, '..'),
    });
    expect(status).toBe(2);
    expect(stderr).toBe(`career: 4 problems in ${dir}\n`);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ schemaVersion: 1, valid: false, roles: 8 });
    expect(report.problems).toEqual([
      { file: 'data/roles/cio.yaml', message: 'is empty' },
      expect.objectContaining({
        file: 'data/roles/it-manager.yaml',
        line: 13,
        column: 14,
        path: 'facts.medianSalary[0].value',
      }),
      expect.objectContaining({
        file: 'data/roles/it-ops-manager.yaml',
        path: 'summary',
        message: expect.stringMatching(/missing required field/),
      }),
      expect.objectContaining({
        file: 'data/roles/it-ops-manager.yaml',
        path: 'sumary',
        message: expect.stringMatching(/did you mean "summary"/),
      }),
    ]);
  });

  it('prints one problem a line, as FILE:LINE:COL FIELD: MESSAGE', async () => {
    const dir = copyOfBuiltInData();
    edit('roles/it-manager.yaml', '    - value: 120000', '    - value: "120k"')(dir);
    const { stdout, status } = await runInProcess(['data', 'validate', 'data'], { cwd: join(dir, '..') });
    expect(status).toBe(2);
    expect(stdout).toBe(
      'data/roles/it-manager.yaml:13:14 facts.medianSalary[0].value: expected a number, got "120k"\n',
    );
  });

  it("lists a role file's schema problem and its unknown source and skill in one run", async () => {
    const dir = starterDataDir();
    edit(ROLE, 'value: 100000', 'value: "100k"')(dir);
    edit(ROLE, 'source: example-guide', 'source: example-gide')(dir);
    edit(ROLE, 'skill: example-leadership', 'skill: example-leadrship')(dir);
    const { stdout, stderr, status } = await runInProcess(['data', 'validate', 'data'], { cwd: join(dir, '..') });
    expect(status).toBe(2);
    expect(stdout).toBe(
      [
        `data/${ROLE}:14:14 facts.medianSalary[0].value: expected a number, got "100k"`,
        `data/${ROLE}:15:15 facts.medianSalary[0].source: unknown source "example-gide" (did you mean "example-guide"?)`,
        `data/${ROLE}:42:12 skills[2].skill: unknown skill "example-leadrship" (did you mean "example-leadership"?)`,
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('career: 3 problems in data\n');
  });

  it('says a missing directory does not exist', async () => {
    const missing = join(tempDir(), 'nowhere');
    const { stdout, stderr, status } = await runInProcess(['data', 'validate', missing]);
    expect(status).toBe(2);
    expect(stdout).toMatch(
      /nowhere does not exist \(expected a data directory; "career data init DIR" writes a starter one\)/,
    );
    expect(stderr).toBe(`career: 1 problem in ${missing}\n`);
  });
});
