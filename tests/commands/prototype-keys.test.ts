// Names that are also properties of every plain object (`__proto__`,
// `constructor`, `prototype`, `toString`, `hasOwnProperty`) used as role
// titles, aliases, level titles, level and skill ids, and answer keys: each is
// just a name. Every command finds the role it names, or says "unknown"
// (exit 2), never crashes (exit 1), answers with an inherited property, or
// pollutes Object.prototype for the rest of the run.
//
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';
import { expectServedFromCache, waitUntilSettled } from '../helpers/cache-settle.js';
import { runInProcess } from '../helpers/run-in-process.js';

const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;
const ROLE = 'example-support-manager';

/**
 * The starter data with the role titled `__proto__`, every other key as an
 * alias, level titles `toString` and `__proto__ director`, a level id
 * `prototype` and a skill id `constructor`.
 */
function hostileData(): string {
  const dir = starterDataDir();
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  for (const file of [
    'roles/example-support-manager.yaml',
    'skills.yaml',
    'certifications.yaml',
    'quizzes/example-support-manager.yaml',
  ]) {
    edit(file, (text) => text.replaceAll('example-leadership', 'constructor'));
  }
  edit('roles/example-support-manager.yaml', (text) =>
    text
      .replace('title: Support Manager (example)', 'title: __proto__')
      .replace(
        '  - Example Support Manager',
        ['constructor', 'toString', 'hasOwnProperty', 'prototype'].map((a) => `  - ${a}`).join('\n'),
      )
      .replace('title: Senior Support Manager (example)', 'title: toString')
      .replace('title: Director of Support (example)', 'title: __proto__ director')
      .replace(/id: vp$/m, 'id: prototype'),
  );
  return dir;
}

const data = hostileData();
const dataWrittenAt = Date.now();
const noCache = { env: { CAREER_CACHE: 'off' } };

async function expectFound(args: string[], options: Parameters<typeof runInProcess>[1]) {
  const result = await runInProcess([...args, '--data', data, '--json'], options);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain(`"${ROLE}`);
}

const lookups: [string, string[]][] = [
  ...KEYS.map((key): [string, string[]] => [`show ${key}`, ['show', key]]),
  ['compare __proto__:manager "__proto__ director"', ['compare', '__proto__:manager', '__proto__ director']],
  [
    'compare toString:prototype hasOwnProperty:assistant',
    ['compare', 'toString:prototype', 'hasOwnProperty:assistant'],
  ],
  ['path __proto__:assistant toString', ['path', '__proto__:assistant', 'toString']],
  ['path constructor:manager prototype:prototype', ['path', 'constructor:manager', 'prototype:prototype']],
];

describe('prototype keys as names, without the cache', () => {
  it('the data validates', async () => {
    const result = await runInProcess(['data', 'validate', data], noCache);
    expect([result.status, result.stderr]).toEqual([0, '']);
  });

  it.each(lookups)('%s finds the role', async (_name, args) => await expectFound(args, noCache));

  it.each(['__proto__:nope', 'constructor:toString', 'valueOf', 'isPrototypeOf', '__defineGetter__'])(
    '%s is unknown (exit 2), not an inherited property',
    async (name) => {
      const result = await runInProcess(['show', name, '--data', data], noCache);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^career: (unknown role|role "example-support-manager" has no level|show takes a role)/,
      );
    },
  );
});

describe('prototype keys as names, through the --data cache', () => {
  /** A fresh cache: the first run writes it, the second reads it (once the data is old enough to be trusted). */
  const coldAndWarm = async (args: string[]) => {
    await waitUntilSettled(dataWrittenAt);
    const dir = tempDir('career-proto-cache-');
    const cache = { env: { CAREER_CACHE_DIR: dir } };
    await runInProcess(['roles', '--data', data], cache); // writes the cache
    await expectFound(args, cache);
    await expectFound(args, cache);
    expectServedFromCache(await runInProcess([...args, '--data', data, '--json', '--debug'], cache), dir);
  };
  it.each(lookups)('%s finds the role on a cold and on a warm cache', async (_name, args) => await coldAndWarm(args));
});

describe('prototype keys in the answers file', () => {
  const answers = (body: string) => {
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(
      file,
      `role: __proto__\nlevel: manager\nbackground: {yearsExperience: 6, yearsLeadingPeople: 2, education: bachelor, certifications: []}\n${body}`,
    );
    return file;
  };
  const ratings =
    'selfRatings:\n  example-service-management: 4\n  example-ticketing-tools: 3\n  example-communication: 3\n';
  const knowledge = 'knowledge:\n  example-sla: The service levels agreed with the people who use the service\n';

  it('a role named by the title __proto__ and a skill with id constructor are scored', async () => {
    const result = await runInProcess(
      ['quiz', '--answers', answers(`${ratings}  constructor: 5\n${knowledge}`), '--data', data, '--no-save', '--json'],
      noCache,
    );
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.role.id).toBe(ROLE);
    expect(Number.isFinite(report.overall)).toBe(true);
  });

  // Issue 13 item 4: `id in selfRatings` found Object.prototype.constructor.
  it('a missing rating for skill constructor is reported, not scored NaN, and --min-score 100 fails', async () => {
    const result = await runInProcess(
      ['quiz', '--answers', answers(`${ratings}${knowledge}`), '--data', data, '--no-save', '--min-score', '100'],
      noCache,
    );
    expect(result.stdout).not.toMatch(/NaN|function Object/);
    expect(result.status).not.toBe(0);
  });

  it.each(KEYS.filter((key) => key !== '__proto__'))(
    'knowledge.%s is an unknown question (exit 2)',
    async (key) => await unknownQuestion(key),
  );

  // Issue 13 item 4: `knowledge.__proto__` was accepted silently; YAML's merge of it into the
  // prototype is refused before any key is looked at.
  it('knowledge.__proto__ is refused (exit 2)', async () => {
    const result = await runInProcess(
      [
        'quiz',
        '--answers',
        answers(`${ratings}  constructor: 5\n${knowledge}  __proto__: x\n`),
        '--data',
        data,
        '--no-save',
      ],
      noCache,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/__proto__/);
  });

  async function unknownQuestion(key: string) {
    const result = await runInProcess(
      [
        'quiz',
        '--answers',
        answers(`${ratings}  constructor: 5\n${knowledge}  ${key}: x\n`),
        '--data',
        data,
        '--no-save',
      ],
      noCache,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`unknown question "${key}"`);
  }
});

describe('prototype keys in the saved history', () => {
  it('a line with __proto__ and constructor keys is read as data, and skill ids like toString trend', async () => {
    const state = tempDir();
    const record = JSON.parse(readFileSync('tests/fixtures/history-record.json', 'utf8'));
    const line = (overall: number, takenAt: string) =>
      JSON.stringify({
        ...record,
        overall,
        takenAt,
        skills: KEYS.map((id, i) => ({ id, name: id, score: overall + i })),
      }).replace('{', '{"__proto__":{"polluted":true},"constructor":1,');
    writeFileSync(
      join(state, 'history.jsonl'),
      `${line(40, '2026-01-01T00:00:00Z')}\n${line(50, '2026-01-02T00:00:00Z')}\n`,
    );
    const result = await runInProcess(['quiz', 'history', '--json'], { env: { CAREER_STATE_DIR: state } });
    expect([result.status, result.stderr]).toEqual([0, '']);
    const report = JSON.parse(result.stdout);
    expect(report.runs).toHaveLength(2);
    expect(report.trends[0].skills.map((s: { id: string; change: number }) => [s.id, s.change])).toEqual(
      KEYS.map((id) => [id, 10]),
    );
  });
});
