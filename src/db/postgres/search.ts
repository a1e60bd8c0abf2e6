/**
 * Full-text search on PostgreSQL: tsvector('simple') over the jieba-tokenized `search_text` columns with GIN
 * indexes on an expression (cases: `caseVector` of case_search, partitioned by case id, migrations 0017 and 0018 —
 * the vector is not stored, so that the rows a bitmap scan reads stay narrow; articles: to_tsvector of the text); the
 * query is the same tokens joined by & (every token must occur).
 *
 * No lexeme of a case query carries a weight and none is a phrase: either would make every row the index answers a
 * candidate to recheck, and the recheck would compute each candidate's vector again. The filter keys are told apart
 * from the words by their form instead (`keyLexeme`), and a phrase of keys (a region or agency, one character after
 * the other) is matched as its keys in any order by the index and as a substring of the row's `filter_keys` text,
 * which stays in the row.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { caseVector } from '../migrations/0018-narrow-search-rows.js';
import type { SearchDialect } from '../search/dialect.js';
import type { KeyGroup, KeyPhrase } from '../search/filter-keys.js';
import type { Database } from '../types.js';

const lexeme = (t: string): string => `'${t.replaceAll("'", "''")}'`;
const tsquery = (tokens: readonly string[]): string => tokens.map(lexeme).join(' & ');

/**
 * A filter key as the case vector holds it (`key.k` for each key, since migration 0017): the parser reads
 * `zs7075….k` as one lexeme (a file name), and no word can make a lexeme with a dot, as a word is letters and digits
 * only (search/tokenize.ts) — while a word can make `zn46` (x²zn46 is read as x and zn46).
 */
export const keyLexeme = (key: string): string => `${key}.k`;

const keyQuery = (p: KeyPhrase): string => `(${p.map((k) => lexeme(keyLexeme(k))).join(' & ')})`;

/** The words and each key group as one tsquery: a group matches when one of its phrases has all its keys. */
function caseQuery(tokens: readonly string[], keys: readonly KeyGroup[] = []): string {
  return [tsquery(tokens), ...keys.map((g) => `(${g.map(keyQuery).join(' | ')})`)].join(' & ');
}

/**
 * The test the index cannot make: for each group with a phrase of several keys, one of its phrases occurs in order in
 * the row's keys (a single key is a phrase of itself). Keys are letters and digits, separated by one space.
 */
function phraseTest(keys: readonly KeyGroup[] = []): RawBuilder<SqlBool> {
  const groups = keys.filter((g) => g.some((p) => p.length > 1));
  if (!groups.length) return sql<SqlBool>`true`;
  const inOrder = (p: KeyPhrase) =>
    sql<SqlBool>`(' ' || case_search.filter_keys || ' ') like ${`% ${p.join(' ')} %`}`;
  return sql<SqlBool>`${sql.join(
    groups.map((g) => sql`(${sql.join(g.map(inOrder), sql` or `)})`),
    sql` and `,
  )}`;
}

/** case_search rows matching the words and keys (the index, then the phrases on the rows it brings). */
const matching = (tokens: readonly string[], keys?: readonly KeyGroup[]) =>
  sql`${caseVector('case_search')} @@ to_tsquery('simple', ${caseQuery(tokens, keys)}) and ${phraseTest(keys)}`;

export const postgresSearch: SearchDialect = {
  // A search whose filters keep ~1 % of a million rows reads a heap page per match it counts: 10,000 made those the
  // p95. The title order counts twice as far: its walk is the one a filter most often defeats (generated titles begin
  // with a place), and sorting up to 10,000 matches once costs less than counting 5,000, walking in vain and then
  // sorting them all (NOTES.md "PostgreSQL at 1M, fourth pass" and "sixth pass").
  listCaps: { count: 5_000, titleCount: 10_000 },
  caseMatch(tokens, keys): RawBuilder<SqlBool> {
    return sql<SqlBool>`cases.id in (select case_search.case_id from case_search where ${matching(tokens, keys)})`;
  },
  searchRowMatch(tokens, keys): RawBuilder<SqlBool> {
    return sql<SqlBool>`${matching(tokens, keys)}`;
  },
  countMatches(tokens, keys, cap) {
    // case_search is partitioned (0017): the limit stops the scan in the first partitions when the matches are many,
    // instead of the index collecting every match of a common word first.
    return sql<{
      n: number;
    }>`select count(*) as n from (select from case_search where ${matching(tokens, keys)} limit ${cap}) m`;
  },
  caseMatchProbe(tokens): RawBuilder<SqlBool> {
    // A scalar subquery (null, so false, when the case does not match), not EXISTS: the planner turns EXISTS into a
    // join driven by the match, as its estimate of a multi-word tsquery's matches is far too low (words that occur
    // together are taken as independent: 3,191 estimated for 25,272 at 200,000 cases). As a per-row test, each
    // row the sort index brings is looked up by case_search's key and the vector of its words computed and tested
    // (a few hundred rows; the keys' part is left out, as no word can match a key: keyLexeme).
    return sql<SqlBool>`(select true from case_search where case_search.case_id = cases.id and to_tsvector('simple', case_search.search_text) @@ to_tsquery('simple', ${tsquery(tokens)}))`;
  },
  articleMatch(tokens): RawBuilder<SqlBool> {
    return sql<SqlBool>`to_tsvector('simple', articles.search_text) @@ to_tsquery('simple', ${tsquery(tokens)})`;
  },
  async createIndexes(db: Kysely<unknown>): Promise<void> {
    await sql`create index case_search_idx on case_search using gin (to_tsvector('simple', search_text))`.execute(
      db,
    );
    await sql`create index articles_search_idx on articles using gin (to_tsvector('simple', search_text))`.execute(
      db,
    );
  },
};

/**
 * Moves the rows waiting in the pending list of each part's GIN index (migrations 0017, 0018) into the index; returns the
 * number of pending-list pages emptied. Each query reads the pending lists through, so after an import they cost
 * every search until emptied (autovacuum does it too, in its own time).
 */
export async function cleanCaseTextIndex(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ pages: number | string | null }>`
    select sum(gin_clean_pending_list(i.indexrelid)) as pages
    from pg_index i
      join pg_class c on c.oid = i.indexrelid
      join pg_am a on a.oid = c.relam
      join pg_inherits h on h.inhrelid = i.indrelid
      join pg_class p on p.oid = h.inhparent
    where p.relname = 'case_search' and p.relnamespace = current_schema()::regnamespace
      and a.amname = 'gin'`.execute(db);
  return Number(rows[0]?.pages ?? 0);
}
