/**
 * Identity and audit (issue 12, Security B; 0006 and 0007 are other branches' migrations, this one does not depend on
 * them):
 * - `users`: failed logins in a row and the lock's end (a lockout that survives a restart and holds across
 *   processes), whether the password must be changed at the next sign-in, when it was last set;
 * - `sessions`: the last request (idle timeout);
 * - `audit_log`: the hash chain (`prev_hash`, `hash`; src/db/audit-chain.ts), the entries written before chained here
 *   in id order, then triggers that refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL): the log is append-only.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { entryHash, type ChainRow } from '../audit-chain.js';
import type { Engine } from '../types.js';

export function identityMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .alterTable('users')
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await s.alterTable('users').addColumn('locked_until', 'text').execute();
      await s
        .alterTable('users')
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await s.alterTable('users').addColumn('password_changed_at', 'text').execute();
      await s.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
      await sql`update sessions set last_seen_at = created_at`.execute(db);

      await s.alterTable('audit_log').addColumn('prev_hash', 'text').execute();
      await s.alterTable('audit_log').addColumn('hash', 'text').execute();
      const rows = (await sql<ChainRow>`select * from audit_log order by id`.execute(db)).rows;
      let prev: string | null = null;
      for (const r of rows) {
        const hash = entryHash(r, prev);
        await sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`.execute(db);
        prev = hash;
      }
      await s.createIndex('audit_user_idx').on('audit_log').columns(['username', 'at']).execute();
      await s.createIndex('audit_action_idx').on('audit_log').columns(['action', 'at']).execute();

      if (engine === 'sqlite') {
        for (const op of ['update', 'delete']) {
          await sql
            .raw(
              `create trigger audit_log_no_${op} before ${op} on audit_log ` +
                `begin select raise(abort, 'audit_log is append-only'); end`,
            )
            .execute(db);
        }
      } else {
        await sql
          .raw(
            `create function audit_log_append_only() returns trigger language plpgsql as $$ ` +
              `begin raise exception 'audit_log is append-only'; end $$`,
          )
          .execute(db);
        await sql
          .raw(
            'create trigger audit_log_no_change before update or delete on audit_log ' +
              'for each row execute function audit_log_append_only()',
          )
          .execute(db);
        await sql
          .raw(
            'create trigger audit_log_no_truncate before truncate on audit_log ' +
              'for each statement execute function audit_log_append_only()',
          )
          .execute(db);
      }
    },
  };
}
