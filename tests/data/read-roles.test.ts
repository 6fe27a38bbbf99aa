// Big data directories are read on several threads. Whatever the threads do,
// the result must be the one a single thread gets: same roles, same problems,
// same order, positions still found; and a worker that dies must not hang
// the command or lose a file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir, loadDataDirSync } from '../../src/data/load/load-dir.js';
import { formatProblem } from '../../src/data/problem.js';
import { PARALLEL_FROM, readRoleFiles, readRoleFilesHere, type RoleFile } from '../../src/data/load/read-roles.js';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';
import { repoRoot } from '../helpers/run-cli.js';

const ROLE = 'roles/example-support-manager.yaml';
// The tests run the TypeScript sources; the workers run what tsc compiled from them.
const workerScript = join(repoRoot, 'dist/src/data/load/role-worker.js');

/** A starter data directory with `count` roles; every 50th one breaks in one of three ways. */
function bigDataDir(count: number): string {
  const dir = starterDataDir();
  const template = readFileSync(join(dir, ROLE), 'utf8');
  for (let i = 1; i < count; i++) {
    const id = `generated-role-${String(i).padStart(4, '0')}`;
    let text = template.replace(/^id: .*$/m, `id: ${id}`);
    if (i % 150 === 0) text = text.replace(/^id: .*$/m, 'id: [broken');
    else if (i % 150 === 50) text = text.replace(/^title: .*$/m, 'title: 42\ntitel: typo').replace(/skill: ([a-z-]+)/, 'skill: no-such-skill');
    else if (i % 150 === 100) text = text.replace(/skill: ([a-z-]+)/, 'skill: no-such-skill');
    writeFileSync(join(dir, 'roles', `${id}.yaml`), text);
  }
  return dir;
}

const summary = async (dir: string, options: { workerScript?: string; maxWorkers?: number }) => {
  const { data, problems, fileCount } = options.maxWorkers ? await loadDataDir(dir, { displayFrom: dir, ...options }) : loadDataDirSync(dir, { displayFrom: dir });
  return { roles: data.roles, problems: problems.map(formatProblem), fileCount };
};

describe('reading role files on several threads', () => {
  it('gives exactly what one thread gives: roles, located problems, order', async () => {
    const dir = bigDataDir(PARALLEL_FROM + 60);
    const alone = await summary(dir, {});
    const together = await summary(dir, { workerScript, maxWorkers: 2 });
    expect(together).toStrictEqual(alone);
    expect(together.fileCount).toBe(PARALLEL_FROM + 60 + 5);
    // Problems found in a worker, and reference problems found afterwards, still name line and column.
    expect(together.problems).toContainEqual(expect.stringMatching(/^roles\/generated-role-0050\.yaml:\d+:\d+ title: expected a text, got 42$/));
    expect(together.problems).toContainEqual(expect.stringMatching(/^roles\/generated-role-0050\.yaml:\d+:\d+ titel: unknown field "titel"/));
    expect(together.problems).toContainEqual(expect.stringMatching(/^roles\/generated-role-0100\.yaml:\d+:\d+ skills\[0\]\.skill: unknown skill "no-such-skill"/));
    // A file that failed its schema in a worker still has its references checked.
    expect(together.problems).toContainEqual(expect.stringMatching(/^roles\/generated-role-0050\.yaml:\d+:\d+ skills\[0\]\.skill: unknown skill "no-such-skill"/));
    expect(together.problems).toContainEqual(expect.stringMatching(/^roles\/generated-role-0150\.yaml:\d+:\d+ invalid YAML/));
  });

  it('reports progress up to the total, never backwards', async () => {
    const dir = bigDataDir(PARALLEL_FROM + 10);
    const seen: number[] = [];
    await loadDataDir(dir, { workerScript, maxWorkers: 2, onProgress: (done, total) => (expect(total).toBe(PARALLEL_FROM + 10), seen.push(done)) });
    expect(seen).toStrictEqual(Array.from({ length: PARALLEL_FROM + 10 }, (_, i) => i + 1));
  });
});

describe('a worker that fails', () => {
  const files = (count: number): RoleFile[] => {
    const dir = bigDataDir(count);
    return Array.from({ length: count }, (_, i) => {
      const name = i === 0 ? 'example-support-manager' : `generated-role-${String(i).padStart(4, '0')}`;
      return { path: join(dir, 'roles', `${name}.yaml`), display: `${name}.yaml` };
    });
  };
  /** A stand-in worker: takes one file, then says it failed, or ends without a word. */
  const brokenWorker = (how: 'fatal' | 'silent') => {
    const script = join(tempDir(), `${how}.cjs`);
    writeFileSync(
      script,
      `const { workerData, parentPort } = require('node:worker_threads');
const index = Atomics.add(workerData.next, 0, 1);
${how === 'fatal' ? "parentPort.postMessage({ index, fatal: 'boom' });" : ''}`,
    );
    return script;
  };

  it.each(['fatal', 'silent'] as const)('(%s) costs no file: this thread reads the one it had taken', async (how) => {
    const list = files(PARALLEL_FROM);
    const results = await readRoleFiles(list, { workerScript: brokenWorker(how), maxWorkers: 1 });
    const alone = readRoleFilesHere(list);
    expect(results.map((r) => (r.ok ? r.value : r.problems))).toStrictEqual(alone.map((r) => (r.ok ? r.value : r.problems)));
  });
});
