/** The case store: create, read, edit (optimistic locking), delete, list with filters. Every change is audited. */
import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { CaseRecord, ProvisionRef, SanctionKind } from '../../core/shared/case-record.js';
import { DomainError } from '../../core/shared/errors.js';
import type { ListCaps, SearchDialect } from '../search/dialect.js';
import { recordFilterKeys } from '../search/filter-keys.js';
import type { CaseRow, Database } from '../types.js';
import { recordAudit, type Actor } from './audit.js';
import { appliedRows, type AppliedOf } from './case-applied.js';
import { addCaseStats } from './case-stats.js';
import { caseFilterExpression, caseFilterPlan, type CaseFilter, type FilterOptions } from './case-filter.js';
import { provisionRows, recordColumns, recordSearchText, rowToRecord, sanctionRows } from './case-rows.js';

export type CaseStatus = 'published' | 'internal';

export interface StoredCase {
  id: number;
  record: CaseRecord;
  status: CaseStatus;
  bulletin_id: number | null;
  bulletin_position: number | null;
  fine_total_yuan: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
  version: number;
}

export interface CaseSummary {
  id: number;
  title: string;
  date: string | null;
  region: string | null;
  agency: string | null;
  party: { kind: 'individual' | 'organization'; name: string };
  provisions: ProvisionRef[];
  sanction_kinds: SanctionKind[];
  fine_total_yuan: number;
  status: CaseStatus;
  bulletin_id: number | null;
  updated_at: string;
}

export interface NewCase {
  record: CaseRecord;
  status: CaseStatus;
  bulletinId?: number | null;
  bulletinPosition?: number | null;
}

/**
 * Inserts one case with its provisions, sanctions, search tokens and applied rules (call inside a transaction).
 * Does not audit.
 */
export async function insertCaseRows(
  db: Kysely<Database>,
  search: SearchDialect,
  appliedOf: AppliedOf,
  c: NewCase,
  actor: Actor,
  at: Date,
): Promise<number> {
  return (await insertManyCaseRows(db, search, appliedOf, [c], actor, at))[0]!;
}

/**
 * Inserts cases with their child rows as `insertCaseRows` does for one, in multi-row statements (an import of
 * thousands of cases makes a few dozen statements instead of several per case); returns the ids in the order of
 * `cases`. Call inside a transaction; does not audit.
 */
export async function insertManyCaseRows(
  db: Kysely<Database>,
  search: SearchDialect,
  appliedOf: AppliedOf,
  cases: readonly NewCase[],
  actor: Actor,
  at: Date,
): Promise<number[]> {
  const now = at.toISOString();
  const rows = cases.map((c) => ({
    ...recordColumns(c.record),
    status: c.status,
    bulletin_id: c.bulletinId ?? null,
    bulletin_position: c.bulletinPosition ?? null,
    created_by: actor.username,
    created_at: now,
    updated_by: actor.username,
    updated_at: now,
    version: 1,
  }));
  const ids: number[] = [];
  for (const chunk of chunks(rows)) {
    const returned = await db.insertInto('cases').values(chunk).returning('id').execute();
    // One statement takes its ids in the order of its VALUES (SQLite's rowid and PostgreSQL's sequence both
    // count up within a statement), while RETURNING's row order is not promised: sorted, they pair with `chunk`.
    ids.push(...returned.map((r) => Number(r.id)).sort((a, b) => a - b));
  }
  await writeChildren(
    db,
    search,
    appliedOf,
    cases.map((c, k) => ({ caseId: ids[k]!, record: c.record, status: c.status, row: rows[k]! })),
  );
  await addCaseStats(db, cases, 1);
  return ids;
}

/** Host parameters per statement, below SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000;

/** Rows in slices small enough for one multi-row INSERT each. */
function chunks<T extends object>(rows: readonly T[]): T[][] {
  if (rows.length === 0) return [];
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  const out: T[][] = [];
  for (let k = 0; k < rows.length; k += size) out.push(rows.slice(k, k + size));
  return out;
}

