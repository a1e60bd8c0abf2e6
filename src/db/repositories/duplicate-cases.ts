/**
 * A case already stored that an imported record repeats (issue 13: same party, date, agency and sanctions), for the
 * import preview to flag. Names and agency compared as written; sanctions as a multiset of kind, amount, days, target.
 */
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../core/shared/case-record.js';
import type { Database } from '../types.js';

const sanctionKey = (s: {
  kind: string;
  amount_yuan: number | null;
  days: number | null;
  target: string;
}): string => `${s.kind}|${s.amount_yuan ?? ''}|${s.days ?? ''}|${s.target}`;

const sameKeys = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The id of the stored case that `record` duplicates, or null. */
export async function findDuplicateCase(db: Kysely<Database>, record: CaseRecord): Promise<number | null> {
  let q = db.selectFrom('cases').select('id').where('party_name', '=', record.party.name);
  q = record.date === null ? q.where('date', 'is', null) : q.where('date', '=', record.date);
  q = record.agency === null ? q.where('agency', 'is', null) : q.where('agency', '=', record.agency);
  const candidates = await q.orderBy('id').limit(20).execute();
  const wanted = record.sanctions.map(sanctionKey);
  for (const c of candidates) {
    const rows = await db
      .selectFrom('case_sanctions')
      .select(['kind', 'amount_yuan', 'days', 'target'])
      .where('case_id', '=', c.id)
      .execute();
    if (sameKeys(rows.map(sanctionKey), wanted)) return Number(c.id);
  }
  return null;
}
