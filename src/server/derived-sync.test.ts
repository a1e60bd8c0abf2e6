/**
 * Re-deriving `case_applied` when the rule set changes: the fingerprint in `meta` decides, every case is derived
 * again in batches, and an unchanged rule set costs nothing. The cases apply 网络安全法(2016) 第五十九条第一款
 * 「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」 (CSL2016.59.1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { SYSTEM } from '../db/repositories/audit.js';
import { importBulletin } from '../db/repositories/bulletins.js';
import { getMeta } from '../db/repositories/meta.js';
import { testAppliedOf } from '../db/testing/applied.js';
import { createTestStore, testEngines, type TestStore } from '../db/testing/engines.js';
import { appliedFingerprint } from '../law-data/applied.js';
import { CaseRepository } from '../db/repositories/cases.js';
import { toSearchText } from '../db/search/tokenize.js';
import { searchTextFingerprint } from '../db/repositories/case-search.js';
import {
  APPLIED_FINGERPRINT_KEY,
  SEARCH_FINGERPRINT_KEY,
  syncCaseApplied,
  syncCaseSearch,
} from './derived-sync.js';

const record = (n: number): CaseRecord => ({
  title: `某公司${n}拒不改正案`,
  date: '2020-05-12',
  region: null,
  agency: '银川市公安局',
  party: { kind: 'organization', name: `某公司${n}` },
  facts: '未落实网络安全等级保护制度，经责令改正后拒不改正',
  provisions: [{ law: '网络安全法', article: 59, paragraph: 1, item: null }],
  sanctions: [{ kind: 'fine', amount_yuan: 20_000, days: null, target: 'party' }],
  established_facts: ['refused_rectification'],
});

describe.each(testEngines())('case_applied kept in step with the rules on %s', (engine) => {
  let store: TestStore;
  const logged: unknown[] = [];
  const log = { info: (...args: unknown[]) => void logged.push(args[0]) } as Parameters<
    typeof syncCaseApplied
  >[2];
  const rows = async () =>
    (await store.db.selectFrom('case_applied').select('rule').execute()).map((r) => r.rule);

  beforeAll(async () => {
    store = await createTestStore(engine);
    // Cases stored before 0006 ran (or by an older release): no applied rows yet.
    await importBulletin(
      store.db,
      store.search,
      () => [],
      { bulletin: null, cases: Array.from({ length: 25 }, (_, n) => record(n)), status: 'published' },
      SYSTEM,
    );
  });
  afterAll(async () => store?.dispose());

  it('the first start after the migration derives every case and keeps the fingerprint', async () => {
    expect(await rows()).toEqual([]);
    expect(await syncCaseApplied(store, testAppliedOf, log, { batch: 10 })).toBe(25);
    expect(new Set(await rows())).toEqual(new Set(['CSL2016.59.1']));
    expect((await rows()).length).toBe(25);
    expect(await getMeta(store.db, APPLIED_FINGERPRINT_KEY)).toBe(appliedFingerprint());
    // Batches of 10, each logged, and the total.
    expect(logged).toContainEqual({ done: 10 });
    expect(logged).toContainEqual({ done: 25 });
    expect(logged).toContainEqual(expect.objectContaining({ cases: 25 }));
  });

  it('an unchanged rule set re-derives nothing', async () => {
    expect(await syncCaseApplied(store, () => [], log)).toBeNull();
    expect((await rows()).length).toBe(25);
  });

  it('a changed fingerprint (new rules) derives every case again with the new rules', async () => {
    const next = () => [{ rule: 'CSL2025.61.1', tier: 'aggravated' }];
    expect(await syncCaseApplied(store, next, log, { fingerprint: 'another-rule-set' })).toBe(25);
    expect(new Set(await rows())).toEqual(new Set(['CSL2025.61.1']));
    expect(await getMeta(store.db, APPLIED_FINGERPRINT_KEY)).toBe('another-rule-set');
  });

  it('the fingerprint covers the rule data: stable within a release', () => {
    expect(appliedFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(appliedFingerprint()).toBe(appliedFingerprint());
  });
});

describe.each(testEngines())('case_search kept in step with how the search text is made on %s', (engine) => {
  let store: TestStore;
  const log = { info: () => undefined } as Parameters<typeof syncCaseSearch>[1];
  const page = { page: 1, page_size: 50, sort: 'date', order: 'desc' } as const;
  const found = async (q: string) =>
    (
      await new CaseRepository(store.db, store.search, testAppliedOf).list({ q }, page, {
        publishedOnly: false,
      })
    ).total;

  beforeAll(async () => {
    store = await createTestStore(engine);
    await importBulletin(
      store.db,
      store.search,
      testAppliedOf,
      { bulletin: null, cases: Array.from({ length: 12 }, (_, n) => record(n)), status: 'published' },
      SYSTEM,
    );
    // As stored by a release before law names entered the search text: the words of the record only.
    const rows = await store.db.selectFrom('cases').select(['id', 'title', 'agency']).execute();
    for (const r of rows) {
      const r0 = record(0);
      const old = toSearchText(
        r.title,
        r0.facts,
        r.title.replace('拒不改正案', ''),
        null,
        r.agency,
        null,
        null,
      );
      await store.db
        .updateTable('case_search')
        .set({ search_text: old })
        .where('case_id', '=', r.id)
        .execute();
    }
  });
  afterAll(async () => store?.dispose());

  it('a store made before law names entered the text is re-indexed once, then found by the law’s name', async () => {
    // The cases cite 网络安全法 第五十九条第一款 「……处一万元以上十万元以下罚款」 (CSL2016.59.1) by its short name.
    expect(await found('网络安全法')).toBe(0);
    expect(await syncCaseSearch(store, log, { batch: 5 })).toBe(12);
    expect(await getMeta(store.db, SEARCH_FINGERPRINT_KEY)).toBe(searchTextFingerprint());
    expect(await found('网络安全法')).toBe(12);
    expect(await found('中华人民共和国网络安全法')).toBe(12);
    expect(await found('拒不改正')).toBe(12);
    expect(await syncCaseSearch(store, log)).toBeNull();
  });
});
