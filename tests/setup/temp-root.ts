// One folder per test run for the temporary folders the shared helpers make
// (tempDir's fixtures, the runners' caches: tests/helpers/test-tmpdir.ts),
// removed when the run ends. Test files share their worker's modules
// (isolate: false in vitest.config.ts), so a hook registered by a shared
// module runs for the first file only; removing the run's folder misses nothing.
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'career-test-run-'));
  // The workers, started after this, inherit it.
  process.env.CAREER_TEST_TMPDIR = root;
  return () => {
    delete process.env.CAREER_TEST_TMPDIR;
    // An unreadable fixture must be made readable again before it can be removed.
    try {
      makeRemovable(root);
    } catch {}
    rmSync(root, { recursive: true, force: true });
  };
}

function makeRemovable(path: string): void {
  if (!lstatSync(path).isDirectory()) return;
  chmodSync(path, 0o755);
  for (const name of readdirSync(path)) makeRemovable(join(path, name));
}
