// Browser tests: real Chromium (playwright-core) against the built site in dist/, which
// `npm run test:browser` builds first. The global setup serves dist/ on a free localhost port.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, tests in order: they share a page and build on each other.
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
