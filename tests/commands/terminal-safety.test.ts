// Terminal escape injection: control characters in data titles, aliases and
// scope texts, in saved history and in file names are made safe in text
// output, on stdout and stderr; JSON keeps them exact.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';
import { runInProcess } from '../helpers/run-in-process.js';

const HOSTILE_TITLE = 'Support \u001b]0;pwned\u0007 Manager \u001b[2J\u009b31m\u202eX';
const HOSTILE_ALIAS = 'Alias \u001b[31mred\u001b[0m';
const HOSTILE_SCOPE = '\u001b[5mBlink\u001b[0m scope\r - runs a shift';
/** Anything a terminal would act on: ESC, BEL, CR, C1, bidi overrides. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileData(): string {
  const dir = starterDataDir();
  const file = join(dir, 'roles/example-support-manager.yaml');
  const yaml = readFileSync(file, 'utf8')
    .replace('title: Support Manager (example)', `title: ${JSON.stringify(HOSTILE_TITLE)}`)
    .replace('  - Example Support Manager', `  - ${JSON.stringify(HOSTILE_ALIAS)}`)
    .replace(
      'scope: Example scope - runs a shift of the support desk and handles escalations.',
      `scope: ${JSON.stringify(HOSTILE_SCOPE)}`,
    );
  writeFileSync(file, yaml);
  return dir;
}

describe('control characters from data', () => {
  const dir = hostileData();

  it.each([
    ['show', ['show', 'example-support-manager']],
    ['roles', ['roles']],
    ['compare', ['compare', 'example-support-manager', 'example-support-manager:senior']],
  ])('%s prints them as "?" in text output', async (_name, args) => {
    const result = await runInProcess([...args, '--data', dir]);
    expect(result.stderr).not.toMatch(RAW);
    expect(result.stdout.replace(/[\n\t]/g, '')).not.toMatch(RAW);
    // The title may wrap inside a table cell: look for its masked pieces.
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\?\]0;pwned\?/);
  });

  it('show keeps the title, alias and scope exact in --json', async () => {
    const result = await runInProcess(['show', 'example-support-manager', '--data', dir, '--json']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
    const text = JSON.stringify(JSON.parse(result.stdout));
    for (const value of [HOSTILE_TITLE, HOSTILE_ALIAS, HOSTILE_SCOPE])
      expect(text).toContain(JSON.stringify(value).slice(1, -1));
  });

  it('a role looked up by its hostile alias is found, and the message is safe', async () => {
    const result = await runInProcess(['show', HOSTILE_ALIAS, '--data', dir]);
    expect(result.status).toBe(0);
    expect(result.stdout.replace(/[\n\t]/g, '')).not.toMatch(RAW);
  });
});

describe('control characters from history and file names', () => {
  it('quiz history shows a saved title with ESC safely', async () => {
    const state = tempDir();
    const record = JSON.parse(readFileSync('tests/fixtures/history-record.json', 'utf8'));
    record.role.title = HOSTILE_TITLE;
    record.target.title = HOSTILE_TITLE;
    writeFileSync(join(state, 'history.jsonl'), `${JSON.stringify(record)}\n`);
    const result = await runInProcess(['quiz', 'history'], { env: { CAREER_STATE_DIR: state } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Support ?]0;pwned? Manager');
    expect(result.stdout.replace(/[\n\t]/g, '')).not.toMatch(RAW);
    const json = await runInProcess(['quiz', 'history', '--json'], { env: { CAREER_STATE_DIR: state } });
    expect(JSON.parse(json.stdout).runs[0].role.title).toBe(HOSTILE_TITLE);
  });

  it('an answers file name with ESC is quoted safely in the error', async () => {
    const result = await runInProcess([
      'quiz',
      'it-ops-manager',
      '--answers',
      'no-such-\u001b]0;pwned\u0007.yaml',
      '--no-save',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(result.stderr).toMatch(/no-such-\?\]0;pwned\?\.yaml/);
  });

  it('a history line with a raw ESC is reported, and nothing raw is printed', async () => {
    const state = tempDir();
    writeFileSync(join(state, 'history.jsonl'), '{"takenAt": "\u001b[2J"}\n');
    const result = await runInProcess(['quiz', 'history'], { env: { CAREER_STATE_DIR: state } });
    expect(result.stderr).toContain('line 1 is not valid JSON; skipped');
    expect(result.stderr.replace(/\n/g, '')).not.toMatch(RAW);
  });
});
