// The CLI writes its result to file descriptor 1 itself, synchronously,
// instead of through process.stdout (whose streams cost milliseconds to load),
// and ends the process as soon as the command is done. Nothing a user relies
// on may change: large results arrive whole through pipes, files and slow
// readers, a reader that stops early ends the command quietly, and a failing
// write is reported.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isTerminal } from '../../src/cli/is-terminal.js';
import { syncOutput } from '../../src/cli/sync-output.js';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';
import { careerBin, runCli } from '../helpers/run-cli.js';

/** A data directory whose one role has a summary of about 1.5 MB, so `show --json` prints more than a pipe holds. */
function dataWithHugeRole(): { dir: string; role: string } {
  const dir = starterDataDir();
  const file = join(dir, 'roles', 'example-support-manager.yaml');
  const words = Array.from({ length: 150_000 }, (_, i) => `word${i}`).join(' ');
  writeFileSync(file, readFileSync(file, 'utf8').replace('summary: >-\n', `summary: >-\n  ${words}\n`));
  return { dir, role: 'example-support-manager' };
}

const huge = dataWithHugeRole();
const hugeArgs = ['--data', huge.dir, 'show', huge.role, '--json'];
const cacheDir = tempDir();
const reference = runCli(hugeArgs, { env: { CAREER_CACHE_DIR: cacheDir } });

/** A script that runs `career ARGS`, for shell pipelines. */
const career = join(tempDir(), 'career.sh');
writeFileSync(
  career,
  `#!/bin/sh\nexec ${[process.execPath, careerBin, ...hugeArgs].map((a) => `'${a}'`).join(' ')}\n`,
  { mode: 0o755 },
);

/** Runs a bash pipeline with $CAREER (see above), $OUT and $ERR; returns career's exit status and what went to $OUT and $ERR. */
function inPipeline(pipeline: string) {
  const work = tempDir();
  const [out, err] = [join(work, 'out'), join(work, 'err')];
  const result = spawnSync('bash', ['-c', `${pipeline}; echo "\${PIPESTATUS[0]}"`], {
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      CAREER_CACHE_DIR: cacheDir,
      NODE: process.execPath,
      CAREER: career,
      OUT: out,
      ERR: err,
    },
  });
  return {
    status: Number(result.stdout.trim().split('\n').at(-1)),
    stdout: existsSync(out) ? readFileSync(out, 'utf8') : '',
    stderr: readFileSync(err, 'utf8'),
  };
}

describe('large results', () => {
  it('the reference run prints more than a pipe holds', () => {
    expect(reference.status).toBe(0);
    expect(reference.stderr).toBe('');
    expect(reference.stdout.length).toBeGreaterThan(1_000_000);
    expect(JSON.parse(reference.stdout).role.summary.length).toBeGreaterThan(1_000_000);
  });

  it('arrive whole through a pipe to a reader that starts late', () => {
    const { status, stdout, stderr } = inPipeline('"$CAREER" 2>"$ERR" | (sleep 0.5; cat >"$OUT")');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toBe(reference.stdout);
  });

  it('arrive whole through a non-blocking pipe (another process made it so) that fills up', () => {
    // A Node parent that opens its own stdout (the same pipe) after starting
    // career sets O_NONBLOCK on it: career's writes then fail with EAGAIN
    // while the reader sleeps, and must be finished another way.
    const parent = join(tempDir(), 'parent.cjs');
    writeFileSync(
      parent,
      `const { spawn } = require('node:child_process');
const child = spawn(process.argv[2], process.argv.slice(3), { stdio: 'inherit' });
process.stdout;
child.on('exit', (code) => { process.exitCode = code; });
`,
    );
    const { status, stdout, stderr } = inPipeline(`"$NODE" '${parent}' "$CAREER" 2>"$ERR" | (sleep 0.5; cat >"$OUT")`);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toBe(reference.stdout);
  });

  it('arrive whole in a file', () => {
    const { status, stdout } = inPipeline('"$CAREER" >"$OUT" 2>"$ERR"');
    expect(status).toBe(0);
    expect(stdout).toBe(reference.stdout);
  });

  it.each(['head -c 20', 'head -1', 'true'])(
    'stop quietly with exit 0 when the reader stops early (| %s)',
    (reader) => {
      const { status, stderr } = inPipeline(`"$CAREER" 2>"$ERR" | ${reader} >/dev/null`);
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    },
  );

  it.skipIf(!existsSync('/dev/full'))('a write that fails (a full disk) is reported on stderr with exit 1', () => {
    const { status, stderr } = inPipeline('"$CAREER" >/dev/full 2>"$ERR"');
    expect(status).toBe(1);
    expect(stderr).toMatch(/^career: cannot write the output: ENOSPC\b.*\n$/);
  });
});

describe('syncOutput', () => {
  const openStream = () => new PassThrough();

  it('writes the whole text, multi-byte characters included', () => {
    const file = join(tempDir(), 'out');
    const fd = openSync(file, 'w');
    const output = syncOutput(fd, { openStream });
    const text = `Ünïcödé ✓ ${'x'.repeat(100_000)} €\n`;
    output.write(text);
    output.write('');
    output.write('more\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(`${text}more\n`);
    expect(output.closed).toBe(false);
    expect(output.usesStream).toBe(false);
  });

  it('reports a failed write once and drops what follows', () => {
    const errors: string[] = [];
    const fd = openSync(join(tempDir(), 'closed'), 'w');
    closeSync(fd);
    const output = syncOutput(fd, { openStream, onError: (error) => errors.push(error.code ?? '') });
    output.write('lost\n');
    output.write('lost too\n');
    expect(errors).toEqual(['EBADF']);
    expect(output.closed).toBe(true);
  });

  it('hands everything to the stream once it is asked for, in order', () => {
    const stream = new PassThrough();
    const output = syncOutput(-1, { openStream: () => stream });
    expect(output.stream()).toBe(stream);
    output.write('one ');
    output.write('two');
    expect(output.usesStream).toBe(true);
    expect(String(stream.read())).toBe('one two');
  });
});

describe('isTerminal', () => {
  it.each([
    ['a file', () => openSync(join(tempDir(), 'file'), 'w')],
    ['/dev/null', () => openSync('/dev/null', 'w')],
  ])('is false for %s', (_what, open) => {
    const fd = open();
    try {
      expect(isTerminal(fd)).toBe(false);
    } finally {
      closeSync(fd);
    }
  });

  it('is false for a descriptor that is not open', () => expect(isTerminal(987_654)).toBe(false));
});
