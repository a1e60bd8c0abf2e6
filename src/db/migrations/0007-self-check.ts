/**
 * The operators' compliance self-check (合规自查, issue 11): `organisations` (a network operator that checks itself;
 * an `operator` account belongs to one: `users.organisation_id`), its saved `self_check_assessments` (the profile as
 * JSON, the day the law was read at, the report's summary as JSON, who saved it), their `self_check_answers` (one per
 * requirement: the answer, a note, and the core's fingerprint of the requirement and the rules behind it, so a later
 * change of law names the answers it touches) and `self_check_evidence` (files per answer, bytes in the database like
 * the proceedings' evidence files). 0006 is another branch's migration; this one does not depend on it.
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Engine } from '../types.js';

export function selfCheckMigration(engine: Engine): Migration {
  const id = (c: ColumnDefinitionBuilder) =>
    engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('organisations')
        .addColumn('id', 'integer', id)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await s
        .alterTable('users')
        .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id'))
        .execute();

      await s
        .createTable('self_check_assessments')
        .addColumn('id', 'integer', id)
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        /** The profile as the core reads it (JSON). */
        .addColumn('profile', 'text', (c) => c.notNull())
        /** The day the law was read at (YYYY-MM-DD). */
        .addColumn('date', 'text', (c) => c.notNull())
        /** The report's summary as computed when saved (JSON), for the list. */
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_by_id', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // an organisation's assessments, newest first; the one before a given one
      await s
        .createIndex('self_check_assessments_org_idx')
        .on('self_check_assessments')
        .columns(['organisation_id', 'id'])
        .execute();

      await s
        .createTable('self_check_answers')
        .addColumn('assessment_id', 'integer', (c) =>
          c.notNull().references('self_check_assessments.id').onDelete('cascade'),
        )
        .addColumn('requirement_id', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('self_check_answers_pk', ['assessment_id', 'requirement_id'])
        .execute();

      await s
        .createTable('self_check_evidence')
        .addColumn('id', 'integer', id)
        .addColumn('assessment_id', 'integer', (c) =>
          c.notNull().references('self_check_assessments.id').onDelete('cascade'),
        )
        .addColumn('requirement_id', 'text', (c) => c.notNull())
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('content', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('uploaded_by', 'text')
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .execute();
      await s
        .createIndex('self_check_evidence_assessment_idx')
        .on('self_check_evidence')
        .columns(['assessment_id', 'requirement_id'])
        .execute();
    },
  };
}
