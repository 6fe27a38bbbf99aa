import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Files that replace a module (vi.mock / vi.doMock of node:fs) need a fresh
// module graph of their own; every other file shares one per worker, which
// spares re-importing the sources for each file (about three quarters of the
// suite's time when each file was isolated).
const mocksModules = [
  'tests/core/quiz-history-rename.test.ts',
  'tests/data/read-file-denied.test.ts',
  'tests/data/starter-write.test.ts',
];

export default defineConfig({
  test: {
    // End-to-end tests spawn the built CLI; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core
    // machine, idle while a test waits for the processes it spawned. Measured on
    // 2 cores (load 5-7): 1 worker 92 s, 2 workers 71 s, 3 workers 88 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: mocksModules, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: mocksModules, isolate: true } },
    ],
  },
});
