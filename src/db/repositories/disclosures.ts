/**
 * 双公示 records (disclosures): published once per proceeding and party, then only withdrawn (the row keeps what was
 * published, and the withdrawal's reason is itself public: 行政处罚法 第四十八条第二款 「…撤回行政处罚决定信息并公开说明理由。」).
 * The public list holds the records published, not withdrawn, and within their 公示截止期 on the day asked.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DisclosureCell } from '../../core/disclosure/fields.js';
import type { Database, DisclosuresTable } from '../types.js';
import type { Actor } from './audit.js';

/** A record as stored, with its JSON parsed; who published it is named by `published_by` (the user id stays inside). */
export type StoredDisclosure = Omit<
  Selectable<DisclosuresTable>,
  'published_by_id' | 'period_basis' | 'cells'
> & {
  period_basis: string[];
  cells: DisclosureCell[];
};

export interface NewDisclosure {
  proceeding_id: number;
  case_id: number;
  party: string;
  agency: string;
  decision_date: string;
  end_date: string;
  period_basis: string[];
  cells: DisclosureCell[];
  published_by: Actor;
  published_at: Date;
  published_on: string;
  verdict: string | null;
  override_reason: string | null;
  /** The withdrawn record of the party this one replaces (a changed decision published again), or null. */
  replaces: number | null;
}

/** The public list's filters: the agency, the decision day from/to, and text in the (masked) name or the 文号; a page. */
export interface PublicFilter {
  day: string;
  agency?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset?: number | undefined;
}

const view = ({ published_by_id: _u, ...r }: Selectable<DisclosuresTable>): StoredDisclosure => ({
  ...r,
  id: Number(r.id),
  replaces: r.replaces === null ? null : Number(r.replaces),
  proceeding_id: Number(r.proceeding_id),
  case_id: Number(r.case_id),
  period_basis: JSON.parse(r.period_basis) as string[],
  cells: JSON.parse(r.cells) as DisclosureCell[],
});

const cell = (cells: readonly DisclosureCell[], code: string) =>
  cells.find((c) => c.code === code)?.value ?? '';

export async function insertDisclosure(trx: Kysely<Database>, d: NewDisclosure): Promise<StoredDisclosure> {
  const row = await trx
    .insertInto('disclosures')
    .values({
      proceeding_id: d.proceeding_id,
      case_id: d.case_id,
      party: d.party,
      agency: d.agency,
      party_name: cell(d.cells, 'cf_xdr_mc'),
      decision_number: cell(d.cells, 'cf_wsh'),
      decision_date: d.decision_date,
      end_date: d.end_date,
      period_basis: JSON.stringify(d.period_basis),
      cells: JSON.stringify(d.cells),
      status: 'published',
      published_by: d.published_by.username,
      published_by_id: d.published_by.id,
      published_at: d.published_at.toISOString(),
      published_on: d.published_on,
      verdict: d.verdict,
      override_reason: d.override_reason,
      replaces: d.replaces,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findDisclosure(trx, Number(row.id)))!;
}

export async function findDisclosure(
  db: Kysely<Database>,
  id: number,
): Promise<StoredDisclosure | undefined> {
  const r = await db.selectFrom('disclosures').selectAll().where('id', '=', id).executeTakeFirst();
  return r && view(r);
}

export async function listProceedingDisclosures(
  db: Kysely<Database>,
  proceedingId: number,
): Promise<StoredDisclosure[]> {
  const rows = await db
    .selectFrom('disclosures')
    .selectAll()
    .where('proceeding_id', '=', proceedingId)
    .orderBy('id')
    .execute();
  return rows.map(view);
}

/** LIKE pattern of a text searched for; its wildcards (% _ \\) are dropped, as the engines escape them differently. */
const contains = (q: string) => `%${q.replace(/[\\%_]/g, '')}%`;

/** The records public on `filter.day` that match its filters: published by then, not withdrawn, not past their 公示截止期. */
function publicRecords(db: Kysely<Database>, filter: Omit<PublicFilter, 'limit' | 'offset'>) {
  let query = db
    .selectFrom('disclosures')
    .where('status', '=', 'published')
    .where('published_on', '<=', filter.day)
    .where('end_date', '>=', filter.day);
  if (filter.agency) query = query.where('agency', '=', filter.agency);
  if (filter.from) query = query.where('decision_date', '>=', filter.from);
  if (filter.to) query = query.where('decision_date', '<=', filter.to);
  const q = filter.q?.trim();
  if (q) {
    const like = contains(q);
    query = query.where((eb) => eb.or([eb('party_name', 'like', like), eb('decision_number', 'like', like)]));
  }
  return query;
}

/** A page of the records public on `filter.day`, newest decision first. */
export async function listPublicDisclosures(
  db: Kysely<Database>,
  filter: PublicFilter,
): Promise<StoredDisclosure[]> {
  const rows = await publicRecords(db, filter)
    .selectAll()
    .orderBy('decision_date', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map(view);
}

/** How many records are public on `filter.day` with its filters (all pages). */
export async function countPublicDisclosures(
  db: Kysely<Database>,
  filter: Omit<PublicFilter, 'limit' | 'offset'>,
): Promise<number> {
  const r = await publicRecords(db, filter)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Marks a published record withdrawn; false when it was not (still) published. */
export async function withdrawDisclosure(
  db: Kysely<Database>,
  id: number,
  w: { reason: string; by: Actor; at: Date; on: string; changed_on: string; due: string },
): Promise<boolean> {
  const r = await db
    .updateTable('disclosures')
    .set({
      status: 'withdrawn',
      withdrawal_reason: w.reason,
      withdrawn_by: w.by.username,
      withdrawn_at: w.at.toISOString(),
      withdrawn_on: w.on,
      changed_on: w.changed_on,
      withdrawal_due: w.due,
    })
    .where('id', '=', id)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
