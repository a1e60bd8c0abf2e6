/**
 * Filter keys in the text index (issue 12, search/filter-keys.ts, migration 0016), on every engine: a text search
 * whose filters are matched as keys in the text index finds exactly the cases the SQL tests of the same filters find
 * (the per-row form of the match, `probeText`, keeps every SQL test), for every filter, alone and together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { SYSTEM } from './repositories/audit.js';
import { caseFilterExpression, caseFilterPlan, type CaseFilter } from './repositories/case-filter.js';
import { CaseRepository } from './repositories/cases.js';
import { StatsRepository } from './repositories/stats.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

const REGIONS = ['银川市兴庆区', '银川市金凤区', '兴庆县', 'Yinchuan 兴庆', null];
const AGENCIES = ['银川市公安局网安支队', '兴庆区公安分局', 'Shizuishan PSB', null];
const DATES = ['2019-12', '2020', '2020-01', '2021-06', '2023-12', null];
const PROVISIONS: CaseRecord['provisions'][] = [
  [{ law: '网络安全法', article: 59, paragraph: 1, item: null }],
  [{ law: '中华人民共和国网络安全法', article: 64, paragraph: 2, item: null }],
  [
    { law: '数据安全法', article: 45, paragraph: 1, item: null },
    { law: '某省网络安全条例', article: 59, paragraph: null, item: null },
  ],
  [{ law: '某省网络安全条例', article: null, paragraph: null, item: null }],
  [],
];

function record(k: number): CaseRecord {
  return {
    title: `某公司${k % 2 ? '出售公民个人信息' : '未落实等级保护'}案${k}`,
    date: DATES[k % DATES.length]!,
    region: REGIONS[k % REGIONS.length]!,
    agency: AGENCIES[k % AGENCIES.length]!,
    party: k % 3 ? { kind: 'organization', name: `某公司${k}` } : { kind: 'individual', name: `李某${k}` },
    facts: k % 4 ? '出售公民个人信息' : '未落实网络安全等级保护制度',
    provisions: PROVISIONS[k % PROVISIONS.length]!,
    sanctions: [
      ...(k % 2
        ? [{ kind: 'fine' as const, target: 'party' as const, amount_yuan: 1000 * k, days: null }]
        : []),
      ...(k % 3
        ? []
        : [{ kind: 'warning' as const, target: 'party' as const, amount_yuan: null, days: null }]),
    ],
  };
}

const FILTERS: CaseFilter[] = [
  { region: '银川' },
  { region: '兴庆' },
  { region: '川市兴' },
  { region: '市' },
  { region: 'yinchuan' },
  { region: 'YINCHUAN 兴' },
  { region: '兴庆区公安' },
  { agency: '兴庆区公安' },
  { agency: 'psb' },
  { agency: '网安' },
  { party_kind: 'individual' },
  { sanction: 'fine' },
  { sanction: 'warning', party_kind: 'organization' },
  { law: '网络安全法' },
  { law: 'csl', article: 59 },
  { law: '网络安全法', article: 64 },
  { article: 59 },
  { law: '某省网络安全条例' },
  { law: '某省网络安全条例', article: 59 },
  { law: '数据安全法', article: 59 },
  { status: 'internal' },
  { date_from: '2020-01-01', date_to: '2021-12-31' },
  { date_from: '2020-02-01', date_to: '2021-06-15' },
  { date_from: '2020-01-01' },
  { date_to: '2019-12-31' },
  { date_from: '2022-01-01', date_to: '2020-12-31' },
  { fine_min: 5000, region: '银川', sanction: 'fine' },
  { fine_min: 10000 },
  { fine_min: 12000 },
  { fine_min: 500 },
  { fine_min: 0 },
  { fine_min: 10000, fine_max: 30000 },
  { region: '兴庆', agency: '公安', law: '网络安全法', date_from: '2020-01-01', date_to: '2023-12-31' },
];

describe.each(testEngines())('filter keys in the text index on %s', (engine) => {
  let store: TestStore;
  let repo: CaseRepository;

  beforeAll(async () => {
    store = await createTestStore(engine);
    repo = new CaseRepository(store.db, store.search, testAppliedOf, { count: 4, titleCount: 8 });
    for (let k = 0; k < 60; k++) {
      await repo.create({ record: record(k), status: k % 7 ? 'published' : 'internal' }, SYSTEM);
    }
  });
  afterAll(() => store.dispose());

  const ids = async (f: CaseFilter, opts: { publishedOnly: boolean; probeText?: boolean }) =>
    (
      await store.db
        .selectFrom('cases')
        .select('id')
        .where(caseFilterExpression(f, store.search, opts))
        .orderBy('id')
        .execute()
    ).map((r) => Number(r.id));

  it('finds with the keys exactly the cases the SQL tests of the filters find', async () => {
    let found = 0;
    for (const words of ['个人信息', '等级保护 公司']) {
      for (const filter of FILTERS) {
        for (const publishedOnly of [true, false]) {
          const f = { q: words, ...filter };
          const expected = await ids(f, { publishedOnly, probeText: true });
          const label = JSON.stringify({ f, publishedOnly });
          expect(await ids(f, { publishedOnly }), label).toEqual(expected);
          const page = { page: 1, page_size: 100, sort: 'created_at', order: 'asc' } as const;
          const listed = await repo.list(f, page, { publishedOnly });
          expect(listed.total, label).toBe(Math.min(expected.length, 4));
          expect(listed.total_capped, label).toBe(expected.length >= 4);
          if (expected.length) found++;
        }
      }
    }
    // Not a comparison of empty sets: most filters find some cases.
    expect(found).toBeGreaterThan(FILTERS.length * 2);
  });

  it('follows an edit of the filtered columns and of the status', async () => {
    const c = await repo.create({ record: { ...record(1), region: '石嘴山市' }, status: 'internal' }, SYSTEM);
    const f = { q: '个人信息', region: '石嘴山' };
    expect(await ids(f, { publishedOnly: true })).toEqual([]);
    await repo.update(
      c.id,
      { record: { ...record(1), region: '石嘴山市' }, status: 'published', version: 1 },
      SYSTEM,
    );
    expect(await ids(f, { publishedOnly: true })).toEqual([c.id]);
    await repo.update(
      c.id,
      { record: { ...record(1), region: '吴忠市' }, status: 'published', version: 2 },
      SYSTEM,
    );
    expect(await ids(f, { publishedOnly: true })).toEqual([]);
    await repo.delete(c.id, SYSTEM);
  });

  it('pages and sums fines from case_search (0017) exactly as from the cases, in every order, through edits', async () => {
    const full = new CaseRepository(store.db, store.search, testAppliedOf);
    const stats = new StatsRepository(store.db, store.search);
    // An edit after the import: case_search's copies of title, date and fine follow it.
    const edited = await full.create({ record: record(3), status: 'published' }, SYSTEM);
    await full.update(
      edited.id,
      {
        record: { ...record(3), title: '啊某公司出售公民个人信息案', date: '2030-01', sanctions: [] },
        status: 'published',
        version: 1,
      },
      SYSTEM,
    );
    const opts = { publishedOnly: false };
    let fromSearchRows = 0;
    for (const words of ['个人信息', '等级保护 公司']) {
      for (const filter of FILTERS.filter((f) => f.fine_max === undefined)) {
        const f = { q: words, ...filter };
        // fine_max has no key, so its SQL test keeps the plan on the cases table: the reference.
        const reference = { ...f, fine_max: 1e12 };
        // PostgreSQL reads a search whose filters are all keyed from case_search; the reference never does.
        if (caseFilterPlan(f, store.search, opts).searchRows) fromSearchRows++;
        expect(caseFilterPlan(reference, store.search, opts).searchRows).toBeUndefined();
        const label = JSON.stringify(f);
        for (const sort of ['date', 'fine', 'title', 'created_at'] as const) {
          for (const order of ['asc', 'desc'] as const) {
            const page = { page: 1, page_size: 100, sort, order };
            const got = await full.list(f, page, opts);
            const want = await full.list(reference, page, opts);
            expect(
              got.items.map((c) => c.id),
              `${label} ${sort} ${order}`,
            ).toEqual(want.items.map((c) => c.id));
            expect(got.total, label).toBe(want.total);
          }
        }
        expect(await stats.liveFines(f, opts), label).toEqual(await stats.liveFines(reference, opts));
      }
    }
    // Not a comparison of one plan with itself: on PostgreSQL most of the filters took the case_search plan (SQLite
    // has none, SearchDialect.searchRowMatch).
    if (engine === 'postgres') expect(fromSearchRows).toBeGreaterThan(FILTERS.length);
    else expect(fromSearchRows).toBe(0);
    await full.delete(edited.id, SYSTEM);
  });
});