/** The case row's columns case_search keeps copies of on PostgreSQL (0017), as written to `cases`. */
type SortKeys = Pick<CaseRow, 'title' | 'date_first' | 'fine_total_yuan' | 'created_at'>;

async function writeChildren(
  db: Kysely<Database>,
  dialect: SearchDialect,
  appliedOf: AppliedOf,
  cases: readonly { caseId: number; record: CaseRecord; status: CaseStatus; row: SortKeys }[],
): Promise<void> {
  // The sort keys' copies only where a plan reads them: a dialect with searchRowMatch (PostgreSQL; migration 0019
  // dropped SQLite's).
  const sortKeys = dialect.searchRowMatch !== undefined;
  const search = cases.map((c) => ({
    case_id: c.caseId,
    search_text: recordSearchText(c.record),
    filter_keys: recordFilterKeys(c.record, c.status),
    ...(sortKeys
      ? {
          title: c.row.title,
          date_first: c.row.date_first,
          fine_total_yuan: c.row.fine_total_yuan,
          created_at: c.row.created_at,
        }
      : {}),
  }));
  const provisions = cases.flatMap((c) => provisionRows(c.caseId, c.record.provisions));
  const sanctions = cases.flatMap((c) => sanctionRows(c.caseId, c.record.sanctions));
  const applied = cases.flatMap((c) => appliedRows(c.caseId, c.record, c.status, appliedOf(c.record)));
  for (const chunk of chunks(search)) await db.insertInto('case_search').values(chunk).execute();
  for (const chunk of chunks(provisions)) await db.insertInto('case_provisions').values(chunk).execute();
  for (const chunk of chunks(sanctions)) await db.insertInto('case_sanctions').values(chunk).execute();
  for (const chunk of chunks(applied)) await db.insertInto('case_applied').values(chunk).execute();
}

async function deleteChildren(db: Kysely<Database>, caseId: number): Promise<void> {
  await db.deleteFrom('case_search').where('case_id', '=', caseId).execute();
  await db.deleteFrom('case_provisions').where('case_id', '=', caseId).execute();
  await db.deleteFrom('case_sanctions').where('case_id', '=', caseId).execute();
  await db.deleteFrom('case_applied').where('case_id', '=', caseId).execute();
}

/**
 * The most index rows the walk of a capped search reads for its page (each row's own columns tested, then the text
 * match). A match is then rarer than 1 in 250 rows in the sort order (or the page is deep): sorting every match is
 * cheaper. A walk is usually a few hundred rows; a filter that follows the sort order made one read ~192,000 (备案 +
 * agency 大连 in title order at 1,000,000 cases: the generated titles begin with the agency; NOTES.md "sixth pass").
 */
export const WALK_ROWS = 5_000;

const SORT_COLUMN = {
  date: 'date_first',
  fine: 'fine_total_yuan',
  title: 'title',
  created_at: 'created_at',
} as const;

