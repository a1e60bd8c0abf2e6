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
import { eachCaseBatch } from './case-batches.js';

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
  return eachCaseBatch(
    db,
    async (cases) => {
      const ids = cases.map((c) => c.id);
      const fresh = cases.flatMap((c) => appliedRows(c.id, c.record, c.row.status, appliedOf(c.record)));
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('case_applied').where('case_id', 'in', ids).execute();
        for (let k = 0; k < fresh.length; k += 500)
          await trx
            .insertInto('case_applied')
            .values(fresh.slice(k, k + 500))
            .execute();
      });
    },
    opts,
  );
}
