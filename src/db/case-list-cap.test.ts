/**
 * The case list's bounded total and its page walked in the sort index's order (issue 12, NOTES.md "Scale"), on
 * every engine: a repository with a cap of 3 reaches it with a handful of cases, and its pages must be the ones a
 * repository that never reaches its cap gives (the match driving the plan, every match sorted) — and so must those of
 * one whose walk gives up after 2 index rows and sorts every match instead.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { SYSTEM } from './repositories/audit.js';
import { caseListTitleOrderMigration } from './migrations/0020-case-list-title-order.js';
import { CaseRepository } from './repositories/cases.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

const record = (k: number, date: string | null, fine: number, facts: string): CaseRecord => ({
  title: `某公司案${'丙甲乙'[k % 3]}${k}`,
  date,
  region: k % 2 ? '银川市兴庆区' : '石嘴山市',
  agency: '公安局',
  party: { kind: 'organization', name: `某公司${k}` },
  facts,
  provisions: [],
  sanctions: fine ? [{ kind: 'fine', target: 'party', amount_yuan: fine, days: null }] : [],
});

// Ten that match 个人信息 (two without a date, equal dates and fines among them), three that do not.
const CASES: CaseRecord[] = [
  ...[
    ['2021-03', 5000],
    [null, 2000],
    ['2020-01', 5000],
    ['2021-03', 0],
    ['2022-07', 1000],
    [null, 8000],
    ['2019-12', 2000],
    ['2021-03', 3000],
    ['2023-01', 0],
    ['2020-06', 9000],
  ].map(([date, fine], k) => record(k, date as string | null, fine as number, '出售公民个人信息')),
  ...[0, 1, 2].map((k) => record(20 + k, '2021-05', 100, '倒卖游戏账号')),
];

describe.each(testEngines())('the case list past its count cap on %s', (engine) => {
  let store: TestStore;
  let capped: CaseRepository;
  let exact: CaseRepository;
  let shortWalk: CaseRepository;

  beforeAll(async () => {
    store = await createTestStore(engine);
    exact = new CaseRepository(store.db, store.search, testAppliedOf);
    capped = new CaseRepository(store.db, store.search, testAppliedOf, { count: 3, titleCount: 6 });
    // A walk of 2 index rows gives up on almost every page: those pages come from sorting every match.
    shortWalk = new CaseRepository(store.db, store.search, testAppliedOf, { count: 3, titleCount: 6 }, 2);
    for (const [k, c] of CASES.entries()) {
      await exact.create(
        { record: c, status: k === 4 ? 'internal' : 'published' },
        SYSTEM,
        new Date(2024, 0, 1 + k),
      );
    }
  });
  afterAll(() => store.dispose());

  it('counts the title order up to twice the cap', async () => {
    const page = { page: 1, page_size: 2, sort: 'title', order: 'asc' } as const;
    expect(await capped.list({ q: '个人信息' }, page, { publishedOnly: false })).toMatchObject({
      total: 6,
      total_capped: true,
    });
    expect(await capped.list({ q: '个人信息' }, page, { publishedOnly: true })).toMatchObject({
      total: 6,
      total_capped: true,
    });
    expect(
      await capped.list({ q: '个人信息', fine_min: 3000 }, page, { publishedOnly: false }),
    ).toMatchObject({
      total: 5,
      total_capped: false,
    });
  });

  it('counts up to the cap and says the total is a lower bound there, exact below it', async () => {
    const page = { page: 1, page_size: 2, sort: 'date', order: 'desc' } as const;
    const staff = { publishedOnly: false };
    expect(await capped.list({ q: '个人信息' }, page, staff)).toMatchObject({ total: 3, total_capped: true });
    expect(await exact.list({ q: '个人信息' }, page, staff)).toMatchObject({
      total: 10,
      total_capped: false,
    });
    expect(await capped.list({ q: '游戏账号', region: '兴庆' }, page, staff)).toMatchObject({
      total: 1,
      total_capped: false,
    });
    expect(await capped.list({ q: '个人信息' }, { ...page, page: 9 }, staff)).toEqual({
      items: [],
      total: 3,
      total_capped: true,
    });
  });

  it('has the title order as an index to walk (0020), with and without the status', async () => {
    const names =
      engine === 'sqlite'
        ? await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'index' and tbl_name = 'cases'`.execute(store.db)
        : await sql<{
            name: string;
          }>`select indexname as name from pg_indexes where tablename = 'cases'`.execute(store.db);
    const plan =
      engine === 'sqlite'
        ? (
            await sql<{
              detail: string;
            }>`explain query plan select id from cases where status = 'published' order by title desc, id desc limit 3`.execute(
              store.db,
            )
          ).rows.map((r) => r.detail)
        : [];
    expect(names.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['cases_title_idx', 'cases_status_title_idx']),
    );
    // SQLite walks it backwards for 标题 descending instead of sorting (no TEMP B-TREE for the order).
    if (engine === 'sqlite') {
      expect(plan.join(' ')).toContain('cases_status_title_idx');
      expect(plan.join(' ')).not.toContain('TEMP B-TREE');
    }
  });

  it("0020's down drops the title indexes and its up makes them again", async () => {
    const names = async () =>
      (engine === 'sqlite'
        ? await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'index' and tbl_name = 'cases'`.execute(store.db)
        : await sql<{
            name: string;
          }>`select indexname as name from pg_indexes where tablename = 'cases' and schemaname = current_schema()`.execute(
            store.db,
          )
      ).rows.map((r) => r.name);
    const migration = caseListTitleOrderMigration();
    await migration.down!(store.db);
    expect(await names()).not.toContain('cases_title_idx');
    expect(await names()).not.toContain('cases_status_title_idx');
    await migration.up(store.db);
    expect(await names()).toEqual(expect.arrayContaining(['cases_title_idx', 'cases_status_title_idx']));
  });

  it('gives the pages the sort of every match gives, for every sort, order, page and filter', async () => {
    const filters = [
      { q: '个人信息' },
      { q: '个人信息', fine_min: 1000 },
      { q: '个人信息 公司', region: '银川' },
    ];
    for (const filter of filters) {
      for (const sort of ['date', 'fine', 'title', 'created_at'] as const) {
        for (const order of ['asc', 'desc'] as const) {
          for (const publishedOnly of [true, false]) {
            for (const p of [1, 2, 3, 4]) {
              const page = { page: p, page_size: 3, sort, order };
              const ids = async (repo: CaseRepository) =>
                (await repo.list(filter, page, { publishedOnly })).items.map((i) => i.id);
              const want = await ids(exact);
              expect(await ids(capped), JSON.stringify({ filter, page, publishedOnly })).toEqual(want);
              expect(await ids(shortWalk), JSON.stringify({ filter, page, publishedOnly, walk: 2 })).toEqual(
                want,
              );
            }
          }
        }
      }
    }
  });
});
