/**
 * Full-text search on SQLite: FTS5 tables over the jieba-tokenized `search_text` columns (external content,
 * kept in sync by triggers created in the migration). Tokens are whitespace-separated, so FTS5's unicode61
 * tokenizer keeps each Chinese word whole.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { SearchDialect } from '../search/dialect.js';
import type { Database } from '../types.js';
import type { KeyGroup } from '../search/filter-keys.js';

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;
const phrase = (tokens: readonly string[]): string => tokens.map(quote).join(' ');

/**
 * An FTS5 query on case_search_fts (migration 0016): the words in the search_text column, each key group in the
 * filter_keys column (a quoted string of several keys is a phrase: those keys one after the other).
 */
function caseQuery(tokens: readonly string[], keys: readonly KeyGroup[] = []): string {
  return [
    `{search_text} : (${phrase(tokens)})`,
    ...keys.map((g) => `{filter_keys} : (${g.map((p) => quote(p.join(' '))).join(' OR ')})`),
  ].join(' AND ');
}

export const sqliteSearch: SearchDialect = {
  // FTS5 counts matches in its index without a row each: 10,000 cost SQLite less than walking from 5,000 (1,000,000
  // cases: search p95 36 ms at 10,000, 56 ms at 5,000; NOTES.md "SQLite keeps its cap").
  listCaps: { count: 10_000, titleCount: 10_000 },
  caseMatch(tokens, keys): RawBuilder<SqlBool> {
    return sql<SqlBool>`cases.id in (select rowid from case_search_fts where case_search_fts match ${caseQuery(tokens, keys)})`;
  },
  countMatches(tokens, keys, cap) {
    return sql<{
      n: number;
    }>`select count(*) as n from (select rowid from case_search_fts where case_search_fts match ${caseQuery(tokens, keys)} limit ${cap})`;
  },
  caseMatchProbe(tokens): RawBuilder<SqlBool> {
    // Correlated on the rowid: FTS5 answers `match … and rowid = ?` by seeking in the words' lists, so each row the
    // sort index brings costs a seek (an IN list would build the whole match set first: at 1M cases 250,000 rowids,
    // ~50 ms per query, against ~10 ms for a page this way).
    return sql<SqlBool>`exists (select 1 from case_search_fts where case_search_fts match ${caseQuery(tokens)} and case_search_fts.rowid = cases.id)`;
  },
  articleMatch(tokens): RawBuilder<SqlBool> {
    return sql<SqlBool>`articles.rowid in (select rowid from articles_fts where articles_fts match ${phrase(tokens)})`;
  },
  async createIndexes(db: Kysely<unknown>): Promise<void> {
    await createFtsTable(db, 'case_search', 'case_search_fts', 'case_id', ['search_text']);
    await createFtsTable(db, 'articles', 'articles_fts', 'rowid', ['search_text']);
  },
};

/** Leaf pages one merge step of the case text index rewrites (~4 MB: tens of milliseconds). */
const MERGE_PAGES = 1000;

/**
 * Merges the case text index's segments into one, a step at a time (other queries run between the steps); returns
 * the number of steps. Imports leave the index in many segments (FTS5 merges them only partly as it goes): a
 * per-row probe of the match — the case list's walk, NOTES.md "Scale" — then seeks in every segment: at 1M cases
 * after the bench's import ~0.2 ms a probe, merged ~0.01 ms. FTS5's 'merge' with a negative page count merges
 * segments of every level; a step that changes fewer than two rows found nothing left to merge.
 */
export async function mergeCaseTextIndex(db: Kysely<Database>): Promise<number> {
  const changes = async () =>
    Number((await sql<{ n: number }>`select total_changes() as n`.execute(db)).rows[0]!.n);
  for (let steps = 1; ; steps++) {
    const before = await changes();
    await sql`insert into case_search_fts(case_search_fts, rank) values ('merge', ${-MERGE_PAGES})`.execute(
      db,
    );
    if ((await changes()) - before < 2) return steps;
  }
}

/**
 * An FTS5 table over `columns` of `table` (external content, rows keyed by `key`) and the triggers that keep it in
 * step with the table's inserts, deletes and updates of those columns.
 */
export async function createFtsTable(
  db: Kysely<unknown>,
  table: string,
  fts: string,
  key: string,
  columns: readonly string[],
): Promise<void> {
  const list = columns.join(', ');
  const values = (row: 'new' | 'old') => columns.map((c) => `${row}.${c}`).join(', ');
  await sql
    .raw(
      `create virtual table ${fts} using fts5(${list}, content='${table}', content_rowid='${key}', tokenize='unicode61')`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_fts_ai after insert on ${table} begin
         insert into ${fts}(rowid, ${list}) values (new.${key}, ${values('new')}); end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_fts_ad after delete on ${table} begin
         insert into ${fts}(${fts}, rowid, ${list}) values ('delete', old.${key}, ${values('old')}); end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_fts_au after update of ${list} on ${table} begin
         insert into ${fts}(${fts}, rowid, ${list}) values ('delete', old.${key}, ${values('old')});
         insert into ${fts}(rowid, ${list}) values (new.${key}, ${values('new')}); end`,
    )
    .execute(db);
}

/** Drops an FTS5 table made by `createFtsTable` and its triggers. */
export async function dropFtsTable(db: Kysely<unknown>, table: string, fts: string): Promise<void> {
  for (const t of ['ai', 'ad', 'au']) await sql.raw(`drop trigger ${table}_fts_${t}`).execute(db);
  await sql.raw(`drop table ${fts}`).execute(db);
}
