/**
 * An import writes its cases in multi-row statements (insertManyCaseRows): on every engine, a bulletin of more cases
 * than one statement holds stores each case with its own child rows, the same rows a case created alone gets. The
 * records apply 网络安全法(2016) 第五十九条第一款「由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，
 * 处一万元以上十万元以下罚款」 (CSL2016.59.1), in its aggravated tier when the party refused to rectify.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { SYSTEM } from './repositories/audit.js';
import { importBulletin } from './repositories/bulletins.js';
import { CaseRepository, loadCase } from './repositories/cases.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

/** More than one INSERT of the cases table holds (30,000 parameters / 24 columns = 1,250 rows). */
const N = 1_300;

const record = (i: number): CaseRecord => ({
  title: `某公司${i}未落实网络安全等级保护制度案`,
  date: `2020-0${1 + (i % 9)}`,
  region: i % 2 ? '宁夏回族自治区银川市兴庆区' : '山西省太原市小店区',
  agency: '某市公安局网安支队',
  party: { kind: 'organization', name: `某公司${i}` },
  facts: i % 3 ? '未落实网络安全等级保护制度' : '未落实网络安全等级保护制度，经责令改正后拒不改正',
  provisions: [
    { law: '网络安全法', article: 21, paragraph: null, item: null },
    { law: '网络安全法', article: 59, paragraph: 1, item: null },
  ],
  sanctions: [
    { kind: 'warning', amount_yuan: null, days: null, target: 'party' },
    ...(i % 3
      ? []
      : [{ kind: 'fine' as const, amount_yuan: 10_000 + i, days: null, target: 'party' as const }]),
  ],
  decision_date: `2020-0${1 + (i % 9)}-12`,
  ...(i % 3 ? {} : { established_facts: ['refused_rectification' as const] }),
});

describe.each(testEngines())('importing many cases at once on %s', (engine) => {
  let store: TestStore;
  let ids: number[];
  beforeAll(async () => {
    store = await createTestStore(engine);
    const records = Array.from({ length: N }, (_, i) => record(i));
    ({ case_ids: ids } = await importBulletin(
      store.db,
      store.search,
      testAppliedOf,
      {
        bulletin: { text: '批量公告', format: 'text', encoding: 'utf-8' },
        cases: records,
        status: 'published',
      },
      SYSTEM,
    ));
  }, 60_000);
  afterAll(() => store.dispose());

  it('gives every record its own id, in the order of the bulletin (第五十九条第一款 records)', async () => {
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    for (const i of [0, 1, 2, 1_249, 1_250, 1_251, N - 1]) {
      const stored = await loadCase(store.db, ids[i]!);
      expect(stored?.record.title).toBe(record(i).title);
      expect(stored?.bulletin_position).toBe(i);
      expect(stored?.record.sanctions).toEqual(record(i).sanctions);
    }
  });

  it('writes the search, provision, sanction and applied rows a case created alone gets (第五十九条第一款 拒不改正 tier)', async () => {
    const alone = new CaseRepository(store.db, store.search, testAppliedOf);
    const childRows = async (id: number) => ({
      search: await store.db
        .selectFrom('case_search')
        .select('search_text')
        .where('case_id', '=', id)
        .execute(),
      provisions: await store.db
        .selectFrom('case_provisions')
        .select(['position', 'law', 'law_id', 'article', 'paragraph', 'item'])
        .where('case_id', '=', id)
        .orderBy('position')
        .execute(),
      sanctions: await store.db
        .selectFrom('case_sanctions')
        .select(['position', 'kind', 'amount_yuan', 'days', 'target', 'note'])
        .where('case_id', '=', id)
        .orderBy('position')
        .execute(),
      applied: await store.db
        .selectFrom('case_applied')
        .select(['position', 'rule', 'tier', 'tiered_count', 'party_kind', 'status', 'date', 'region'])
        .select(['party_fine_yuan', 'penalty_kinds'])
        .where('case_id', '=', id)
        .orderBy('position')
        .execute(),
    });
    for (const i of [0, 1, 1_250, N - 1]) {
      const created = await alone.create({ record: record(i), status: 'published' }, SYSTEM);
      const imported = await childRows(ids[i]!);
      expect(imported).toEqual(await childRows(created.id));
      expect(imported.applied.map((a) => `${a.rule}/${a.tier}`)).toContain(
        i % 3 ? 'CSL2016.59.1/base' : 'CSL2016.59.1/aggravated',
      );
    }
  });

  it('finds each imported case by the words of its own record', async () => {
    const found = await new CaseRepository(store.db, store.search, testAppliedOf).list(
      { q: '某公司1251' },
      { page: 1, page_size: 10, sort: 'date', order: 'desc' },
      { publishedOnly: true },
    );
    expect(found.items.map((c) => c.id)).toContain(ids[1_251]);
  });
});
