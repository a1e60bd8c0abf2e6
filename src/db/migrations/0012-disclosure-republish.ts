/**
 * Republishing after a changed decision (issue 10 §1): a party may have several records, the earlier ones withdrawn;
 * at most one is published at a time (a partial unique index instead of one record per party), and a new record
 * names the record it replaces (`replaces`, at most one successor each). SQLite cannot drop a table constraint, so
 * there the table is rebuilt from its own DDL without it, its rows, ids and indexes kept.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../types.js';

const UNIQUE = /,\s*constraint "disclosures_party_unique" unique \("proceeding_id", "party"\)/i;

async function dropPartyUnique(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'postgres') {
    await db.schema.alterTable('disclosures').dropConstraint('disclosures_party_unique').execute();
    return;
  }
  const table = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'disclosures'`.execute(db);
  const indexes = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'index' and tbl_name = 'disclosures' and sql is not null`.execute(
    db,
  );
  const ddl = table.rows[0]!.sql;
  if (!UNIQUE.test(ddl)) throw new Error(`0008: unexpected disclosures DDL: ${ddl}`);
  await sql
    .raw(ddl.replace(UNIQUE, '').replace(/^CREATE TABLE "disclosures"/i, 'CREATE TABLE "disclosures_next"'))
    .execute(db);
  await sql`insert into disclosures_next select * from disclosures`.execute(db);
  await sql`drop table disclosures`.execute(db);
  await sql`alter table disclosures_next rename to disclosures`.execute(db);
  for (const i of indexes.rows) await sql.raw(i.sql).execute(db);
}

export function disclosureRepublishMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await dropPartyUnique(db, engine);
      await db.schema
        .alterTable('disclosures')
        .addColumn('replaces', 'integer', (c) => c.references('disclosures.id'))
        .execute();
      await sql`create unique index disclosures_current_unique on disclosures (proceeding_id, party) where status = 'published'`.execute(
        db,
      );
      await db.schema
        .createIndex('disclosures_replaces_unique')
        .on('disclosures')
        .column('replaces')
        .unique()
        .execute();
    },
  };
}
