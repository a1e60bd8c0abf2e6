/** Bulletins and their import: one transaction saves the bulletin with all its cases, or nothing. */
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../core/shared/case-record.js';
import type { Database } from '../types.js';
import { recordAudit, type Actor } from './audit.js';
import type { AppliedOf } from './case-applied.js';
import { insertCaseRows, type CaseStatus } from './cases.js';

export interface BulletinInput {
  text: string;
  format: 'text' | 'html' | 'docx';
  encoding: string;
  title?: string | null;
  source_url?: string | null;
}

export interface StoredBulletin {
  id: number;
  title: string | null;
  source_url: string | null;
  format: 'text' | 'html' | 'docx';
  encoding: string;
  text: string;
  imported_by: string | null;
  imported_at: string;
  case_ids: number[];
}

export async function importBulletin(
  db: Kysely<Database>,
  appliedOf: AppliedOf,
  input: { bulletin: BulletinInput; cases: readonly CaseRecord[]; status: CaseStatus },
  actor: Actor,
  at?: Date,
): Promise<{ bulletin_id: number; case_ids: number[] }>;
export async function importBulletin(
  db: Kysely<Database>,
  appliedOf: AppliedOf,
  input: { bulletin: null; cases: readonly CaseRecord[]; status: CaseStatus },
  actor: Actor,
  at?: Date,
): Promise<{ bulletin_id: null; case_ids: number[] }>;
export async function importBulletin(
  db: Kysely<Database>,
  appliedOf: AppliedOf,
  input: { bulletin: BulletinInput | null; cases: readonly CaseRecord[]; status: CaseStatus },
  actor: Actor,
  at = new Date(),
): Promise<{ bulletin_id: number | null; case_ids: number[] }> {
  return db.transaction().execute(async (trx) => {
    if (!input.bulletin) {
      // Case records without a source bulletin (a JSON file of records): still all or nothing.
      const caseIds: number[] = [];
      for (const record of input.cases)
        caseIds.push(await insertCaseRows(trx, appliedOf, { record, status: input.status }, actor, at));
      await recordAudit(
        trx,
        actor,
        {
          action: 'import',
          entity: 'case',
          entityId: null,
          after: { status: input.status, case_ids: caseIds },
        },
        at,
      );
      return { bulletin_id: null, case_ids: caseIds };
    }
    const { id } = await trx
      .insertInto('bulletins')
      .values({
        title: input.bulletin.title ?? null,
        source_url: input.bulletin.source_url ?? null,
        format: input.bulletin.format,
        encoding: input.bulletin.encoding,
        text: input.bulletin.text,
        imported_by: actor.username,
        imported_at: at.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const bulletinId = Number(id);
    const caseIds: number[] = [];
    for (const [position, record] of input.cases.entries()) {
      caseIds.push(
        await insertCaseRows(
          trx,
          appliedOf,
          { record, status: input.status, bulletinId, bulletinPosition: position },
          actor,
          at,
        ),
      );
    }
    await recordAudit(
      trx,
      actor,
      {
        action: 'import',
        entity: 'bulletin',
        entityId: bulletinId,
        after: {
          title: input.bulletin.title ?? null,
          source_url: input.bulletin.source_url ?? null,
          status: input.status,
          case_ids: caseIds,
        },
      },
      at,
    );
    return { bulletin_id: bulletinId, case_ids: caseIds };
  });
}

export async function getBulletin(db: Kysely<Database>, id: number): Promise<StoredBulletin | undefined> {
  const row = await db.selectFrom('bulletins').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const cases = await db
    .selectFrom('cases')
    .select('id')
    .where('bulletin_id', '=', id)
    .orderBy('bulletin_position')
    .execute();
  return {
    ...row,
    id: Number(row.id),
    format: row.format as StoredBulletin['format'],
    case_ids: cases.map((c) => Number(c.id)),
  };
}
