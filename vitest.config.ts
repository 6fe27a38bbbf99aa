import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The helpers' temporary folders go in one folder per run, removed at its end.
    globalSetup: ['tests/setup/temp-root.ts'],
    // Test files share one module graph per worker, which spares re-importing
    // the sources for each file (about three quarters of the suite's time when
    // each file was isolated). No test replaces a module: a simulated disk
    // failure swaps one node:fs function for a moment (tests/helpers/replace-fs.ts).
    isolate: false,
    // End-to-end tests spawn the built CLI; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core
    // machine, idle while a test waits for the processes it spawned. Measured on
    // 2 cores (load 5-7): 1 worker 92 s, 2 workers 71 s, 3 workers 88 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
