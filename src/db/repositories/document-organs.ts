/** The issuing organ's settings per agency (IssuingOrgan, src/core/documents/model.ts); every change audited. */
import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../core/shared/errors.js';
import type { DocumentKind, IssuingOrgan } from '../../core/documents/model.js';
import type { Database, DocumentOrgansTable } from '../types.js';
import { recordAudit, type Actor } from './audit.js';

const organ = (r: Selectable<DocumentOrgansTable>): IssuingOrgan => ({
  agency: r.agency,
  name: r.name,
  code: r.code,
  department: r.department,
  review_bodies: JSON.parse(r.review_bodies) as string[],
  superior_organ: r.superior_organ,
  court: r.court,
  bank: r.bank,
  hearing_office: r.hearing_office,
  date_style: r.date_style === 'chinese' ? 'chinese' : 'arabic',
  sentences: JSON.parse(r.sentences) as Record<string, string>,
  codes: JSON.parse(r.codes) as Partial<Record<DocumentKind, string>>,
  credit_code: r.credit_code,
});

export async function organOf(db: Kysely<Database>, agency: string): Promise<IssuingOrgan | undefined> {
  const r = await db
    .selectFrom('document_organs')
    .selectAll()
    .where('agency', '=', agency)
    .executeTakeFirst();
  return r && organ(r);
}

export async function listOrgans(db: Kysely<Database>): Promise<IssuingOrgan[]> {
  const rows = await db.selectFrom('document_organs').selectAll().orderBy('agency').execute();
  return rows.map(organ);
}

/**
 * Creates or replaces the settings of `o.agency`; audited with the settings before and after. Two agencies may not
 * share 机关代字 and 部门简称: their sequences are their own, so their printed 文号 would repeat.
 */
export async function saveOrgan(
  db: Kysely<Database>,
  o: IssuingOrgan,
  actor: Actor,
  at = new Date(),
): Promise<IssuingOrgan> {
  return db.transaction().execute(async (trx) => {
    const twin = await trx
      .selectFrom('document_organs')
      .select('agency')
      .where('code', '=', o.code)
      .where('department', '=', o.department)
      .where('agency', '<>', o.agency)
      .executeTakeFirst();
    if (twin) {
      throw new DomainError(
        'CONFLICT',
        `机关代字「${o.code}」和部门简称「${o.department}」已由${twin.agency}使用`,
        {
          field: 'code',
          agency: twin.agency,
        },
      );
    }
    const before = await organOf(trx, o.agency);
    const values = {
      name: o.name,
      code: o.code,
      department: o.department,
      review_bodies: JSON.stringify(o.review_bodies),
      superior_organ: o.superior_organ,
      court: o.court,
      bank: o.bank,
      hearing_office: o.hearing_office,
      date_style: o.date_style,
      sentences: JSON.stringify(o.sentences),
      codes: JSON.stringify(o.codes),
      credit_code: o.credit_code,
      updated_by: actor.username,
      updated_at: at.toISOString(),
    };
    await trx
      .insertInto('document_organs')
      .values({ agency: o.agency, ...values })
      .onConflict((oc) => oc.column('agency').doUpdateSet(values))
      .execute();
    const after = (await organOf(trx, o.agency))!;
    await recordAudit(
      trx,
      actor,
      { action: before ? 'update' : 'create', entity: 'document_organ', entityId: o.agency, before, after },
      at,
    );
    return after;
  });
}
