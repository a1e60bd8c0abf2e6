/**
 * wangan backup / restore: a round trip compares every table (rows and contents) on SQLite, and on PostgreSQL when
 * WANGAN_TEST_PG_URL is set and pg_dump/pg_restore are installed; a restore refuses a place that is not empty; a
 * backup taken while another process writes is consistent (integrity_check ok, nothing half-written, the audit
 * chain verifies).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteConsistency } from '../testing/consistency.js';
import { startWriter, WRITER_BULLETIN, WRITER_BULLETIN_CASES } from '../testing/writer.js';
import { main } from '../main.js';
import { memoryIo } from '../memory-io.js';

const root = mkdtempSync(join(tmpdir(), 'wangan-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(env: Record<string, string>, ...args: string[]) {
  const io = memoryIo({ env: { LOG_LEVEL: 'silent', ...env } });
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

type Tables = Record<string, string[]>;

/** Every table's rows, each as JSON, sorted: equal for two databases with the same contents. */
function sqliteTables(file: string): Tables {
  const db = new SQLite(file, { readonly: true });
  try {
    const names = db
      .prepare(`select name from sqlite_master where type = 'table' order by name`)
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      names.map((n) => [
        n,
        db
          .prepare(`select * from "${n}"`)
          .all()
          .map((r) => JSON.stringify(r))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** Some of everything: statutes (migrate), a bulletin with its cases, JSON records, a user, audit entries. */
async function fill(env: Record<string, string>): Promise<void> {
  expect((await cli(env, 'migrate')).code).toBe(0);
  expect((await cli(env, 'import', WRITER_BULLETIN)).code).toBe(0);
  expect((await cli(env, 'user', 'add', 'reader', '--role', 'viewer')).code).toBe(0);
}

describe('backup and restore on sqlite', () => {
  const source = { WANGAN_DATA_DIR: join(root, 'a') };
  const target = { WANGAN_DATA_DIR: join(root, 'b') };
  const file = join(root, 'a.backup');

  it('a round trip gives every table back, row for row', async () => {
    await fill(source);
    const made = await cli(source, 'backup', file);
    expect(made.code, made.err).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({ engine: 'sqlite', backup: file });
    const restored = await cli(target, 'restore', file);
    expect(restored.code, restored.err).toBe(0);
    const before = sqliteTables(join(source.WANGAN_DATA_DIR, 'wangan.sqlite'));
    const after = sqliteTables(join(target.WANGAN_DATA_DIR, 'wangan.sqlite'));
    expect(Object.keys(before)).toContain('audit_log');
    expect(before.cases).toHaveLength(WRITER_BULLETIN_CASES);
    expect(after).toEqual(before);
    expect((await cli(target, 'audit', 'verify')).code).toBe(0);
  });

  it('refuses to restore into a data directory that is not empty, or to overwrite a backup (exit 2)', async () => {
    const again = await cli(target, 'restore', file);
    expect(again.code).toBe(2);
    expect(again.err).toContain('不是空的');
    const over = await cli(source, 'backup', file);
    expect(over.code).toBe(2);
    expect(over.err).toContain('已存在');
  });

  it('refuses a file that is not a SQLite database, leaving the data directory empty', async () => {
    const junk = join(root, 'junk.backup');
    writeFileSync(junk, 'not a database');
    const env = { WANGAN_DATA_DIR: join(root, 'c') };
    const res = await cli(env, 'restore', junk);
    expect(res.code).toBe(2);
    expect(res.err).toContain('junk.backup');
    expect(spawnSync('ls', ['-A', env.WANGAN_DATA_DIR]).stdout.toString()).toBe('');
  });

  it('backups taken while another process imports and acts are each consistent', async () => {
    const dir = join(root, 'busy');
    expect((await cli({ WANGAN_DATA_DIR: dir }, 'migrate')).code).toBe(0);
    const writer = startWriter(dir);
    try {
      await writer.reached(2);
      const seen: number[] = [];
      for (let i = 0; i < 5; i++) {
        const file = join(root, `busy-${i}.backup`);
        const res = await cli({ WANGAN_DATA_DIR: dir }, 'backup', file);
        expect(res.code, res.err).toBe(0);
        const c = await sqliteConsistency(file, WRITER_BULLETIN_CASES);
        expect(c.problems).toEqual([]);
        seen.push(c.auditEntries);
        await writer.reached(writer.steps() + 1);
      }
      // The writer went on between the backups: each later backup holds more.
      expect(seen).toEqual([...seen].sort((x, y) => x - y));
      expect(seen[4]).toBeGreaterThan(seen[0]!);
    } finally {
      writer.child.kill('SIGKILL');
      await writer.exited;
    }
  }, 60_000);
});

const pgUrl = process.env.WANGAN_TEST_PG_URL;
const pgTools = ['pg_dump', 'pg_restore'].every((t) => spawnSync(t, ['--version']).status === 0);
const pgSkip = !pgUrl
  ? 'WANGAN_TEST_PG_URL is not set'
  : !pgTools
    ? 'pg_dump/pg_restore are not installed'
    : null;

describe.skipIf(pgSkip !== null)(
  `backup and restore on postgres${pgSkip ? ` (skipped: ${pgSkip})` : ''}`,
  () => {
    const schema = `wangan_backup_${randomBytes(5).toString('hex')}`;
    const env = () => ({
      WANGAN_DATA_DIR: join(root, 'pg'),
      DATABASE_URL: `${pgUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    });
    async function query<T>(text: string): Promise<T[]> {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      try {
        return (await c.query(text)).rows as T[];
      } finally {
        await c.end();
      }
    }
    async function pgTables(): Promise<Tables> {
      const names = await query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = '${schema}' order by 1`,
      );
      const out: Tables = {};
      for (const { table_name } of names)
        out[table_name] = (await query(`select * from ${schema}."${table_name}"`))
          .map((r) => JSON.stringify(r))
          .sort();
      return out;
    }
    afterAll(async () => void (await query(`drop schema if exists ${schema} cascade`)));

    it('a round trip gives every table back, row for row; a second restore is refused (exit 2)', async () => {
      await query(`create schema ${schema}`);
      await fill(env());
      const file = join(root, 'pg.backup');
      const made = await cli(env(), 'backup', file);
      expect(made.code, made.err).toBe(0);
      const before = await pgTables();
      expect(before.cases).toHaveLength(WRITER_BULLETIN_CASES);
      await query(`drop schema ${schema} cascade`);
      const restored = await cli(env(), 'restore', file);
      expect(restored.code, restored.err).toBe(0);
      expect(await pgTables()).toEqual(before);
      expect((await cli(env(), 'audit', 'verify')).code).toBe(0);
      const again = await cli(env(), 'restore', file);
      expect(again.code).toBe(2);
      expect(again.err).toContain('只能恢复到空数据库');
    });
  },
);
