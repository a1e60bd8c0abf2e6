/**
 * Real databases for tests: SQLite in a temp file always; PostgreSQL when WANGAN_TEST_PG_URL is set, each store
 * in a schema of its own that is dropped afterwards. No mocks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openStore, type Store, type StoreLocation } from '../store.js';
import type { Engine } from '../types.js';

export interface TestStore extends Store {
  /** Where it is, for another process to open it (`wangan serve` with DATABASE_URL). */
  where: StoreLocation;
  /** Closes the store and removes its database (file or schema). */
  dispose(): Promise<void>;
}

/** The engines this run tests: sqlite always, postgres when WANGAN_TEST_PG_URL is set. */
export function testEngines(): Engine[] {
  return process.env.WANGAN_TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh store on `engine`, migrated; PostgreSQL at `pgUrl` (by default WANGAN_TEST_PG_URL). */
export async function createTestStore(
  engine: Engine,
  pgUrl = process.env.WANGAN_TEST_PG_URL,
): Promise<TestStore> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'wangan-test-'));
    const where = { engine: 'sqlite', file: join(dir, 'test.sqlite') } as const;
    const store = openStore(where);
    await migrateToLatest(store);
    return {
      ...store,
      where,
      dispose: async () => {
        await store.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = pgUrl;
  if (!url) throw new Error('WANGAN_TEST_PG_URL is not set');
  const schema = `wangan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const where = { engine: 'postgres', url, schema } as const;
  const store = openStore(where);
  await migrateToLatest(store);
  return {
    ...store,
    where,
    dispose: async () => {
      // A test may have closed the store itself (to see the database gone); the schema is dropped regardless.
      await store.close().catch(() => undefined);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
