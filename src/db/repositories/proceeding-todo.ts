/**
 * The 待办 list: open proceedings with the deadlines someone must still meet, per officer (the proceedings the user
 * is assigned to) or per unit (every open proceeding, optionally of one agency), soonest first. Reads the next due
 * time written at each action on the proceeding and its assignee rows (one index range), so it stays fast over
 * 100,000 open proceedings.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../types.js';

export interface TodoQuery {
  /** The officer; null for the whole unit. */
  userId: number | null;
  /**
   * Instead of the officer's assignments: the proceedings at these stages, which wait on the user's role (a
   * reviewer's review and hearings, a leader's approval).
   */
  stages?: readonly string[];
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

type Page = { ids: number[]; total: number };

/** Proceedings with an open deadline due by `dueBy`, soonest first: one range of one index. */
async function dueBy(db: Kysely<Database>, q: TodoQuery & { dueBy: string }): Promise<Page> {
  const offset = (q.page - 1) * q.page_size;
  if (q.userId !== null && !q.stages) {
    let base = db
      .selectFrom('proceeding_assignees as a')
      .where('a.user_id', '=', q.userId)
      .where('a.next_due_at', '<=', q.dueBy);
    if (q.agency) {
      base = base.innerJoin('proceedings as p', 'p.id', 'a.proceeding_id').where('p.agency', '=', q.agency);
    }
    const [rows, count] = await Promise.all([
      base
        .select('a.proceeding_id as id')
        .orderBy('a.next_due_at')
        .orderBy('a.proceeding_id')
        .limit(q.page_size)
        .offset(offset)
        .execute(),
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { ids: rows.map((r) => Number(r.id)), total: Number(count.n) };
  }
  let base = db.selectFrom('proceedings as p').where('p.next_due_at', '<=', q.dueBy);
  if (q.stages) base = base.where('p.stage', 'in', [...q.stages]);
  if (q.agency) base = base.where('p.agency', '=', q.agency);
  const [rows, count] = await Promise.all([
    base.select('p.id').orderBy('p.next_due_at').orderBy('p.id').limit(q.page_size).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => Number(r.id)), total: Number(count.n) };
}

/** Every open proceeding, latest change first. */
async function allOpen(db: Kysely<Database>, q: TodoQuery): Promise<Page> {
  let base = db.selectFrom('proceedings as p').where('p.open', '=', 1);
  if (q.stages) base = base.where('p.stage', 'in', [...q.stages]);
  else if (q.userId !== null) {
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
      .offset((q.page - 1) * q.page_size)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => Number(r.id)), total: Number(count.n) };
}

export async function listTodo(
  db: Kysely<Database>,
  q: TodoQuery,
): Promise<{ items: TodoItem[]; total: number }> {
  const { ids, total } =
    q.dueBy !== undefined ? await dueBy(db, { ...q, dueBy: q.dueBy }) : await allOpen(db, q);
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
