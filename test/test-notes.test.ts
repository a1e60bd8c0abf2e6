/**
 * `npm test` says what it cannot run and why: the unit run names the skipped PostgreSQL suites (test/engines-note.ts),
 * and the e2e suite's first message names a missing Chromium or Chinese font (test/e2e/prerequisites.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import setup from './engines-note.js';
import { missingPrerequisite } from './e2e/prerequisites.js';

describe('what the test run says it skips', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wangan-test-notes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('names the PostgreSQL suites as skipped, and why, before and after the run', () => {
    vi.stubEnv('WANGAN_TEST_PG_URL', '');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const teardown = setup();
    teardown();
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]![0]).toMatch(
      /PostgreSQL suites are skipped because WANGAN_TEST_PG_URL is not set/,
    );
    vi.stubEnv('WANGAN_TEST_PG_URL', 'postgres://wangan:secret@db/test');
    setup();
    expect(log.mock.calls[2]![0]).toBe(
      'storage and API suites: SQLite and PostgreSQL (postgres://…@db/test)',
    );
  });

  it('names a missing Chromium, then a missing Chinese font', () => {
    expect(missingPrerequisite(join(dir, 'no-chromium'))).toMatch(
      /no-chromium is missing; install Debian's chromium/,
    );
    const chromium = join(dir, 'chromium');
    writeFileSync(chromium, '');
    const noFonts = join(dir, 'fc-list-empty');
    writeFileSync(noFonts, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    expect(missingPrerequisite(chromium, noFonts)).toMatch(/no Chinese font is installed.*fonts-noto-cjk/);
    const fonts = join(dir, 'fc-list-cjk');
    writeFileSync(fonts, '#!/bin/sh\necho "Noto Sans CJK SC"\n', { mode: 0o755 });
    expect(missingPrerequisite(chromium, fonts)).toBeNull();
  });
});
