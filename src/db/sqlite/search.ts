/**
 * Full-text search on SQLite: FTS5 tables over the jieba-tokenized `search_text` columns (external content,
 * kept in sync by triggers created in the migration). Tokens are whitespace-separated, so FTS5's unicode61
 * tokenizer keeps each Chinese word whole.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { SearchDialect } from '../search/dialect.js';

const phrase = (tokens: readonly string[]): string =>
  tokens.map((t) => `"${t.replaceAll('"', '""')}"`).join(' ');

export const sqliteSearch: SearchDialect = {
  caseMatch(tokens): RawBuilder<SqlBool> {
    return sql<SqlBool>`cases.id in (select rowid from case_search_fts where case_search_fts match ${phrase(tokens)})`;
  },
  caseMatchProbe(tokens): RawBuilder<SqlBool> {
    // Correlated on the rowid: FTS5 answers `match … and rowid = ?` by seeking in the words' lists, so each row the
    // sort index brings costs a seek (an IN list would build the whole match set first: at 1M cases 250,000 rowids,
    // ~50 ms per query, against ~10 ms for a page this way).
    return sql<SqlBool>`exists (select 1 from case_search_fts where case_search_fts match ${phrase(tokens)} and case_search_fts.rowid = cases.id)`;
  },
  articleMatch(tokens): RawBuilder<SqlBool> {
    return sql<SqlBool>`articles.rowid in (select rowid from articles_fts where articles_fts match ${phrase(tokens)})`;
  },
  async createIndexes(db: Kysely<unknown>): Promise<void> {
    for (const [table, fts, key] of [
      ['case_search', 'case_search_fts', 'case_id'],
      ['articles', 'articles_fts', 'rowid'],
    ] as const) {
      await sql
        .raw(
          `create virtual table ${fts} using fts5(search_text, content='${table}', content_rowid='${key}', tokenize='unicode61')`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_fts_ai after insert on ${table} begin
             insert into ${fts}(rowid, search_text) values (new.${key}, new.search_text); end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_fts_ad after delete on ${table} begin
             insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.${key}, old.search_text); end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_fts_au after update of search_text on ${table} begin
             insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.${key}, old.search_text);
             insert into ${fts}(rowid, search_text) values (new.${key}, new.search_text); end`,
        )
        .execute(db);
    }
  },
};
