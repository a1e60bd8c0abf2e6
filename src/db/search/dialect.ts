/** The one place where the engines differ: how a tokenized query matches the full-text columns. */
import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { KeyGroup } from './filter-keys.js';

/** The most matches the case list counts (its total exact below, 「N+」 at it): in any order, and in title order. */
export interface ListCaps {
  readonly count: number;
  readonly titleCount: number;
}

export interface SearchDialect {
  /**
   * The case list's count caps on this engine: where counting further costs more than a reader gains (NOTES.md
   * "Scale"). No reader pages through thousands of cases — they narrow the search.
   */
  readonly listCaps: ListCaps;
  /**
   * Condition on `cases`: every token occurs in the case's case_search.search_text and every key group matches its
   * filter keys (search/filter-keys.ts), in one lookup of the text index.
   */
  caseMatch(tokens: readonly string[], keys?: readonly KeyGroup[]): RawBuilder<SqlBool>;
  /**
   * The same condition on `case_search` rows, for a query that reads only that table (its sort keys and fine, 0017).
   * PostgreSQL only: there each match found in the index costs a row of case_search anyway, and a row of `cases` more
   * without it. SQLite's FTS5 rowids lead straight to the case rows, which measured faster than its wide case_search
   * rows (300,000 cases: a page 8 against 12 ms, a fine distribution 77 against 104 ms), so it leaves this out and its
   * plans read `cases` (its copies of the sort keys are written for one schema and one write path, and not read).
   */
  searchRowMatch?(tokens: readonly string[], keys: readonly KeyGroup[]): RawBuilder<SqlBool>;
  /** The number of cases `caseMatch(tokens, keys)` finds, counted up to `cap` in the text index alone. */
  countMatches(tokens: readonly string[], keys: readonly KeyGroup[], cap: number): RawBuilder<{ n: number }>;
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
