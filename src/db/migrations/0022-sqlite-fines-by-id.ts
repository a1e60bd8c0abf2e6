/**
 * SQLite: the fines of cases by id, in a narrow covering index (id, status, fine_total_yuan), for the fine distribution
 * of a text search (issue 12, NOTES.md "SQLite's fine distribution: a covering index"). PostgreSQL: nothing (its plan
 * reads the fines from case_search, 0017/0021).
 *
 * SQLite's distribution takes the matches' rowids from FTS5 and looks up each case row for its status and fine: a
 * common word's ~190,000 matches at 1,000,000 cases are as many lookups spread over the wide rows' pages. The same
 * lookups in an index of ~20-byte entries touch a few thousand pages instead (300,000 cases: the fine distribution of
 * 个人信息 median 107–158 → 44–63 ms). The planner takes the index once its statistics are in (the store runs
 * `pragma optimize` when it opens a connection). A row appends to it in id order at each import.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../types.js';

export function sqliteFinesByIdMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'sqlite') return;
      await sql`create index cases_fines_by_id on cases (id, status, fine_total_yuan)`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'sqlite') return;
      await sql`drop index cases_fines_by_id`.execute(db);
    },
  };
}
