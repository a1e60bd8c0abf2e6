/**
 * The 待办 list: open proceedings with the deadlines someone must still meet, per officer (the proceedings the user
 * is assigned to) or per unit (every open proceeding, optionally of one agency), soonest first. Reads the deadline
 * rows written at each action (indexed by open, due_at), so it stays fast over 100,000 open proceedings.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../types.js';

export interface TodoQuery {
  /** The officer; null for the whole unit. */
  userId: number | null;
  agency?: string;
  /** Only deadlines due by this instant (UTC ISO); without it every open proceeding, latest change first. */
  dueBy?: string;
  page: number;
  page_size: number;
}

export interface TodoDeadline {
  timer: string;
  name: string;
  kind: string;
  party: string | null;
  due_at: string;
  in_hours: boolean;
  basis: string[];
}

export interface TodoItem {
  id: number;
  case_id: number;
  title: string;
  stage: string;
  agency: string;
  updated_at: string;
  deadlines: TodoDeadline[];
}

export async function listTodo(
  db: Kysely<Database>,
  q: TodoQuery,
): Promise<{ items: TodoItem[]; total: number }> {
  const offset = (q.page - 1) * q.page_size;
  let ids: number[];
  let total: number;
  if (q.dueBy !== undefined) {
    let base = db
      .selectFrom('proceeding_deadlines as d')
      .where('d.open', '=', 1)
      .where('d.due_at', '<=', q.dueBy);
    if (q.userId !== null) {
      base = base
        .innerJoin('proceeding_assignees as a', 'a.proceeding_id', 'd.proceeding_id')
        .where('a.user_id', '=', q.userId);
    }
    if (q.agency) {
      base = base.innerJoin('proceedings as p', 'p.id', 'd.proceeding_id').where('p.agency', '=', q.agency);
    }
    const [rows, count] = await Promise.all([
      base
        .select((eb) => ['d.proceeding_id', eb.fn.min('d.due_at').as('first_due')])
        .groupBy('d.proceeding_id')
        .orderBy('first_due')
        .orderBy('d.proceeding_id')
        .limit(q.page_size)
        .offset(offset)
        .execute(),
      base.select((eb) => eb.fn.count('d.proceeding_id').distinct().as('n')).executeTakeFirstOrThrow(),
    ]);
    ids = rows.map((r) => Number(r.proceeding_id));
    total = Number(count.n);
  } else {
    let base = db.selectFrom('proceedings as p').where('p.open', '=', 1);
    if (q.userId !== null) {
      base = base
        .innerJoin('proceeding_assignees as a', 'a.proceeding_id', 'p.id')
        .where('a.user_id', '=', q.userId);
    }
    if (q.agency) base = base.where('p.agency', '=', q.agency);
    const [rows, count] = await Promise.all([
      base
        .select('p.id')
        .orderBy('p.updated_at', 'desc')
        .orderBy('p.id', 'desc')
        .limit(q.page_size)
        .offset(offset)
        .execute(),
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ]);
    ids = rows.map((r) => Number(r.id));
    total = Number(count.n);
  }
  if (ids.length === 0) return { items: [], total };
  let dq = db
    .selectFrom('proceeding_deadlines')
    .selectAll()
    .where('proceeding_id', 'in', ids)
    .where('open', '=', 1);
  if (q.dueBy !== undefined) dq = dq.where('due_at', '<=', q.dueBy);
  const [proceedings, deadlines] = await Promise.all([
    db
      .selectFrom('proceedings')
      .select(['id', 'case_id', 'title', 'stage', 'agency', 'updated_at'])
      .where('id', 'in', ids)
      .execute(),
    dq.orderBy('due_at').execute(),
  ]);
  const byId = new Map(proceedings.map((p) => [Number(p.id), p]));
  const items = ids.map((id): TodoItem => {
    const p = byId.get(id)!;
    return {
      id,
      case_id: Number(p.case_id),
      title: p.title,
      stage: p.stage,
      agency: p.agency,
      updated_at: p.updated_at,
      deadlines: deadlines
        .filter((d) => Number(d.proceeding_id) === id)
        .map((d) => ({
          timer: d.timer,
          name: d.name,
          kind: d.kind,
          party: d.party,
          due_at: d.due_at,
          in_hours: Number(d.in_hours) === 1,
          basis: JSON.parse(d.basis) as string[],
        })),
    };
  });
  return { items, total };
}
