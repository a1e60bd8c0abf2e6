/**
 * The audit log: every change (and every read of a case's personal data), with who, when, what and the entity before
 * and after; append-only and hash-chained (src/db/audit-chain.ts, migration 0008). No route or command changes or
 * deletes an entry, and triggers refuse it in the database.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { entryHash, firstBreak, type ChainBreak } from '../audit-chain.js';
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

/** Any number: the key of the advisory lock that serialises appends on PostgreSQL. */
const AUDIT_LOCK = 0x5a4e_4155;

/**
 * Appends an entry linked to the last one. Appends are serialised so the chain never forks: on PostgreSQL by a
 * transaction-scoped advisory lock taken before the last hash is read; on SQLite by the write transaction (one
 * writer at a time; the entry is written in the caller's transaction, or in one of its own).
 */
export async function recordAudit(
  db: Kysely<Database>,
  actor: Actor,
  entry: AuditEntry,
  at = new Date(),
): Promise<void> {
  const append = async (trx: Kysely<Database>): Promise<void> => {
    if (trx.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
    }
    const last = await trx
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const row = {
      at: at.toISOString(),
      user_id: actor.id,
      username: actor.username,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
    };
    const prev = last?.hash ?? null;
    await trx
      .insertInto('audit_log')
      .values({ ...row, prev_hash: prev, hash: entryHash(row, prev) })
      .execute();
  };
  if (db.isTransaction) await append(db);
  else await db.transaction().execute(append);
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
  hash: string | null;
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
  hash: r.hash,
});

export interface AuditQuery {
  entity?: string | undefined;
  entity_id?: string | undefined;
  username?: string | undefined;
  action?: string | undefined;
  /** UTC ISO instants: from inclusive, to exclusive. */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  page_size: number;
}

export async function listAudit(
  db: Kysely<Database>,
  q: AuditQuery,
): Promise<{ items: AuditView[]; total: number }> {
  let base = db.selectFrom('audit_log');
  if (q.entity) base = base.where('entity', '=', q.entity);
  if (q.entity_id) base = base.where('entity_id', '=', q.entity_id);
  if (q.username) base = base.where('username', '=', q.username);
  if (q.action) base = base.where('action', '=', q.action);
  if (q.from) base = base.where('at', '>=', q.from);
  if (q.to) base = base.where('at', '<', q.to);
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

/** Walks the whole chain in id order, a batch at a time: the entries read and the first break, if any. */
export async function verifyAudit(
  db: Kysely<Database>,
  batch = 1000,
): Promise<{ entries: number; broken: ChainBreak | null }> {
  let after = 0;
  let prev: string | null = null;
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (!rows.length) return { entries, broken: null };
    const broken = firstBreak(rows, prev);
    if (broken) return { entries: entries + rows.findIndex((r) => Number(r.id) === broken.id), broken };
    entries += rows.length;
    const last = rows[rows.length - 1]!;
    after = Number(last.id);
    prev = last.hash;
  }
}
