// The quiz history under real faults, through the built binary: a full disk,
// 10 saves at once, a stop signal during a save, and history paths that could
// block a process forever (a FIFO, /dev/zero, a folder under /proc), each run
// with a time limit. The README promises "never a half-written one". A history
// path that is a directory, and lines that are not whole results, are checked
// in-process: tests/commands/quiz-history-files.test.ts.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { careerBin, repoRoot, runCli } from '../helpers/run-cli.js';

const answers = 'tests/fixtures/answers/it-ops-manager.yaml';
let stateDir: string;
let file: string;
beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'career-e2e-faults-'));
  file = join(stateDir, 'history.jsonl');
});
afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

const quiz = (dir = stateDir) => runCli(['quiz', '--answers', answers], { env: { CAREER_STATE_DIR: dir } });
const lines = (path = file) => readFileSync(path, 'utf8').split('\n').filter(Boolean);
/** Everything in the folder but the history: temporary and lock files left behind. */
const leftovers = (dir = stateDir) => readdirSync(dir).filter((name) => name !== 'history.jsonl');

/** Runs with a time limit: the point of some cases is that nothing blocks. */
function runBounded(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [careerBin, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { status: result.status, stderr: result.stderr, timedOut: result.error !== undefined };
}

const isRoot = process.getuid?.() === 0;
if (!isRoot)
  console.warn(
    'history-faults: skipping the full-disk test on a real 16 KB tmpfs (needs root to mount); the same case runs without root in tests/fs/write-file-atomic.test.ts',
  );

describe('a full disk', () => {
  it.runIf(isRoot)('keeps the old history whole, says the result was not saved, and exits 2 (16 KB tmpfs)', () => {
    const mount = mkdtempSync(join(tmpdir(), 'career-tmpfs-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mount]);
    try {
      const history = join(mount, 'history.jsonl');
      // A history of a few earlier results, so that the disk fills within a few runs.
      const record = readFileSync(join(repoRoot, 'tests/fixtures/history-record.json'), 'utf8').trim();
      writeFileSync(history, `${record}\n`.repeat(3));
      let failed: ReturnType<typeof quiz> | undefined;
      let before = Buffer.alloc(0);
      for (let run = 0; run < 40 && !failed; run++) {
        before = existsSync(history) ? readFileSync(history) : Buffer.alloc(0);
        const result = quiz(mount);
        if (result.status !== 0) failed = result;
      }
      expect(failed, 'the tmpfs never filled up').toBeDefined();
      expect(failed!.status).toBe(2);
      expect(failed!.stderr).toContain(
        `career: the quiz result was not saved: cannot write ${history}: no space left on the device (the previous file is unchanged)`,
      );
      expect(failed!.stderr).not.toContain('Saved to the quiz history');
      expect(readFileSync(history)).toEqual(before);
      expect(lines(history).every((line) => JSON.parse(line).version === 1)).toBe(true);
      expect(leftovers(mount)).toEqual([]);
    } finally {
      execFileSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });
});

describe('saves at the same time', () => {
  it('10 runs started together leave 10 valid lines', async () => {
    const exits = await Promise.all(
      Array.from(
        { length: 10 },
        () =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [careerBin, 'quiz', '--answers', answers], {
              cwd: repoRoot,
              env: { ...process.env, CAREER_STATE_DIR: stateDir },
              stdio: 'ignore',
            });
            child.on('exit', (code) => resolve(code));
          }),
      ),
    );
    expect(exits).toEqual(Array(10).fill(0));
    const saved = lines();
    expect(saved).toHaveLength(10);
    expect(saved.every((line) => JSON.parse(line).role.id === 'it-ops-manager')).toBe(true);
    expect(leftovers()).toEqual([]);
  }, 60_000);
});

describe('a stop signal during a save', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s leaves no temporary file and a whole history, and ends the run (exit %i)',
    async (signal, exitCode) => {
      // A large history makes the save long enough to be caught in the middle.
      const record = readFileSync(join(repoRoot, 'tests/fixtures/history-record.json'), 'utf8').trim();
      const old = `${record}\n`.repeat(Math.floor((4 * 1024 * 1024) / (record.length + 1)));
      writeFileSync(file, old);
      const child = spawn(process.execPath, [careerBin, 'quiz', '--answers', answers], {
        cwd: repoRoot,
        env: { ...process.env, CAREER_STATE_DIR: stateDir },
        stdio: 'ignore',
      });
      const exited = new Promise<[number | null, string | null]>((resolve) =>
        child.on('exit', (code, killedBy) => resolve([code, killedBy])),
      );
      // The signal goes as soon as the save's temporary file appears (inotify, no polling).
      let caught = false;
      const watcher = watch(stateDir, (_event, name) => {
        if (!caught && name?.endsWith('.tmp')) {
          child.kill(signal);
          caught = true;
        }
      });
      const [code, killedBy] = await exited.finally(() => watcher.close());
      expect(caught, 'the save finished before the signal could be sent').toBe(true);
      // The save is finished first, then the signal ends the run (or kills it, if it came as the run was ending anyway).
      expect(code === exitCode || killedBy === signal).toBe(true);
      expect(leftovers()).toEqual([]);
      const text = readFileSync(file, 'utf8');
      // Either the old file or the new one, never part of either.
      expect(
        text === old || (text.startsWith(old) && text.slice(old.length).split('\n').filter(Boolean).length === 1),
      ).toBe(true);
    },
    60_000,
  );
});

describe('history paths that are not regular files', () => {
  it.each([
    ['a FIFO', () => execFileSync('mkfifo', [file]), 'it is a named pipe (FIFO), not a regular file'],
    ['a symlink to /dev/zero', () => symlinkSync('/dev/zero', file), 'it is a character device, not a regular file'],
  ])('%s: refused at once (exit 2), not read forever', (_name, make, reason) => {
    make();
    const read = runBounded(['quiz', 'history'], { CAREER_STATE_DIR: stateDir });
    expect(read.timedOut).toBe(false);
    expect([read.status, read.stderr]).toEqual([2, `career: cannot read ${file}: ${reason}\n`]);
    const save = runBounded(['quiz', '--answers', answers], { CAREER_STATE_DIR: stateDir });
    expect(save.timedOut).toBe(false);
    expect([save.status, save.stderr]).toEqual([
      2,
      `career: the quiz result was not saved: cannot read ${file}: ${reason}\n`,
    ]);
  });

  it.runIf(existsSync('/proc/self'))('a state folder under /proc: exit 2 at once, no endless mkdir', () => {
    const save = runBounded(['quiz', '--answers', answers], { CAREER_STATE_DIR: '/proc/career-test/state' });
    expect(save.timedOut).toBe(false);
    expect(save.status).toBe(2);
    expect(save.stderr).toBe(
      'career: the quiz result was not saved: cannot create the quiz history folder /proc/career-test/state: the file system there does not allow new directories\n',
    );
  });
});
