// A user's data directory beside the built-in data (--data, CAREER_DATA), or
// alone (--data-only, CAREER_DATA_ONLY=1); its cache, trusted only while
// intact; and data files that must not be read (links out of the directory)
// or must not be listed in full (a file of many unknown fields; how long
// 150,000 of them take is measured by `npm run bench`).
import { readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';
import { waitUntilSettled } from '../helpers/cache-settle.js';
import { runInProcess, runJsonInProcess } from '../helpers/run-in-process.js';

const OWN = 'example-support-manager';
const ROLE = `roles/${OWN}.yaml`;

// Made first: the cache test at the end waits until these files are old enough for the cache to trust (SETTLE_MS),
// and the tests before it use that time. (Backdating them would not help: the cache also looks at the change time.)
const settledDir = starterDataDir();
const settledAt = Date.now();

describe('--data beside the built-in data', () => {
  it('compares an own role with a built-in one, and says where each comes from', async () => {
    const dir = starterDataDir();
    const compared = await runInProcess(['--data', dir, 'compare', OWN, 'it-manager']);
    expect(compared.stderr).toBe('');
    expect(compared.status).toBe(0);
    const roles = (
      await runJsonInProcess<{ roles: { id: string; origin: string }[] }>(['--data', dir, 'roles', '--json'])
    ).roles;
    expect(roles.find((r) => r.id === OWN)?.origin).toBe('own');
    expect(roles.find((r) => r.id === 'it-manager')?.origin).toBe('built-in');
    expect((await runInProcess(['--data', dir, 'roles'])).stdout).toMatch(/Data/);
    expect((await runInProcess(['--data', dir, 'show', OWN])).stdout).toContain(`From your data in ${dir}`);
    expect((await runInProcess(['--data', dir, 'show', 'it-manager'])).stdout).toContain('From the built-in data');
    expect((await runJsonInProcess<{ origin: string }>(['show', 'it-manager', '--json'])).origin).toBe('built-in');
  });

  it('lets the directory redefine a built-in role: its ids win', async () => {
    const dir = starterDataDir();
    const text = readFileSync(join(dir, ROLE), 'utf8')
      .replace(`id: ${OWN}`, 'id: it-manager')
      .replace(/^title: .*$/m, 'title: Our IT Manager');
    rmSync(join(dir, ROLE));
    rmSync(join(dir, 'quizzes'), { recursive: true });
    writeFileSync(join(dir, 'roles/it-manager.yaml'), text);
    const shown = await runJsonInProcess<{ role: { title: string }; origin: string }>([
      '--data',
      dir,
      'show',
      'it-manager',
      '--json',
    ]);
    expect(shown).toMatchObject({ role: { title: 'Our IT Manager' }, origin: 'own' });
    expect(
      (await runJsonInProcess<{ roles: unknown[] }>(['--data', dir, 'roles', '--json'])).roles.filter(
        (r) => (r as { id: string }).id === 'it-manager',
      ),
    ).toHaveLength(1);
  });

  it('CAREER_DATA adds the same way; --data-only and CAREER_DATA_ONLY=1 keep the directory alone', async () => {
    const dir = starterDataDir();
    expect((await runInProcess(['compare', OWN, 'it-manager'], { env: { CAREER_DATA: dir } })).status).toBe(0);
    for (const alone of [
      await runInProcess(['--data', dir, '--data-only', 'show', 'it-manager']),
      await runInProcess(['show', 'it-manager'], { env: { CAREER_DATA: dir, CAREER_DATA_ONLY: '1' } }),
    ]) {
      expect(alone.status).toBe(2);
      expect(alone.stderr).toMatch(/^career: unknown role.* "it-manager"/);
    }
    expect((await runInProcess(['--data-only', 'roles'])).stderr).toMatch(
      /^career: --data-only needs a data directory/,
    );
  });
});

describe('data files that must not be read, or not listed in full', () => {
  it('quotes nothing from a file outside the directory that a link points to, and says the link leaves it', async () => {
    const dir = starterDataDir();
    const outside = join(tempDir(), 'private.yaml');
    writeFileSync(outside, 'password: hunter2-SECRET [unclosed\n');
    symlinkSync(outside, join(dir, 'roles', 'linked.yaml'));
    const run = await runInProcess(['data', 'validate', dir]);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(/hunter2|SECRET|password/);
    expect(run.stdout).toMatch(/linked\.yaml is a symbolic link that leaves the data directory/);
  });

  it('reports a role file of many unknown fields: the first 100 listed with their place, the rest counted', async () => {
    // `npm run bench` times a 5 MB role file of 300,000 (target < 5 s); a thousand show the behaviour.
    const dir = starterDataDir();
    const fields = Array.from({ length: 1_000 }, (_, i) => `unknown${i}: 1`).join('\n');
    writeFileSync(join(dir, ROLE), `${readFileSync(join(dir, ROLE), 'utf8')}\n${fields}\n`);
    const run = await runInProcess(['data', 'validate', dir, '--data-only']);
    expect(run.status).toBe(2);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((line) => /:\d+:1 unknown\d+: unknown field "unknown\d+"/.test(line))).toHaveLength(100);
    expect(run.stdout).toContain('... and 900 more problems in this file');
    // The totals count the problems, not the lines that list them.
    expect(run.stderr).toBe(`career: 1000 problems in ${dir}\n`);
    const json = await runInProcess(['data', 'validate', dir, '--data-only', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, problemCount: 1000 });
    const show = await runInProcess(['show', OWN, '--data', dir, '--data-only']);
    expect(show.stderr).toContain('is invalid (1000 problems)');
    expect(show.stderr).toContain('  ... and 995 more\n');
  });
});

describe('the cache of a --data directory, through the CLI', () => {
  it('never shows a hand-edited salary: the command runs again from the YAML', async () => {
    const dir = settledDir;
    await waitUntilSettled(settledAt);
    const cache = tempDir('career-cache-e2e-');
    const env = { CAREER_CACHE_DIR: cache };
    const salary = async () =>
      (
        await runJsonInProcess<{ role: { facts: { medianSalary: { value: number }[] } } }>(
          ['--data', dir, 'show', OWN, '--json'],
          {
            env,
          },
        )
      ).role.facts.medianSalary[0]!.value;
    expect(await salary()).toBe(100000);
    // Each run that finds the cache damaged writes a new one.
    const editPack = () => {
      const [folder] = readdirSync(join(cache, 'data'));
      const gen = readdirSync(join(cache, 'data', folder!)).find((name) => name.startsWith('g-'))!;
      const pack = join(cache, 'data', folder!, gen, 'roles.pack');
      writeFileSync(pack, readFileSync(pack, 'utf8').replace('"value":100000', '"value":999999'));
    };
    editPack();
    expect(await salary()).toBe(100000);
    editPack();
    const debug = await runInProcess(['--data', dir, 'show', OWN, '--json', '--debug'], { env });
    expect(debug.stderr).toMatch(/fails its checksum; running again from the YAML/);
  });

  it('works when the cache cannot be written, and says why under --debug', async () => {
    const dir = starterDataDir();
    const blocked = join(tempDir(), 'a-file');
    writeFileSync(blocked, '');
    const run = await runInProcess(['--data', dir, 'show', OWN, '--debug'], { env: { CAREER_CACHE_DIR: blocked } });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^career: cache of .* not written: /m);
    expect((await runInProcess(['--data', dir, 'show', OWN], { env: { CAREER_CACHE_DIR: blocked } })).stderr).toBe('');
  });
});
