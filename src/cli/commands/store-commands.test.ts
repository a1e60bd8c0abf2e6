/** wangan migrate / user / import against a real database per engine (SQLite file; PostgreSQL schema). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../db/testing/engines.js';
import { fixturesDir } from '../../paths.js';
import { main } from '../main.js';
import { memoryIo } from '../memory-io.js';

describe.each(testEngines())('store commands on %s', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'wangan-cli-'));
  const schema = `wangan_cli_${randomBytes(5).toString('hex')}`;
  let env: Record<string, string>;
  const cli = async (...args: string[]) => {
    const io = memoryIo({ env });
    const code = await main(args, io);
    return { code, out: io.out.join(''), err: io.err.join('') };
  };

  beforeAll(async () => {
    env = { WANGAN_DATA_DIR: dir, LOG_LEVEL: 'silent' };
    if (engine === 'postgres') {
      const url = process.env.WANGAN_TEST_PG_URL!;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`create schema ${schema}`);
      await c.end();
      env.DATABASE_URL = `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (engine === 'postgres') {
      const c = new pg.Client({ connectionString: process.env.WANGAN_TEST_PG_URL! });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    }
  });

  it('migrate creates the database and loads the statutes, then has nothing left to do', async () => {
    const first = await cli('migrate');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({
      engine,
      migrations: [
        '0001-initial',
        '0002-proceedings',
        '0003-documents',
        '0004-disclosures',
        '0005-typical-bulletins',
        '0006-case-applied',
        '0007-self-check',
        '0008-identity',
        '0009-imports',
        '0010-disclosures-count-index',
        '0011-organ-credit-code',
        '0012-disclosure-republish',
        '0013-scale',
        '0014-login-addresses',
        '0015-case-list-order',
        '0016-filter-keys',
        '0017-search-partitions',
        '0018-narrow-search-rows',
        '0019-sqlite-sort-keys',
        '0020-case-list-title-order',
        '0021-fined-text-index',
        '0022-sqlite-fines-by-id',
      ],
      statutes_loaded: true,
    });
    const again = JSON.parse((await cli('migrate')).out);
    expect(again).toMatchObject({
      migrations: [],
      statutes_loaded: false,
      applied_cases: null,
      search_cases: null,
      stats_cases: null,
    });
  });

  it('user add / list / disable', async () => {
    const added = await cli('user', 'add', '王五', '--role', 'officer', '--password', 'a-long-password-1');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out)).toMatchObject({ username: '王五', role: 'officer', disabled: false });
    const generated = await cli('user', 'add', 'reader', '--role', 'viewer');
    expect(JSON.parse(generated.out).password).toMatch(/^\S{16,}$/);
    expect((await cli('user', 'add', '王五', '--role', 'viewer')).code).toBe(2);
    const bad = await cli('user', 'add', 'x2', '--role', 'root');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--role');
    // 合规自查: an operator account names its organisation (created when new); no other role does
    const op = await cli(
      'user',
      'add',
      'hospital-it',
      '--role',
      'operator',
      '--organisation',
      '某市人民医院',
    );
    expect(JSON.parse(op.out)).toMatchObject({ role: 'operator', organisation_id: expect.any(Number) });
    expect((await cli('user', 'add', 'op2', '--role', 'operator')).code).toBe(2);
    expect((await cli('user', 'add', 'x3', '--role', 'viewer', '--organisation', '某市人民医院')).code).toBe(
      2,
    );
    expect((await cli('user', 'disable', '王五')).code).toBe(0);
    const list = JSON.parse((await cli('user', 'list')).out) as { username: string; disabled: boolean }[];
    expect(list.map((u) => [u.username, u.disabled])).toEqual([
      ['王五', true],
      ['reader', false],
      ['hospital-it', false],
    ]);
    expect((await cli('user', 'disable', 'nobody')).err).toContain('nobody');
    expect((await cli('user')).code).toBe(2);
  });

  it('user add refuses a weak password naming the rule (「身份鉴别信息具有复杂度要求」) and a look-alike name', async () => {
    const weak = await cli('user', 'add', 'zhaoliu', '--role', 'viewer', '--password', 'abcdefghijk');
    expect(weak.code).toBe(2);
    expect(weak.err).toContain('至少 3 类');
    const alike = await cli('user', 'add', 'ＲＥＡＤＥＲ', '--role', 'viewer');
    expect(alike.code).toBe(2);
    expect(alike.err).toContain('reader');
    const auditor = await cli('user', 'add', 'shenji', '--role', 'auditor');
    expect(JSON.parse(auditor.out)).toMatchObject({ role: 'auditor', must_change_password: true });
  });

  it('imports a bulletin (extracted) and a JSON file of records, each in one transaction', async () => {
    const res = await cli(
      'import',
      join(fixturesDir, 'bulletins/dev/ningxia-2021.txt'),
      '--status',
      'published',
    );
    expect(res.code, res.err).toBe(0);
    const line = JSON.parse(res.out);
    expect(line.case_ids).toHaveLength(10);
    expect(line.bulletin_id).toBeGreaterThan(0);
    const json = await cli('import', join(fixturesDir, 'bulletins/dev/dalian-2019.json'));
    expect(json.code, json.err).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ bulletin_id: null });
  });

  it('refuses a bulletin imported before (exit 2 naming the earlier import) unless --again (issue 13)', async () => {
    const file = join(dir, 'repeat.txt');
    writeFileSync(
      file,
      '案例一：某公司未落实安全措施案\n\n2031年3月，某县公安局检查发现某公司未落实安全保护措施，对该公司给予警告。',
    );
    const first = await cli('import', file);
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ status: 'published' });
    // The same text with other spacing and line ends is the same bulletin.
    writeFileSync(join(dir, 'repeat2.txt'), `  ${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}\r\n`);
    const again = await cli('import', join(dir, 'repeat2.txt'));
    expect(again.code).toBe(2);
    expect(again.err).toContain(`公告 ${JSON.parse(first.out).bulletin_id}`);
    const forced = await cli('import', '--again', '--status', 'internal', join(dir, 'repeat2.txt'));
    expect(forced.code, forced.err).toBe(0);
    expect(JSON.parse(forced.out)).toMatchObject({ status: 'internal' });
  });

  it('refuses a JSON record with a bad field, naming the record and field, and imports none of that file', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          title: 'ok',
          date: null,
          region: null,
          agency: null,
          party: { kind: 'individual', name: '甲' },
          facts: '',
          provisions: [],
          sanctions: [],
        },
        { title: '' },
      ]),
    );
    const res = await cli('import', file);
    expect(res.code).toBe(2);
    expect(res.err).toContain('1.title');
    expect((await cli('import', join(dir, 'missing.txt'))).err).toContain('missing.txt');
    expect((await cli('import', '--status', 'draft', file)).code).toBe(2);
  });

  /** Raw SQL on the CLI's database, as someone with file or database access would run it. */
  async function rawSql(statements: string[]): Promise<void> {
    if (engine === 'sqlite') {
      const db = new SQLite(join(dir, 'wangan.sqlite'));
      try {
        for (const st of statements) db.exec(st);
      } finally {
        db.close();
      }
      return;
    }
    const c = new pg.Client({ connectionString: process.env.WANGAN_TEST_PG_URL! });
    await c.connect();
    try {
      await c.query(`set search_path to ${schema}`);
      for (const st of statements) await c.query(st);
    } finally {
      await c.end();
    }
  }

  it('migrate brings what is derived from the cases up to date, as a start of the server does', async () => {
    // As left by an older release: no applied rules, no fingerprints (the search text's predates law names).
    await rawSql([
      'delete from case_applied',
      "delete from meta where key in ('case_applied_fingerprint', 'case_search_fingerprint')",
    ]);
    const res = await cli('migrate');
    expect(res.code, res.err).toBe(0);
    const out = JSON.parse(res.out);
    expect(out.applied_cases).toBeGreaterThanOrEqual(10);
    expect(out.search_cases).toBe(out.applied_cases);
    const again = JSON.parse((await cli('migrate')).out);
    expect(again).toMatchObject({ applied_cases: null, search_cases: null, stats_cases: null });
  });

  it('audit verify: the chain verifies; the database refuses changes; a row changed by SQL is named (exit 1)', async () => {
    const ok = await cli('audit', 'verify');
    expect(ok.code, ok.err).toBe(0);
    const entries = JSON.parse(ok.out).entries as number;
    expect(entries).toBeGreaterThan(4);
    await expect(rawSql(["update audit_log set username = 'x' where id = 3"])).rejects.toThrow(/append-only/);
    await expect(rawSql(['delete from audit_log where id = 3'])).rejects.toThrow(/append-only/);
    const dropTriggers =
      engine === 'sqlite'
        ? ['drop trigger audit_log_no_update', 'drop trigger audit_log_no_delete']
        : ['drop trigger audit_log_no_change on audit_log'];
    await rawSql([...dropTriggers, "update audit_log set username = 'someone-else' where id = 3"]);
    const broken = await cli('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.out)).toMatchObject({ ok: false, broken_entry: 3, reason: 'hash' });
    expect(broken.err).toContain('entry 3');
    await rawSql(['delete from audit_log where id = 3']);
    expect(JSON.parse((await cli('audit', 'verify')).out)).toMatchObject({
      broken_entry: 4,
      reason: 'prev_hash',
    });
    expect((await cli('audit', 'purge')).code).toBe(2);
  });
});
