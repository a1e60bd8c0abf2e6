/** The audit log: every change, with who, when, what and the entity before and after. */
import type { Kysely } from 'kysely';
import type { AuditRow, Database } from '../types.js';

/** Who does something: a signed-in user, or the system itself (first start, CLI). */
export interface Actor {
  id: number | null;
  username: string;
}

export const SYSTEM: Actor = { id: null, username: 'system' };

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(
  db: Kysely<Database>,
  actor: Actor,
  entry: AuditEntry,
  at = new Date(),
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: at.toISOString(),
      user_id: actor.id,
      username: actor.username,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export interface AuditView {
  id: number;
  at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

const view = (r: AuditRow): AuditView => ({
  id: Number(r.id),
  at: r.at,
  user_id: r.user_id === null ? null : Number(r.user_id),
  username: r.username,
  action: r.action,
  entity: r.entity,
  entity_id: r.entity_id,
  before: r.before === null ? null : (JSON.parse(r.before) as unknown),
  after: r.after === null ? null : (JSON.parse(r.after) as unknown),
});

export async function listAudit(
  db: Kysely<Database>,
  q: { entity?: string; entity_id?: string; username?: string; page: number; page_size: number },
): Promise<{ items: AuditView[]; total: number }> {
  let base = db.selectFrom('audit_log');
  if (q.entity) base = base.where('entity', '=', q.entity);
  if (q.entity_id) base = base.where('entity_id', '=', q.entity_id);
  if (q.username) base = base.where('username', '=', q.username);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(q.page_size)
      .offset((q.page - 1) * q.page_size)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(view), total: Number(count.n) };
}
