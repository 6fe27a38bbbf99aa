// The output contract where the process itself is the subject: exit codes
// as a shell sees them, colour off when stdout is a pipe, and quiet ends when
// the reader of a pipe stops early. The rest of the contract (--json, --help,
// each exit code, colour switches) runs in-process: tests/commands/output-contract.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careerBin, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../fixtures/bad-data/temp-data.js';

const ANSI = /\u001b\[/;
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const nodeCachesCode = major > 22 || (major === 22 && minor >= 1);
const stateDir = tempDir();

describe('the process', () => {
  it('hands its exit code to the shell: 0 on success, 2 for bad usage or input', () => {
    expect(runCli(['roles']).status).toBe(0);
    expect(runCli([]).status).toBe(2);
    expect(runCli(['show', 'nobody']).status).toBe(2);
  });

  it('prints no colour when stdout is a pipe', () => expect(runCli(['roles']).stdout).not.toMatch(ANSI));

  it('starts without the modules only some runs need: crypto (the --data cache), tty (a terminal), module', () => {
    // Each costs milliseconds of every start (node:crypto brings the streams with it: about 8 ms here;
    // node:module 1.5 ms, once loaded only to reach node:tty).
    const preload = join(tempDir(), 'loaded.cjs');
    writeFileSync(
      preload,
      "process.on('exit', () => process.stderr.write(`loaded: ${process.moduleLoadList.join(',')}\\n`));\n",
    );
    // JSON to a pipe; the tables to /dev/null (a character device, as a terminal is: told apart without tty).
    for (const [format, stdout] of [
      ['--json', 'pipe'],
      ['--format=text', 'ignore'],
    ] as const) {
      const result = spawnSync(
        process.execPath,
        ['--require', preload, careerBin, 'compare', 'it-ops-manager', 'it-manager', format],
        {
          encoding: 'utf8',
          env: { ...process.env, CAREER_DATA: '', NO_COLOR: '1' },
          stdio: ['ignore', stdout, 'pipe'],
        },
      );
      expect(result.status).toBe(0);
      const loaded = /^loaded: (.*)$/m.exec(result.stderr)?.[1]?.split(',') ?? [];
      expect(loaded).toContain('NativeModule fs');
      expect(loaded).not.toContain('NativeModule crypto');
      expect(loaded).not.toContain('NativeModule tty');
      // Node 22.1 and later: bin/career loads it to turn on Node's own compile cache.
      if (!nodeCachesCode) expect(loaded).not.toContain('NativeModule module');
    }
  });

  it('under --debug, shows an unexpected error with a stack that names the TypeScript sources', () => {
    // The bundle's names are minified; --debug loads it with its source map. A working directory
    // removed under the CLI is an error nobody foresaw: process.cwd() fails inside the command.
    const script = 'mkdir gone && cd gone && rmdir ../gone && exec "$NODE" "$CAREER" --data . roles "$@"';
    const run = (...args: string[]) =>
      spawnSync('bash', ['-c', script, 'bash', ...args], {
        cwd: tempDir(),
        encoding: 'utf8',
        env: { ...process.env, NODE: process.execPath, CAREER: careerBin, CAREER_DEBUG: '' },
      });
    const plain = run();
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/^career: unexpected error: .*uv_cwd\n\(run again with --debug for details\)\n$/);
    const debug = run('--debug');
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/^Error: ENOENT.*uv_cwd$/m);
    expect(debug.stderr).toMatch(/ at makeContext \(.*src\/cli\.ts:\d+:\d+\)$/m);
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
