/**
 * SQLite: case_search's copies of the case list's sort keys (title, date_first, fine_total_yuan, created_at, written
 * by 0017 on both engines) are dropped. PostgreSQL: nothing.
 *
 * Only PostgreSQL's plans read them (`SearchDialect.searchRowMatch`: a text search whose filters the index answers
 * pages, counts and sums its fines from case_search alone). SQLite's plans go from FTS5's rowids to the case rows, which
 * measured faster than reading its wide case_search rows (NOTES.md "PostgreSQL at 1M, second pass"), so on SQLite the
 * copies were written by every case write and read by no query (NOTES.md "PostgreSQL at 1M, fourth pass").
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../types.js';
import { SORT_KEYS, sqliteSortKeys } from './0017-search-partitions.js';

export function sqliteSortKeysMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'sqlite') return;
      for (const k of SORT_KEYS) await sql`alter table case_search drop column ${sql.ref(k)}`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'sqlite') return;
      await sqliteSortKeys(db);
    },
  };
}
