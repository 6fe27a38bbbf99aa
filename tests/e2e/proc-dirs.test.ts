// Folders the tool creates, pointed under /proc, where mkdir(2) answers
// ENOENT although the parent exists: fs.mkdirSync({ recursive: true }) spun
// there forever. Each case must end at once. (CAREER_STATE_DIR: see
// history-faults.test.ts.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { starterDataDir } from '../fixtures/bad-data/temp-data.js';
import { careerBin, repoRoot } from '../helpers/run-cli.js';

function runBounded(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [careerBin, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
}

describe.runIf(existsSync('/proc/self'))('folders under /proc', () => {
  it('data init: exit 2 at once with a clear message', () => {
    const result = runBounded(['data', 'init', '/proc/career-test/data']);
    expect(result.timedOut).toBe(false);
    expect([result.status, result.stderr]).toEqual([
      2,
      'career: cannot create the folder /proc/career-test: the file system there does not allow new directories\n',
    ]);
  });

  it('CAREER_CACHE_DIR: the cache is skipped (it only costs speed) and the command answers', () => {
    const result = runBounded(['roles', '--data', starterDataDir(), '--json'], {
      CAREER_CACHE_DIR: '/proc/career-test/cache',
    });
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(0);
    // The starter's one role, beside the built-in ones.
    expect(JSON.parse(result.stdout).roles.filter((role: { origin: string }) => role.origin === 'own')).toHaveLength(1);
  });
});
