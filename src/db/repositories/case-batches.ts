/** Every case read back as a record, `batch` cases at a time in id order (for the rows derived from records). */
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../core/shared/case-record.js';
import type { Database } from '../types.js';
import { rowToRecord } from './case-rows.js';

export async function* caseBatches(
  db: Kysely<Database>,
  batch: number,
): AsyncGenerator<{ id: number; record: CaseRecord; status: string }[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('cases')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return;
    const ids = rows.map((r) => Number(r.id));
    const [provisions, sanctions] = await Promise.all([
      db.selectFrom('case_provisions').selectAll().where('case_id', 'in', ids).execute(),
      db.selectFrom('case_sanctions').selectAll().where('case_id', 'in', ids).execute(),
    ]);
    const p = byCase(provisions);
    const s = byCase(sanctions);
    yield rows.map((r) => {
      const id = Number(r.id);
      return { id, record: rowToRecord(r, p.get(id) ?? [], s.get(id) ?? []), status: r.status };
    });
    after = ids[ids.length - 1]!;
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
