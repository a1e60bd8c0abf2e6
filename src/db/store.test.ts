/** The storage suite: runs against every engine of testEngines() with a real database each. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../core/shared/case-record.js';
import { fixturesDir } from '../paths.js';
import { listAudit, SYSTEM } from './repositories/audit.js';
import { getBulletin, importBulletin } from './repositories/bulletins.js';
import { CaseRepository } from './repositories/cases.js';
import { getMeta, setMeta } from './repositories/meta.js';
import { StatsRepository } from './repositories/stats.js';
import { UserRepository } from './repositories/users.js';
import { migrateToLatest } from './store.js';
import { createTestStore, testEngines, type TestStore } from './testing/engines.js';
import { testAppliedOf } from './testing/applied.js';

const NINGXIA = JSON.parse(
  readFileSync(join(fixturesDir, 'bulletins/dev/ningxia-2021.json'), 'utf8'),
) as CaseRecord[];
const officer = { id: 7, username: 'officer1' };

describe.each(testEngines())('storage on %s', (engine) => {
  let store: TestStore;
  let cases: CaseRepository;
  let bulletinId: number;
  let ids: number[];

  beforeAll(async () => {
    store = await createTestStore(engine);
    cases = new CaseRepository(store.db, store.search, testAppliedOf);
    const res = await importBulletin(
      store.db,
      store.search,
      testAppliedOf,
      {
        bulletin: { text: '宁夏网安通报……', format: 'text', encoding: 'utf-8', title: '宁夏2021' },
        cases: NINGXIA,
        status: 'published',
      },
      SYSTEM,
    );
    bulletinId = res.bulletin_id;
    ids = res.case_ids;
  });
  afterAll(async () => store?.dispose());

  it('migrations are idempotent', async () => {
    expect(await migrateToLatest(store)).toEqual([]);
  });

  it('imports a bulletin with all its cases, in order, and reads every record back unchanged', async () => {
    expect(ids).toHaveLength(NINGXIA.length);
    const b = await getBulletin(store.db, bulletinId);
    expect(b).toMatchObject({
      title: '宁夏2021',
      format: 'text',
      encoding: 'utf-8',
      imported_by: 'system',
      case_ids: ids,
    });
    for (const [i, id] of ids.entries()) {
      const c = (await cases.get(id))!;
      expect(c.status).toBe('published');
      expect(c.bulletin_position).toBe(i);
      expect(c.record).toMatchObject({ ...NINGXIA[i], theme: NINGXIA[i]!.theme ?? null });
    }
  });

  it('keeps properties beyond the schema (extra) and party roles', async () => {
    const record: CaseRecord = {
      ...NINGXIA[0]!,
      party: { kind: 'organization', name: '某平台', roles: ['network_operator'] },
      source_page: 3,
    };
    const c = await cases.create({ record, status: 'internal' }, officer);
    const back = (await cases.get(c.id))!;
    expect(back.record.source_page).toBe(3);
    expect(back.record.party.roles).toEqual(['network_operator']);
    await cases.delete(c.id, officer);
  });

  it('keeps the established and absent facts through create, edit and read', async () => {
    const record: CaseRecord = {
      ...NINGXIA[0]!,
      established_facts: ['refused_rectification'],
      absent_facts: ['harm_caused', 'serious_circumstances'],
    };
    const c = await cases.create({ record, status: 'internal' }, officer);
    expect((await cases.get(c.id))!.record).toMatchObject({
      established_facts: ['refused_rectification'],
      absent_facts: ['harm_caused', 'serious_circumstances'],
    });
    const { absent_facts: _dropped, ...rest } = c.record;
    await cases.update(
      c.id,
      {
        record: { ...rest, established_facts: ['refused_rectification', 'harm_caused'] },
        status: 'internal',
        version: 1,
      },
      officer,
    );
    const back = (await cases.get(c.id))!.record;
    expect(back.established_facts).toEqual(['refused_rectification', 'harm_caused']);
    expect(back).not.toHaveProperty('absent_facts');
    await cases.delete(c.id, officer);
  });

  it('rolls a failed import back completely: no bulletin, no case, no audit entry', async () => {
    const count = async (t: 'bulletins' | 'cases' | 'case_provisions' | 'audit_log') =>
      Number(
        (
          await store.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await Promise.all([
      count('bulletins'),
      count('cases'),
      count('case_provisions'),
      count('audit_log'),
    ]);
    const bad = { ...NINGXIA[1]!, date: '2021-13' };
    await expect(
      importBulletin(
        store.db,
        store.search,
        testAppliedOf,
        {
          bulletin: { text: 'x', format: 'text', encoding: 'utf-8' },
          cases: [NINGXIA[0]!, bad],
          status: 'published',
        },
        SYSTEM,
      ),
    ).rejects.toThrow(/2021-13/);
    expect(
      await Promise.all([count('bulletins'), count('cases'), count('case_provisions'), count('audit_log')]),
    ).toEqual(before);
  });

  it('edits with optimistic locking and audits before and after', async () => {
    const c = await cases.create({ record: NINGXIA[3]!, status: 'internal' }, officer);
    expect(c.version).toBe(1);
    const edited = await cases.update(
      c.id,
      { record: { ...c.record, region: '石嘴山市平罗县' }, status: 'published', version: 1 },
      officer,
    );
    expect(edited).toMatchObject({ version: 2, status: 'published', updated_by: 'officer1' });
    expect(edited.record.region).toBe('石嘴山市平罗县');
    await expect(
      cases.update(c.id, { record: c.record, status: 'internal', version: 1 }, officer),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { current_version: 2 },
    });
    const audit = await listAudit(store.db, {
      entity: 'case',
      entity_id: String(c.id),
      page: 1,
      page_size: 10,
    });
    expect(audit.items.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit.items[0]!.before).toMatchObject({ record: { region: '平罗县' } });
    expect(audit.items[0]!.after).toMatchObject({ record: { region: '石嘴山市平罗县' } });
    await cases.delete(c.id, officer);
    expect(await cases.get(c.id)).toBeUndefined();
    await expect(cases.delete(c.id, officer)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  const page = { page: 1, page_size: 50, sort: 'date', order: 'desc' } as const;
  const titles = async (f: Parameters<CaseRepository['list']>[0], publishedOnly = false) =>
    (await cases.list(f, page, { publishedOnly })).items.map((i) => i.title);

  it('finds the personal-information cases for 个人信息 (Chinese full-text search)', async () => {
    const found = await titles({ q: '个人信息' });
    expect(found).toContain('以其他非法方式获取个人信息案');
    expect(found).toContain('某营业厅老板出售公民个人信息案');
    expect(found).toContain('西吉县某购物中心（有限公司）未履行网络安全保护义务案');
    expect(found).toHaveLength(3);
  });

  it('finds the 等保 case for 等级保护 and for 等保', async () => {
    expect(await titles({ q: '等级保护' })).toEqual(['金凤区某公司未落实网络安全等级保护制度案']);
    expect(await titles({ q: '等保' })).toEqual(['金凤区某公司未落实网络安全等级保护制度案']);
  });

  it('filters by law and article, sanction, fine range, date range, party kind and region', async () => {
    expect((await titles({ law: '计算机信息网络国际联网安全保护管理办法' })).sort()).toEqual(
      [
        '利通区某律师事务所不履行国际联网备案职责案',
        '某传媒工作室利用国际联网制作、复制、查阅、传播违法信息案',
      ].sort(),
    );
    expect(await titles({ law: 'csl', article: 46 })).toEqual(['微信网民非法利用信息网络案']);
    expect(await titles({ sanction: 'detention' })).toEqual(['微信网民非法利用信息网络案']);
    expect(await titles({ fine_min: 10000 })).toEqual(['金凤区某公司未落实网络安全等级保护制度案']);
    expect((await titles({ fine_min: 1, fine_max: 3000 })).sort()).toEqual(
      [
        '以其他非法方式获取个人信息案',
        '某营业厅老板出售公民个人信息案',
        '某传媒工作室利用国际联网制作、复制、查阅、传播违法信息案',
      ].sort(),
    );
    expect((await titles({ date_from: '2021-03-01', date_to: '2021-04-30' })).sort()).toEqual(
      ['利通区某律师事务所不履行国际联网备案职责案', '微信网民非法利用信息网络案'].sort(),
    );
    expect(await titles({ party_kind: 'individual' })).toHaveLength(3);
    expect(await titles({ region: '兴庆' })).toEqual(['以其他非法方式获取个人信息案']);
    expect(await titles({ region: '%' })).toEqual([]);
    const latin = await cases.create(
      { record: { ...NINGXIA[0]!, title: 'ASCII 地区案', region: 'Zone A' }, status: 'internal' },
      officer,
    );
    expect(await titles({ region: 'zone a' })).toEqual(['ASCII 地区案']);
    await cases.delete(latin.id, officer);
  });

  it('sorts by fine and pages with a total', async () => {
    const res = await cases.list(
      {},
      { page: 1, page_size: 2, sort: 'fine', order: 'desc' },
      { publishedOnly: true },
    );
    expect(res.total).toBe(NINGXIA.length);
    expect(res.items.map((i) => i.fine_total_yuan)).toEqual([15000, 3000]);
    expect(res.items[0]!.sanction_kinds).toEqual(['fine']);
    const p2 = await cases.list(
      {},
      { page: 2, page_size: 2, sort: 'fine', order: 'desc' },
      { publishedOnly: true },
    );
    expect(p2.items.map((i) => i.fine_total_yuan)).toEqual([2000, 1500]);
    expect(p2.total).toBe(NINGXIA.length);
    const past = await cases.list(
      {},
      { page: 9, page_size: 2, sort: 'fine', order: 'desc' },
      { publishedOnly: true },
    );
    expect(past).toEqual({ items: [], total: NINGXIA.length, total_capped: false });
    expect(await cases.list({ q: '不存在的词语组合' }, page, { publishedOnly: true })).toEqual({
      items: [],
      total: 0,
      total_capped: false,
    });
  });

  it('keeps the search index in step with edits and deletions', async () => {
    const c = await cases.create(
      { record: { ...NINGXIA[3]!, facts: '倒卖游戏账号' }, status: 'published' },
      officer,
    );
    expect(await titles({ q: '游戏账号' })).toEqual([NINGXIA[3]!.title]);
    await cases.update(
      c.id,
      { record: { ...c.record, facts: '出租银行卡' }, status: 'published', version: 1 },
      officer,
    );
    expect(await titles({ q: '游戏账号' })).toEqual([]);
    expect(await titles({ q: '银行卡' })).toEqual([NINGXIA[3]!.title]);
    await cases.delete(c.id, officer);
    expect(await titles({ q: '银行卡' })).toEqual([]);
  });

  it('hides internal cases from published-only readers', async () => {
    const c = await cases.create(
      { record: { ...NINGXIA[0]!, title: '内部个人信息案' }, status: 'internal' },
      officer,
    );
    expect(await titles({ q: '个人信息' }, true)).not.toContain('内部个人信息案');
    expect(await titles({ q: '个人信息', status: 'internal' }, true)).toEqual([]);
    expect(await titles({ q: '个人信息' }, false)).toContain('内部个人信息案');
    await cases.delete(c.id, officer);
  });

  it('groups counts and fine sums by month, law, article, sanction and party kind', async () => {
    const stats = new StatsRepository(store.db, store.search);
    const opts = { publishedOnly: true };
    const month = await stats.group('month', {}, opts);
    expect(month.find((g) => g.key === '2021-01')).toEqual({ key: '2021-01', cases: 3, fine_sum: 16500 });
    expect(month.at(-1)).toEqual({ key: null, cases: 4, fine_sum: 5000 });
    const law = await stats.group('law', {}, opts);
    expect(law[0]).toEqual({ key: '网络安全法', cases: 8, fine_sum: 19500 });
    // Another name of the same law counts as that law.
    const alias = await cases.create(
      {
        record: { ...NINGXIA[0]!, provisions: [{ law: '网安法', article: 64, paragraph: 2, item: null }] },
        status: 'published',
      },
      officer,
    );
    expect((await stats.group('law', {}, opts))[0]).toEqual({ key: '网络安全法', cases: 9, fine_sum: 21000 });
    expect((await stats.group('article', {}, opts)).find((g) => g.key === '网络安全法第64条')).toMatchObject({
      cases: 4,
    });
    await cases.delete(alias.id, officer);
    const article = await stats.group('article', { law: 'csl' }, opts);
    expect(article.find((g) => g.article === 64)).toMatchObject({
      key: '网络安全法第64条',
      cases: 3,
      fine_sum: 4500,
    });
    const sanction = await stats.group('sanction', {}, opts);
    expect(sanction.find((g) => g.key === 'warning')).toMatchObject({ cases: 6 });
    expect(sanction.find((g) => g.key === 'fine')).toMatchObject({ cases: 4, fine_sum: 21500 });
    const party = await stats.group('party_kind', { q: '个人信息' }, opts);
    expect(party).toEqual([
      { key: 'individual', cases: 2, fine_sum: 4500 },
      { key: 'organization', cases: 1, fine_sum: 0 },
    ]);
    const fines = await stats.fines({}, opts);
    expect(fines).toMatchObject({ fined_cases: 4, total_yuan: 21500, median_yuan: 2500, max_yuan: 15000 });
    expect(fines.buckets.find((b) => b.min === 1000)!.cases).toBe(3);
    expect(fines.buckets.find((b) => b.min === 10000)!.cases).toBe(1);
    // Counted over the cases (as with any filter), the same figures.
    expect(await stats.liveFines({}, opts)).toEqual(fines);
    expect(await stats.fines({ q: '个人信息' }, opts)).toMatchObject({ fined_cases: 2, total_yuan: 4500 });
  });

  it('stores users and sessions; a disabled user loses the session', async () => {
    const users = new UserRepository(store.db);
    const u = await users.create({ username: '张三', passwordHash: 'scrypt$x', role: 'officer' }, SYSTEM);
    await expect(
      users.create({ username: '张三', passwordHash: 'y', role: 'viewer' }, SYSTEM),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await users.createSession('h1', u.id, new Date(Date.now() + 60_000));
    await users.createSession('h-old', u.id, new Date(Date.now() - 1));
    const idle = { idleMs: 60_000 };
    expect(await users.sessionUser('h1', idle)).toMatchObject({
      username: '张三',
      role: 'officer',
      disabled: false,
    });
    expect(await users.sessionUser('h-old', idle)).toBeUndefined();
    expect((await users.credentials('张三'))?.passwordHash).toBe('scrypt$x');
    await users.disable(u.id, SYSTEM);
    expect(await users.sessionUser('h1', idle)).toBeUndefined();
    expect((await users.list()).find((x) => x.id === u.id)?.disabled).toBe(true);
  });

  it('keeps installation facts in meta', async () => {
    await setMeta(store.db, 'seed', 'a');
    await setMeta(store.db, 'seed', 'b');
    expect(await getMeta(store.db, 'seed')).toBe('b');
  });
});
