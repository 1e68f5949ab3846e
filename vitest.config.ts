import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Stops the run at once, with one line, on a Node older than package.json's engines.
    globalSetup: ['tests/support/node-version.ts'],
    setupFiles: ['tests/support/property-seed.ts'],
    // The site tests build dist/ once; give them room on a 2-core CI machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