export class CaseRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly search: SearchDialect,
    private readonly appliedOf: AppliedOf,
    /** The engine's count caps (SearchDialect.listCaps); tests give small ones to reach them with a few cases. */
    private readonly caps: ListCaps = search.listCaps,
    /** WALK_ROWS; tests give a small one to make the walk give up. */
    private readonly walkRows = WALK_ROWS,
  ) {}

  async create(c: NewCase, actor: Actor, at = new Date()): Promise<StoredCase> {
    return this.db.transaction().execute(async (trx) => {
      const id = await insertCaseRows(trx, this.search, this.appliedOf, c, actor, at);
      const stored = await loadCase(trx, id);
      await recordAudit(trx, actor, { action: 'create', entity: 'case', entityId: id, after: stored }, at);
      return stored!;
    });
  }

  async get(id: number): Promise<StoredCase | undefined> {
    return loadCase(this.db, id);
  }

  /** Replaces the record and status if `version` is still the stored one; else CONFLICT. */
  async update(
    id: number,
    change: { record: CaseRecord; status: CaseStatus; version: number },
    actor: Actor,
    at = new Date(),
  ): Promise<StoredCase> {
    return this.db
      .transaction()
      .execute((trx) => replaceCase(trx, this.search, this.appliedOf, id, change, actor, at));
  }

  async delete(id: number, actor: Actor, at = new Date()): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const before = await loadCase(trx, id);
      if (!before) throw new DomainError('NOT_FOUND', `案例 ${id} 不存在`, { id });
      const proceeding = await trx
        .selectFrom('proceedings')
        .select('id')
        .where('case_id', '=', id)
        .executeTakeFirst();
      if (proceeding) {
        throw new DomainError('CONFLICT', `案例 ${id} 正在办案流程 ${proceeding.id} 中办理，不能删除`, {
          id,
          proceeding_id: Number(proceeding.id),
        });
      }
      const bulletin = await trx
        .selectFrom('typical_bulletin_cases')
        .select('bulletin_id')
        .where('case_id', '=', id)
        .executeTakeFirst();
      if (bulletin) {
        throw new DomainError('CONFLICT', `案例 ${id} 已收入典型案例通报 ${bulletin.bulletin_id}，不能删除`, {
          id,
          bulletin_id: Number(bulletin.bulletin_id),
        });
      }
      await deleteChildren(trx, id);
      await trx.deleteFrom('cases').where('id', '=', id).execute();
      await addCaseStats(trx, [before], -1);
      await recordAudit(trx, actor, { action: 'delete', entity: 'case', entityId: id, before }, at);
    });
  }

  async list(
    filter: CaseFilter,
    page: {
      page: number;
      page_size: number;
      sort: 'date' | 'fine' | 'title' | 'created_at';
      order: 'asc' | 'desc';
    },
    opts: { publishedOnly: boolean },
  ): Promise<{ items: CaseSummary[]; total: number; total_capped: boolean }> {
    const plan = caseFilterPlan(filter, this.search, opts);
    const where = plan.where;
    const dir = sql.raw(page.order);
    // Only the date may be missing (NULLS LAST); the other columns are NOT NULL, and leaving it off them lets
    // PostgreSQL walk their indexes backwards too.
    const order = sql`${sql.ref(`cases.${SORT_COLUMN[page.sort]}`)} ${dir}${sql.raw(page.sort === 'date' ? ' nulls last' : '')}, cases.id ${dir}`;
    const offset = (page.page - 1) * page.page_size;
    // When the text index answers every filter (search/filter-keys.ts), it counts the matches up to the cap without
    // reading a case; at the cap the first pass below is not needed. Not when the first pass reads case_search alone
    // (searchRows, PostgreSQL): it then reads the same rows as the count, so the count would only read them twice
    // below the cap (8,113 matches of 备案 + 大连 at 1,000,000 cases: two scans of ~75 ms for one).
    const cap = page.sort === 'title' ? this.caps.titleCount : this.caps.count;
    const counted =
      plan.countInIndex && !plan.searchRows
        ? Number((await plan.countInIndex(cap).execute(this.db)).rows[0]!.n)
        : undefined;
    // One pass over at most the cap's number of matches (their ids and sort keys only): the page and their count.
    // Below the cap those are every match, so page and total are exact, as they were before the cap. When the text
    // index answers every filter, the matches' sort keys are read from case_search (0017), not from a case row each.
    const column = SORT_COLUMN[page.sort];
    const matchesUpTo = (limit: number | undefined) =>
      plan.searchRows
        ? this.db
            .selectFrom('case_search')
            .select(['case_search.case_id as id', `case_search.${column}`])
            .where(plan.searchRows)
            .$if(limit !== undefined, (qb) => qb.limit(limit!))
            .as('cases')
        : this.db
            .selectFrom('cases')
            .select(['cases.id', `cases.${column}`])
            .where(where)
            .$if(limit !== undefined, (qb) => qb.limit(limit!))
            .as('cases');
    const matches = matchesUpTo(cap);
    const first =
      counted !== undefined && counted >= cap
        ? []
        : await this.db
            .selectFrom(matches)
            .select('cases.id')
            .select(sql<string | number>`count(*) over ()`.as('total_count'))
            .orderBy(order)
            .limit(page.page_size)
            .offset(offset)
            .execute();
    const total =
      counted ??
      (first.length > 0
        ? Number(first[0]!.total_count)
        : page.page === 1
          ? 0
          : await this.countUpToCap(where, cap));
    const capped = total >= cap;
    // At the cap (so at least 0.5 % of a million cases match) the page taken from an arbitrary cap's worth is not the
    // page: walk the sort column's index (0015 for the date, 0020 for the title) and test each row against the text
    // match, stopping at the page's end, instead of sorting every match — unless WALK_ROWS index rows do not hold
    // the page; then every match is sorted (ids and sort keys only), as below the cap.
    let rows: CaseRow[];
    if (!capped) rows = await this.rowsInOrder(first.map((r) => Number(r.id)));
    else if (filter.q === undefined)
      rows = await this.db
        .selectFrom('cases')
        .selectAll('cases')
        .where(where)
        .orderBy(order)
        .limit(page.page_size)
        .offset(offset)
        .execute();
    else {
      const walked = await this.walkPage(filter, page, order, { ...opts, tokens: plan.tokens });
      rows =
        walked ??
        (await this.rowsInOrder(
          (
            await this.db
              .selectFrom(matchesUpTo(undefined))
              .select('cases.id')
              .orderBy(order)
              .limit(page.page_size)
              .offset(offset)
              .execute()
          ).map((r) => Number(r.id)),
        ));
    }
    const ids = rows.map((r) => Number(r.id));
    // One after the other, not at once: see `loadCase`.
    const provisions = ids.length
      ? await this.db
          .selectFrom('case_provisions')
          .selectAll()
          .where('case_id', 'in', ids)
          .orderBy('position')
          .execute()
      : [];
    const sanctions = ids.length
      ? await this.db
          .selectFrom('case_sanctions')
          .select(['case_id', 'kind'])
          .where('case_id', 'in', ids)
          .orderBy('position')
          .execute()
      : [];
    const items = rows.map((r): CaseSummary => {
      const id = Number(r.id);
      return {
        id,
        title: r.title,
        date: r.date,
        region: r.region,
        agency: r.agency,
        party: { kind: r.party_kind as CaseSummary['party']['kind'], name: r.party_name },
        provisions: provisions
          .filter((p) => Number(p.case_id) === id)
          .map((p) => ({ law: p.law, article: p.article, paragraph: p.paragraph, item: p.item })),
        sanction_kinds: [
          ...new Set(sanctions.filter((s) => Number(s.case_id) === id).map((s) => s.kind as SanctionKind)),
        ],
        fine_total_yuan: Number(r.fine_total_yuan),
        status: r.status as CaseStatus,
        bulletin_id: r.bulletin_id === null ? null : Number(r.bulletin_id),
        updated_at: r.updated_at,
      };
    });
    return { items, total, total_capped: capped };
  }

  /**
   * A text search's page in the sort column's index order, reading at most `walkRows` rows of that index: each row's
   * own columns are tested, then the text match (`caseMatchProbe`). The index scan is given only what it can use
   * itself — the status (the index's first column) and a range of the sort column — so that the bound counts every
   * row it reads; undefined when those rows did not hold the whole page (a rare match, a deep page, or the last one).
   */
  private async walkPage(
    filter: CaseFilter,
    page: { page: number; page_size: number; sort: keyof typeof SORT_COLUMN },
    order: RawBuilder<unknown>,
    opts: FilterOptions,
  ): Promise<CaseRow[] | undefined> {
    const scan: CaseFilter = {};
    if (filter.status !== undefined) scan.status = filter.status;
    if (page.sort === 'date' && filter.date_to !== undefined) scan.date_to = filter.date_to;
    if (page.sort === 'fine' && filter.fine_min !== undefined) scan.fine_min = filter.fine_min;
    if (page.sort === 'fine' && filter.fine_max !== undefined) scan.fine_max = filter.fine_max;
    const read = this.db
      .selectFrom('cases')
      .selectAll('cases')
      .where(caseFilterExpression(scan, this.search, opts))
      .orderBy(order)
      .limit(this.walkRows)
      .as('cases');
    const rows = await this.db
      .selectFrom(read)
      .selectAll('cases')
      .where(caseFilterExpression(filter, this.search, { ...opts, probeText: true }))
      .orderBy(order)
      .limit(page.page_size)
      .offset((page.page - 1) * page.page_size)
      .execute();
    return rows.length === page.page_size ? rows : undefined;
  }

  /** The cases of `ids`, in that order. */
  private async rowsInOrder(ids: readonly number[]): Promise<CaseRow[]> {
    if (ids.length === 0) return [];
    const byId = new Map(
      (await this.db.selectFrom('cases').selectAll().where('id', 'in', ids).execute()).map((r) => [
        Number(r.id),
        r,
      ]),
    );
    return ids.map((id) => byId.get(id)!);
  }

  /** The number of cases `where` matches, counted up to the cap. */
  private async countUpToCap(where: Expression<SqlBool>, cap: number): Promise<number> {
    const { n } = await this.db
      .selectFrom(this.db.selectFrom('cases').select('cases.id').where(where).limit(cap).as('m'))
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(n);
  }
}

