// End-to-end tests: the built application (bin/wangan.js serve) driven by Debian's Chromium through
// playwright-core. One file at a time, one browser, so that they do not fight unit tests for the CPU.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/private-tmp.ts', 'test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    // A page waits on the server and Chromium on two busy cores: expect.poll's default of 1 s failed a CI run once
    // (the PDF viewer's frame in documents.test.ts); every poll of the suite waits up to 15 s.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 240_000,
    reporters:
      process.env.CI || process.env.WANGAN_TEST_REPORT
        ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]]
        : ['default'],
  },
});
