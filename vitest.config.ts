import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests spawn the built CLI; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
