/**
 * PostgreSQL's case text index at province scale (issue 12, NOTES.md "Scale"). SQLite: nothing (FTS5 reads its
 * posting lists lazily and stops at a limit already).
 *
 * `case_search` is made again, partitioned by hash of the case id into PARTITIONS parts, each with its GIN index. A
 * GIN index answers a query by collecting every match into a bitmap before giving the first row: at 1,000,000 cases
 * a common word's 90,000 matches cost 40–60 ms before the case list's count could stop at its cap. Partitioned, the
 * count reads the parts one after the other and stops at the cap in the first few, and a rare word costs what it
 * did.
 *
 * The index must never ask for a recheck of a row's vector (the vector is read again for every row it brings): keys
 * are written `key.k` in the vector, a form no word takes, instead of weight A (a weight in the query needs the
 * recheck), and a phrase of keys is tested on the row's filter_keys text (postgres/search.ts), which is kept in the
 * row (storage MAIN) when a long text sends the text and the vector out of line.
 *
 * Both engines: case_search gets copies of the case list's sort keys (title, date_first, fine_total_yuan,
 * created_at), written with the row by every case write: a text search whose filters are all keys pages, counts and
 * sums its fines from case_search alone, where a case row per match was read (8,000 matches: 8,000 lookups in
 * `cases`).
 */
import { sql, type Kysely, type Migration, type RawBuilder } from 'kysely';
import type { Engine } from '../types.js';

export const PARTITIONS = 16;
/** Each part's GIN pending list, in kB (see `remake`). */
const PENDING_LIST_KB = 256;

const VECTOR_0016 = sql`setweight(to_tsvector('simple', filter_keys), 'A') || to_tsvector('simple', search_text)`;
/** Each space-separated key k becomes `k.k` (postgres/search.ts keyLexeme); '' stays ''. */
const VECTOR_0017 = sql`to_tsvector('simple', regexp_replace(filter_keys, '(\\S+)', '\\1.k', 'g')) || to_tsvector('simple', search_text)`;

/** The sort keys copied from `cases` (CaseSearchTable). */
export const SORT_KEYS = ['title', 'date_first', 'fine_total_yuan', 'created_at'] as const;
const SORT_KEY_COLUMNS = sql.raw(`title text not null default '', date_first text,
      fine_total_yuan double precision not null default 0, created_at text not null default ''`);

export function searchPartitionsMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine === 'postgres') await remake(db, VECTOR_0017, PARTITIONS, true);
      else await sqliteSortKeys(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (engine === 'postgres') await remake(db, VECTOR_0016, 0, false);
      else
        for (const k of SORT_KEYS) await sql`alter table case_search drop column ${sql.ref(k)}`.execute(db);
    },
  };
}

/** SQLite's copies of the sort keys, filled from `cases` (0017 up, and 0019 down). */
export async function sqliteSortKeys(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_search add column title text not null default ''`.execute(db);
  await sql`alter table case_search add column date_first text`.execute(db);
  await sql`alter table case_search add column fine_total_yuan real not null default 0`.execute(db);
  await sql`alter table case_search add column created_at text not null default ''`.execute(db);
  // The FTS5 triggers follow updates of the text and keys only: this update leaves the text index alone.
  await sql`update case_search set (title, date_first, fine_total_yuan, created_at) =
      (select title, date_first, fine_total_yuan, created_at from cases where cases.id = case_search.case_id)`.execute(
    db,
  );
}

/**
 * case_search made again with this vector, in `parts` partitions (0: one plain table, as before 0017), with the sort
 * keys or without.
 */
async function remake(
  db: Kysely<unknown>,
  vector: RawBuilder<unknown>,
  parts: number,
  sortKeys: boolean,
): Promise<void> {
  await sql`alter table case_search rename to case_search_old`.execute(db);
  await sql`alter index case_search_pkey rename to case_search_old_pkey`.execute(db);
  await sql`alter index case_search_vector_idx rename to case_search_old_vector_idx`.execute(db);
  await sql`create table case_search (
      case_id integer not null references cases(id) on delete cascade,
      search_text text not null,
      filter_keys text not null default '',${
        sortKeys
          ? sql`
      ${SORT_KEY_COLUMNS},`
          : sql``
      }
      search_vector tsvector generated always as (${vector}) stored,
      constraint case_search_pkey primary key (case_id)
    )${sql.raw(parts ? ' partition by hash (case_id)' : '')}`.execute(db);
  if (parts) {
    await sql`alter table case_search alter column filter_keys set storage main`.execute(db);
    for (let k = 0; k < parts; k++) {
      await sql`create table ${sql.raw(`case_search_${k}`)} partition of case_search
          for values with (modulus ${sql.lit(parts)}, remainder ${sql.lit(k)})`.execute(db);
    }
  }
  if (sortKeys)
    await sql`insert into case_search (case_id, search_text, filter_keys, title, date_first, fine_total_yuan, created_at)
        select s.case_id, s.search_text, s.filter_keys, c.title, c.date_first, c.fine_total_yuan, c.created_at
        from case_search_old s join cases c on c.id = s.case_id`.execute(db);
  else
    await sql`insert into case_search (case_id, search_text, filter_keys)
        select case_id, search_text, filter_keys from case_search_old`.execute(db);
  await sql`drop table case_search_old`.execute(db);
  // After the rows: one build instead of an insert into the index per row. New rows wait in each part's pending list
  // until it holds PENDING_LIST_KB, and every query reads those lists through (16 × PostgreSQL's 4 MB default after an
  // import made a rare word's lookup 5.5 ms a part instead of 1.6); `wangan serve` empties them at start and hourly.
  await sql`create index case_search_vector_idx on case_search using gin (search_vector)${sql.raw(
    parts ? ` with (gin_pending_list_limit = ${PENDING_LIST_KB})` : '',
  )}`.execute(db);
  // Autovacuum analyzes the partitions in its time, never a partitioned table: the planner's figures now.
  await sql`analyze case_search`.execute(db);
}
