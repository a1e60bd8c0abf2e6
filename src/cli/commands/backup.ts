/**
 * `wangan backup FILE`: a consistent copy of the database while the server runs (src/db/backup.ts) — SQLite: the
 * online backup API; PostgreSQL: pg_dump's custom format of the store's schema. FILE must not exist. Prints JSON.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { parseArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../io.js';
import { backupPostgres, backupSqlite } from '../../db/backup.js';
import { openStore } from '../../db/store.js';
import { loadConfig } from '../../server/config.js';

/** The schema the store's tables are in (the connection's current schema). */
export async function currentSchema(url: string): Promise<string | null> {
  const store = openStore({ engine: 'postgres', url });
  try {
    return (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(store.db))
      .rows[0]!.schema;
  } finally {
    await store.close();
  }
}

export const run: Command = async (args, io) => {
  const { positionals } = parseArgs(args, {});
  if (positionals.length !== 1) throw new UsageError('usage: wangan backup FILE');
  const file = resolve(positionals[0]!);
  const { database } = loadConfig(io.env);
  if (database.engine === 'sqlite') await backupSqlite(database.file, file);
  else await backupPostgres(database.url, (await currentSchema(database.url)) ?? 'public', file);
  io.stdout(`${JSON.stringify({ engine: database.engine, backup: file, bytes: statSync(file).size })}\n`);
  return EXIT.ok;
};
