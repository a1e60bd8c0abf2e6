/**
 * Legal documents (法律文书, issue 9): the documents issued in a proceeding, immutable once issued (the Word file and
 * its sha256; the PDF rendered once, on the first download, then kept); the 文号 sequences per issuing organ, 文书代字
 * and year, taken under the row's lock so that numbers have no gaps and no duplicates; the issuing organ's settings
 * per agency. Written once for both engines; only the id and byte columns differ.
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Engine } from '../types.js';

export function documentsMigration(engine: Engine): Migration {
  const id = (c: ColumnDefinitionBuilder) =>
    engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  const bytes = engine === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('documents')
        .addColumn('id', 'integer', id)
        .addColumn('proceeding_id', 'integer', (c) => c.notNull().references('proceedings.id'))
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        /** The title as printed (责令限期改正通知书 for a rectification notice with a deadline). */
        .addColumn('title', 'text', (c) => c.notNull())
        /** The party a per-party document is addressed to (its id in the proceeding). */
        .addColumn('party', 'text')
        /** The 文号; null for the documents that carry none (笔录, 回执, 结案报告). */
        .addColumn('number', 'text')
        /** The sequence the number was taken from: the issuing organ (its agency), 文书代字, year, serial. */
        .addColumn('organ', 'text')
        .addColumn('code', 'text')
        .addColumn('year', 'integer')
        .addColumn('serial', 'integer')
        /** The day the document is dated (China date). */
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        .addColumn('issued_by', 'text', (c) => c.notNull())
        .addColumn('issued_by_id', 'integer')
        /** The document this one corrects; a document is corrected once (the next correction corrects this one). */
        .addColumn('replaces', 'integer', (c) => c.unique().references('documents.id'))
        .addColumn('reason', 'text')
        /** JSON: what it was built from (kind, party, inputs, the proceeding's version, the check's verdict). */
        .addColumn('request', 'text', (c) => c.notNull())
        /** JSON LegalDocument: the content as issued, from which the PDF is rendered. */
        .addColumn('content', 'text', (c) => c.notNull())
        /** documentText: the text as it reads on paper. */
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('docx', bytes, (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('pdf', bytes)
        .addColumn('pdf_sha256', 'text')
        .addUniqueConstraint('documents_number_unique', ['organ', 'code', 'year', 'serial'])
        .execute();
      await s
        .createIndex('documents_proceeding_idx')
        .on('documents')
        .columns(['proceeding_id', 'id'])
        .execute();

      await s
        .createTable('document_sequences')
        .addColumn('organ', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        /** The serial the next document will take. */
        .addColumn('next', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('document_sequences_pk', ['organ', 'code', 'year'])
        .execute();

      // IssuingOrgan (src/core/documents/model.ts), one row per agency; lists and maps as JSON.
      await s
        .createTable('document_organs')
        .addColumn('agency', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('review_bodies', 'text', (c) => c.notNull())
        .addColumn('superior_organ', 'text', (c) => c.notNull())
        .addColumn('court', 'text', (c) => c.notNull())
        .addColumn('bank', 'text', (c) => c.notNull())
        .addColumn('hearing_office', 'text', (c) => c.notNull())
        .addColumn('date_style', 'text', (c) => c.notNull())
        .addColumn('sentences', 'text', (c) => c.notNull())
        .addColumn('codes', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        // Each agency has its own sequences: two with the same 机关代字 and 部门简称 would print the same 文号.
        .addUniqueConstraint('document_organs_number_prefix_unique', ['code', 'department'])
        .execute();
    },
  };
}
