/**
 * case_search's copies of the case list's sort keys (0017) exist where a plan reads them, PostgreSQL, and follow the
 * case through an edit; SQLite's were read by no query and 0019 drops them (its down gives them back, filled).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { sqliteSortKeysMigration } from './migrations/0019-sqlite-sort-keys.js';
import { SYSTEM } from './repositories/audit.js';
import { CaseRepository } from './repositories/cases.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

const record = (title: string, date: string, fine: number): CaseRecord => ({
  title,
  date,
  region: '银川市',
  agency: '银川市公安局',
  party: { kind: 'organization', name: '某单位' },
  facts: '未落实网络安全等级保护制度',
  provisions: [],
  sanctions: [{ kind: 'fine', target: 'party', amount_yuan: fine, days: null }],
});

const SORT_KEYS = ['title', 'date_first', 'fine_total_yuan', 'created_at'];

describe.each(testEngines())('the sort keys in case_search on %s', (engine) => {
  let store: TestStore;
  let cases: CaseRepository;
  beforeAll(async () => {
    store = await createTestStore(engine);
    cases = new CaseRepository(store.db, store.search, testAppliedOf);
  });
  afterAll(() => store.dispose());

  const columns = async (): Promise<string[]> =>
    engine === 'sqlite'
      ? (
          await sql<{ name: string }>`select name from pragma_table_info('case_search')`.execute(store.db)
        ).rows.map((r) => r.name)
      : (
          await sql<{ name: string }>`select attname as name from pg_attribute
              where attrelid = 'case_search'::regclass and attnum > 0 and not attisdropped`.execute(store.db)
        ).rows.map((r) => r.name);
  const copies = (id: number) =>
    sql<Record<string, unknown>>`select s.title = c.title and s.date_first = c.date_first
        and s.fine_total_yuan = c.fine_total_yuan and s.created_at = c.created_at as same
        from case_search s join cases c on c.id = s.case_id where s.case_id = ${id}`.execute(store.db);

  it('are kept on PostgreSQL through an edit, and not on SQLite', async () => {
    const c = await cases.create(
      { record: record('某公司案', '2023-02', 5000), status: 'published' },
      SYSTEM,
    );
    await cases.update(
      c.id,
      { record: record('某公司案（改）', '2024-05', 8000), status: 'published', version: c.version },
      SYSTEM,
    );
    const names = await columns();
    if (engine === 'postgres') {
      expect(names).toEqual(expect.arrayContaining(SORT_KEYS));
      expect((await copies(c.id)).rows[0]!.same).toBe(true);
    } else {
      expect(names.filter((n) => SORT_KEYS.includes(n))).toEqual([]);
    }
    const page = { page: 1, page_size: 10, sort: 'fine' as const, order: 'desc' as const };
    const found = await cases.list({ q: '等级保护', region: '银川' }, page, { publishedOnly: true });
    expect(found.items.map((i) => [i.id, i.title, i.fine_total_yuan])).toEqual([
      [c.id, '某公司案（改）', 8000],
    ]);
  });

  it('0019 is SQLite’s alone: its down gives SQLite the copies back, filled from cases; PostgreSQL keeps its own', async () => {
    const c = await cases.create(
      { record: record('某网吧案', '2022-07', 3000), status: 'published' },
      SYSTEM,
    );
    const migration = sqliteSortKeysMigration(engine);
    await migration.down!(store.db);
    expect(await columns()).toEqual(expect.arrayContaining(SORT_KEYS));
    // SQLite answers the comparison with 1, PostgreSQL with true.
    expect([1, true]).toContain((await copies(c.id)).rows[0]!.same);
    await migration.up(store.db);
    const kept = (await columns()).filter((n) => SORT_KEYS.includes(n));
    expect(kept).toEqual(engine === 'postgres' ? SORT_KEYS : []);
  });
});
