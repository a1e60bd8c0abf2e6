/**
 * The `case_applied` rows of a case (0006): what the legality check applied to it, one row per applied rule, with
 * the case fields similar cases rank by. The store never runs the checker itself: it is handed `AppliedOf`, the
 * record → applied rules function (the server's checker behind it), at construction, and calls it on every write
 * so no path that writes a case can forget the rows (the parameter is required). When the rule set changes,
 * `rederiveApplied` rewrites the rows of every case in batches.
 */
import type { Kysely } from 'kysely';
import type { AppliedRule } from '../../core/penalties/check-result.js';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { partyFine, PENALTY_KINDS, usesKind } from '../../core/similar/distribution.js';
import type { CaseAppliedTable, Database } from '../types.js';
import { rowToRecord } from './case-rows.js';

export type AppliedKey = Pick<AppliedRule, 'rule' | 'tier'>;

/** What the legality check applies to a record (an empty list when it cannot tell). */
export type AppliedOf = (record: CaseRecord) => readonly AppliedKey[];

export function appliedRows(
  caseId: number,
  record: CaseRecord,
  status: string,
  applied: readonly AppliedKey[],
): CaseAppliedTable[] {
  const kinds = PENALTY_KINDS.filter((k) => usesKind(record.sanctions, k)).join(',');
  const tieredCount = applied.filter((a) => a.tier !== null).length;
  return applied.map((a, position) => ({
    case_id: caseId,
    position,
    rule: a.rule,
    tier: a.tier,
    tiered_count: tieredCount,
    party_kind: record.party.kind,
    status,
    date: record.decision_date ?? record.date,
    region: record.region,
    party_fine_yuan: partyFine(record.sanctions),
    penalty_kinds: kinds,
  }));
}

/**
 * Rewrites the applied rows of every case, `batch` cases per transaction in id order; `progress` hears after each
 * batch how many cases are done. Returns the number of cases.
 */
export async function rederiveApplied(
  db: Kysely<Database>,
  appliedOf: AppliedOf,
  opts: { batch?: number; progress?: (done: number) => void } = {},
): Promise<number> {
  const batch = opts.batch ?? 1000;
  let after = 0;
  let done = 0;
  for (;;) {
    const rows = await db
      .selectFrom('cases')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return done;
    const ids = rows.map((r) => Number(r.id));
    const [provisions, sanctions] = await Promise.all([
      db.selectFrom('case_provisions').selectAll().where('case_id', 'in', ids).execute(),
      db.selectFrom('case_sanctions').selectAll().where('case_id', 'in', ids).execute(),
    ]);
    const p = byCase(provisions);
    const s = byCase(sanctions);
    const fresh = rows.flatMap((r) => {
      const id = Number(r.id);
      const record = rowToRecord(r, p.get(id) ?? [], s.get(id) ?? []);
      return appliedRows(id, record, r.status, appliedOf(record));
    });
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('case_applied').where('case_id', 'in', ids).execute();
      for (let k = 0; k < fresh.length; k += 500)
        await trx
          .insertInto('case_applied')
          .values(fresh.slice(k, k + 500))
          .execute();
    });
    after = ids[ids.length - 1]!;
    done += rows.length;
    opts.progress?.(done);
  }
}

function byCase<T extends { case_id: number }>(xs: readonly T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of xs) {
    const k = Number(x.case_id);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}
