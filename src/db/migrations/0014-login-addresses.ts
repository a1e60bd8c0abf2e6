/**
 * Failed logins per client address (issue 12, the login lockout): one row per address that failed recently, shared
 * by every process on the database and kept across restarts, so that an address is blocked after repeated failures
 * whatever usernames it tries (`repositories/login-addresses.ts`). 0013 is another branch's.
 */
import type { Kysely, Migration } from 'kysely';

export function loginAddressesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('login_addresses')
        .addColumn('address', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('blocked_until', 'text')
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('login_addresses').execute();
    },
  };
}
