/**
 * The pre-aggregated statistics (0013 case_stats) on every engine: after imports, edits (status, provisions, fines,
 * date) and deletions, and after a rebuild, every unfiltered group-by and the fine distribution read from them equal
 * the live ones over the cases. The records cite 网络安全法 第二十一条 and 第五十九条第一款「……处一万元以上十万元以下罚款」
 * (some twice, some under the short name 网安法), 数据安全法 第四十五条第一款, and one article-less provision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { SYSTEM } from './repositories/audit.js';
import { importBulletin } from './repositories/bulletins.js';
import { rebuildCaseStats, STATS_DIMENSIONS } from './repositories/case-stats.js';
import { CaseRepository } from './repositories/cases.js';
import { StatsRepository } from './repositories/stats.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

const record = (i: number): CaseRecord => ({
  title: `某公司${i}案`,
  date: [`2020-0${1 + (i % 9)}`, '2021', null, '2019-12-03'][i % 4]!,
  region: [`宁夏回族自治区银川市兴庆区`, null, '北京市朝阳区'][i % 3]!,
  agency: '某公安局',
  party: i % 5 ? { kind: 'organization', name: `某公司${i}` } : { kind: 'individual', name: `某人${i}` },
  facts: '未落实网络安全等级保护制度',
  provisions: [
    { law: i % 2 ? '网络安全法' : '网安法', article: 21, paragraph: null, item: null },
    { law: '网络安全法', article: 59, paragraph: 1, item: null },
    ...(i % 3 ? [] : [{ law: '网络安全法', article: 59, paragraph: 2, item: null }]),
    ...(i % 4 ? [] : [{ law: '数据安全法', article: 45, paragraph: 1, item: null }]),
    ...(i % 7 ? [] : [{ law: '某地方规定', article: null, paragraph: null, item: null }]),
  ],
  sanctions: [
    { kind: 'warning', amount_yuan: null, days: null, target: 'party' },
    ...(i % 2
      ? [{ kind: 'fine' as const, amount_yuan: 10_000 + i * 100, days: null, target: 'party' as const }]
      : []),
    ...(i % 6
      ? []
      : [{ kind: 'fine' as const, amount_yuan: 5_000, days: null, target: 'responsible_person' as const }]),
  ],
});

describe.each(testEngines())('pre-aggregated statistics on %s', (engine) => {
  let store: TestStore;
  let stats: StatsRepository;
  const same = async () => {
    for (const [filter, publishedOnly] of [
      [{}, true],
      [{}, false],
      [{ status: 'internal' }, false],
      [{ status: 'published' }, false],
      [{ status: 'internal' }, true],
    ] as const) {
      const opts = { publishedOnly };
      const label = `${JSON.stringify(filter)} ${publishedOnly}`;
      for (const by of STATS_DIMENSIONS)
        expect(await stats.group(by, filter, opts), `${by} ${label}`).toEqual(
          await stats.live(by, filter, opts),
        );
      expect(await stats.fines(filter, opts), `fines ${label}`).toEqual(await stats.liveFines(filter, opts));
    }
  };
  beforeAll(async () => {
    store = await createTestStore(engine);
    stats = new StatsRepository(store.db, store.search);
  });
  afterAll(() => store.dispose());

  it('equal the live group-bys after imports, edits and deletions (第五十九条第一款 cases)', async () => {
    for (const status of ['published', 'internal'] as const)
      await importBulletin(
        store.db,
        store.search,
        testAppliedOf,
        {
          bulletin: null,
          cases: Array.from({ length: 30 }, (_, i) => record(i + (status === 'internal' ? 30 : 0))),
          status,
        },
        SYSTEM,
      );
    await same();
    const cases = new CaseRepository(store.db, store.search, testAppliedOf);
    const c = await cases.create({ record: record(3), status: 'published' }, SYSTEM);
    await cases.update(c.id, { record: record(8), status: 'internal', version: 1 }, SYSTEM);
    await cases.update(
      c.id,
      { record: { ...record(9), date: null, region: null }, status: 'published', version: 2 },
      SYSTEM,
    );
    const gone = await cases.create({ record: record(12), status: 'internal' }, SYSTEM);
    await cases.delete(gone.id, SYSTEM);
    await same();
    expect((await stats.group('article', {}, { publishedOnly: false })).map((g) => g.key)).toContain(
      '网络安全法第59条',
    );
  });

  it('are rebuilt from every case to the same figures', async () => {
    await store.db.deleteFrom('case_stats').execute();
    expect(await stats.group('region', {}, { publishedOnly: false })).toEqual([]);
    expect(await rebuildCaseStats(store.db, 7)).toBe(61);
    await same();
  });
});
