/**
 * The server engine: PostgreSQL through a pg pool; `schema` (tests) puts every table in its own schema.
 *
 * JIT compilation is off for the application's sessions. PostgreSQL compiles a query whose estimated cost passes
 * jit_above_cost, and the case list's walk of a sort index (repositories/cases.ts) is estimated at the cost of reading
 * every case although its limit stops it after a few hundred rows: it took 3 ms and then 35–40 ms more to compile
 * (1,000,000 cases, NOTES.md "Scale"). The application's queries are short; none gains from compiling.
 *
 * The pool keeps its connections however long they are idle (pg's default closes them after 10 s). A new backend
 * pays a page fault for each page of shared memory it touches for the first time — every shared buffer a query reads —
 * so a text search on a fresh backend took ~9,000 faults and 1.4 s instead of 0.15 s (1,000,000 cases, 2 GB of shared
 * buffers, load 12; NOTES.md "PostgreSQL at 1M, fourth pass"): with the default, the first searches after every
 * quiet 10 s paid it again. An idle connection the server or the network closes is dropped from the pool (its
 * 'error' is taken here, where unheard it would end the process) and the next query opens another.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../types.js';

export function openPostgres(url: string, schema?: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    idleTimeoutMillis: 0,
    options: `-c jit=off${schema ? ` -c search_path=${schema}` : ''}`,
  });
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
