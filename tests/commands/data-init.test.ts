// `career data init DIR`: a starter data directory that validates at once,
// whose YAML files point editors at the JSON Schemas, with figures that are
// plainly examples; and it never overwrites anything.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runJsonInProcess } from '../helpers/run-in-process.js';
import { tempDir, treeState } from '../fixtures/bad-data/temp-data.js';

describe('career data init', () => {
  it('writes a directory that career data validate accepts and the other commands use', async () => {
    const parent = tempDir();
    const init = await runInProcess(['data', 'init', 'my-ladders'], { cwd: parent });
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toMatch(/^Created my-ladders with 12 files:\n/);
    expect(init.stdout).toContain('career --data my-ladders roles');

    const validate = await runInProcess(['data', 'validate', 'my-ladders'], { cwd: parent });
    expect(validate).toEqual({ status: 0, stderr: '', stdout: 'ok my-ladders: 6 files, 1 role, no problems\n' });

    // Beside the built-in roles; alone with --data-only.
    const roles = (await runJsonInProcess(['--data', join(parent, 'my-ladders'), 'roles', '--json'])).roles;
    expect(
      roles
        .filter((r: { origin: string }) => r.origin === 'own')
        .map((r: { id: string; levels: number }) => [r.id, r.levels]),
    ).toEqual([['example-support-manager', 6]]);
    expect(roles.map((r: { id: string }) => r.id)).toContain('it-manager');
    const alone = (await runJsonInProcess(['--data', join(parent, 'my-ladders'), '--data-only', 'roles', '--json']))
      .roles;
    expect(alone.map((r: { id: string; levels: number }) => [r.id, r.levels])).toEqual([
      ['example-support-manager', 6],
    ]);
  });

  it('starts each YAML file with a yaml-language-server line naming a schema file that exists', async () => {
    const dir = join(tempDir(), 'ladders');
    const { files } = await runJsonInProcess(['data', 'init', dir, '--json']);
    const yamlFiles = files.filter((f: string) => f.endsWith('.yaml'));
    expect(yamlFiles.sort()).toEqual(
      [
        'certifications.yaml',
        'quizzes/example-support-manager.yaml',
        'roles/example-support-manager.yaml',
        'skills.yaml',
        'sources.yaml',
        'transitions.yaml',
      ].sort(),
    );
    for (const file of yamlFiles) {
      const firstLine = readFileSync(join(dir, file), 'utf8').split('\n')[0]!;
      const schema = /^# yaml-language-server: \$schema=(\S+\.schema\.json)$/.exec(firstLine)?.[1];
      expect(schema, file).toBeDefined();
      const schemaPath = join(dirname(join(dir, file)), schema!);
      expect(JSON.parse(readFileSync(schemaPath, 'utf8')).$schema).toMatch(/json-schema\.org/);
    }
  });

  it('has one role with a six-level ladder, its figures marked as made-up examples from sources that say so', async () => {
    const dir = join(tempDir(), 'ladders');
    await runInProcess(['data', 'init', dir]);
    const { role, sources } = await runJsonInProcess(['--data', dir, 'show', 'example-support-manager', '--json']);
    expect(role.ladder.levels.map((l: { id: string }) => l.id)).toEqual([
      'assistant',
      'manager',
      'senior',
      'director',
      'vp',
      'chief',
    ]);
    expect(role.ladder.mainLevel).toBe('manager');
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(`${source.publisher} ${source.title}`).toMatch(/not a real source/);
    expect(readFileSync(join(dir, 'roles/example-support-manager.yaml'), 'utf8')).toMatch(/Every figure is MADE UP/);
  });

  it('creates missing parent directories and accepts an existing empty directory', async () => {
    const parent = tempDir();
    expect((await runInProcess(['data', 'init', join(parent, 'a/b/c')])).status).toBe(0);
    mkdirSync(join(parent, 'empty'));
    expect((await runInProcess(['data', 'init', join(parent, 'empty')])).status).toBe(0);
    expect(existsSync(join(parent, 'empty/roles/example-support-manager.yaml'))).toBe(true);
  });

  it.each([
    [
      'a non-empty directory',
      (dir: string) => (mkdirSync(dir), writeFileSync(join(dir, 'mine.yaml'), 'keep: me\n')),
      /already exists and is not empty; choose a new or empty directory \(nothing was written\)/,
    ],
    [
      'a file',
      (dir: string) => writeFileSync(dir, 'a file\n'),
      /exists and is not a directory; choose a new directory name/,
    ],
  ])('refuses %s: exit 2, nothing on stdout, nothing changed', async (_what, make, message) => {
    const parent = tempDir();
    const target = join(parent, 'target');
    make(target);
    const before = treeState(parent);
    const { stdout, stderr, status } = await runInProcess(['data', 'init', target]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^career: ${target.replace(/[/.]/g, '\\$&')} ${message.source}\\n$`));
    expect(treeState(parent)).toEqual(before);
  });

  it('refuses an empty directory name', async () => {
    const { stdout, stderr, status } = await runInProcess(['data', 'init', '']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      'career: the directory name is empty; name a directory to create, e.g. "career data init ./my-ladders"\n',
    );
  });
});
