/**
 * The `case_applied` rows (0006) on every engine: written with each case write, removed with the case, and
 * re-derived for every case in batches. The records apply 网络安全法(2016) 第五十九条第一款「拒不改正或者导致危害网络
 * 安全等后果的，处一万元以上十万元以下罚款」 (CSL2016.59.1, tier aggravated) to a company.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { SYSTEM } from './repositories/audit.js';
import { importBulletin } from './repositories/bulletins.js';
import { rederiveApplied, type AppliedOf } from './repositories/case-applied.js';
import { CaseRepository } from './repositories/cases.js';
import {
  candidateRegions,
  candidateSanctions,
  similarCandidates,
} from './repositories/similar-candidates.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';
import { testAppliedOf } from './testing/applied.js';

const refused = (n: number, fine: number): CaseRecord => ({
  title: `某公司${n}未落实网络安全等级保护制度案`,
  date: '2020-05',
  region: '宁夏回族自治区银川市兴庆区',
  agency: '银川市公安局',
  party: { kind: 'organization', name: `某公司${n}` },
  facts: '未落实网络安全等级保护制度，经责令改正后拒不改正',
  provisions: [
    { law: '网络安全法', article: 21, paragraph: null, item: null },
    { law: '网络安全法', article: 59, paragraph: 1, item: null },
  ],
  sanctions: [
    { kind: 'warning', amount_yuan: null, days: null, target: 'party' },
    { kind: 'fine', amount_yuan: fine, days: null, target: 'party' },
    { kind: 'fine', amount_yuan: 5_000, days: null, target: 'responsible_person' },
  ],
  decision_date: '2020-05-12',
  established_facts: ['refused_rectification'],
});

describe.each(testEngines())('applied rules of cases on %s', (engine) => {
  let store: TestStore;
  let cases: CaseRepository;
  const rowsOf = (id: number) =>
    store.db
      .selectFrom('case_applied')
      .select([
        'position',
        'rule',
        'tier',
        'tiered_count',
        'party_kind',
        'status',
        'date',
        'region',
        'party_fine_yuan',
        'penalty_kinds',
      ])
      .where('case_id', '=', id)
      .orderBy('position')
      .execute();

  beforeAll(async () => {
    store = await createTestStore(engine);
    cases = new CaseRepository(store.db, store.search, testAppliedOf);
  });
  afterAll(async () => store?.dispose());

  it('a created case gets a row per applied rule with the fields similar cases rank by', async () => {
    const c = await cases.create({ record: refused(1, 20_000), status: 'published' }, SYSTEM);
    expect(await rowsOf(c.id)).toEqual([
      {
        position: 0,
        rule: 'CSL2016.59.1',
        tier: 'aggravated',
        tiered_count: 1,
        party_kind: 'organization',
        status: 'published',
        date: '2020-05-12',
        region: '宁夏回族自治区银川市兴庆区',
        party_fine_yuan: 20_000,
        penalty_kinds: 'warning,fine',
      },
    ]);
  });

  it('an edit rewrites the rows (status, sanctions); a delete removes them', async () => {
    const c = await cases.create({ record: refused(2, 20_000), status: 'internal' }, SYSTEM);
    const record = { ...refused(2, 30_000), sanctions: [refused(2, 30_000).sanctions[1]!] };
    await cases.update(c.id, { record, status: 'published', version: c.version }, SYSTEM);
    expect(await rowsOf(c.id)).toMatchObject([
      { rule: 'CSL2016.59.1', status: 'published', party_fine_yuan: 30_000, penalty_kinds: 'fine' },
    ]);
    await cases.delete(c.id, SYSTEM);
    expect(await rowsOf(c.id)).toEqual([]);
  });

  it('an import writes the rows of every case; a record the check cannot read has none', async () => {
    const unknown = {
      ...refused(3, 1_000),
      provisions: [{ law: '某不存在的法', article: 1, paragraph: null, item: null }],
    };
    const res = await importBulletin(
      store.db,
      store.search,
      testAppliedOf,
      { bulletin: null, cases: [refused(4, 40_000), unknown], status: 'published' },
      SYSTEM,
    );
    expect((await rowsOf(res.case_ids[0]!)).map((r) => r.rule)).toEqual(['CSL2016.59.1']);
    expect(await rowsOf(res.case_ids[1]!)).toEqual([]);
  });

  it('re-derivation rewrites the rows of every case in batches with the function it is given', async () => {
    const ids = (await store.db.selectFrom('cases').select('id').orderBy('id').execute()).map((r) =>
      Number(r.id),
    );
    const renamed: AppliedOf = (record) =>
      testAppliedOf(record).map((a) => ({ rule: `${a.rule}-next`, tier: a.tier }));
    const seen: number[] = [];
    const n = await rederiveApplied(store.db, renamed, { batch: 2, progress: (d) => seen.push(d) });
    expect(n).toBe(ids.length);
    expect(seen).toEqual(ids.map((_, k) => k + 1).filter((d) => d % 2 === 0 || d === ids.length));
    const rules = await store.db.selectFrom('case_applied').select('rule').distinct().execute();
    expect(rules.map((r) => r.rule)).toEqual(['CSL2016.59.1-next']);
    await rederiveApplied(store.db, testAppliedOf);
    expect((await rowsOf(ids[0]!)).map((r) => r.rule)).toEqual(['CSL2016.59.1']);
  });

  it('the lookup finds cases by (rule, tier) and number of tiered rules, with all their tiered rules', async () => {
    // A case of two tiered rules (2016 第五十九条第一款 and 第六十四条第二款) pairs only with a subject of two.
    const two: AppliedOf = () => [
      { rule: 'CSL2016.59.1', tier: 'aggravated' },
      { rule: 'CSL2016.21', tier: null },
      { rule: 'CSL2016.64.2', tier: 'base' },
    ];
    const both = new CaseRepository(store.db, store.search, two);
    const c = await both.create({ record: refused(9, 20_000), status: 'internal' }, SYSTEM);
    const q = { party_kind: 'organization', exclude: -1, publishedOnly: false };
    const keys = [{ rule: 'CSL2016.59.1', tier: 'aggravated' }];
    const single = await similarCandidates(store.db, { ...q, keys, tiered: 1 });
    expect(single.length).toBeGreaterThan(0);
    expect(single.map((r) => r.id)).not.toContain(c.id);
    const pair = await similarCandidates(store.db, { ...q, keys, tiered: 2 });
    expect(pair).toEqual([
      expect.objectContaining({
        id: c.id,
        applied: [
          { rule: 'CSL2016.59.1', tier: 'aggravated' },
          { rule: 'CSL2016.64.2', tier: 'base' },
        ],
        fine_yuan: 20_000,
        kinds: ['warning', 'fine'],
      }),
    ]);
    expect(await similarCandidates(store.db, { ...q, keys, tiered: 2, publishedOnly: true })).toEqual([]);
    expect(await similarCandidates(store.db, { ...q, keys: [], tiered: 1 })).toEqual([]);
  });

  it('the lookup reads one set of regions at a time, and counts the sanctions of all candidates in the store', async () => {
    // 2016 第五十九条第一款「拒不改正…处一万元以上十万元以下罚款」, tier aggravated: the same candidates three ways.
    const q = {
      party_kind: 'organization',
      exclude: -1,
      publishedOnly: false,
      keys: [{ rule: 'CSL2016.59.1', tier: 'aggravated' }],
      tiered: 1 as const,
    };
    const rows = await similarCandidates(store.db, q);
    const regions = await candidateRegions(store.db, q);
    expect(new Set(regions)).toEqual(new Set(rows.map((r) => r.region)));
    const byRegion = await Promise.all(
      regions.map((r) => similarCandidates(store.db, { ...q, regions: [r] })),
    );
    expect(
      byRegion
        .flat()
        .map((r) => r.id)
        .sort(),
    ).toEqual(rows.map((r) => r.id).sort());
    expect(await similarCandidates(store.db, { ...q, regions: [] })).toEqual([]);
    const summary = (s: { fine_yuan: number | null; kinds: readonly string[] }) =>
      `${s.fine_yuan} ${s.kinds.join(',')}`;
    expect((await candidateSanctions(store.db, q)).map(summary).sort()).toEqual(rows.map(summary).sort());
  });
});
