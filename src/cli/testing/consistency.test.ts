/** The crash and backup tests' judge: it passes a whole store and names a half-written bulletin. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../memory-io.js';
import { sqliteConsistency } from './consistency.js';
import { WRITER_BULLETIN, WRITER_BULLETIN_CASES } from './writer.js';

const dir = mkdtempSync(join(tmpdir(), 'wangan-consistency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a whole import is consistent; a bulletin missing one case is named (all its cases or none)', async () => {
  const io = memoryIo({ env: { WANGAN_DATA_DIR: dir, LOG_LEVEL: 'silent' } });
  expect(await main(['import', WRITER_BULLETIN], io), io.err.join('')).toBe(0);
  const file = join(dir, 'wangan.sqlite');
  expect(await sqliteConsistency(file, WRITER_BULLETIN_CASES)).toMatchObject({ problems: [], bulletins: 1 });
  const db = new SQLite(file);
  db.pragma('foreign_keys = OFF');
  db.exec('delete from cases where id = (select max(id) from cases)');
  db.close();
  const { problems } = await sqliteConsistency(file, WRITER_BULLETIN_CASES);
  expect(problems).toContain(`bulletin 1 has ${WRITER_BULLETIN_CASES - 1} of ${WRITER_BULLETIN_CASES} cases`);
  expect(problems.some((p) => /case_applied rows without their case/.test(p))).toBe(true);
});
