/**
 * PostgreSQL: indexes in the case list's default order, newest first with undated cases last (`date_first DESC
 * NULLS LAST, id DESC`), with and without the status that anonymous readers are held to. A list whose text search
 * matches more cases than it counts walks the index in its order and stops at the page's end (issue 12,
 * `repositories/cases.ts`); the older ascending indexes read backwards give NULLS FIRST, so PostgreSQL could only
 * sort every match. SQLite needs none: its NULLs sort first, so its ascending indexes read backwards are already in
 * this order, and each of its indexes ends in the rowid (the id).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../types.js';

const INDEXES = {
  cases_status_date_desc_idx: sql`(status, date_first desc nulls last, id desc)`,
  cases_date_desc_idx: sql`(date_first desc nulls last, id desc)`,
};

export function caseListOrderMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'postgres') return;
      for (const [name, columns] of Object.entries(INDEXES)) {
        await sql`create index ${sql.id(name)} on cases ${columns}`.execute(db);
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'postgres') return;
      for (const name of Object.keys(INDEXES)) await sql`drop index ${sql.id(name)}`.execute(db);
    },
  };
}
