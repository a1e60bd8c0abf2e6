/**
 * Issued typical-case bulletins (典型案例通报): stored once with the cases they cover, never changed. Also which of
 * the given cases may be told in one (published, or decided in a proceeding).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../types.js';
import { recordAudit, type Actor } from './audit.js';
import { sha256 } from './documents.js';

export interface IssuedBulletin {
  id: number;
  title: string;
  text: string;
  html: string;
  case_ids: number[];
  issued_at: string;
  issued_by: string;
  sha256: string;
}

export interface NewBulletin {
  title: string;
  text: string;
  html: string;
  case_ids: number[];
  docx: Uint8Array;
}

const COLUMNS = ['id', 'title', 'text', 'html', 'case_ids', 'issued_at', 'issued_by', 'sha256'] as const;

type Row = Omit<IssuedBulletin, 'case_ids'> & { case_ids: string };

const view = (r: Row): IssuedBulletin => ({
  ...r,
  id: Number(r.id),
  case_ids: JSON.parse(r.case_ids) as number[],
});

/** Stores an issued bulletin and its cases, audited, in one transaction. */
export async function insertBulletin(
  db: Kysely<Database>,
  b: NewBulletin,
  actor: Actor,
  at: Date,
): Promise<IssuedBulletin> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('typical_bulletins')
      .values({
        title: b.title,
        text: b.text,
        html: b.html,
        case_ids: JSON.stringify(b.case_ids),
        issued_at: at.toISOString(),
        issued_by: actor.username,
        issued_by_id: actor.id,
        docx: b.docx,
        sha256: sha256(b.docx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('typical_bulletin_cases')
      .values(b.case_ids.map((case_id, position) => ({ bulletin_id: Number(id), case_id, position })))
      .execute();
    const issued = (await findBulletin(trx, Number(id)))!;
    const { html: _h, text: _t, ...after } = issued;
    await recordAudit(
      trx,
      actor,
      { action: 'issue', entity: 'typical_bulletin', entityId: issued.id, after },
      at,
    );
    return issued;
  });
}

/** The bulletins issued, newest first; with `caseId`, those that tell that case. */
export async function listBulletins(db: Kysely<Database>, caseId?: number): Promise<IssuedBulletin[]> {
  let q = db.selectFrom('typical_bulletins as b').select(COLUMNS.map((c) => `b.${c}` as const));
  if (caseId !== undefined) {
    q = q.where('b.id', 'in', (sub) =>
      sub.selectFrom('typical_bulletin_cases').select('bulletin_id').where('case_id', '=', caseId),
    );
  }
  return (await q.orderBy('b.id', 'desc').execute()).map(view);
}

export async function findBulletin(db: Kysely<Database>, id: number): Promise<IssuedBulletin | undefined> {
  const r = await db.selectFrom('typical_bulletins').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r && view(r);
}

/** The Word file as issued. */
export async function readBulletinDocx(
  db: Kysely<Database>,
  id: number,
): Promise<{ bulletin: IssuedBulletin; bytes: Uint8Array } | undefined> {
  const bulletin = await findBulletin(db, id);
  if (!bulletin) return undefined;
  const r = await db
    .selectFrom('typical_bulletins')
    .select('docx')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { bulletin, bytes: r.docx };
}

/**
 * Which of `ids` may be told in a bulletin: cases published in the library, and cases whose proceeding has a
 * decision (the proceeding's state holds `decision` once decided).
 */
export async function tellableCaseIds(db: Kysely<Database>, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const published = await db
    .selectFrom('cases')
    .select('id')
    .where('id', 'in', [...ids])
    .where('status', '=', 'published')
    .execute();
  const handled = await db
    .selectFrom('proceedings')
    .select(['case_id', 'state'])
    .where('case_id', 'in', [...ids])
    .execute();
  const decided = handled.filter(
    (p) => (JSON.parse(p.state) as { decision?: unknown }).decision !== undefined,
  );
  return new Set([...published.map((r) => Number(r.id)), ...decided.map((p) => Number(p.case_id))]);
}
