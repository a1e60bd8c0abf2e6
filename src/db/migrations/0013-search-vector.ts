/**
 * PostgreSQL: the case search's tsvector is stored (a generated column with its GIN index) instead of an index on
 * the expression. With the expression, every row the index proposed was checked by computing to_tsvector of its
 * text again — 0.05 ms a row, 650 of 850 ms of a filtered search over 50,000 cases (bench/scale.ts). And the
 * planner gets statistics of lower(region) and lower(agency), which the region and agency filters compare
 * (substring LIKE): without them it guessed 11 rows of 2,830 and joined the wrong way round. SQLite's FTS5 keeps its
 * own index and its planner drives from the match: nothing to do there.
 */
import { sql, type Migration } from 'kysely';
import type { Engine } from '../types.js';

/** The columns the filters compare as lower(column) like '%…%'. */
const STATISTICS = ['region', 'agency'];

export function searchVectorMigration(engine: Engine): Migration {
  if (engine !== 'postgres') return { up: async () => {}, down: async () => {} };
  return {
    up: async (db) => {
      await sql`alter table case_search add column search_vector tsvector
        generated always as (to_tsvector('simple', search_text)) stored`.execute(db);
      await sql`create index case_search_vector_idx on case_search using gin (search_vector)`.execute(db);
      await sql`drop index case_search_idx`.execute(db);
      for (const column of STATISTICS)
        await sql`create statistics ${sql.raw(`cases_lower_${column}_stat`)} on (lower(${sql.ref(column)})) from cases`.execute(
          db,
        );
    },
    down: async (db) => {
      for (const column of STATISTICS)
        await sql`drop statistics ${sql.raw(`cases_lower_${column}_stat`)}`.execute(db);
      await sql`create index case_search_idx on case_search using gin (to_tsvector('simple', search_text))`.execute(
        db,
      );
      await sql`alter table case_search drop column search_vector`.execute(db);
    },
  };
}
