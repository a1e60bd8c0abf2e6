/**
 * Migrations 0013 and 0016 on PostgreSQL: the case search matches a stored tsvector (generated from the filter keys
 * and search_text, so it follows every edit) through its GIN index, and the planner has statistics of the lowered region and agency the substring
 * filters compare. (SQLite keeps its FTS5 index; the search itself is tested on both engines in store.test.ts.)
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from './repositories/audit.js';
import { CaseRepository } from './repositories/cases.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

describe.skipIf(!testEngines().includes('postgres'))('the stored search vector on PostgreSQL', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('postgres');
  });
  afterAll(() => store.dispose());

  it('follows the search text and filter keys of a case through an edit', async () => {
    const cases = new CaseRepository(store.db, store.search, testAppliedOf);
    const record = {
      title: '某公司未落实网络安全等级保护制度案',
      date: '2020-05',
      region: '宁夏回族自治区银川市兴庆区',
      agency: '银川市公安局',
      party: { kind: 'organization' as const, name: '某公司' },
      facts: '倒卖游戏账号',
      provisions: [],
      sanctions: [],
    };
    const c = await cases.create({ record, status: 'published' }, SYSTEM);
    await cases.update(
      c.id,
      { record: { ...record, facts: '出租银行卡' }, status: 'published', version: 1 },
      SYSTEM,
    );
    const { rows } = await sql<{ same: boolean; words: string }>`
      select search_vector = setweight(to_tsvector('simple', filter_keys), 'A') || to_tsvector('simple', search_text)
        as same, search_vector::text as words
      from case_search where case_id = ${c.id}`.execute(store.db);
    expect(rows[0]!.same).toBe(true);
    expect(rows[0]!.words).toContain('银行卡');
    expect(rows[0]!.words).not.toContain('游戏');
    const page = { page: 1, page_size: 10, sort: 'date' as const, order: 'desc' as const };
    expect((await cases.list({ q: '银行卡' }, page, { publishedOnly: true })).total).toBe(1);
    expect((await cases.list({ q: '银行卡', region: '兴庆' }, page, { publishedOnly: true })).total).toBe(1);
    expect((await cases.list({ q: '银行卡', region: '兴庆县' }, page, { publishedOnly: true })).total).toBe(
      0,
    );
  });

  it('has the GIN index on the vector and statistics of lower(region) and lower(agency)', async () => {
    const indexes = await sql<{ indexdef: string }>`
      select indexdef from pg_indexes where schemaname = current_schema() and tablename = 'case_search'`.execute(
      store.db,
    );
    expect(indexes.rows.map((r) => r.indexdef).join('\n')).toMatch(/USING gin \(search_vector\)/);
    const stats = await sql<{ stxname: string }>`
      select stxname from pg_statistic_ext where stxnamespace = current_schema()::regnamespace order by stxname`.execute(
      store.db,
    );
    expect(stats.rows.map((r) => r.stxname)).toEqual(['cases_lower_agency_stat', 'cases_lower_region_stat']);
  });
});
