/** The test run's private temporary folder (test/private-tmp.ts): everything in it goes, and a test's leftover is named. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import setup from './private-tmp.js';

afterEach(() => vi.restoreAllMocks());

it('moves the temporary folder aside for the run, removes it after, and names what a test left there', () => {
  const outer = tmpdir();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const teardown = setup();
  const dir = tmpdir();
  expect(dir).not.toBe(outer);
  expect(dir.startsWith(join(outer, 'wangan-tests-'))).toBe(true);
  mkdirSync(join(dir, 'tsx-0'));
  writeFileSync(join(dir, 'forgotten.sqlite'), '');
  teardown();
  expect(tmpdir()).toBe(outer);
  expect(existsSync(dir)).toBe(false);
  expect(warn).toHaveBeenCalledWith('tests left in the temporary folder: forgotten.sqlite');
});
