// The output contract every command keeps (clig.dev): results on stdout and
// nothing else; `--json` prints exactly one JSON document with schemaVersion;
// documented exit codes; colour only where it belongs; examples in every
// --help; and quiet ends when the reader of a pipe stops early.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completionSpec } from '../../src/cli/completion-spec.js';
import { allCommands } from '../../src/render/completion-spec.js';
import { buildProgram } from '../../src/cli/program.js';
import { careerBin, runCli } from '../helpers/run-cli.js';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';

const ignore = () => {};
const tree = allCommands(
  completionSpec(
    buildProgram('0.0.0', () => Promise.reject(new Error('not run')), { writeOut: ignore, writeErr: ignore }),
  ),
);
const name = (path: string[]) => path.join(' ');
const ANSI = /\u001b\[/;

const stateDir = tempDir();
const env = { CAREER_STATE_DIR: stateDir };
const starter = starterDataDir();
/** An answers file for the starter role: leadership rated 1 with one question right stays under the manager rung's 3, so the score is below 100. */
const answers = join(tempDir(), 'answers.yaml');
writeFileSync(
  answers,
  `background: {yearsExperience: 4, yearsLeadingPeople: 1, education: bachelor, certifications: []}
selfRatings: {example-service-management: 3, example-ticketing-tools: 4, example-leadership: 1, example-communication: 3}
knowledge:
  example-sla: The service levels agreed with the people who use the service
  example-priority: The shorter one
  example-coaching: Talk with them to find the cause
`,
);

/** One successful --json run of every command that has --json. */
const jsonRuns: Record<string, () => string[]> = {
  roles: () => ['roles', '--json'],
  show: () => ['show', 'it-ops-manager', '--json'],
  compare: () => ['compare', 'it-ops-manager', 'it-manager', '--json'],
  path: () => ['path', 'it-manager:assistant', 'it-manager:director', '--json'],
  quiz: () => ['--data', starter, 'quiz', 'example-support-manager', '--answers', answers, '--no-save', '--json'],
  'quiz history': () => ['quiz', 'history', '--json'],
  'data validate': () => ['data', 'validate', '--json'],
  'data init': () => ['data', 'init', join(tempDir(), 'new'), '--json'],
};

describe('--json on every command', () => {
  it('every command that prints a result has --json, and each is covered below', () => {
    const withJson = tree.filter((c) => c.options.some((o) => o.names.includes('--json'))).map((c) => name(c.path));
    expect(withJson.sort()).toEqual(Object.keys(jsonRuns).sort());
    // The rest are groups of subcommands, and `completion`, whose output is a shell script.
    const without = tree.filter((c) => !withJson.includes(name(c.path))).map((c) => name(c.path));
    expect(without.sort()).toEqual(['', 'completion', 'data']);
  });

  it.each(Object.keys(jsonRuns))(
    'career %s --json: one JSON document with schemaVersion 1 on stdout, nothing on stderr, exit 0',
    (command) => {
      const { stdout, stderr, status } = runCli(jsonRuns[command]!(), { env });
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout.endsWith('}\n')).toBe(true);
      const document = JSON.parse(stdout); // throws if there were two documents or any other text
      expect(typeof document).toBe('object');
      expect(Object.keys(document)[0]).toBe('schemaVersion');
      expect(document.schemaVersion).toBe(1);
    },
  );

  it('JSON is never coloured, even with FORCE_COLOR', () => {
    for (const args of [jsonRuns.show!(), jsonRuns.compare!()]) {
      const { stdout, status } = runCli(args, { env: { ...env, FORCE_COLOR: '1' } });
      expect(status).toBe(0);
      expect(stdout).not.toMatch(ANSI);
    }
  });
});

