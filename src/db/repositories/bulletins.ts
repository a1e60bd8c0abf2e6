/** Bulletins and their import: one transaction saves the bulletin with all its cases, or nothing. */
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../core/shared/case-record.js';
import type { Database } from '../types.js';
import { recordAudit, type Actor } from './audit.js';
import { DomainError } from '../../core/shared/errors.js';
import { bulletinTextHash } from './bulletin-hash.js';
import type { SearchDialect } from '../search/dialect.js';
import type { AppliedOf } from './case-applied.js';
import { insertManyCaseRows, type CaseStatus } from './cases.js';

/** The earlier import of the same bulletin (same normalised text), if any. */
export interface EarlierImport {
  bulletin_id: number;
  imported_at: string;
  imported_by: string | null;
  title: string | null;
}

export async function findEarlierImport(
  db: Kysely<Database>,
  text: string,
): Promise<EarlierImport | undefined> {
  return earlierByHash(db, bulletinTextHash(text));
}

async function earlierByHash(db: Kysely<Database>, hash: string): Promise<EarlierImport | undefined> {
  const row = await db
    .selectFrom('bulletins')
    .select(['id', 'imported_at', 'imported_by', 'title'])
    .where('text_sha256', '=', hash)
    .orderBy('id')
    .executeTakeFirst();
  return (
    row && {
      bulletin_id: Number(row.id),
      imported_at: row.imported_at,
      imported_by: row.imported_by,
      title: row.title,
    }
  );
}

/** Refuses a bulletin imported before (CONFLICT → 409 / exit 2), naming the earlier import. */
function refuseRepeat(earlier: EarlierImport): never {
  throw new DomainError(
    'CONFLICT',
    `该公告已于 ${earlier.imported_at} 由 ${earlier.imported_by ?? '未知用户'} 导入（公告 ${earlier.bulletin_id}${earlier.title ? `《${earlier.title}》` : ''}）；如确需再次导入，请指定 again`,
    { earlier_import: earlier },
  );
}

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
  search: SearchDialect,
  appliedOf: AppliedOf,
  input: { bulletin: BulletinInput; cases: readonly CaseRecord[]; status: CaseStatus; again?: boolean },
  actor: Actor,
  at?: Date,
): Promise<{ bulletin_id: number; case_ids: number[] }>;
export async function importBulletin(
  db: Kysely<Database>,
  search: SearchDialect,
  appliedOf: AppliedOf,
  input: { bulletin: null; cases: readonly CaseRecord[]; status: CaseStatus },
  actor: Actor,
  at?: Date,
): Promise<{ bulletin_id: null; case_ids: number[] }>;
export async function importBulletin(
  db: Kysely<Database>,
  search: SearchDialect,
  appliedOf: AppliedOf,
  input: {
    bulletin: BulletinInput | null;
    cases: readonly CaseRecord[];
    status: CaseStatus;
    /** Import a bulletin imported before anyway (a new bulletin row and new cases). */
    again?: boolean;
  },
  actor: Actor,
  at = new Date(),
): Promise<{ bulletin_id: number | null; case_ids: number[] }> {
  return db.transaction().execute(async (trx) => {
    if (!input.bulletin) {
      // Case records without a source bulletin (a JSON file of records): still all or nothing.
      const caseIds = await insertManyCaseRows(
        trx,
        search,
        appliedOf,
        input.cases.map((record) => ({ record, status: input.status })),
        actor,
        at,
      );
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
    const hash = bulletinTextHash(input.bulletin.text);
    if (!input.again) {
      const earlier = await earlierByHash(trx, hash);
      if (earlier) refuseRepeat(earlier);
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
        text_sha256: hash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const bulletinId = Number(id);
    const caseIds = await insertManyCaseRows(
      trx,
      search,
      appliedOf,
      input.cases.map((record, position) => ({
        record,
        status: input.status,
        bulletinId,
        bulletinPosition: position,
      })),
      actor,
      at,
    );
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
  const found = await db.selectFrom('bulletins').selectAll().where('id', '=', id).executeTakeFirst();
  if (!found) return undefined;
  const { text_sha256: _hash, ...row } = found;
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
