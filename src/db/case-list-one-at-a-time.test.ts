/**
 * The case list and a case's page send their statements one at a time (NOTES.md "PostgreSQL at 1M, seventh pass"):
 * two at once would take a second pooled connection, and one reader's requests would then alternate between two
 * PostgreSQL backends, each faulting in the shared buffers the other had already read.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from './repositories/audit.js';
import { CaseRepository } from './repositories/cases.js';
import { testAppliedOf } from './testing/applied.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';
import type { Database } from './types.js';

/** `db` with its own executor, counting the statements sent and not yet answered; keeps the most at once. */
function countingInFlight(db: Kysely<Database>): { db: Kysely<Database>; most: () => number } {
  // A plugin that changes nothing gives the copy an executor of its own, whose executeQuery is wrapped.
  const copy = db.withPlugin({ transformQuery: (a) => a.node, transformResult: async (a) => a.result });
  const executor = copy.getExecutor();
  const execute = executor.executeQuery.bind(executor);
  let now = 0;
  let most = 0;
  executor.executeQuery = (async (...args: Parameters<typeof execute>) => {
    most = Math.max(most, ++now);
    try {
      return await execute(...args);
    } finally {
      now--;
    }
  }) as typeof executor.executeQuery;
  return { db: copy, most: () => most };
}

describe.each(testEngines())('the case list on %s', (engine) => {
  let store: TestStore;

  beforeAll(async () => {
    store = await createTestStore(engine);
    const repo = new CaseRepository(store.db, store.search, testAppliedOf);
    for (let k = 0; k < 5; k++)
      await repo.create(
        {
          record: {
            title: `某公司案${k}`,
            date: '2021-03',
            region: '银川市兴庆区',
            agency: '公安局',
            party: { kind: 'organization', name: `某公司${k}` },
            facts: '出售公民个人信息',
            provisions: [{ law: '网络安全法', article: 64, paragraph: 2, item: null }],
            sanctions: [{ kind: 'fine', target: 'party', amount_yuan: 5000, days: null }],
          },
          status: 'published',
        },
        SYSTEM,
      );
  });
  afterAll(() => store.dispose());

  it('sends its statements one at a time, for a page and for one case', async () => {
    const counter = countingInFlight(store.db);
    const repo = new CaseRepository(counter.db, store.search, testAppliedOf, {
      count: 3,
      titleCount: 6,
    });
    const page = { page: 1, page_size: 2, order: 'desc' } as const;
    for (const sort of ['date', 'title'] as const) {
      const list = await repo.list({ q: '个人信息' }, { ...page, sort }, { publishedOnly: true });
      expect(list.items).toHaveLength(2);
      expect(list.items[0]!.provisions).toHaveLength(1);
      expect(list.items[0]!.sanction_kinds).toEqual(['fine']);
    }
    const one = await repo.get(
      (await repo.list({}, { ...page, sort: 'date' }, { publishedOnly: true })).items[0]!.id,
    );
    expect(one!.record.sanctions).toHaveLength(1);
    expect(counter.most()).toBe(1);
  });
});
