/**
 * The case list's bounded total and its page walked in the sort index's order (issue 12, NOTES.md "Scale"), on
 * every engine: a repository with a cap of 3 reaches it with a handful of cases, and its pages must be the ones a
 * repository that never reaches its cap gives (the match driving the plan, every match sorted).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { SYSTEM } from './repositories/audit.js';
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

  beforeAll(async () => {
    store = await createTestStore(engine);
    exact = new CaseRepository(store.db, store.search, testAppliedOf);
    capped = new CaseRepository(store.db, store.search, testAppliedOf, 3);
    for (const [k, c] of CASES.entries()) {
      await exact.create(
        { record: c, status: k === 4 ? 'internal' : 'published' },
        SYSTEM,
        new Date(2024, 0, 1 + k),
      );
    }
  });
  afterAll(() => store.dispose());

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
              expect(await ids(capped), JSON.stringify({ filter, page, publishedOnly })).toEqual(
                await ids(exact),
              );
            }
          }
        }
      }
    }
  });
});
