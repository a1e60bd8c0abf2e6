/**
 * Case handling (办案): proceedings over the pure core of src/core/cases, one row each beside its case row; their
 * events (one per action, with the event time and the server time); the deadlines the engine computed at the last
 * action and the officers assigned, with the next due time on the proceeding and its assignee rows for the 待办 query; evidence files (bytes in the database, so a backup
 * of the database is a backup of the file). Written once for both engines; only the id and byte columns differ.
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Engine } from '../types.js';

export function proceedingsMigration(engine: Engine): Migration {
  const id = (c: ColumnDefinitionBuilder) =>
    engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('proceedings')
        .addColumn('id', 'integer', id)
        // No cascade: a case that carries a proceeding is not deleted (CaseRepository.delete refuses).
        .addColumn('case_id', 'integer', (c) => c.notNull().unique().references('cases.id'))
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('agency', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        /** 0 once archived (or transferred out, not accepted): out of the 待办 list. */
        .addColumn('open', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        /** The earliest due time of its open deadlines (UTC ISO), null when none or closed: the 待办 key. */
        .addColumn('next_due_at', 'text')
        .addColumn('last_check', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      for (const [name, cols] of [
        ['proceedings_open_updated_idx', ['open', 'updated_at']],
        ['proceedings_next_due_idx', ['next_due_at']],
        ['proceedings_agency_next_due_idx', ['agency', 'next_due_at']],
        // the 待办 of a reviewer or leader: the proceedings at the stages that wait on them
        ['proceedings_stage_next_due_idx', ['stage', 'next_due_at']],
      ] as const) {
        await s
          .createIndex(name)
          .on('proceedings')
          .columns([...cols])
          .execute();
      }

      await s
        .createTable('proceeding_events')
        .addColumn('id', 'integer', id)
        .addColumn('proceeding_id', 'integer', (c) =>
          c.notNull().references('proceedings.id').onDelete('cascade'),
        )
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('party', 'text')
        .addColumn('by_user', 'integer')
        .addColumn('by_name', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('from_stage', 'text')
        .addColumn('to_stage', 'text', (c) => c.notNull())
        .addColumn('payload', 'text')
        .execute();
      await s
        .createIndex('proceeding_events_seq_idx')
        .on('proceeding_events')
        .columns(['proceeding_id', 'seq'])
        .unique()
        .execute();

      // The officers a proceeding is assigned to (its investigators; its creator until they are named), with the
      // proceeding's next due time copied, so that an officer's 待办 is one range of one index.
      await s
        .createTable('proceeding_assignees')
        .addColumn('proceeding_id', 'integer', (c) =>
          c.notNull().references('proceedings.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('next_due_at', 'text')
        .addPrimaryKeyConstraint('proceeding_assignees_pk', ['user_id', 'proceeding_id'])
        .execute();
      await s
        .createIndex('proceeding_assignees_proceeding_idx')
        .on('proceeding_assignees')
        .columns(['proceeding_id'])
        .execute();
      await s
        .createIndex('proceeding_assignees_due_idx')
        .on('proceeding_assignees')
        .columns(['user_id', 'next_due_at', 'proceeding_id'])
        .execute();

      await s
        .createTable('proceeding_deadlines')
        .addColumn('proceeding_id', 'integer', (c) =>
          c.notNull().references('proceedings.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('timer', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('party', 'text')
        /** UTC ISO instant, so that text order is time order. */
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        /** 1 while someone still has to act by due_at (a duty or a window, pending / due soon / overdue). */
        .addColumn('open', 'integer', (c) => c.notNull())
        /** 1 for a period counted in hours (due soon within hours, not days). */
        .addColumn('in_hours', 'integer', (c) => c.notNull())
        .addColumn('basis', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('proceeding_deadlines_pk', ['proceeding_id', 'position'])
        .execute();
      await s
        .createIndex('proceeding_deadlines_proceeding_open_idx')
        .on('proceeding_deadlines')
        .columns(['proceeding_id', 'open', 'due_at'])
        .execute();

      await s
        .createTable('evidence_files')
        .addColumn('id', 'integer', id)
        .addColumn('proceeding_id', 'integer', (c) =>
          c.notNull().references('proceedings.id').onDelete('cascade'),
        )
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('content', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('uploaded_by', 'text')
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .execute();
      await s
        .createIndex('evidence_files_proceeding_idx')
        .on('evidence_files')
        .columns(['proceeding_id'])
        .execute();
    },
  };
}
