// The output contract every command keeps (clig.dev): results on stdout and
// nothing else; `--json` prints exactly one JSON document with schemaVersion;
// documented exit codes; colour only where it belongs; examples in every
// --help. What needs a real process (pipes, exit codes seen by a shell,
// colour off in a pipe) is in tests/e2e/cli-contract.test.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completionSpec } from '../../src/cli/completion-spec.js';
import { allCommands } from '../../src/render/completion-spec.js';
import { buildProgram } from '../../src/cli/program.js';
import { runInProcess } from '../helpers/run-in-process.js';
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
  it('every command that prints a result has --json, and each is covered below', async () => {
    const withJson = tree.filter((c) => c.options.some((o) => o.names.includes('--json'))).map((c) => name(c.path));
    expect(withJson.sort()).toEqual(Object.keys(jsonRuns).sort());
    // The rest are groups of subcommands, and `completion`, whose output is a shell script.
    const without = tree.filter((c) => !withJson.includes(name(c.path))).map((c) => name(c.path));
    expect(without.sort()).toEqual(['', 'completion', 'data']);
  });

  it.each(Object.keys(jsonRuns))(
    'career %s --json: one JSON document with schemaVersion 1 on stdout, nothing on stderr, exit 0',
    async (command) => {
      const { stdout, stderr, status } = await runInProcess(jsonRuns[command]!(), { env });
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout.endsWith('}\n')).toBe(true);
      const document = JSON.parse(stdout); // throws if there were two documents or any other text
      expect(typeof document).toBe('object');
      expect(Object.keys(document)[0]).toBe('schemaVersion');
      expect(document.schemaVersion).toBe(1);
    },
  );

  it('JSON is never coloured, even with FORCE_COLOR', async () => {
    for (const args of [jsonRuns.show!(), jsonRuns.compare!()]) {
      const { stdout, status } = await runInProcess(args, { env: { ...env, FORCE_COLOR: '1' } });
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

  it.each(tree.map((c) => name(c.path)))('career %s --help has examples and fits 80 columns', async (command) => {
    const help = helpOf(command ? command.split(' ') : []);
    expect(help).toMatch(/^Usage: career/);
    expect(help).toMatch(/\nExamples:\n {2}\$ .*\bcareer \S+/);
    expect(help.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it.each([[['--help']], [['quiz', 'history', '--help']], [['help', 'data']]])(
    'career %s prints the help on stdout and exits 0',
    async (args) => {
      const { stdout, stderr, status } = await runInProcess(args);
      expect([status, stderr]).toEqual([0, '']);
      expect(stdout).toMatch(/^Usage: career/);
      expect(stdout).toContain('Examples:');
    },
  );
});

describe('exit codes', () => {
  it('0 on success', async () => expect((await runInProcess(['roles'])).status).toBe(0));

  it('2 for bad usage: no command prints the help on stderr, nothing on stdout', async () => {
    const { stdout, stderr, status } = await runInProcess([]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: career/);
  });

  it('2 for a group without its subcommand', async () => {
    const { stdout, stderr, status } = await runInProcess(['data']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^Usage: career data/);
  });

  it('2 for bad input (an unknown role)', async () => expect((await runInProcess(['show', 'nobody'])).status).toBe(2));

  it('3 when a quiz score is below --min-score, with the result still printed', async () => {
    const { stdout, stderr, status } = await runInProcess([...jsonRuns.quiz!(), '--min-score', '100'], { env });
    expect(status).toBe(3);
    expect(JSON.parse(stdout).schemaVersion).toBe(1);
    expect(stderr).toMatch(/^career: overall score \d+ is below --min-score 100\n$/);
  });

  it('0 when the score reaches --min-score', async () =>
    expect((await runInProcess([...jsonRuns.quiz!(), '--min-score', '0'], { env })).status).toBe(0));
});

describe('colour', () => {
  // Off when stdout is not a terminal: tests/e2e/cli-contract.test.ts, through a real pipe.
  it('FORCE_COLOR turns it on', async () =>
    expect((await runInProcess(['roles'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI));
  it('--no-color wins over FORCE_COLOR', async () =>
    expect((await runInProcess(['roles', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI));
  it('NO_COLOR wins over FORCE_COLOR', async () =>
    expect((await runInProcess(['roles'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI));
  it('tables stay readable without colour: the same text as with colour, minus the escapes', async () => {
    const plain = (await runInProcess(['show', 'it-manager'])).stdout;
    const coloured = (await runInProcess(['show', 'it-manager'], { env: { FORCE_COLOR: '1' } })).stdout;
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });
});
