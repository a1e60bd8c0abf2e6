/**
 * Issued legal documents (法律文书). Immutable: there is no update of an issued document — a correction is a new
 * document naming the one it `replaces` — except the one-time fill of its PDF, rendered on the first download.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DocumentKind, LegalDocument } from '../../core/documents/model.js';
import type { Database } from '../types.js';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A document as listed: what it is, its number, who issued it, and its correction links. */
export interface IssuedDocument {
  id: number;
  proceeding_id: number;
  case_id: number;
  kind: DocumentKind;
  title: string;
  party: string | null;
  number: string | null;
  date: string;
  issued_at: string;
  issued_by: string;
  sha256: string;
  replaces: number | null;
  reason: string | null;
  replaced_by: number | null;
}

/** What is stored at issue, in the issuing transaction. */
export interface NewDocument {
  proceeding_id: number;
  case_id: number;
  kind: DocumentKind;
  party: string | null;
  /** The sequence and serial of its 文号; null for a document without one. */
  numbered: { organ: string; code: string; year: number; serial: number; number: string } | null;
  date: string;
  issued_at: string;
  issued_by: { id: number | null; username: string };
  replaces: number | null;
  reason: string | null;
  request: Record<string, unknown>;
  document: LegalDocument;
  text: string;
  docx: Uint8Array;
}

const LISTED = [
  'd.id',
  'd.proceeding_id',
  'd.case_id',
  'd.kind',
  'd.title',
  'd.party',
  'd.number',
  'd.date',
  'd.issued_at',
  'd.issued_by',
  'd.sha256',
  'd.replaces',
  'd.reason',
] as const;

type ListedRow = Omit<IssuedDocument, 'kind' | 'replaced_by'> & { kind: string; replaced_by: number | null };

const view = (r: ListedRow): IssuedDocument => ({
  ...r,
  id: Number(r.id),
  proceeding_id: Number(r.proceeding_id),
  case_id: Number(r.case_id),
  kind: r.kind as DocumentKind,
  replaces: r.replaces === null ? null : Number(r.replaces),
  replaced_by: r.replaced_by === null ? null : Number(r.replaced_by),
});

/** Stores an issued document (inside the issuing transaction) and returns it as listed. */
export async function insertDocument(trx: Kysely<Database>, d: NewDocument): Promise<IssuedDocument> {
  const row = await trx
    .insertInto('documents')
    .values({
      proceeding_id: d.proceeding_id,
      case_id: d.case_id,
      kind: d.kind,
      title: d.document.title,
      party: d.party,
      number: d.numbered?.number ?? null,
      organ: d.numbered?.organ ?? null,
      code: d.numbered?.code ?? null,
      year: d.numbered?.year ?? null,
      serial: d.numbered?.serial ?? null,
      date: d.date,
      issued_at: d.issued_at,
      issued_by: d.issued_by.username,
      issued_by_id: d.issued_by.id,
      replaces: d.replaces,
      reason: d.reason,
      request: JSON.stringify(d.request),
      content: JSON.stringify(d.document),
      text: d.text,
      docx: d.docx,
      sha256: sha256(d.docx),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findDocument(trx, Number(row.id)))!;
}

function listed(db: Kysely<Database>) {
  return db
    .selectFrom('documents as d')
    .leftJoin('documents as r', 'r.replaces', 'd.id')
    .select([...LISTED, 'r.id as replaced_by']);
}

export async function listDocuments(db: Kysely<Database>, proceedingId: number): Promise<IssuedDocument[]> {
  const rows = await listed(db).where('d.proceeding_id', '=', proceedingId).orderBy('d.id').execute();
  return rows.map(view);
}

export async function findDocument(db: Kysely<Database>, id: number): Promise<IssuedDocument | undefined> {
  const r = await listed(db).where('d.id', '=', id).executeTakeFirst();
  return r && view(r);
}

/** The Word file as issued. */
export async function readDocx(
  db: Kysely<Database>,
  id: number,
): Promise<{ doc: IssuedDocument; bytes: Uint8Array } | undefined> {
  const doc = await findDocument(db, id);
  if (!doc) return undefined;
  const r = await db.selectFrom('documents').select('docx').where('id', '=', id).executeTakeFirstOrThrow();
  return { doc, bytes: r.docx };
}

/** The PDF once rendered (null before the first download), and the content it is rendered from. */
export async function readPdf(
  db: Kysely<Database>,
  id: number,
): Promise<
  | { doc: IssuedDocument; content: LegalDocument; pdf: { bytes: Uint8Array; sha256: string } | null }
  | undefined
> {
  const doc = await findDocument(db, id);
  if (!doc) return undefined;
  const r = await db
    .selectFrom('documents')
    .select(['content', 'pdf', 'pdf_sha256'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    doc,
    content: JSON.parse(r.content) as LegalDocument,
    pdf: r.pdf && r.pdf_sha256 ? { bytes: r.pdf, sha256: r.pdf_sha256 } : null,
  };
}

/**
 * Keeps the PDF rendered on the first download. Only a document without one is filled: once kept, the PDF is never
 * replaced (two first downloads at once both render; the first to arrive is kept and served to both).
 */
export async function fillPdf(
  db: Kysely<Database>,
  id: number,
  bytes: Uint8Array,
): Promise<{ bytes: Uint8Array; sha256: string }> {
  await db
    .updateTable('documents')
    .set({ pdf: bytes, pdf_sha256: sha256(bytes) })
    .where('id', '=', id)
    .where('pdf', 'is', null)
    .execute();
  const r = await db
    .selectFrom('documents')
    .select(['pdf', 'pdf_sha256'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { bytes: r.pdf!, sha256: r.pdf_sha256! };
}
