/**
 * `wangan restore FILE`: a backup of `wangan backup` into an EMPTY place only — SQLite: the data directory is empty
 * (or absent) and the database file absent; PostgreSQL: the store's schema has no table. Anything else is refused
 * (exit 2): a restore never merges into or overwrites data. Run `wangan migrate` after it when the backup is older
 * than the application. Prints JSON.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { parseArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../io.js';
import { restorePostgres, restoreSqlite } from '../../db/backup.js';
import { openStore } from '../../db/store.js';
import { DomainError } from '../../core/shared/errors.js';
import { loadConfig } from '../../server/config.js';

async function postgresTables(url: string): Promise<number> {
  const store = openStore({ engine: 'postgres', url });
  try {
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from information_schema.tables where table_schema = current_schema()`.execute(
      store.db,
    );
    return Number(rows[0]!.n);
  } finally {
    await store.close();
  }
}

export const run: Command = async (args, io) => {
  const { positionals } = parseArgs(args, {});
  if (positionals.length !== 1) throw new UsageError('usage: wangan restore FILE');
  const from = resolve(positionals[0]!);
  const config = loadConfig(io.env);
  const { database } = config;
  if (database.engine === 'sqlite') {
    if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0)
      throw new DomainError('CONFLICT', `数据目录 ${config.dataDir} 不是空的；只能恢复到空目录`, {
        dir: config.dataDir,
      });
    await restoreSqlite(from, database.file);
  } else {
    const tables = await postgresTables(database.url);
    if (tables > 0)
      throw new DomainError('CONFLICT', `数据库的 schema 中已有 ${tables} 张表；只能恢复到空数据库`, {
        tables,
      });
    await restorePostgres(database.url, from);
  }
  io.stdout(`${JSON.stringify({ engine: database.engine, restored: from })}\n`);
  return EXIT.ok;
};
