/** The one place where the engines differ: how a tokenized query matches the full-text columns. */
import type { Kysely, RawBuilder, SqlBool } from 'kysely';

export interface SearchDialect {
  /** Condition on `cases`: every token occurs in the case's case_search.search_text. */
  caseMatch(tokens: readonly string[]): RawBuilder<SqlBool>;
  /**
   * The same condition written as a test of each row the plan brings, not as the plan's driver: for a page walked
   * in a sort index's order when the matches are many (the case list, NOTES.md "Scale"). Same rows as `caseMatch`.
   */
  caseMatchProbe(tokens: readonly string[]): RawBuilder<SqlBool>;
  /** Condition on `articles`: every token occurs in articles.search_text. */
  articleMatch(tokens: readonly string[]): RawBuilder<SqlBool>;
  /** Creates the full-text indexes (called by the initial migration). */
  createIndexes(db: Kysely<unknown>): Promise<void>;
}