describe('--help', () => {
  // Every command's help, rendered in-process from the same tree the CLI runs.
  const helpOf = (path: string[]) => {
    let text = '';
    const program = buildProgram('0.0.0', () => Promise.reject(new Error('not run')), {
      writeOut: (t) => (text += t),
      writeErr: ignore,
    });
    const command = path.reduce((cmd, word) => cmd.commands.find((c) => c.name() === word)!, program);
    command.outputHelp();
    return text;
  };

  it.each(tree.map((c) => name(c.path)))('career %s --help has examples and fits 80 columns', (command) => {
    const help = helpOf(command ? command.split(' ') : []);
    expect(help).toMatch(/^Usage: career/);
    expect(help).toMatch(/\nExamples:\n {2}\$ .*\bcareer \S+/);
    expect(help.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it.each([[['--help']], [['quiz', 'history', '--help']], [['help', 'data']]])(
    'career %s prints the help on stdout and exits 0',
    (args) => {
      const { stdout, stderr, status } = runCli(args);
      expect([status, stderr]).toEqual([0, '']);
      expect(stdout).toMatch(/^Usage: career/);
      expect(stdout).toContain('Examples:');
    },
  );
});

describe('exit codes', () => {
  it('0 on success', () => expect(runCli(['roles']).status).toBe(0));

  it('2 for bad usage: no command prints the help on stderr, nothing on stdout', () => {
    const { stdout, stderr, status } = runCli([]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: career/);
  });

  it('2 for a group without its subcommand', () => {
    const { stdout, stderr, status } = runCli(['data']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^Usage: career data/);
  });

  it('2 for bad input (an unknown role)', () => expect(runCli(['show', 'nobody']).status).toBe(2));

  it('3 when a quiz score is below --min-score, with the result still printed', () => {
    const { stdout, stderr, status } = runCli([...jsonRuns.quiz!(), '--min-score', '100'], { env });
    expect(status).toBe(3);
    expect(JSON.parse(stdout).schemaVersion).toBe(1);
    expect(stderr).toMatch(/^career: overall score \d+ is below --min-score 100\n$/);
  });

  it('0 when the score reaches --min-score', () =>
    expect(runCli([...jsonRuns.quiz!(), '--min-score', '0'], { env }).status).toBe(0));
});

describe('colour', () => {
  it('is off when stdout is not a terminal', () => expect(runCli(['roles']).stdout).not.toMatch(ANSI));
  it('FORCE_COLOR turns it on', () => expect(runCli(['roles'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI));
  it('--no-color wins over FORCE_COLOR', () =>
    expect(runCli(['roles', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI));
  it('NO_COLOR wins over FORCE_COLOR', () =>
    expect(runCli(['roles'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI));
  it('tables stay readable without colour: the same text as with colour, minus the escapes', () => {
    const plain = runCli(['show', 'it-manager']).stdout;
    const coloured = runCli(['show', 'it-manager'], { env: { FORCE_COLOR: '1' } }).stdout;
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });
});

describe('a pipe whose reader stops early', () => {
  /** Runs `career ARGS | READER` in bash; returns career's stderr and exit status. */
  function pipeInto(args: string, reader: string) {
    const script = `"$NODE" "$CAREER" ${args} 2>"$ERR" | ${reader} >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const err = join(tempDir(), 'stderr.txt');
    const result = spawnSync('bash', ['-c', script], {
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE: process.execPath,
        CAREER: careerBin,
        ERR: err,
        NO_COLOR: '1',
        CAREER_STATE_DIR: stateDir,
      },
    });
    return { status: Number(result.stdout.trim()), stderr: readFileSync(err, 'utf8') };
  }

  it.each([
    ['roles --json', 'head -c 20'],
    ['show it-ops-manager', 'head -1'],
    ['compare it-ops-manager it-manager', 'head -1'],
    // `true` exits before career writes at all: the write itself fails with EPIPE.
    ['show it-ops-manager --json', 'true'],
    ['path it-manager:assistant it-manager:cio', 'true'],
    ['--help', 'true'],
  ])('career %s | %s ends quietly with exit 0', (args, reader) => {
    expect(pipeInto(args, reader)).toEqual({ status: 0, stderr: '' });
  });
});
