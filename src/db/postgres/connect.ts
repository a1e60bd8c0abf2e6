/**
 * The server engine: PostgreSQL through a pg pool; `schema` (tests) puts every table in its own schema.
 *
 * JIT compilation is off for the application's sessions. PostgreSQL compiles a query whose estimated cost passes
 * jit_above_cost, and the case list's walk of a sort index (repositories/cases.ts) is estimated at the cost of reading
 * every case although its limit stops it after a few hundred rows: it took 3 ms and then 35–40 ms more to compile
 * (1,000,000 cases, NOTES.md "Scale"). The application's queries are short; none gains from compiling.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../types.js';

export function openPostgres(url: string, schema?: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: `-c jit=off${schema ? ` -c search_path=${schema}` : ''}`,
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
