/** Organisations that check themselves (合规自查): a name each; `operator` accounts belong to one. */
import type { Kysely } from 'kysely';
import { DomainError } from '../../core/shared/errors.js';
import type { Database } from '../types.js';
import { recordAudit, type Actor } from './audit.js';

export interface Organisation {
  id: number;
  name: string;
  created_by: string | null;
  created_at: string;
}

const view = (r: Organisation): Organisation => ({ ...r, id: Number(r.id) });

export async function createOrganisation(
  db: Kysely<Database>,
  name: string,
  actor: Actor,
  at = new Date(),
): Promise<Organisation> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst();
    if (existing) {
      throw new DomainError('CONFLICT', `单位「${name}」已存在`, { field: 'name', value: name });
    }
    const row = await trx
      .insertInto('organisations')
      .values({ name, created_by: actor.username, created_at: at.toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    const org = view(row);
    await recordAudit(
      trx,
      actor,
      { action: 'create', entity: 'organisation', entityId: org.id, after: org },
      at,
    );
    return org;
  });
}

export async function listOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  return (await db.selectFrom('organisations').selectAll().orderBy('id').execute()).map(view);
}

export async function organisationByName(
  db: Kysely<Database>,
  name: string,
): Promise<Organisation | undefined> {
  const r = await db.selectFrom('organisations').selectAll().where('name', '=', name).executeTakeFirst();
  return r && view(r);
}

export async function organisationById(db: Kysely<Database>, id: number): Promise<Organisation | undefined> {
  const r = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return r && view(r);
}
