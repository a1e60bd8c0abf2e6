/** The embedded engine: one SQLite file (better-sqlite3), WAL mode, foreign keys on. */
import SQLite from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import type { Database } from '../types.js';

/**
 * SQLite does roll DDL back with a transaction; Kysely's adapter says it does not, so its Migrator would run SQLite
 * migrations with no transaction at all and a crash could leave one half-applied (a table rebuilt, its rows not yet
 * copied). Saying so makes the Migrator run the pending migrations, and its record of them, in one transaction, as
 * it does on PostgreSQL (NOTES.md “Backup, restore, crash safety”). The Migrator is the flag's only reader.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class WanganSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export function openSqlite(file: string): Kysely<Database> {
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // Memory (issue 12: server RSS ≤ 300 MB at 1M cases): a 64 MB page cache, and no memory-mapped reads. With
  // mmap_size 256 MB the mapped pages of the file counted in the server's RSS (580 MB at 1M, 256 of them the map);
  // without it the same pages are read into the page cache from the OS's file cache, which is not the process's.
  // Measured at 1M cases: the searches' p50/p95 within the machine's noise either way (NOTES.md "Scale").
  raw.pragma('cache_size = -65536');
  raw.pragma('mmap_size = 0');
  raw.pragma('temp_store = MEMORY');
  // Long-lived connection: let SQLite analyze tables whose statistics are missing or stale (sqlite.org/lang_analyze).
  raw.pragma('optimize = 0x10002');
  return new Kysely<Database>({ dialect: new WanganSqliteDialect({ database: raw }) });
}
