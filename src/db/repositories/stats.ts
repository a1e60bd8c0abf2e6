/**
 * Case statistics: counts and fine sums grouped by a dimension, and the fine distribution, under the same
 * filters as the case list. Grouping by a child table (law, article, sanction) counts each case once per key.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { LAWS } from '../../core/statutes/catalogue.js';
import type { SearchDialect } from '../search/dialect.js';
import type { Database } from '../types.js';
import { caseFilterExpression, caseFilterPlan, type CaseFilter } from './case-filter.js';
import { readCaseStats } from './case-stats.js';
import { FINE_BUCKETS } from './fine-buckets.js';

export type GroupBy = 'month' | 'year' | 'region' | 'law' | 'article' | 'sanction' | 'party_kind';

export interface GroupRow {
  key: string | null;
  /** For article groups: the law name and article number of the key. */
  law?: string;
  article?: number;
  cases: number;
  fine_sum: number;
}

export interface FineDistribution {
  buckets: { min: number; max: number | null; cases: number }[];
  fined_cases: number;
  total_yuan: number;
  median_yuan: number | null;
  max_yuan: number | null;
}

/**
 * The statuses a filter of nothing but the status selects (null: every status), which the pre-aggregated rows
 * answer; undefined when it filters on anything else.
 */
function onlyStatuses(filter: CaseFilter, opts: { publishedOnly: boolean }): string[] | null | undefined {
  const { status, ...rest } = filter;
  if (!Object.values(rest).every((v) => v === undefined)) return undefined;
  const statuses = [...(opts.publishedOnly ? ['published'] : []), ...(status ? [status] : [])];
  return statuses.length ? [...new Set(statuses)] : null;
}

export class StatsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly search: SearchDialect,
  ) {}

  /**
   * Counts and fine sums by `by`. Without a filter but the status, from the pre-aggregated rows (case_stats, kept by
   * every case write); with one, over the matching cases.
   */
  async group(by: GroupBy, filter: CaseFilter, opts: { publishedOnly: boolean }): Promise<GroupRow[]> {
    const statuses = onlyStatuses(filter, opts);
    if (statuses === undefined) return this.live(by, filter, opts);
    // published-only and another status asked for: no case is both.
    return statuses && statuses.length > 1 ? [] : this.preaggregated(by, statuses);
  }

  /** The live group-by over the cases a filter selects (also what case_stats is rebuilt from). */
  async live(by: GroupBy, filter: CaseFilter, opts: { publishedOnly: boolean }): Promise<GroupRow[]> {
    const where = caseFilterExpression(filter, this.search, opts);
    if (by === 'law' || by === 'article' || by === 'sanction') return this.groupByChild(by, where);
    const keyExpr =
      by === 'month'
        ? sql<string | null>`case when length(cases.date) >= 7 then substr(cases.date, 1, 7) else null end`
        : by === 'year'
          ? sql<string | null>`substr(cases.date, 1, 4)`
          : sql<string | null>`${sql.ref(`cases.${by}`)}`;
    const rows = await this.db
      .selectFrom('cases')
      .select([keyExpr.as('key'), count, fineSum])
      .where(where)
      .groupBy(keyExpr)
      .execute();
    const out = rows.map((r) => ({ key: r.key, ...num(r) }));
    return by === 'month' || by === 'year' ? out.sort(byKey) : out.sort(byCases);
  }

  private async preaggregated(by: GroupBy, statuses: string[] | null): Promise<GroupRow[]> {
    const rows = await readCaseStats(this.db, by, statuses);
    if (by === 'month' || by === 'year')
      return rows.map(({ key, cases, fine_sum }) => ({ key, cases, fine_sum })).sort(byKey);
    if (by === 'law')
      return rows.map((r) => ({ key: lawName(r.key!), cases: r.cases, fine_sum: r.fine_sum })).sort(byCases);
    if (by === 'article')
      return rows
        .map((r) => ({
          key: `${lawName(r.key!)}第${r.article}条`,
          law: lawName(r.key!),
          article: r.article,
          cases: r.cases,
          fine_sum: r.fine_sum,
        }))
        .sort(byCases);
    return rows.map(({ key, cases, fine_sum }) => ({ key, cases, fine_sum })).sort(byCases);
  }

  private async groupByChild(
    by: 'law' | 'article' | 'sanction',
    where: Expression<SqlBool>,
  ): Promise<GroupRow[]> {
    if (by === 'sanction') {
      const keys = this.db.selectFrom('case_sanctions').select(['case_id', 'kind as key']).distinct().as('k');
      const rows = await this.db
        .selectFrom('cases')
        .innerJoin(keys, 'k.case_id', 'cases.id')
        .select(['k.key', count, fineSum])
        .where(where)
        .groupBy('k.key')
        .execute();
      return rows.map((r) => ({ key: r.key as string, ...num(r) })).sort(byCases);
    }
    // A law is grouped by its catalogue id when the name is known (网安法 and 网络安全法 are one law).
    const lawKey = sql<string>`coalesce(case_provisions.law_id, case_provisions.law)`;
    if (by === 'law') {
      const keys = this.db
        .selectFrom('case_provisions')
        .select(['case_id', lawKey.as('key')])
        .distinct()
        .as('k');
      const rows = await this.db
        .selectFrom('cases')
        .innerJoin(keys, 'k.case_id', 'cases.id')
        .select(['k.key', count, fineSum])
        .where(where)
        .groupBy('k.key')
        .execute();
      return rows.map((r) => ({ key: lawName(r.key), ...num(r) })).sort(byCases);
    }
    const keys = this.db
      .selectFrom('case_provisions')
      .select(['case_id', lawKey.as('law'), 'article'])
      .where('article', 'is not', null)
      .distinct()
      .as('k');
    const rows = await this.db
      .selectFrom('cases')
      .innerJoin(keys, 'k.case_id', 'cases.id')
      .select(['k.law', 'k.article', count, fineSum])
      .where(where)
      .groupBy(['k.law', 'k.article'])
      .execute();
    return rows
      .map((r) => ({
        key: `${lawName(r.law)}第${Number(r.article)}条`,
        law: lawName(r.law),
        article: Number(r.article),
        ...num(r),
      }))
      .sort(byCases);
  }

  /**
   * The fine distribution of the cases a filter selects. Without a filter but the status, from the cases per fine
   * amount (case_stats, kept by every case write); with one, the same counted over the matching cases.
   */
  async fines(filter: CaseFilter, opts: { publishedOnly: boolean }): Promise<FineDistribution> {
    const statuses = onlyStatuses(filter, opts);
    if (statuses === undefined) return this.liveFines(filter, opts);
    // published-only and another status asked for: no case is both.
    if (statuses && statuses.length > 1) return fineDistribution([]);
    const rows = await readCaseStats(this.db, 'fine', statuses);
    return fineDistribution(rows.map((r) => ({ yuan: Number(r.key), cases: r.cases })));
  }

  /**
   * The fine distribution over the cases a filter selects, from their number per fine amount (one pass over the
   * matches; the median used to take a second, sorted one).
   */
  async liveFines(filter: CaseFilter, opts: { publishedOnly: boolean }): Promise<FineDistribution> {
    const plan = caseFilterPlan(filter, this.search, opts);
    // A text search whose filters the index answers: the fines of its matches are in case_search (0017).
    const rows = plan.searchRows
      ? await this.db
          .selectFrom('case_search')
          .select(['case_search.fine_total_yuan as yuan', count])
          .where(plan.searchRows)
          .where('case_search.fine_total_yuan', '>', 0)
          .groupBy('case_search.fine_total_yuan')
          .execute()
      : await this.db
          .selectFrom('cases')
          .select(['cases.fine_total_yuan as yuan', count])
          .where(plan.where)
          .where('cases.fine_total_yuan', '>', 0)
          .groupBy('cases.fine_total_yuan')
          .execute();
    return fineDistribution(rows.map((r) => ({ yuan: Number(r.yuan), cases: Number(r.cases) })));
  }
}

