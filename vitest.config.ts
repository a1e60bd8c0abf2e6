import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Browser tests need the built app and Chromium: they run by themselves (vitest.e2e.config.ts, npm run test:e2e).
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A private temporary folder for the run, removed after it (test/private-tmp.ts); the engines note.
    globalSetup: ['test/private-tmp.ts', 'test/engines-note.ts'],
    // In CI (or with WANGAN_TEST_REPORT set, as .ci/run does) a JSON report as well, from which .ci/run prints the closing "N passed, N failed" line.
    reporters:
      process.env.CI || process.env.WANGAN_TEST_REPORT
        ? ['default', ['json', { outputFile: 'test-results/unit.json' }]]
        : ['default'],
  },
});
