/**
 * Files kept in the database (bytes with their type, checked by the caller, size and sha256), one repository for each
 * table of that shape: a proceeding's evidence files, the proof of a self-check answer. The owner columns name what a
 * file belongs to: stored with it on upload and returned with it; the first one is what files are listed by.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../types.js';
import { recordAudit, type Actor } from './audit.js';

export type FileTable = 'evidence_files' | 'self_check_evidence';

/** A file as the repository answers it: its row without the bytes. */
export type StoredFile<T extends FileTable> = Omit<Selectable<Database[T]>, 'content'>;

/** The columns every file table has besides its id and its owner's. */
const FILE = ['filename', 'media_type', 'size', 'sha256', 'uploaded_by', 'uploaded_at'] as const;
type FileColumn = 'id' | (typeof FILE)[number];
type Owner<T extends FileTable> = Omit<StoredFile<T>, FileColumn>;

export interface NewFile {
  filename: string;
  mediaType: string;
  content: Uint8Array;
}

/**
 * The query view of one file table: its name and columns as plain strings, the rows as loose records (both tables
 * answer the same columns; `view` types them). The one place that leaves Kysely's table types.
 */
type AnyFileTable = Record<string, string | number | Uint8Array | null>;
type FileDb = Record<string, AnyFileTable>;

export function fileRepository<T extends FileTable>(spec: {
  table: T;
  /** The owner's columns, each with how to read it back (an engine may answer an integer as text). */
  owner: { [K in keyof Owner<T>]: (v: unknown) => Owner<T>[K] };
  /** The audit log's name of the entity. */
  entity: string;
}) {
  const owner = Object.keys(spec.owner) as (keyof Owner<T> & string)[];
  const columns = ['id', ...owner, ...FILE];
  const byOwner: string = owner[0]!;
  const table: string = spec.table;
  const q = (db: Kysely<Database>) => db as unknown as Kysely<FileDb>;

  const view = (r: AnyFileTable): StoredFile<T> => {
    const file: Record<string, unknown> = {};
    for (const c of columns) file[c] = r[c];
    for (const c of owner) file[c] = spec.owner[c](r[c]);
    return { ...file, id: Number(r.id), size: Number(r.size) } as StoredFile<T>;
  };

  return {
    /** Stores a file once `check` (run in the same transaction: does the owner exist?) lets it; audited. */
    async store(
      db: Kysely<Database>,
      of: Owner<T>,
      input: NewFile,
      actor: Actor,
      at: Date,
      check: (trx: Transaction<Database>) => Promise<void>,
    ): Promise<StoredFile<T>> {
      return db.transaction().execute(async (trx) => {
        await check(trx);
        const row = await q(trx)
          .insertInto(table)
          .values({
            ...(of as AnyFileTable),
            filename: input.filename,
            media_type: input.mediaType,
            size: input.content.length,
            sha256: createHash('sha256').update(input.content).digest('hex'),
            content: input.content,
            uploaded_by: actor.username,
            uploaded_at: at.toISOString(),
          })
          .returning(columns)
          .executeTakeFirstOrThrow();
        const file = view(row);
        await recordAudit(
          trx,
          actor,
          { action: 'upload', entity: spec.entity, entityId: Number(row.id), after: file },
          at,
        );
        return file;
      });
    },

    /** The files of an owner, in the order stored. */
    async list(db: Kysely<Database>, ownerId: number): Promise<StoredFile<T>[]> {
      const rows = await q(db)
        .selectFrom(table)
        .select(columns)
        .where(byOwner, '=', ownerId)
        .orderBy('id')
        .execute();
      return rows.map(view);
    },

    /** One file of an owner with its bytes; undefined when the owner has no such file. */
    async read(
      db: Kysely<Database>,
      ownerId: number,
      id: number,
    ): Promise<(StoredFile<T> & { content: Uint8Array }) | undefined> {
      const r = await q(db)
        .selectFrom(table)
        .select([...columns, 'content'])
        .where(byOwner, '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r && { ...view(r), content: r.content as Uint8Array };
    },
  };
}
