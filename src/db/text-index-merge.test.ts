/**
 * SQLite's case text index merged into one segment by the store's optimize (`mergeCaseTextIndex`, issue 12): the
 * imports leave it in many segments, the merge takes several steps, finds the same cases after, and has nothing
 * left to do when run again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from './repositories/audit.js';
import { CaseRepository } from './repositories/cases.js';
import { mergeCaseTextIndex } from './sqlite/search.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, type TestStore } from './testing/engines.js';

describe('merging the case text index on SQLite', () => {
  let store: TestStore;
  let repo: CaseRepository;
  beforeAll(async () => {
    store = await createTestStore('sqlite');
    repo = new CaseRepository(store.db, store.search, testAppliedOf);
    for (let k = 0; k < 40; k++) {
      await repo.create(
        {
          record: {
            title: `某公司出售公民个人信息案${k}`,
            date: '2021-03',
            region: k % 2 ? '银川市兴庆区' : '石嘴山市',
            agency: '公安局',
            party: { kind: 'organization', name: `某公司${k}` },
            facts: '出售公民个人信息',
            provisions: [],
            sanctions: [],
          },
          status: 'published',
        },
        SYSTEM,
      );
    }
  });
  afterAll(() => store.dispose());

  it('merges in steps, finds the same cases, and then has nothing to merge', async () => {
    const page = { page: 1, page_size: 50, sort: 'created_at', order: 'asc' } as const;
    const before = await repo.list({ q: '个人信息', region: '兴庆' }, page, { publishedOnly: true });
    expect(before.total).toBe(20);
    expect(await mergeCaseTextIndex(store.db)).toBeGreaterThan(1);
    expect(await repo.list({ q: '个人信息', region: '兴庆' }, page, { publishedOnly: true })).toEqual(before);
    expect(await mergeCaseTextIndex(store.db)).toBe(1);
    await store.optimize();
  });
});
