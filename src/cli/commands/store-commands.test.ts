/** wangan migrate / user / import against a real database per engine (SQLite file; PostgreSQL schema). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
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
      ],
      statutes_loaded: true,
    });
    const again = JSON.parse((await cli('migrate')).out);
    expect(again).toMatchObject({ migrations: [], statutes_loaded: false });
  });

  it('user add / list / disable', async () => {
    const added = await cli('user', 'add', '王五', '--role', 'officer', '--password', 'a-long-password');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out)).toMatchObject({ username: '王五', role: 'officer', disabled: false });
    const generated = await cli('user', 'add', 'reader', '--role', 'viewer');
    expect(JSON.parse(generated.out).password).toMatch(/^\S{16,}$/);
    expect((await cli('user', 'add', '王五', '--role', 'viewer')).code).toBe(2);
    const bad = await cli('user', 'add', 'x2', '--role', 'root');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--role');
    expect((await cli('user', 'disable', '王五')).code).toBe(0);
    const list = JSON.parse((await cli('user', 'list')).out) as { username: string; disabled: boolean }[];
    expect(list.map((u) => [u.username, u.disabled])).toEqual([
      ['王五', true],
      ['reader', false],
    ]);
    expect((await cli('user', 'disable', 'nobody')).err).toContain('nobody');
    expect((await cli('user')).code).toBe(2);
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
});
