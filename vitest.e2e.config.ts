import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the local preview; they run one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
