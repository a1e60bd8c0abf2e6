/**
 * Full-text search on PostgreSQL: tsvector('simple') over the jieba-tokenized `search_text` columns with GIN
 * indexes (cases: the stored column case_search.search_vector, migration 0013; articles: an expression index); the
 * query is the same tokens joined by & (every token must occur).
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { SearchDialect } from '../search/dialect.js';
import type { KeyGroup } from '../search/filter-keys.js';

const lexeme = (t: string): string => `'${t.replaceAll("'", "''")}'`;
const tsquery = (tokens: readonly string[], weight = ''): string =>
  tokens.map((t) => lexeme(t) + weight).join(' & ');

/**
 * The words and the filter keys as one tsquery on case_search.search_vector (migration 0016): the keys carry weight
 * A there and the words of the text D, so neither is taken for the other; a phrase of keys is `<->` (one after the
 * other).
 */
function caseQuery(tokens: readonly string[], keys: readonly KeyGroup[] = []): string {
  const key = (p: readonly string[]) => `(${p.map((k) => `${lexeme(k)}:A`).join(' <-> ')})`;
  return [tsquery(tokens, ':D'), ...keys.map((g) => `(${g.map(key).join(' | ')})`)].join(' & ');
}

export const postgresSearch: SearchDialect = {
  caseMatch(tokens, keys): RawBuilder<SqlBool> {
    return sql<SqlBool>`cases.id in (select case_search.case_id from case_search where case_search.search_vector @@ to_tsquery('simple', ${caseQuery(tokens, keys)}))`;
  },
  countMatches(tokens, keys, cap) {
    return sql<{
      n: number;
    }>`select count(*) as n from (select 1 from case_search where case_search.search_vector @@ to_tsquery('simple', ${caseQuery(tokens, keys)}) limit ${cap}) m`;
  },
  caseMatchProbe(tokens): RawBuilder<SqlBool> {
    // A scalar subquery (null, so false, when the case does not match), not EXISTS: the planner turns EXISTS into a
    // join driven by the match, as its estimate of a multi-word tsquery's matches is far too low (words that occur
    // together are taken as independent: 3,191 estimated for 25,272 at 200,000 cases). As a per-row test, each
    // row the sort index brings is looked up by case_search's key and its stored vector tested.
    return sql<SqlBool>`(select true from case_search where case_search.case_id = cases.id and case_search.search_vector @@ to_tsquery('simple', ${caseQuery(tokens)}))`;
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
