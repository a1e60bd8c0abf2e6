/**
 * Both engines: indexes in the case list's title order (`title, id`), with and without the status that anonymous
 * readers are held to. A text search that matches more cases than the list counts (SearchDialect.listCaps) walks the sort
 * column's index and stops at the page's end (`repositories/cases.ts`); the title had no index, so such a search in
 * title order sorted every match read from `cases` — at 1,000,000 cases 备案 + 大连 (8,113 matches) took ~300 ms
 * once the cap fell below its count (NOTES.md "PostgreSQL at 1M, fourth pass"). Read backwards for 标题 descending.
 * The walk reads a bounded number of index rows and otherwise sorts every match (NOTES.md "sixth pass": titles
 * follow the agency in the generated cases, and 大连's came after ~192,000 others).
 */
import { sql, type Kysely, type Migration } from 'kysely';

const INDEXES = {
  cases_status_title_idx: sql`(status, title, id)`,
  cases_title_idx: sql`(title, id)`,
};

export function caseListTitleOrderMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const [name, columns] of Object.entries(INDEXES)) {
        await sql`create index ${sql.id(name)} on cases ${columns}`.execute(db);
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const name of Object.keys(INDEXES)) await sql`drop index ${sql.id(name)}`.execute(db);
    },
  };
}
