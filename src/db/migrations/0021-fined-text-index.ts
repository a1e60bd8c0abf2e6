/**
 * PostgreSQL: a second text index over the case_search rows of fined cases only (`fine_total_yuan > 0`), for the fine
 * distribution of a text search (issue 12, NOTES.md "PostgreSQL at 1M, sixth pass"). SQLite: nothing.
 *
 * The distribution reads the fine of every fined match, and a common word's matches cost a heap page each: 个人信息 at
 * 1,000,000 generated cases has ~192,000 matches on ~73,600 pages, half of them without a fine, read only to be
 * dropped by the query's `fine_total_yuan > 0`. The planner takes this partial index for that query (its condition
 * implies the index's), so the bitmap holds the fined matches alone: ~57,200 pages and half the rows (backend CPU
 * −30 to −35 %). A case list or count does not ask for a fine above 0 and keeps the whole index. The index is ~37 %
 * of the whole one's size (the generator fines ~37 % of cases); a fined case's row is written to both.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../types.js';
import { caseVector } from './0018-narrow-search-rows.js';

/** As 0017/0018's index: rows imported wait in a short pending list, emptied at start and hourly. */
const PENDING_LIST_KB = 256;

export function finedTextIndexMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'postgres') return;
      await sql`create index case_search_fined_idx on case_search using gin (${caseVector()})
          with (gin_pending_list_limit = ${sql.lit(PENDING_LIST_KB)}) where fine_total_yuan > 0`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'postgres') return;
      await sql`drop index case_search_fined_idx`.execute(db);
    },
  };
}
