/**
 * PostgreSQL: case_search's rows without their tsvector (issue 12, NOTES.md "PostgreSQL at 1M, third pass"). SQLite:
 * nothing.
 *
 * Every match a count, page or fine distribution reads costs a heap page (GIN has no index-only scan), and a common
 * word's matches are spread over most pages: what such a query costs is the number of pages of case_search. The stored
 * vector was more than half of each row (1.1 of 1.9 kB at 1,000,000 generated cases, ~4.8 rows a page). Since 0017
 * the index never asks for a row's vector back (no weights, no phrases), so the vector need not be stored: the GIN
 * index is made on the same expression instead (`caseVector`), and a bitmap scan reads narrow rows (~0.8 kB, ~10 a
 * page). The expression is computed when a row is written, as the generated column was, and by the case list's walk
 * for the few hundred rows it tests one by one (postgres/search.ts `caseMatchProbe`: the words only).
 *
 * `toast_tuple_target = 128` on each part: a row over PostgreSQL's toast threshold (~2 kB: a long case's text) then
 * has its search text moved out of line down to ~128 bytes, instead of down to ~2 kB. It does nothing to a shorter
 * row: PostgreSQL calls its toaster only for rows over the threshold, whatever the table's target.
 */
import { sql, type Kysely, type Migration, type RawBuilder } from 'kysely';
import type { Engine } from '../types.js';
import { PARTITIONS } from './0017-search-partitions.js';

/** Each part's GIN pending list, in kB, as 0017 made it. */
const PENDING_LIST_KB = 256;
const TOAST_TUPLE_TARGET = 128;

/**
 * The case text index's expression, with the columns of `table` (unqualified in the index): the filter keys, each
 * written `key.k` (postgres/search.ts keyLexeme), and the words. A query must spell it the same way for the planner
 * to use the index.
 */
export function caseVector(table?: string): RawBuilder<unknown> {
  const col = (c: string) => (table ? `${table}.${c}` : c);
  return sql.raw(
    `(to_tsvector('simple', regexp_replace(${col('filter_keys')}, '(\\S+)', '\\1.k', 'g')) || to_tsvector('simple', ${col('search_text')}))`,
  );
}

/** 0017's stored column, for `down`. */
const VECTOR_0017 = caseVector();

const part = (k: number) => sql.raw(`case_search_${k}`);

export function narrowSearchRowsMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'postgres') return;
      await sql`drop index case_search_vector_idx`.execute(db);
      await sql`alter table case_search drop column search_vector`.execute(db);
      // A dropped column stays in every row until the row is written again: each part is rewritten (CLUSTER may run
      // in a transaction on a plain table; the rows keep the case-id order they were mostly written in).
      for (let k = 0; k < PARTITIONS; k++) {
        await sql`alter table ${part(k)} set (toast_tuple_target = ${sql.lit(TOAST_TUPLE_TARGET)})`.execute(
          db,
        );
        await sql`cluster ${part(k)} using ${sql.raw(`case_search_${k}_pkey`)}`.execute(db);
        await sql`alter table ${part(k)} set without cluster`.execute(db);
      }
      await sql`create index case_search_text_idx on case_search using gin (${caseVector()})
          with (gin_pending_list_limit = ${sql.lit(PENDING_LIST_KB)})`.execute(db);
      // Statistics of the index's expression (its most common lexemes) for the planner's estimates.
      await sql`analyze case_search`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'postgres') return;
      await sql`drop index case_search_text_idx`.execute(db);
      for (let k = 0; k < PARTITIONS; k++)
        await sql`alter table ${part(k)} reset (toast_tuple_target)`.execute(db);
      await sql`alter table case_search add column search_vector tsvector generated always as (${VECTOR_0017}) stored`.execute(
        db,
      );
      await sql`create index case_search_vector_idx on case_search using gin (search_vector)
          with (gin_pending_list_limit = ${sql.lit(PENDING_LIST_KB)})`.execute(db);
      await sql`analyze case_search`.execute(db);
    },
  };
}
