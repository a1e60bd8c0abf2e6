/** Every stored case as a record, `batch` at a time in id order: for rewriting what is derived from the records. */
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../core/shared/case-record.js';
import type { CaseRow, Database } from '../types.js';
import { rowToRecord } from './case-rows.js';

export interface StoredCase {
  id: number;
  row: CaseRow;
  record: CaseRecord;
}

/**
 * Calls `each` with every case, `batch` cases at a time in id order; `progress` hears after each batch how many are
 * done. Returns the number of cases.
 */
export async function eachCaseBatch(
  db: Kysely<Database>,
  each: (cases: StoredCase[]) => Promise<void>,
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
    await each(
      rows.map((row) => {
        const id = Number(row.id);
        return { id, row, record: rowToRecord(row, p.get(id) ?? [], s.get(id) ?? []) };
      }),
    );
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
