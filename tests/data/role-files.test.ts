// Big data directories are read on several threads. Whatever the threads do,
// the result must be the one a single thread gets: same roles, same problems,
// same order, positions still found; and a worker that dies must not hang
// the command or lose a file.
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/data/load-dir.js';
import { formatProblem } from '../../src/data/read-file.js';
import { PARALLEL_FROM, readRoleFiles, roleWorkerScript, type RoleFile } from '../../src/data/role-files.js';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';
import { repoRoot } from '../helpers/run-cli.js';

const ROLE = 'roles/example-support-manager.yaml';
const workerScript = roleWorkerScript(repoRoot);

/** A starter data directory with `count` roles; every 50th one breaks in one of three ways. */
function bigDataDir(count: number): string {
  const dir = starterDataDir();
  const template = readFileSync(join(dir, ROLE), 'utf8');
  for (let i = 1; i < count; i++) {
    const id = `generated-role-${String(i).padStart(4, '0')}`;
    let text = template.replace(/^id: .*$/m, `id: ${id}`);
    if (i % 150 === 0) text = text.replace(/^id: .*$/m, 'id: [broken');
    else if (i % 150 === 50) text = text.replace(/^title: .*$/m, 'title: 42\ntitel: typo');
    else if (i % 150 === 100) text = text.replace(/skill: ([a-z-]+)/, 'skill: no-such-skill');
    writeFileSync(join(dir, 'roles', `${id}.yaml`), text);
  }
  return dir;
}

const summary = (dir: string, options: { workerScript?: string; maxWorkers?: number }) => {
  const { data, problems, fileCount } = loadDataDir(dir, { displayFrom: dir, ...options });
  return { roles: data.roles, problems: problems.map(formatProblem), fileCount };
};

describe('reading role files on several threads', () => {
  it('the build leaves a worker bundle to use', () => {
    expect(workerScript).toMatch(/role-worker\.cjs$/);
  });

  it('gives exactly what one thread gives: roles, located problems, order', () => {
    const dir = bigDataDir(PARALLEL_FROM + 60);
    const alone = summary(dir, {});
    const together = summary(dir, { workerScript, maxWorkers: 2 });
    expect(together).toStrictEqual(alone);
    expect(together.fileCount).toBe(PARALLEL_FROM + 60 + 5);
    // Problems found in a worker, and reference problems found afterwards, still name line and column.
    expect(together.problems).toContainEqual(expect.stringMatching(/^roles\/generated-role-0050\.yaml:\d+:\d+ title: expected a text, got 42$/));
    expect(together.problems).toContainEqual(expect.stringMatching(/^roles\/generated-role-0050\.yaml:\d+:\d+ titel: unknown field "titel"/));
    expect(together.problems).toContainEqual(expect.stringMatching(/^roles\/generated-role-0100\.yaml:\d+:\d+ skills\[0\]\.skill: unknown skill "no-such-skill"/));
    expect(together.problems).toContainEqual(expect.stringMatching(/^roles\/generated-role-0150\.yaml:\d+:\d+ invalid YAML/));
  });

  it('reports progress up to the total, never backwards', () => {
    const dir = bigDataDir(PARALLEL_FROM + 10);
    const seen: number[] = [];
    loadDataDir(dir, { workerScript, maxWorkers: 2, onProgress: (done, total) => (expect(total).toBe(PARALLEL_FROM + 10), seen.push(done)) });
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
  /** A stand-in worker: takes one file, then says it failed, or goes silent. */
  const brokenWorker = (how: 'fatal' | 'silent') => {
    const script = join(tempDir(), `${how}.cjs`);
    writeFileSync(
      script,
      `const { workerData } = require('node:worker_threads');
const { shared, port } = workerData;
const index = Atomics.add(shared, 0, 1);
${how === 'fatal' ? "port.postMessage({ index, fatal: 'boom' }); Atomics.add(shared, 1, 1); Atomics.notify(shared, 1);" : ''}
port.close();`,
    );
    return script;
  };

  it.each(['fatal', 'silent'] as const)('(%s) costs no file: this thread reads the one it had taken', (how) => {
    const list = files(PARALLEL_FROM);
    const results = readRoleFiles(list, { workerScript: brokenWorker(how), maxWorkers: 1, stallMs: 500 });
    const alone = readRoleFiles(list);
    expect(results.map((r) => (r.ok ? r.value : r.problems))).toStrictEqual(alone.map((r) => (r.ok ? r.value : r.problems)));
  });
});

describe('roleWorkerScript', () => {
  it('is not used after a bare tsc, when the compiled sources are newer than the bundle', () => {
    const root = tempDir();
    mkdirSync(join(root, 'dist', 'bundle'), { recursive: true });
    mkdirSync(join(root, 'dist', 'src', 'data'), { recursive: true });
    writeFileSync(join(root, 'dist', 'bundle', 'role-worker.cjs'), '');
    expect(roleWorkerScript(root)).toBe(join(root, 'dist', 'bundle', 'role-worker.cjs'));
    const later = join(root, 'dist', 'src', 'data', 'role-file.js');
    writeFileSync(later, '');
    utimesSync(later, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    expect(roleWorkerScript(root)).toBeUndefined();
  });
});
