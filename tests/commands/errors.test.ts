// Errors as a user meets them: one clear line on stderr (what is wrong, what
// to do), nothing on stdout, exit code 2, never a stack trace; suggestions for
// typos; stack traces only with --debug or CAREER_DEBUG=1 for unexpected failures.
import { describe, expect, it } from 'vitest';
import { findLevelOrUndefined, findRole } from '../../src/core/lookup.js';
import { builtInData } from '../helpers/data.js';
import { runInProcess } from '../helpers/run-in-process.js';

const STACK_LINE = /^\s+at .+/m;

/** A user error: one line on stderr matching `message`, nothing on stdout, exit 2. */
async function expectUserError(args: string[], message: RegExp) {
  const { stdout, stderr, status } = await runInProcess(args);
  expect(stderr).toMatch(message);
  expect(status).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).not.toMatch(STACK_LINE);
  return stderr;
}

describe('typos get suggestions', () => {
  it.each([
    [
      'a subcommand',
      ['shwo', 'it-manager'],
      /^career: unknown command 'shwo' \(did you mean show\?\); run "career --help" for usage\n$/,
    ],
    [
      'a nested subcommand',
      ['data', 'valdate'],
      /^career: unknown command 'valdate' \(did you mean validate\?\); run "career --help" for usage\n$/,
    ],
    [
      'an option',
      ['roles', '--jsno'],
      /^career: unknown option '--jsno' \(did you mean --json\?\); run "career --help" for usage\n$/,
    ],
    [
      'a role id',
      ['show', 'it-ops-manger'],
      /^career: unknown role "it-ops-manger" \(did you mean "it-ops-manager"\?\); run "career roles" to list them\n$/,
    ],
    ['a role title', ['show', 'IT Maneger'], /^career: unknown role "IT Maneger" \(did you mean "it-manager"\?\)/],
    [
      'a level id',
      ['path', 'it-manager:senoir', 'it-manager:cio'],
      /^career: role "it-manager" has no level "senoir" \(did you mean "senior"\?\); its levels are assistant, manager, senior, director, vp, cio\n$/,
    ],
    [
      'an option value',
      ['path', 'it-manager:manager', 'it-manager:cio', '--pace', 'quick'],
      /^career: option '--pace <pace>' argument 'quick' is invalid\. Allowed choices are fast, typical, slow; run "career --help" for usage\n$/,
    ],
    [
      'a shell name',
      ['completion', 'tcsh'],
      /^career: command-argument value 'tcsh' is invalid for argument 'shell'\. Allowed choices are bash, zsh, fish; run "career --help" for usage\n$/,
    ],
  ])('%s', async (_what, args, message) => {
    await expectUserError(args, message);
  });
});

describe('usage errors', () => {
  it.each([
    ['a missing argument', ['show'], /^career: missing required argument 'role'; run "career --help" for usage\n$/],
    [
      'an option without its value',
      ['path', 'it-manager:manager', '--pace'],
      /^career: option '--pace <pace>' argument missing; run "career --help" for usage\n$/,
    ],
    [
      'a number that is not one',
      ['quiz', 'it-manager', '--count', 'ten'],
      /^career: option '--count <n>' argument 'ten' is invalid\. expected a whole number of 1 or more; run "career --help" for usage\n$/,
    ],
    [
      'path --from-scratch without its target',
      ['path', '--from-scratch'],
      /^career: missing TO, the level or role to reach; usage: career path --from-scratch TO\n$/,
    ],
    ['path without either end', ['path'], /^career: missing FROM and TO; usage: career path FROM TO/],
    [
      'too many arguments',
      ['roles', 'extra'],
      /^career: too many arguments for 'roles'\. Expected 0 arguments but got 1; run "career --help" for usage\n$/,
    ],
  ])('%s: exit 2, one line starting "career:"', async (_what, args, message) => {
    const stderr = await expectUserError(args, message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('odd arguments are names to look up, never paths or code', () => {
  it('a role id like ../../etc/passwd is an unknown role', async () => {
    await expectUserError(
      ['show', '../../etc/passwd'],
      /^career: unknown role "\.\.\/\.\.\/etc\/passwd"; run "career roles" to list them\n$/,
    );
  });

  it('an empty role name says so', async () => {
    await expectUserError(['show', ''], /^career: unknown role .*empty.*; run "career roles" to list them\n$/);
  });

  it('a 100,000-character argument gives a short message', async () => {
    const stderr = await expectUserError(
      ['show', 'x'.repeat(100_000)],
      /^career: unknown role "x+\.\.\."; run "career roles" to list them\n$/,
    );
    expect(stderr.length).toBeLessThan(200);
  });

  it('control characters in a name are not echoed to the terminal', async () => {
    const stderr = await expectUserError(['show', 'evil\u001b[2Jname'], /^career: unknown role "evil\?\[2Jname"/);
    expect(stderr).not.toContain('\u001b');
  });

  it('an empty --data directory name is refused', async () => {
    await expectUserError(['--data', '', 'roles'], /^career: --data needs a directory name, got an empty one\n$/);
  });

  // The operating system cannot pass a NUL byte in a command-line argument
  // (execve ends each argument at NUL), so that case is tested through the
  // lookup every command uses.
  it.each([
    ['a role with a NUL byte', () => findRole(builtInData(), 'it-manager\u0000../../etc/passwd')],
    ['a level with a NUL byte', () => findLevelOrUndefined(builtInData(), 'it-manager:senior\u0000')],
  ])('%s is an unknown name, shown without the NUL', async (_what, lookup) => {
    expect(lookup).toThrow(
      expect.objectContaining({ name: 'UserError', exitCode: 2, message: expect.not.stringContaining('\u0000') }),
    );
  });
});

describe('unexpected failures', () => {
  // Every write to stdout throws, as a bug would, to see how the CLI reports it.
  const stdoutFailure = new Error('injected failure');

  it('say so in two lines, without a stack trace, and exit 1', async () => {
    // (stdout is not checked: every write to it throws before anything is kept.)
    const { stderr, status } = await runInProcess(['roles'], { stdoutFailure });
    expect(status).toBe(1);
    expect(stderr).toBe('career: unexpected error: injected failure\n(run again with --debug for details)\n');
  });

  it.each([
    ['--debug', ['roles', '--debug'], {}],
    ['CAREER_DEBUG=1', ['roles'], { CAREER_DEBUG: '1' }],
  ])('show the stack trace with %s', async (_how, args, extra) => {
    const { stderr, status } = await runInProcess(args, { env: extra, stdoutFailure });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Error: injected failure\n/);
    expect(stderr).toMatch(STACK_LINE);
  });

  it('--debug does not turn user errors into stack traces', async () => {
    const { stderr, status } = await runInProcess(['show', 'nobody', '--debug']);
    expect(status).toBe(2);
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
