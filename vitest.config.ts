import { defineConfig } from 'vitest/config';

// Files that replace a module (vi.mock / vi.doMock of node:fs) need a fresh
// module graph of their own; every other file shares one per worker, which
// spares re-importing the sources for each file (about three quarters of the
// suite's time when each file was isolated).
const mocksModules = [
  'tests/core/quiz-history.test.ts',
  'tests/data/read-file.test.ts',
  'tests/data/starter-write.test.ts',
];

export default defineConfig({
  test: {
    // End-to-end tests spawn the built CLI; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: mocksModules, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: mocksModules, isolate: true } },
    ],
  },
});