/** Buckets, count, total, median and largest fine from the number of cases per fine amount. */
function fineDistribution(perAmount: readonly { yuan: number; cases: number }[]): FineDistribution {
  const amounts = [...perAmount].sort((a, b) => a.yuan - b.yuan);
  const n = amounts.reduce((s, a) => s + a.cases, 0);
  // The k-th smallest fine (0-based).
  const nth = (k: number) => {
    let seen = 0;
    return amounts.find((a) => (seen += a.cases) > k)!.yuan;
  };
  return {
    buckets: FINE_BUCKETS.map(([min, max]) => ({
      min,
      max,
      cases: amounts
        .filter((a) => a.yuan >= min && (max === null || a.yuan < max))
        .reduce((s, a) => s + a.cases, 0),
    })),
    fined_cases: n,
    total_yuan: amounts.reduce((s, a) => s + a.yuan * a.cases, 0),
    median_yuan: n === 0 ? null : n % 2 ? nth((n - 1) / 2) : (nth(n / 2 - 1) + nth(n / 2)) / 2,
    max_yuan: n === 0 ? null : amounts[amounts.length - 1]!.yuan,
  };
}

/** count(*) and sum of fines; PostgreSQL returns bigint/numeric aggregates as strings, hence num(). */
const count = sql<string | number>`count(*)`.as('cases');
const fineSum = sql<string | number | null>`sum(cases.fine_total_yuan)`.as('fine_sum');
const num = (r: { cases: string | number; fine_sum: string | number | null }) => ({
  cases: Number(r.cases),
  fine_sum: Number(r.fine_sum ?? 0),
});

/** The catalogue name of a law id; a name the catalogue does not know stays as written. */
const lawName = (idOrName: string): string => LAWS.find((l) => l.id === idOrName)?.name ?? idOrName;

const byCases = (a: GroupRow, b: GroupRow) => b.cases - a.cases || String(a.key).localeCompare(String(b.key));
const byKey = (a: GroupRow, b: GroupRow) =>
  a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key);
