/**
 * Migrations 0013, 0016, 0017 and 0018 on PostgreSQL: the case search matches a tsvector of the filter keys and
 * search_text (an expression, so it follows every edit) through its GIN index, in partitions of case_search whose rows
 * do not store it, and the planner has statistics of the lowered region and agency the substring filters compare.
 * (SQLite keeps its FTS5 index; the search itself is tested on both engines in store.test.ts.)
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTITIONS } from './migrations/0017-search-partitions.js';
import { caseVector, narrowSearchRowsMigration } from './migrations/0018-narrow-search-rows.js';
import { cleanCaseTextIndex } from './postgres/search.js';
import { filterKeyQuery } from './search/filter-keys.js';
import { queryTokens } from './search/tokenize.js';
import { SYSTEM } from './repositories/audit.js';
import { CaseRepository } from './repositories/cases.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

/** A case of an organisation in `region` (its agency that region's police), with no provisions or sanctions. */
const organisationCase = (title: string, facts: string, region: string) => ({
  title,
  date: '2023-02',
  region,
  agency: `${region}公安局`,
  party: { kind: 'organization' as const, name: '某单位' },
  facts,
  provisions: [],
  sanctions: [],
});

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
    const { rows } = await sql<{ words: string }>`
      select ${caseVector('case_search')}::text as words from case_search where case_id = ${c.id}`.execute(
      store.db,
    );
    expect(rows[0]!.words).toContain('银行卡');
    expect(rows[0]!.words).not.toContain('游戏');
    const page = { page: 1, page_size: 10, sort: 'date' as const, order: 'desc' as const };
    expect((await cases.list({ q: '银行卡' }, page, { publishedOnly: true })).total).toBe(1);
    expect((await cases.list({ q: '银行卡', region: '兴庆' }, page, { publishedOnly: true })).total).toBe(1);
    expect((await cases.list({ q: '银行卡', region: '兴庆县' }, page, { publishedOnly: true })).total).toBe(
      0,
    );
    // The index takes a region's characters in any order; the row's keys keep them in order.
    expect((await cases.list({ q: '银行卡', region: '庆兴' }, page, { publishedOnly: true })).total).toBe(0);
  });

  it('no word matches a filter key, even one the parser cuts out of a longer word', async () => {
    const cases = new CaseRepository(store.db, store.search, testAppliedOf);
    // x²zn46 is read by the parser as x and zn46, the form of the key of "any law's article 46" before 0017.
    const record = {
      title: '某网站未备案案',
      date: '2021-03',
      region: '某市',
      agency: '某市公安局',
      party: { kind: 'organization' as const, name: '某网站' },
      facts: '型号x²zn46 x²zy1999 x²zs7075626c6973686564 设备',
      provisions: [],
      sanctions: [],
    };
    await cases.create({ record, status: 'internal' }, SYSTEM);
    const page = { page: 1, page_size: 10, sort: 'date' as const, order: 'desc' as const };
    const opts = { publishedOnly: false };
    expect((await cases.list({ q: '设备' }, page, opts)).total).toBe(1);
    expect((await cases.list({ q: '设备', article: 46 }, page, opts)).total).toBe(0);
    expect(
      (await cases.list({ q: '设备', date_from: '1999-01-01', date_to: '1999-12-31' }, page, opts)).total,
    ).toBe(0);
    expect((await cases.list({ q: '设备', status: 'published' }, page, opts)).total).toBe(0);
    expect((await cases.list({ q: '设备', status: 'internal' }, page, opts)).total).toBe(1);
  });

  it('case_search is partitioned, each part with its GIN index on the vector expression, its rows without the vector', async () => {
    const parts = await sql<{ name: string; storage: string; options: string[] | null; vector: number }>`
      select c.relname as name, c.reloptions as options,
        (select attstorage from pg_attribute where attrelid = c.oid and attname = 'filter_keys') as storage,
        (select count(*)::int from pg_attribute where attrelid = c.oid and attname = 'search_vector'
          and not attisdropped) as vector
      from pg_inherits i
        join pg_class c on c.oid = i.inhrelid
        join pg_class p on p.oid = i.inhparent
      where p.relname = 'case_search' and p.relnamespace = current_schema()::regnamespace
        and c.relkind = 'r'`.execute(store.db);
    expect(parts.rows).toHaveLength(PARTITIONS);
    for (const p of parts.rows) {
      expect(p.storage).toBe('m');
      expect(p.vector).toBe(0);
      expect(p.options).toContain('toast_tuple_target=128');
    }
    const indexes = await sql<{ indexdef: string }>`
      select indexdef from pg_indexes
      where schemaname = current_schema() and tablename like 'case_search_%' and indexdef like '%USING gin%'`.execute(
      store.db,
    );
    // Two a part: the whole one, and since 0021 the fined cases' (the fine distribution's).
    expect(indexes.rows).toHaveLength(2 * PARTITIONS);
    for (const r of indexes.rows)
      expect(r.indexdef).toMatch(
        /USING gin \(+to_tsvector\('simple'::regconfig, regexp_replace\(filter_keys/,
      );
    expect(indexes.rows.filter((r) => /WHERE \(fine_total_yuan > /.test(r.indexdef))).toHaveLength(
      PARTITIONS,
    );
  });

  it("a case text query is answered by the index on the vector's expression", async () => {
    // The query must spell the expression as the index does (caseVector), or the planner reads every row and computes
    // its vector.
    const cases = new CaseRepository(store.db, store.search, testAppliedOf);
    const record = organisationCase('某公司未履行数据安全保护义务案', '未履行 数据安全 保护义务', '某市');
    for (let k = 0; k < 3; k++) await cases.create({ record, status: 'published' }, SYSTEM);
    // A few rows: the planner would read them in sequence; the index's plan is what a million cases get.
    const match = store.search.searchRowMatch!(
      queryTokens('保护义务'),
      filterKeyQuery({ region: '某市' }, { publishedOnly: true }).groups,
    );
    const plan = await store.db.connection().execute(async (db) => {
      await sql`set enable_seqscan = off`.execute(db);
      try {
        return await sql<{ 'QUERY PLAN': string }>`explain (analyze, costs off)
          select count(*) from (select from case_search where ${match} limit 10) m`.execute(db);
      } finally {
        await sql`reset enable_seqscan`.execute(db);
      }
    });
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).not.toMatch(/Rows Removed by Index Recheck/);
    expect(text).toMatch(/Bitmap Index Scan/);
    expect(text).toMatch(/Aggregate \(actual [^)]*rows=1 /);
    expect(text).toMatch(/Limit \(actual [^)]*rows=3 /);
  });

  it('0018 down gives back the stored vector, equal to the expression, and up takes it out again; the cases are found', async () => {
    const cases = new CaseRepository(store.db, store.search, testAppliedOf);
    const record = organisationCase('某网吧未落实实名登记案', '网吧 实名登记', '某县');
    const c = await cases.create({ record, status: 'published' }, SYSTEM);
    const page = { page: 1, page_size: 10, sort: 'date' as const, order: 'desc' as const };
    const found = async () =>
      (await cases.list({ q: '实名登记', region: '某县' }, page, { publishedOnly: true })).items.map(
        (i) => i.id,
      );
    const migration = narrowSearchRowsMigration('postgres');
    await migration.down!(store.db);
    const stored = await sql<{ same: boolean }>`
      select search_vector = ${caseVector('case_search')} as same from case_search where case_id = ${c.id}`.execute(
      store.db,
    );
    expect(stored.rows[0]!.same).toBe(true);
    expect(await found()).toEqual([c.id]);
    await migration.up(store.db);
    const columns = await sql<{ n: number }>`
      select count(*)::int as n from pg_attribute
      where attrelid = 'case_search'::regclass and attname = 'search_vector' and not attisdropped`.execute(
      store.db,
    );
    expect(columns.rows[0]!.n).toBe(0);
    expect(await found()).toEqual([c.id]);
  });

  it('new rows wait in small pending lists, which cleanCaseTextIndex empties into the index; search finds them either way', async () => {
    const options = await sql<{ options: string[] | null }>`
      select c.reloptions as options from pg_class c
        join pg_am a on a.oid = c.relam
      where c.relnamespace = current_schema()::regnamespace and c.relname like 'case_search_%' and c.relkind = 'i'
        and a.amname = 'gin'`.execute(store.db);
    expect(options.rows).toHaveLength(2 * PARTITIONS);
    for (const r of options.rows) expect(r.options).toContain('gin_pending_list_limit=256');
    const cases = new CaseRepository(store.db, store.search, testAppliedOf);
    const record = (k: number) => ({
      title: `某公司泄露数据案${k}`,
      date: '2022-01',
      region: '某市',
      agency: '某市公安局',
      party: { kind: 'organization' as const, name: `某公司${k}` },
      facts: '数据泄露 防火墙',
      provisions: [],
      sanctions: [],
    });
    for (let k = 0; k < 20; k++) await cases.create({ record: record(k), status: 'published' }, SYSTEM);
    const page = { page: 1, page_size: 50, sort: 'date' as const, order: 'desc' as const };
    expect((await cases.list({ q: '防火墙' }, page, { publishedOnly: true })).total).toBe(20);
    expect(await cleanCaseTextIndex(store.db)).toBeGreaterThan(0);
    expect(await cleanCaseTextIndex(store.db)).toBe(0);
    expect((await cases.list({ q: '防火墙' }, page, { publishedOnly: true })).total).toBe(20);
  });

  it('has the GIN index on the vector expression and statistics of lower(region) and lower(agency)', async () => {
    const indexes = await sql<{ indexdef: string }>`
      select indexdef from pg_indexes where schemaname = current_schema() and tablename = 'case_search'`.execute(
      store.db,
    );
    expect(indexes.rows.map((r) => r.indexdef).join('\n')).toMatch(
      /USING gin \(+to_tsvector\('simple'::regconfig/,
    );
    const stats = await sql<{ stxname: string }>`
      select stxname from pg_statistic_ext where stxnamespace = current_schema()::regnamespace order by stxname`.execute(
      store.db,
    );
    expect(stats.rows.map((r) => r.stxname)).toEqual(['cases_lower_agency_stat', 'cases_lower_region_stat']);
  });
});
