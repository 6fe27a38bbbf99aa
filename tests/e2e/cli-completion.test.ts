// Shell completion, exercised in the real shells: the generated script is
// loaded and asked what it would offer for a partly typed command line.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careerBin, runCli } from '../helpers/run-cli.js';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';

/** A `career` command on PATH, as after an install. */
const binDir = tempDir();
writeFileSync(join(binDir, 'career'), `#!/bin/sh\nexec "${process.execPath}" "${careerBin}" "$@"\n`);
chmodSync(join(binDir, 'career'), 0o755);
const shellEnv = (extra: Record<string, string> = {}) => {
  const env: Record<string, string | undefined> = { ...process.env, PATH: `${binDir}:${process.env.PATH}`, CAREER_DATA: undefined, ...extra };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
};
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

/**
 * What bash completion offers for each command line: the words typed so far,
 * the last being the word under completion, split the way bash splits them
 * (":" is a word break). One bash process answers them all.
 */
function bashComplete(lines: string[][], extraEnv: Record<string, string> = {}): string[][] {
  const script = `
source <(career completion bash)
complete_line() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((\${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _career
  printf '%s\\n' "\${COMPREPLY[*]}"
}
words=()
for arg in "$@"; do
  if [ "$arg" = '<end>' ]; then complete_line "\${words[@]}"; words=(); else words+=("$arg"); fi
done`;
  const args = lines.flatMap((words) => [...words, '<end>']);
  const result = spawnSync('bash', ['-c', script, 'bash', ...args], { encoding: 'utf8', env: shellEnv(extraEnv) });
  if (result.status !== 0 || result.stderr) throw new Error(`bash failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .slice(0, lines.length)
    .map((line) => line.split(' ').filter(Boolean).sort());
}

const roleIds: string[] = JSON.parse(runCli(['roles', '--json']).stdout).roles.map((r: { id: string }) => r.id).sort();

describe('bash completion', () => {
  it('completes subcommands, without the hidden helper', () => {
    expect(bashComplete([['career', ''], ['career', 'co'], ['career', 'data', '']])).toEqual([
      ['compare', 'completion', 'data', 'path', 'quiz', 'roles', 'show'],
      ['compare', 'completion'],
      ['init', 'validate'],
    ]);
  });

  it('completes role ids from the data', () => {
    expect(bashComplete([['career', 'show', 'it-o'], ['career', 'show', ''], ['career', 'quiz', ''], ['career', 'quiz', 'history', 'it-m']])).toEqual([
      ['it-ops-manager'],
      roleIds,
      ['history', ...roleIds].sort(),
      ['it-manager'],
    ]);
  });

  it('completes the role ids of the --data directory or CAREER_DATA beside the built-in ones, or alone', () => {
    const dir = starterDataDir();
    const [beside] = bashComplete([['career', '--data', dir, 'show', '']]);
    expect(beside).toEqual(expect.arrayContaining(['example-support-manager', 'it-manager']));
    expect(bashComplete([['career', 'show', '']], { CAREER_DATA: dir, CAREER_DATA_ONLY: '1' })).toEqual([['example-support-manager']]);
  });

  it('completes ROLE:LEVEL, though bash splits words at ":"', () => {
    expect(bashComplete([['career', 'path', 'it-manager', ':', 'se'], ['career', 'compare', 'it-ops-manager', ':', '']])).toEqual([
      ['senior'],
      ['assistant', 'cio', 'director', 'manager', 'senior', 'vp'],
    ]);
  });

  it('completes options and their values', () => {
    expect(
      bashComplete([
        ['career', 'roles', '--j'],
        ['career', 'show', '--'],
        ['career', 'path', 'it-manager:manager', '--pace', ''],
        ['career', 'completion', ''],
        // A number is typed, not completed.
        ['career', 'path', '--experience', ''],
      ]),
    ).toEqual([['--json'], ['--data', '--data-only', '--debug', '--help', '--json', '--no-color'], ['fast', 'slow', 'typical'], ['bash', 'fish', 'zsh'], []]);
  });

  it('completes directories for --data and data validate', () => {
    const parent = tempDir();
    mkdirSync(join(parent, 'ladders'));
    writeFileSync(join(parent, 'notes.txt'), '');
    expect(bashComplete([['career', '--data', `${parent}/`], ['career', 'data', 'validate', join(parent, 'l')]])).toEqual([
      [join(parent, 'ladders')],
      [join(parent, 'ladders')],
    ]);
  });
});

describe.skipIf(!has('zsh'))('zsh completion', () => {
  it('is valid zsh, and its scanner finds what to offer', () => {
    const script = `
compdef() { :; }
source <(career completion zsh)
_career_scan show; _career_wanted it-o
_career_scan --data /tmp/x path --pace; _career_wanted ''
echo "data=$_career_data"
_career_scan quiz; _career_wanted ''`;
    const result = spawnSync('zsh', ['-c', script], { encoding: 'utf8', env: shellEnv() });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('@role\nfast typical slow\ndata=/tmp/x\nhistory\n@role\n');
  });
});

describe.skipIf(!has('fish'))('fish completion', () => {
  it('completes subcommands, role ids and ROLE:LEVEL', () => {
    const script = `career completion fish | source
complete -C "career show it-o"
complete -C "career path it-manager:se"
complete -C "career da"`;
    const result = spawnSync('fish', ['-c', script], { encoding: 'utf8', env: shellEnv() });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('it-ops-manager\nit-manager:senior\ndata\twork with data directories (your own ladders)\n');
  });
});

describe('career completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: prints a script on stdout that says how to load it', (shell) => {
    const { stdout, stderr, status } = runCli(['completion', shell]);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(new RegExp(`^(#compdef career\\n)?# career completion for ${shell}\\.\\n`));
    expect(stdout).toContain('__complete');
  });

  it('career __complete levels lists role ids and ROLE:LEVEL keys', () => {
    const words = runCli(['__complete', 'levels']).stdout.split('\n');
    expect(words).toEqual(expect.arrayContaining(['it-manager', 'it-manager:senior', 'it-ops-manager:cio']));
  });

  it('the hidden helper does not show in --help', () => expect(runCli(['--help']).stdout).not.toContain('__complete'));
});
