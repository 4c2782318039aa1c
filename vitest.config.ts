// Unit, golden and property tests under Node. The browser tests have their own config
// (vitest.browser.config.ts) because they need a built site and Chromium.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    environment: 'node',
  },
});
