// Shell completion, exercised in the real shells: the generated script is
// loaded and asked what it would offer for a partly typed command line, and
// it runs the installed `career` for the words. The facts the expectations
// are built from, and `career completion` / `career __complete` themselves,
// run in-process.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { careerBin } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';

/** A `career` command on PATH, as after an install. */
const binDir = tempDir();
writeFileSync(join(binDir, 'career'), `#!/bin/sh\nexec "${process.execPath}" "${careerBin}" "$@"\n`);
chmodSync(join(binDir, 'career'), 0o755);
const shellEnv = (extra: Record<string, string> = {}) => {
  const env: Record<string, string | undefined> = {
    ...process.env,
    PATH: `${binDir}:${process.env.PATH}`,
    CAREER_DATA: undefined,
    ...extra,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
};
/** Each shell's script, written once: `career completion SHELL` is checked in-process below. */
const scripts: Record<string, string> = {};
for (const shell of ['bash', 'fish']) {
  scripts[shell] = join(binDir, `career.${shell}`);
  writeFileSync(scripts[shell], (await runInProcess(['completion', shell])).stdout);
}
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
// CI installs every shell (.ci/run); elsewhere a missing one skips its tests.
const required = (shell: string) => {
  if (process.env.CI && !has(shell)) throw new Error(`${shell} is not installed; .ci/run installs it`);
  return has(shell);
};

/**
 * What bash completion offers for each command line: the words typed so far,
 * the last being the word under completion, split the way bash splits them
 * (":" is a word break). One bash process answers them all.
 */
function bashComplete(lines: string[][], extraEnv: Record<string, string> = {}): string[][] {
  return bashCompleteWithSpace(lines, extraEnv).map(({ words }) => words);
}

/** As bashComplete, and whether bash would add a space after a completed word (`compopt -o nospace` not set). */
function bashCompleteWithSpace(
  lines: string[][],
  extraEnv: Record<string, string> = {},
): { words: string[]; space: boolean }[] {
  const script = `
source "${scripts.bash}"
# Outside a real completion compopt cannot act; record what the script asks of it.
compopt() { [ "$*" = '-o nospace' ] && nospace=1; return 0; }
complete_line() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((\${#COMP_WORDS[@]} - 1))
  COMPREPLY=() nospace=0
  _career
  printf '%s|%s\\n' "$nospace" "\${COMPREPLY[*]}"
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
    .map((line) => {
      const [nospace, words] = line.split('|') as [string, string];
      return { words: words.split(' ').filter(Boolean).sort(), space: nospace === '0' };
    });
}

const roleIds: string[] = JSON.parse((await runInProcess(['roles', '--json'])).stdout)
  .roles.map((r: { id: string }) => r.id)
  .sort();
const quizRoles = ['help-desk-technician', 'it-manager', 'it-ops-manager'];
// Roles with a ladder, or a level of exactly one ladder: the ones `career path ROLE` accepts.
// What path takes as TO, and as FROM (a role that is the same job on several ladders is a target only).
const pathRoles: string[] = [];
for (const id of roleIds) if ((await runInProcess(['path', 'none', id, '--json'])).status === 0) pathRoles.push(id);
const pathFromRoles: string[] = [];
for (const id of pathRoles)
  if (!/has no ladder of its own/.test((await runInProcess(['path', id, 'it-manager:cio'])).stderr))
    pathFromRoles.push(id);

describe('bash completion', () => {
  it('completes subcommands, without the hidden helper', () => {
    expect(
      bashComplete([
        ['career', ''],
        ['career', 'co'],
        ['career', 'data', ''],
      ]),
    ).toEqual([
      ['compare', 'completion', 'data', 'path', 'quiz', 'roles', 'show'],
      ['compare', 'completion'],
      ['init', 'validate'],
    ]);
  });

  it('completes role ids from the data', () => {
    expect(
      bashComplete([
        ['career', 'show', 'it-o'],
        ['career', 'show', ''],
        ['career', 'quiz', 'history', 'it-m'],
      ]),
    ).toEqual([['it-ops-manager'], roleIds, ['it-manager']]);
  });

  it('offers for each argument only what it accepts', () => {
    expect(
      bashComplete([
        ['career', 'quiz', ''],
        ['career', 'path', ''],
        ['career', 'path', 'none', ''],
        ['career', 'quiz', 'it-manager', '--level', ''],
      ]),
    ).toEqual([
      // Only the roles that have a quiz.
      ['history', ...quizRoles].sort(),
      // Roles path takes alone (a ladder, or one rung of another), and "none" for an entry path.
      ['none', ...pathFromRoles].sort(),
      pathRoles,
      // The levels of the role named before.
      ['assistant', 'cio', 'director', 'manager', 'senior', 'vp'],
    ]);
    expect(pathRoles.length).toBeLessThan(roleIds.length);
  });

  it('adds no space after a role id where ROLE:LEVEL may follow, and one after a whole key or a role-only argument', () => {
    expect(
      bashCompleteWithSpace([
        ['career', 'path', 'it-m'],
        ['career', 'compare', 'it-o'],
        ['career', 'path', 'it-manager', ':', 'se'],
        ['career', 'show', 'it-m'],
      ]),
    ).toEqual([
      { words: ['it-manager'], space: false },
      { words: ['it-ops-manager'], space: false },
      { words: ['senior'], space: true },
      { words: ['it-manager'], space: true },
    ]);
  });

  it('completes the role ids of the --data directory or CAREER_DATA beside the built-in ones, or alone', () => {
    const dir = starterDataDir();
    const [beside] = bashComplete([['career', '--data', dir, 'show', '']]);
    expect(beside).toEqual(expect.arrayContaining(['example-support-manager', 'it-manager']));
    expect(bashComplete([['career', 'show', '']], { CAREER_DATA: dir, CAREER_DATA_ONLY: '1' })).toEqual([
      ['example-support-manager'],
    ]);
  });

  it('completes ROLE:LEVEL, though bash splits words at ":"', () => {
    expect(
      bashComplete([
        ['career', 'path', 'it-manager', ':', 'se'],
        ['career', 'compare', 'it-ops-manager', ':', ''],
      ]),
    ).toEqual([['senior'], ['assistant', 'cio', 'director', 'manager', 'senior', 'vp']]);
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
        ['career', 'show', 'it-manager', '--format', ''],
      ]),
    ).toEqual([
      ['--json'],
      ['--data', '--data-only', '--debug', '--format', '--help', '--json', '--no-color'],
      ['fast', 'slow', 'typical'],
      ['bash', 'fish', 'zsh'],
      [],
      ['json', 'markdown', 'text'],
    ]);
  });

  it('completes directories for --data and data validate', () => {
    const parent = tempDir();
    mkdirSync(join(parent, 'ladders'));
    writeFileSync(join(parent, 'notes.txt'), '');
    expect(
      bashComplete([
        ['career', '--data', `${parent}/`],
        ['career', 'data', 'validate', join(parent, 'l')],
      ]),
    ).toEqual([[join(parent, 'ladders')], [join(parent, 'ladders')]]);
  });
});

/**
 * What real zsh completion offers for each command line (typed, then Tab):
 * each candidate with the description zsh shows, and whether a space follows.
 */
function zshComplete(lines: string[]): { word: string; description: string; space: boolean }[][] {
  const driver = fileURLToPath(new URL('../helpers/zsh-complete.zsh', import.meta.url));
  const result = spawnSync('zsh', ['-f', driver, ...lines], { encoding: 'utf8', env: shellEnv(), timeout: 30_000 });
  if (result.status !== 0) throw new Error(`zsh failed: ${result.stderr}`);
  const outputs = result.stdout.split('<<end>>').slice(0, lines.length);
  return outputs.map((output) => {
    const found = new Map<string, { word: string; description: string; space: boolean }>();
    for (const [, word, shown, suffix] of output.matchAll(/<<([^|<>]*)\|([^|]*)\|(space|none)>>/g)) {
      const description = /^\S+\s+-- (.*)$/.exec(shown!.trim())?.[1] ?? found.get(word!)?.description ?? '';
      found.set(word!, { word: word!, description, space: suffix === 'space' });
    }
    return [...found.values()].sort((a, b) => a.word.localeCompare(b.word));
  });
}

describe.skipIf(!required('zsh'))('zsh completion', () => {
  // One interactive zsh (compinit takes seconds on a busy machine) answers every line below.
  const lines = [
    'career ',
    'career path it-m',
    'career quiz it-manager --level ',
    'career show it-m',
    'career quiz ',
    'career compare it-manager:s',
  ];
  let answers: Map<string, ReturnType<typeof zshComplete>[number]>;
  beforeAll(() => {
    const outputs = zshComplete(lines);
    answers = new Map(lines.map((line, i) => [line, outputs[i]!]));
  });
  const zshAnswers = (asked: string[]) => asked.map((line) => answers.get(line)!);

  it('completes subcommands with their descriptions', () => {
    const [top] = zshAnswers(['career ']);
    expect(top!.map((c) => c.word)).toEqual(['compare', 'completion', 'data', 'path', 'quiz', 'roles', 'show']);
    expect(top!.find((c) => c.word === 'roles')).toEqual({
      word: 'roles',
      description: 'list the roles in the data',
      space: true,
    });
  });

  it('completes role ids and levels with their titles, no space after a role id where :LEVEL may follow', () => {
    const [path, levels, show, quiz] = zshAnswers([
      'career path it-m',
      'career quiz it-manager --level ',
      'career show it-m',
      'career quiz ',
    ]);
    expect(path).toEqual([{ word: 'it-manager', description: '', space: false }]);
    expect(levels!.find((c) => c.word === 'senior')).toEqual({
      word: 'senior',
      description: 'Senior IT Manager',
      space: true,
    });
    expect(levels!.map((c) => c.word)).toEqual(['assistant', 'cio', 'director', 'manager', 'senior', 'vp']);
    expect(show).toEqual([{ word: 'it-manager', description: '', space: true }]);
    expect(quiz!.map((c) => c.word)).toEqual(['history', ...quizRoles].sort());
  });

  it('completes ROLE:LEVEL after the colon', () => {
    const [keys] = zshAnswers(['career compare it-manager:s']);
    expect(keys).toEqual([{ word: 'it-manager:senior', description: '', space: true }]);
  });
});

describe.skipIf(!required('fish'))('fish completion', () => {
  it('completes subcommands, role ids and ROLE:LEVEL, with descriptions', () => {
    const script = `source ${JSON.stringify(scripts.fish)}
complete -C "career show it-o"
complete -C "career path it-manager:se"
complete -C "career da"
complete -C "career quiz "
complete -C "career path n"
complete -C "career quiz it-manager --level s"`;
    const result = spawnSync('fish', ['-c', script], { encoding: 'utf8', env: shellEnv() });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      'it-ops-manager\tIT Operations Manager',
      'it-manager:senior\tSenior IT Manager',
      'data\twork with data directories (your own ladders)',
      'help-desk-technician\tIT Support Specialist / Help Desk Technician',
      'history\tshow past quiz results and the trend per skill area',
      'it-manager\tIT Manager',
      'it-ops-manager\tIT Operations Manager',
      'network-administrator\tNetwork Administrator',
      'none\tstart from scratch, with no IT experience',
      'senior\tSenior IT Manager',
      '',
    ]);
  });
});

describe('career completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: prints a script on stdout that says how to load it', async (shell) => {
    const { stdout, stderr, status } = await runInProcess(['completion', shell]);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(new RegExp(`^(#compdef career\\n)?# career completion for ${shell}\\.\\n`));
    expect(stdout).toContain('__complete');
  });

  it("career __complete levels lists role ids, and after a colon that role's ROLE:LEVEL keys, each with its title", async () => {
    const words = async (args: string[]) => (await runInProcess(['__complete', ...args])).stdout.split('\n');
    expect(await words(['levels'])).toEqual(
      expect.arrayContaining(['it-manager\tIT Manager', 'it-ops-manager\tIT Operations Manager']),
    );
    expect(await words(['levels', '--', 'it-manager:'])).toEqual(
      expect.arrayContaining(['it-manager:senior\tSenior IT Manager']),
    );
    expect(
      (await words(['levels', '--', 'it-manager:'])).every((line) => line === '' || line.startsWith('it-manager:')),
    ).toBe(true);
  });

  it('the hidden helper does not show in --help', async () =>
    expect((await runInProcess(['--help'])).stdout).not.toContain('__complete'));
});
