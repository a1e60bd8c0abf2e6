/**
 * Province scale (issue 12, bench/scale.ts).
 *
 * `case_stats`: the statistics page's counts and fine sums per status, dimension and key, kept by every case write
 * (repositories/case-stats.ts) and filled at the first start after this migration (server/stats-sync.ts), so that an
 * unfiltered group-by reads a few hundred rows instead of a million cases. A key the live query groups as NULL is
 * `known = 0` (key ''); the article dimension's key is the law and `article` its number (0 elsewhere).
 *
 * PostgreSQL: the case search's tsvector is stored (a generated column with its GIN index) instead of an index on
 * the expression. With the expression, every row the index proposed was checked by computing to_tsvector of its
 * text again — 0.05 ms a row, 650 of 850 ms of a filtered search over 50,000 cases (bench/scale.ts). And the
 * planner gets statistics of lower(region) and lower(agency), which the region and agency filters compare
 * (substring LIKE): without them it guessed 11 rows of 2,830 and joined the wrong way round. SQLite's FTS5 keeps its
 * own index and its planner drives from the match: nothing to do there.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../types.js';

/** The columns the filters compare as lower(column) like '%…%'. */
const STATISTICS = ['region', 'agency'];

export function scaleMigration(engine: Engine): Migration {
  return {
    up: async (db) => {
      await db.schema
        .createTable('case_stats')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('dimension', 'text', (c) => c.notNull())
        .addColumn('known', 'integer', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('article', 'integer', (c) => c.notNull())
        .addColumn('cases', 'integer', (c) => c.notNull())
        .addColumn('fine_sum', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_stats_pk', ['status', 'dimension', 'known', 'key', 'article'])
        .execute();
      if (engine === 'postgres') await searchVector(db);
    },
    down: async (db) => {
      await db.schema.dropTable('case_stats').execute();
      if (engine === 'postgres') await dropSearchVector(db);
    },
  };
}

async function searchVector(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_search add column search_vector tsvector
        generated always as (to_tsvector('simple', search_text)) stored`.execute(db);
  await sql`create index case_search_vector_idx on case_search using gin (search_vector)`.execute(db);
  await sql`drop index case_search_idx`.execute(db);
  for (const column of STATISTICS)
    await sql`create statistics ${sql.raw(`cases_lower_${column}_stat`)} on (lower(${sql.ref(column)})) from cases`.execute(
      db,
    );
}

async function dropSearchVector(db: Kysely<unknown>): Promise<void> {
  for (const column of STATISTICS)
    await sql`drop statistics ${sql.raw(`cases_lower_${column}_stat`)}`.execute(db);
  await sql`create index case_search_idx on case_search using gin (to_tsvector('simple', search_text))`.execute(
    db,
  );
  await sql`alter table case_search drop column search_vector`.execute(db);
}
