/**
 * Pre-aggregated statistics (0013 `case_stats`): per status, dimension and key, the number of cases and their fine
 * sum — what StatsRepository's group-by computes from the cases — kept by every case write in its transaction
 * (`addCaseStats` with +1 for the new rows, −1 for the old), so the statistics page's unfiltered group-bys read the
 * keys, not every case; and the cases per fine amount, from which the fine distribution is computed exactly.
 * `rebuildCaseStats` fills the table from every case (first start after 0013, and after CASE_STATS_VERSION changes).
 */
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { findLaw } from '../../core/statutes/catalogue.js';
import type { CaseStatsTable, Database } from '../types.js';
import { eachCaseBatch } from './case-batches.js';
import { fineTotal } from './case-rows.js';

/** Every dimension of StatsRepository.group. */
export const STATS_DIMENSIONS = [
  'month',
  'year',
  'region',
  'party_kind',
  'law',
  'article',
  'sanction',
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];
/** Stored beside the group-bys: the cases per fine amount (a case with a fine), for the fine distribution. */
export type StoredDimension = StatsDimension | 'fine';

/** Bump when `statsKeys` changes what is stored: the next start fills the table again. 2: fine amounts (issue 12). */
export const CASE_STATS_VERSION = '2';

export interface StatsKey {
  dimension: StoredDimension;
  key: string | null;
  article?: number;
}

/** The keys a record counts under, each once per dimension (a case citing two articles counts for both). */
export function statsKeys(r: CaseRecord): StatsKey[] {
  const distinct = (keys: StatsKey[]) => [
    ...new Map(keys.map((k) => [`${k.dimension}\u0001${k.key}\u0001${k.article ?? 0}`, k])).values(),
  ];
  const lawKey = (law: string) => findLaw(law)?.id ?? law;
  const fine = fineTotal(r.sanctions);
  return [
    ...(fine > 0 ? [{ dimension: 'fine' as const, key: String(fine) }] : []),
    { dimension: 'month', key: r.date !== null && r.date.length >= 7 ? r.date.slice(0, 7) : null },
    { dimension: 'year', key: r.date === null ? null : r.date.slice(0, 4) },
    { dimension: 'region', key: r.region },
    { dimension: 'party_kind', key: r.party.kind },
    ...distinct(r.provisions.map((p) => ({ dimension: 'law', key: lawKey(p.law) }))),
    ...distinct(
      r.provisions
        .filter((p) => p.article !== null)
        .map((p) => ({ dimension: 'article', key: lawKey(p.law), article: p.article! })),
    ),
    ...distinct(r.sanctions.map((s) => ({ dimension: 'sanction', key: s.kind }))),
  ];
}

/** Adds (`sign` 1) or takes away (−1) the cases' counts and fines (call inside the transaction that writes them). */
export async function addCaseStats(
  db: Kysely<Database>,
  cases: readonly { record: CaseRecord; status: string }[],
  sign: 1 | -1,
): Promise<void> {
  const rows = new Map<string, CaseStatsTable>();
  for (const c of cases) addCase(rows, c, sign);
  await upsert(db, [...rows.values()]);
}

/**
 * Fills the table again from every case (read in batches, then written in one transaction): at the first start after
 * 0013, or to repair it. Returns the number of cases.
 */
export async function rebuildCaseStats(db: Kysely<Database>, batch = 5_000): Promise<number> {
  const rows = new Map<string, CaseStatsTable>();
  const n = await eachCaseBatch(
    db,
    async (cases) => {
      for (const c of cases) addCase(rows, { record: c.record, status: c.row.status }, 1);
    },
    { batch },
  );
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('case_stats').execute();
    await upsert(trx, [...rows.values()]);
  });
  return n;
}

/** The stored counts of a dimension, summed over the statuses given (all when null); keys with no case left drop out. */
export async function readCaseStats(
  db: Kysely<Database>,
  dimension: StoredDimension,
  statuses: readonly string[] | null,
): Promise<{ key: string | null; article: number; cases: number; fine_sum: number }[]> {
  let q = db
    .selectFrom('case_stats')
    .select(['known', 'key', 'article'])
    .select((eb) => [
      eb.fn.sum<number | string>('cases').as('cases'),
      eb.fn.sum<number | string>('fine_sum').as('fine_sum'),
    ])
    .where('dimension', '=', dimension)
    .groupBy(['known', 'key', 'article']);
  if (statuses) q = q.where('status', 'in', statuses);
  const rows = await q.execute();
  return rows
    .map((r) => ({
      key: Number(r.known) ? r.key : null,
      article: Number(r.article),
      cases: Number(r.cases),
      fine_sum: Number(r.fine_sum),
    }))
    .filter((r) => r.cases > 0);
}

function addCase(
  rows: Map<string, CaseStatsTable>,
  c: { record: CaseRecord; status: string },
  sign: 1 | -1,
): void {
  const fine = fineTotal(c.record.sanctions);
  for (const k of statsKeys(c.record)) add(rows, c.status, k, sign, sign * fine);
}

function add(
  rows: Map<string, CaseStatsTable>,
  status: string,
  k: StatsKey,
  cases: number,
  fine: number,
): void {
  const id = `${status}\u0001${k.dimension}\u0001${k.key === null ? 0 : 1}\u0001${k.key ?? ''}\u0001${k.article ?? 0}`;
  const row = rows.get(id);
  if (row) {
    row.cases += cases;
    row.fine_sum += fine;
  } else {
    rows.set(id, {
      status,
      dimension: k.dimension,
      known: k.key === null ? 0 : 1,
      key: k.key ?? '',
      article: k.article ?? 0,
      cases,
      fine_sum: fine,
    });
  }
}

/** Rows per statement below both engines' parameter limits. */
const CHUNK = 4_000;

async function upsert(db: Kysely<Database>, rows: readonly CaseStatsTable[]): Promise<void> {
  for (let k = 0; k < rows.length; k += CHUNK) {
    await db
      .insertInto('case_stats')
      .values(rows.slice(k, k + CHUNK))
      .onConflict((oc) =>
        oc.columns(['status', 'dimension', 'known', 'key', 'article']).doUpdateSet((eb) => ({
          cases: eb('case_stats.cases', '+', eb.ref('excluded.cases')),
          fine_sum: eb('case_stats.fine_sum', '+', eb.ref('excluded.fine_sum')),
        })),
      )
      .execute();
  }
}
