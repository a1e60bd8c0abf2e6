/**
 * Opening the store: the engine chosen by the URL (postgres://… → PostgreSQL, else a SQLite file), migrations,
 * and the one object the rest of the application holds.
 */
import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { DomainError } from '../core/shared/errors.js';
import { migrationProvider } from './migrations/provider.js';
import { openPostgres } from './postgres/connect.js';
import { cleanCaseTextIndex, postgresSearch } from './postgres/search.js';
import type { SearchDialect } from './search/dialect.js';
import { openSqlite } from './sqlite/connect.js';
import { mergeCaseTextIndex, sqliteSearch } from './sqlite/search.js';
import type { Database, Engine } from './types.js';

export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  search: SearchDialect;
  /**
   * Refreshes the query planner's statistics where the engine needs it (SQLite: PRAGMA optimize) and brings the case
   * text index into one piece: SQLite merges its segments (`mergeCaseTextIndex`), PostgreSQL empties each part's
   * pending list into its GIN index (`cleanCaseTextIndex`). At start and hourly (`wangan serve`).
   */
  optimize(): Promise<void>;
  close(): Promise<void>;
}

export type StoreLocation =
  { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; schema?: string };

export function openStore(where: StoreLocation): Store {
  if (where.engine === 'postgres') {
    const db = openPostgres(where.url, where.schema);
    // PostgreSQL's autovacuum keeps its statistics current.
    return {
      db,
      engine: 'postgres',
      search: postgresSearch,
      optimize: async () => {
        await cleanCaseTextIndex(db);
      },
      close: () => db.destroy(),
    };
  }
  const db = openSqlite(where.file);
  return {
    db,
    engine: 'sqlite',
    search: sqliteSearch,
    optimize: async () => {
      await sql`pragma optimize`.execute(db);
      await mergeCaseTextIndex(db);
    },
    close: () => db.destroy(),
  };
}

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  return runMigrations(store, migrationProvider(store.engine, store.search));
}

/**
 * Runs `provider`'s pending migrations in one transaction on either engine (openSqlite's adapter): a failure or a
 * crash part-way leaves the database as it was before them, never inside one.
 */
export async function runMigrations(store: Store, provider: MigrationProvider): Promise<string[]> {
  // PostgreSQL: name the schema the tables go to (the connection's current schema). Without it Kysely's migrator
  // takes a kysely_migration table of *any* schema in the database for its own (several stores, one database).
  const migrationTableSchema =
    store.engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: store.db,
    provider,
    // Migrations are numbered by the branch that wrote them and may land out of order (0008 before 0006): each is
    // independent of the others' tables, so a database that ran a later one still runs an earlier one when it arrives.
    allowUnorderedMigrations: true,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new DomainError(
      'CONFLICT',
      `数据库迁移失败${failed ? `（${failed.migrationName}）` : ''}：${String(error)}`,
      {
        migration: failed?.migrationName ?? null,
      },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
