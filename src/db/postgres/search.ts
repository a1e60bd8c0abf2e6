/**
 * Full-text search on PostgreSQL: tsvector('simple') over the jieba-tokenized `search_text` columns with GIN
 * indexes (cases: the stored column case_search.search_vector, migration 0013; articles: an expression index); the
 * query is the same tokens joined by & (every token must occur).
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { SearchDialect } from '../search/dialect.js';

const tsquery = (tokens: readonly string[]): string =>
  tokens.map((t) => `'${t.replaceAll("'", "''")}'`).join(' & ');

export const postgresSearch: SearchDialect = {
  caseMatch(tokens): RawBuilder<SqlBool> {
    return sql<SqlBool>`cases.id in (select case_search.case_id from case_search where case_search.search_vector @@ to_tsquery('simple', ${tsquery(tokens)}))`;
  },
  caseMatchProbe(tokens): RawBuilder<SqlBool> {
    // A scalar subquery (null, so false, when the case does not match), not EXISTS: the planner turns EXISTS into a
    // join driven by the match, as its estimate of a multi-word tsquery's matches is far too low (words that occur
    // together are taken as independent: 3,191 estimated for 25,272 at 200,000 cases). As a per-row test, each
    // row the sort index brings is looked up by case_search's key and its stored vector tested.
    return sql<SqlBool>`(select true from case_search where case_search.case_id = cases.id and case_search.search_vector @@ to_tsquery('simple', ${tsquery(tokens)}))`;
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
