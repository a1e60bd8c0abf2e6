/** The case filters shared by the list and the stats: one WHERE expression over `cases`. */
import { expressionBuilder, sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { findLaw } from '../../core/statutes/catalogue.js';
import type { SearchDialect } from '../search/dialect.js';
import { filterKeyQuery, type KeyedFilter } from '../search/filter-keys.js';
import { queryTokens } from '../search/tokenize.js';
import type { Database } from '../types.js';

export interface CaseFilter {
  q?: string;
  region?: string;
  agency?: string;
  law?: string;
  article?: number;
  sanction?: string;
  fine_min?: number;
  fine_max?: number;
  date_from?: string;
  date_to?: string;
  party_kind?: string;
  status?: string;
}

/**
 * Who reads (`publishedOnly`), how the text is matched (`probeText`), and the query's tokens when the caller already
 * has them (`tokens`: a capped case list plans its filters twice, for the first pass and for the walk, and the
 * segmenter's two passes over the query cost ~0.8 ms on a loaded machine, NOTES.md "seventh pass").
 */
export interface FilterOptions {
  readonly publishedOnly: boolean;
  readonly probeText?: boolean;
  readonly tokens?: readonly string[];
}

/**
 * `publishedOnly` (anonymous readers) restricts to published cases whatever `status` asks for.
 * `probeText` writes the text match as a test of each row rather than the plan's driver (`caseMatchProbe`).
 * Region and agency match as substrings (兴庆区 finds 银川市兴庆区); dates overlap the range.
 */
export function caseFilterExpression(
  f: CaseFilter,
  search: SearchDialect,
  opts: FilterOptions,
): Expression<SqlBool> {
  return caseFilterPlan(f, search, opts).where;
}

/**
 * The filters' WHERE expression and, when the text index answers every filter (a text query whose other filters are
 * all filter keys, search/filter-keys.ts), the count of its matches up to a cap from the text index alone. With a
 * text query (and not `probeText`) the filters that have keys are matched in the same index lookup as the words; the
 * SQL test stays for those the keys express only roughly (dates not in whole years, a fine's lower bound between
 * two steps) or not at all (a fine's upper bound).
 */
export function caseFilterPlan(
  f: CaseFilter,
  search: SearchDialect,
  opts: FilterOptions,
): {
  where: Expression<SqlBool>;
  countInIndex?: (cap: number) => RawBuilder<{ n: number }>;
  /**
   * With countInIndex, where the engine offers it (`SearchDialect.searchRowMatch`): the same match as a condition on
   * `case_search` rows alone (their sort keys and fine).
   */
  searchRows?: RawBuilder<SqlBool>;
  /** The query's tokens (none without a text query), for a second plan of the same filters. */
  tokens: readonly string[];
} {
  const eb = expressionBuilder<Database, 'cases'>();
  const and: Expression<SqlBool>[] = [];
  const tokens = f.q ? (opts.tokens ?? queryTokens(f.q)) : [];
  const keys = f.q && tokens.length && !opts.probeText ? filterKeyQuery(f, opts) : undefined;
  const keyed = (filter: KeyedFilter) => keys?.exact.has(filter) ?? false;
  if (!keyed('status')) {
    if (opts.publishedOnly) and.push(eb('cases.status', '=', 'published'));
    if (f.status) and.push(eb('cases.status', '=', f.status));
  }
  if (f.region && !keyed('region')) and.push(contains('region', f.region));
  if (f.agency && !keyed('agency')) and.push(contains('agency', f.agency));
  if (f.party_kind && !keyed('party_kind')) and.push(eb('cases.party_kind', '=', f.party_kind));
  if (f.fine_min !== undefined && !keyed('fine_min')) and.push(eb('cases.fine_total_yuan', '>=', f.fine_min));
  if (f.fine_max !== undefined) and.push(eb('cases.fine_total_yuan', '<=', f.fine_max));
  if (!keyed('dates')) {
    if (f.date_from) and.push(eb('cases.date_last', '>=', f.date_from));
    if (f.date_to) and.push(eb('cases.date_first', '<=', f.date_to));
  }
  if ((f.law !== undefined || f.article !== undefined) && !keyed('law')) {
    const law = f.law === undefined ? undefined : findLaw(f.law);
    let sub = eb
      .selectFrom('case_provisions')
      .select('case_provisions.case_id')
      .whereRef('case_provisions.case_id', '=', 'cases.id');
    if (law) sub = sub.where('case_provisions.law_id', '=', law.id);
    else if (f.law !== undefined) sub = sub.where('case_provisions.law', '=', f.law);
    if (f.article !== undefined) sub = sub.where('case_provisions.article', '=', f.article);
    and.push(eb.exists(sub));
  }
  if (f.sanction && !keyed('sanction')) {
    and.push(
      eb.exists(
        eb
          .selectFrom('case_sanctions')
          .select('case_sanctions.case_id')
          .whereRef('case_sanctions.case_id', '=', 'cases.id')
          .where('case_sanctions.kind', '=', f.sanction),
      ),
    );
  }
  if (f.q) {
    // A query of only symbols or emoji has no word to match: it finds nothing (not every case). Last: SQLite tests
    // a row's conditions in the order written, and as a per-row probe the match is the dearest of them (a seek in
    // each of the text index's segments, ~0.1 ms at 1M cases), so the row's own columns are tested first.
    const match = opts.probeText ? search.caseMatchProbe(tokens) : search.caseMatch(tokens, keys?.groups);
    and.push(tokens.length ? match : sql<SqlBool>`1 = 0`);
  }
  const where = eb.and(and);
  // The match is then the only condition: the index alone can count it, and case_search's rows answer the rest.
  if (keys && and.length === 1)
    return {
      where,
      tokens,
      countInIndex: (cap) => search.countMatches(tokens, keys.groups, cap),
      ...(search.searchRowMatch ? { searchRows: search.searchRowMatch(tokens, keys.groups) } : {}),
    };
  return { where, tokens };
}

/** Substring match; LIKE's wildcards in the value are escaped (ESCAPE stated: SQLite has no default). */
function contains(column: 'region' | 'agency', value: string): Expression<SqlBool> {
  const pattern = `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not; this way both do.
  return sql<SqlBool>`lower(${sql.ref(`cases.${column}`)}) like lower(${pattern}) escape '\\'`;
}
