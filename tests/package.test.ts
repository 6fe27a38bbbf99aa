// A real package: what `npm pack` makes, installed globally into a fresh
// prefix, gives a working `career` with the built-in data. Runs in CI (it
// fetches the runtime dependencies from the npm cache or registry, so it takes
// a few seconds); `npm run build` must have run first, as `npm test` does.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/run-cli.js';
import { tempDir } from './fixtures/bad-data/temp-data.js';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** A shell-like environment: no npm_* variables inherited from `npm test`, node on PATH. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  env.PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH}`;
  delete env.CAREER_DATA;
  return env;
}

const npmRun = (args: string[], cwd: string) => {
  const result = spawnSync('npm', args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 170_000 });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return result;
};
const npm = (args: string[], cwd: string) => npmRun(args, cwd).stdout;

describe('package.json', () => {
  it('declares what an installable CLI needs', () => {
    expect(manifest.type).toBe('module');
    expect(manifest.license).toBeTruthy();
    expect(manifest.engines.node).toBe('^20.16.0 || >=22.3.0');
    expect(manifest.bin).toEqual({ career: 'bin/career' });
    expect(manifest.files).toEqual(expect.arrayContaining(['bin', 'dist', 'data', 'schema']));
    expect(Object.keys(manifest.scripts)).toEqual(expect.arrayContaining(['build', 'test', 'typecheck', 'lint']));
  });

  it('installs nothing beside the bundle and runs no script on install', () => {
    // Every package the CLI uses is bundled (scripts/bundle.ts), so none is a runtime dependency.
    expect(manifest.dependencies).toBeUndefined();
    // npm 11 warns about install scripts of a package installed from a tarball; a clone builds on
    // `npm ci` through the root-only "dependencies" script instead.
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(manifest.scripts[script]).toBeUndefined();
    expect(manifest.scripts.dependencies).toBe('npm run build');
  });
});

describe('npm pack and a global install', () => {
  it('gives a working career command with the built-in data', { timeout: 180_000 }, () => {
    const work = tempDir('career-pack-');
    // The build has run (npm test builds first); --ignore-scripts keeps pack
    // from rebuilding dist/ while other test files run the CLI from it.
    const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], repoRoot));
    const contents: string[] = packed.files.map((f: { path: string }) => f.path);
    expect(contents).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'bin/career',
        'dist/bundle/cli.cjs',
        'dist/data.snapshot.json',
        'data/roles/it-manager.yaml',
        'schema/role.schema.json',
      ]),
    );
    // What runs is the bundle: not the compiled sources or build scripts beside it.
    expect(contents.filter((path) => /^(tests|src|node_modules|scripts|dist\/src|dist\/scripts)\//.test(path))).toEqual(
      [],
    );
    // Each bundled package once, in dist/bundle/vendor: the rest of the bundle requires it from there.
    const sizes = new Map<string, number>(packed.files.map((f: { path: string; size: number }) => [f.path, f.size]));
    expect(sizes.get('dist/bundle/vendor/zod.cjs')).toBeGreaterThan(100_000);
    const large = [...sizes].filter(([path, size]) => /^dist\/bundle\/[^/]+\.cjs$/.test(path) && size > 400_000);
    expect(large.map(([path]) => path)).toEqual([]);
    // Of dist/, only what runs: the bundle and the built-in data's snapshot (no leftovers of older builds).
    expect(
      contents.filter((path) => path.startsWith('dist/') && !/^dist\/(bundle\/|data\.snapshot)/.test(path)),
    ).toEqual([]);

    const prefix = join(work, 'prefix');
    const install = npmRun(
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        join(work, packed.filename),
      ],
      work,
    );
    // Silent apart from npm's own summary: no warning about install scripts.
    expect(install.stderr).toBe('');
    expect(install.stdout.trim()).toMatch(/^added 1 package in/);

    const career = (args: string[]) =>
      spawnSync(join(prefix, 'bin', 'career'), args, { cwd: work, env: cleanEnv(), encoding: 'utf8' });
    const roles = career(['roles']);
    expect(roles.stderr).toBe('');
    expect(roles.status).toBe(0);
    expect(roles.stdout).toMatch(/it-ops-manager/);

    expect(career(['--version']).stdout.trim()).toBe(manifest.version);
    const profile = JSON.parse(career(['show', 'it-manager', '--json']).stdout);
    expect(profile.role.ladder.levels).toHaveLength(6);
    const init = career(['data', 'init', 'mine']);
    expect(init.status).toBe(0);
    expect(career(['data', 'validate', 'mine']).status).toBe(0);
  });
});
