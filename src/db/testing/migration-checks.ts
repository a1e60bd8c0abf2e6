/**
 * Test support for migrations that add an index: its down and up change no answer, and on an engine where it means
 * nothing they change no schema object.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { expect } from 'vitest';
import type { Engine } from '../types.js';

/** `answers` read with the migration applied, after its down, and after its up again: all equal. */
export async function expectSameAnswersAcrossDownAndUp<DB, T>(
  db: Kysely<DB>,
  migration: Migration,
  answers: () => Promise<T>,
): Promise<T> {
  const applied = await answers();
  await migration.down!(db);
  expect(await answers()).toEqual(applied);
  await migration.up(db);
  expect(await answers()).toEqual(applied);
  return applied;
}

/** The store's schema objects (SQLite) or the indexes of `cases` and `case_search` (PostgreSQL), by name. */
const schemaObjects = <DB>(db: Kysely<DB>, engine: Engine): Promise<string[]> =>
  (engine === 'sqlite'
    ? sql<{ name: string }>`select type || ' ' || name as name from sqlite_master order by name`
    : sql<{ name: string }>`select indexname as name from pg_indexes
        where tablename in ('cases', 'case_search') order by indexname`
  )
    .execute(db)
    .then((r) => r.rows.map((x) => x.name));

/** A migration that means nothing on `engine`: its down and up leave every schema object as it was. */
export async function expectNoSchemaChange<DB>(
  db: Kysely<DB>,
  engine: Engine,
  migration: Migration,
): Promise<void> {
  const before = await schemaObjects(db, engine);
  await migration.down!(db);
  expect(await schemaObjects(db, engine)).toEqual(before);
  await migration.up(db);
  expect(await schemaObjects(db, engine)).toEqual(before);
}
