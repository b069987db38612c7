import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the local preview. Each file starts one
// server and one browser; files run one at a time so they do not compete for the CPU.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
