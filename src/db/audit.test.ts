/** The audit log on each engine: concurrent appends keep one chain; the database refuses changes (GB/T 22239-2019 8.1.4.3 c). */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit, recordAudit, SYSTEM, verifyAudit } from './repositories/audit.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

describe.each(testEngines())('audit log on %s', (engine) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore(engine);
  });
  afterAll(async () => store?.dispose());

  it('concurrent appends, alone and inside transactions, never fork the chain (「避免受到未预期的删除、修改或覆盖」)', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? recordAudit(store.db, SYSTEM, { action: 'read', entity: 'case', entityId: i })
          : store.db
              .transaction()
              .execute((trx) =>
                recordAudit(trx, SYSTEM, { action: 'update', entity: 'case', entityId: i, after: { i } }),
              ),
      ),
    );
    expect(await verifyAudit(store.db, 7)).toEqual({ entries: 40, broken: null });
    const rows = await store.db.selectFrom('audit_log').select(['prev_hash', 'hash']).orderBy('id').execute();
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(40);
  });

  it('the database refuses UPDATE and DELETE of an entry', async () => {
    await expect(sql`update audit_log set action = 'x'`.execute(store.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
    expect((await listAudit(store.db, { page: 1, page_size: 1 })).total).toBe(40);
  });

  it('filters by user, action, object and time', async () => {
    await recordAudit(
      store.db,
      { id: 7, username: '审计对象' },
      { action: 'reveal_pi', entity: 'case', entityId: 3 },
      new Date('2030-01-02T00:00:00Z'),
    );
    const q = { page: 1, page_size: 10 };
    expect((await listAudit(store.db, { ...q, username: '审计对象' })).total).toBe(1);
    expect(
      (await listAudit(store.db, { ...q, action: 'reveal_pi', entity: 'case', entity_id: '3' })).total,
    ).toBe(1);
    expect((await listAudit(store.db, { ...q, from: '2030-01-01T00:00:00.000Z' })).total).toBe(1);
    expect((await listAudit(store.db, { ...q, to: '2030-01-01T00:00:00.000Z' })).total).toBe(40);
  });
});
