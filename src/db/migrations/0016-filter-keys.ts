/**
 * Filter keys in the text index (issue 12, search/filter-keys.ts): `case_search.filter_keys` holds a case's
 * status, party kind, sanction kinds, laws and articles, years, and the characters of its region and agency as
 * tokens, so a text search with filters is answered by one lookup of the text index instead of reading every case
 * with the words and testing the filters row by row (at 1,000,000 cases a common word matches a quarter of them).
 *
 * SQLite: the FTS5 table gets the column beside search_text (made again: FTS5 tables take no new column).
 * PostgreSQL: the stored search vector is made again as the keys with weight A followed by the words (a generated
 * column's expression cannot be changed in PostgreSQL 15); its GIN index with it.
 *
 * The keys of existing cases are written at the next start (server/derived-sync.ts: the search text's fingerprint
 * changes with this release); until then they are empty.
 */
import { sql, type Kysely, type Migration, type RawBuilder } from 'kysely';
import { createFtsTable, dropFtsTable } from '../sqlite/search.js';
import type { Engine } from '../types.js';

const VECTOR_0013 = sql`to_tsvector('simple', search_text)`;
const VECTOR_0016 = sql`setweight(to_tsvector('simple', filter_keys), 'A') || to_tsvector('simple', search_text)`;

export function filterKeysMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`alter table case_search add column filter_keys text not null default ''`.execute(db);
      if (engine === 'postgres') await searchVector(db, VECTOR_0016);
      else await searchFts(db, ['search_text', 'filter_keys']);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (engine === 'postgres') await searchVector(db, VECTOR_0013);
      else await searchFts(db, ['search_text']);
      await sql`alter table case_search drop column filter_keys`.execute(db);
    },
  };
}

async function searchFts(db: Kysely<unknown>, columns: string[]): Promise<void> {
  await dropFtsTable(db, 'case_search', 'case_search_fts');
  await createFtsTable(db, 'case_search', 'case_search_fts', 'case_id', columns);
  await sql`insert into case_search_fts(case_search_fts) values ('rebuild')`.execute(db);
  // 'rebuild' leaves thousands of small segments; the first writes after it (the keys of every case, written at the
  // next start) would merge them piecemeal, a second and more per thousand cases at first: merged once here instead.
  await sql`insert into case_search_fts(case_search_fts) values ('optimize')`.execute(db);
}

async function searchVector(db: Kysely<unknown>, vector: RawBuilder<unknown>): Promise<void> {
  await sql`alter table case_search drop column search_vector`.execute(db);
  await sql`alter table case_search add column search_vector tsvector generated always as (${vector}) stored`.execute(
    db,
  );
  await sql`create index case_search_vector_idx on case_search using gin (search_vector)`.execute(db);
}
