/**
 * A migration that fails part-way leaves the database as it was before the run, on either engine: Kysely's Migrator
 * runs the pending migrations and its record of them in one transaction (SQLite included, `sqlite/connect.ts`).
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationProvider } from './migrations/provider.js';
import { runMigrations } from './store.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';

const failing: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('half_done').addColumn('x', 'integer').execute();
    await sql`insert into half_done (x) values (1)`.execute(db);
    await sql`update meta set value = 'changed' where key = 'probe'`.execute(db);
    throw new Error('the power went out');
  },
};
const creating: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('fully_done').addColumn('x', 'integer').execute();
  },
};

describe.each(testEngines())('migrations on %s', (engine) => {
  let store: TestStore | undefined;
  afterEach(async () => store?.dispose());

  const withExtra = (extra: Record<string, Migration>): MigrationProvider => ({
    getMigrations: async () => ({
      ...(await migrationProvider(store!.engine, store!.search).getMigrations()),
      ...extra,
    }),
  });
  const tables = async () => {
    const q =
      engine === 'sqlite'
        ? sql<{ name: string }>`select name from sqlite_master where type = 'table'`
        : sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema()`;
    return (await q.execute(store!.db)).rows.map((r) => r.name);
  };
  const ran = async () =>
    (await sql<{ name: string }>`select name from kysely_migration`.execute(store!.db)).rows.map(
      (r) => r.name,
    );

  it('a failure in the second of two pending migrations leaves neither applied; the database works on', async () => {
    store = await createTestStore(engine);
    await sql`insert into meta (key, value) values ('probe', 'before')`.execute(store.db);
    const before = await ran();
    await expect(
      runMigrations(store, withExtra({ '9998-fully-done': creating, '9999-half-done': failing })),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { migration: '9999-half-done' } });
    expect(await tables()).not.toContain('half_done');
    expect(await tables()).not.toContain('fully_done');
    expect(await ran()).toEqual(before);
    const probe = await sql<{ value: string }>`select value from meta where key = 'probe'`.execute(store.db);
    expect(probe.rows[0]?.value).toBe('before');
    if (engine === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
    }
    // Fixed, the run completes.
    expect(await runMigrations(store, withExtra({ '9998-fully-done': creating }))).toEqual([
      '9998-fully-done',
    ]);
    expect(await tables()).toContain('fully_done');
  });
});
