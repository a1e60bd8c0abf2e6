/** Evidence files of a proceeding: bytes in the database with their type (checked by the caller), size and sha256. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError } from '../../core/shared/errors.js';
import type { Database } from '../types.js';
import { recordAudit, type Actor } from './audit.js';

export interface EvidenceFile {
  id: number;
  proceeding_id: number;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: string;
}

const COLUMNS = [
  'id',
  'proceeding_id',
  'filename',
  'media_type',
  'size',
  'sha256',
  'uploaded_by',
  'uploaded_at',
] as const;

const view = (r: Omit<EvidenceFile, 'id' | 'proceeding_id'> & { id: number; proceeding_id: number }) => ({
  ...r,
  id: Number(r.id),
  proceeding_id: Number(r.proceeding_id),
  size: Number(r.size),
});

export async function storeEvidenceFile(
  db: Kysely<Database>,
  input: { proceedingId: number; filename: string; mediaType: string; content: Uint8Array },
  actor: Actor,
  at = new Date(),
): Promise<EvidenceFile> {
  return db.transaction().execute(async (trx) => {
    const exists = await trx
      .selectFrom('proceedings')
      .select('id')
      .where('id', '=', input.proceedingId)
      .executeTakeFirst();
    if (!exists) {
      throw new DomainError('NOT_FOUND', `办案流程 ${input.proceedingId} 不存在`, { id: input.proceedingId });
    }
    const row = await trx
      .insertInto('evidence_files')
      .values({
        proceeding_id: input.proceedingId,
        filename: input.filename,
        media_type: input.mediaType,
        size: input.content.length,
        sha256: createHash('sha256').update(input.content).digest('hex'),
        content: input.content,
        uploaded_by: actor.username,
        uploaded_at: at.toISOString(),
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    const file = view(row);
    await recordAudit(
      trx,
      actor,
      { action: 'upload', entity: 'evidence_file', entityId: file.id, after: file },
      at,
    );
    return file;
  });
}

export async function listEvidenceFiles(db: Kysely<Database>, proceedingId: number): Promise<EvidenceFile[]> {
  const rows = await db
    .selectFrom('evidence_files')
    .select(COLUMNS)
    .where('proceeding_id', '=', proceedingId)
    .orderBy('id')
    .execute();
  return rows.map(view);
}

export async function readEvidenceFile(
  db: Kysely<Database>,
  proceedingId: number,
  id: number,
): Promise<(EvidenceFile & { content: Uint8Array }) | undefined> {
  const r = await db
    .selectFrom('evidence_files')
    .select([...COLUMNS, 'content'])
    .where('proceeding_id', '=', proceedingId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r && { ...view(r), content: r.content };
}
