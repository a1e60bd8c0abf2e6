/**
 * Typical-case bulletins (典型案例通报, issue 10 §2) as issued: the text the officer issued, its HTML, its Word file and
 * the file's sha256, who issued it and when; immutable. `typical_bulletin_cases` keeps each with the cases it
 * covers, in their order. (0004 is another branch's migration; this one does not depend on it.)
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Engine } from '../types.js';

export function typicalBulletinsMigration(engine: Engine): Migration {
  const id = (c: ColumnDefinitionBuilder) =>
    engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  const bytes = engine === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('typical_bulletins')
        .addColumn('id', 'integer', id)
        .addColumn('title', 'text', (c) => c.notNull())
        /** The body as issued (without the title), one paragraph a line. */
        .addColumn('text', 'text', (c) => c.notNull())
        /** The public page's fragment (h1, h2, p). */
        .addColumn('html', 'text', (c) => c.notNull())
        /** JSON array of the case ids, in the bulletin's order (also rows of typical_bulletin_cases). */
        .addColumn('case_ids', 'text', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        .addColumn('issued_by', 'text', (c) => c.notNull())
        .addColumn('issued_by_id', 'integer')
        .addColumn('docx', bytes, (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('typical_bulletin_cases')
        .addColumn('bulletin_id', 'integer', (c) => c.notNull().references('typical_bulletins.id'))
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('typical_bulletin_cases_pk', ['bulletin_id', 'case_id'])
        .execute();
      await db.schema
        .createIndex('typical_bulletin_cases_case_idx')
        .on('typical_bulletin_cases')
        .columns(['case_id'])
        .execute();
    },
  };
}
