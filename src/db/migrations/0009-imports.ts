/**
 * Repeat imports (issue 13): each bulletin keeps the sha256 of its normalised text (`normalizedBulletinText`), so
 * that importing the same bulletin again is refused naming the earlier import. Existing rows are filled in.
 * (0006–0008 are other branches' migrations; this one does not depend on them.)
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { bulletinTextHash } from '../repositories/bulletin-hash.js';

export function importsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('bulletins').addColumn('text_sha256', 'text').execute();
      await db.schema
        .createIndex('bulletins_text_sha256_idx')
        .on('bulletins')
        .column('text_sha256')
        .execute();
      const rows = await sql<{ id: number; text: string }>`select id, text from bulletins`.execute(db);
      for (const row of rows.rows) {
        await sql`update bulletins set text_sha256 = ${bulletinTextHash(row.text)} where id = ${row.id}`.execute(
          db,
        );
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('bulletins_text_sha256_idx').execute();
      await db.schema.alterTable('bulletins').dropColumn('text_sha256').execute();
    },
  };
}
