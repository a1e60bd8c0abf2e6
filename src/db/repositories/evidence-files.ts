/** Evidence files of a proceeding: bytes in the database with their type (checked by the caller), size and sha256. */
import type { Kysely } from 'kysely';
import { DomainError } from '../../core/shared/errors.js';
import type { Database } from '../types.js';
import type { Actor } from './audit.js';
import { fileRepository, type NewFile, type StoredFile } from './stored-files.js';

export type EvidenceFile = StoredFile<'evidence_files'>;

const files = fileRepository({
  table: 'evidence_files',
  owner: { proceeding_id: Number },
  entity: 'evidence_file',
});

export async function storeEvidenceFile(
  db: Kysely<Database>,
  { proceedingId, ...file }: NewFile & { proceedingId: number },
  actor: Actor,
  at = new Date(),
): Promise<EvidenceFile> {
  return files.store(db, { proceeding_id: proceedingId }, file, actor, at, async (trx) => {
    const exists = await trx
      .selectFrom('proceedings')
      .select('id')
      .where('id', '=', proceedingId)
      .executeTakeFirst();
    if (!exists) throw new DomainError('NOT_FOUND', `办案流程 ${proceedingId} 不存在`, { id: proceedingId });
  });
}

export const listEvidenceFiles = files.list;
export const readEvidenceFile = files.read;