/**
 * Replaces a case's record and status if `version` is still the stored one, else CONFLICT; rewrites its child and
 * search rows and audits the change (call inside a transaction).
 */
export async function replaceCase(
  trx: Kysely<Database>,
  search: SearchDialect,
  appliedOf: AppliedOf,
  id: number,
  change: { record: CaseRecord; status: CaseStatus; version: number },
  actor: Actor,
  at: Date,
): Promise<StoredCase> {
  const before = await loadCase(trx, id);
  if (!before) throw new DomainError('NOT_FOUND', `案例 ${id} 不存在`, { id });
  const columns = recordColumns(change.record);
  const res = await trx
    .updateTable('cases')
    .set({
      ...columns,
      status: change.status,
      updated_by: actor.username,
      updated_at: at.toISOString(),
      version: change.version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) {
    throw new DomainError(
      'CONFLICT',
      `案例 ${id} 已被他人修改（当前版本 ${before.version}，本次编辑基于版本 ${change.version}），请刷新后重试`,
      {
        id,
        version: change.version,
        current_version: before.version,
      },
    );
  }
  await deleteChildren(trx, id);
  await writeChildren(trx, search, appliedOf, [
    {
      caseId: id,
      record: change.record,
      status: change.status,
      row: { ...columns, created_at: before.created_at },
    },
  ]);
  await addCaseStats(trx, [before], -1);
  await addCaseStats(trx, [change], 1);
  const after = (await loadCase(trx, id))!;
  await recordAudit(trx, actor, { action: 'update', entity: 'case', entityId: id, before, after }, at);
  return after;
}

export async function loadCase(db: Kysely<Database>, id: number): Promise<StoredCase | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  // The child rows one after the other, not at once (Promise.all): two statements at once take a second pooled
  // connection, and the pool (last in, first out) then hands the next request whichever finished last, so one reader's
  // requests alternate between two PostgreSQL backends. A backend pays a page fault for each page of shared buffers it
  // touches for the first time (NOTES.md "PostgreSQL at 1M, fourth pass"): each search was then slow once more on the
  // second backend (1,000,000 cases: 250–670 ms instead of ~50; "seventh pass"). One at a time, a reader's requests
  // stay on one warm backend, for a round trip of a fraction of a millisecond.
  const provisions = await db.selectFrom('case_provisions').selectAll().where('case_id', '=', id).execute();
  const sanctions = await db.selectFrom('case_sanctions').selectAll().where('case_id', '=', id).execute();
  return toStored(row, rowToRecord(row, provisions, sanctions));
}

function toStored(row: CaseRow, record: CaseRecord): StoredCase {
  return {
    id: Number(row.id),
    record,
    status: row.status as CaseStatus,
    bulletin_id: row.bulletin_id === null ? null : Number(row.bulletin_id),
    bulletin_position: row.bulletin_position,
    fine_total_yuan: Number(row.fine_total_yuan),
    created_by: row.created_by,
    created_at: row.created_at,
    updated_by: row.updated_by,
    updated_at: row.updated_at,
    version: row.version,
  };
}
