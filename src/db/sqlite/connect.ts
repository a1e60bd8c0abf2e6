/** The embedded engine: one SQLite file (better-sqlite3), WAL mode, foreign keys on. */
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../types.js';

export function openSqlite(file: string): Kysely<Database> {
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('cache_size = -65536');
  raw.pragma('mmap_size = 268435456');
  raw.pragma('temp_store = MEMORY');
  // Long-lived connection: let SQLite analyze tables whose statistics are missing or stale (sqlite.org/lang_analyze).
  raw.pragma('optimize = 0x10002');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
}
