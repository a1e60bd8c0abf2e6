import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, NINGXIA, type Harness } from './harness.js';

const q = (s: string) => encodeURIComponent(s);

describe.each(testEngines())('case routes on %s', (engine) => {
  let h: Harness;
  let internalId: number;
  beforeAll(async () => {
    h = await createHarness(engine);
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/cases',
      payload: { record: { ...NINGXIA[0], title: '内部：倒卖个人信息案' }, status: 'internal' },
    });
    internalId = res.json().case.id;
  });
  afterAll(async () => h?.close());

  it('finds the personal-information cases for 个人信息, and the 等保 case for 等级保护', async () => {
    const res = await h.as('anonymous', { method: 'GET', url: `/api/cases?q=${q('个人信息')}` });
    expect(res.statusCode).toBe(200);
    const titles = res.json().items.map((i: { title: string }) => i.title);
    expect(titles).toEqual(
      expect.arrayContaining(['以其他非法方式获取个人信息案', '某营业厅老板出售公民个人信息案']),
    );
    const dj = await h.as('anonymous', { method: 'GET', url: `/api/cases?q=${q('等级保护')}` });
    expect(dj.json().items.map((i: { title: string }) => i.title)).toEqual([
      '金凤区某公司未落实网络安全等级保护制度案',
    ]);
  });

  it('finds the cases that cite a law by its name (the cited provisions are searchable)', async () => {
    const titles = async (query: string) =>
      (await h.as('anonymous', { method: 'GET', url: `/api/cases?q=${q(query)}` }))
        .json()
        .items.map((i: { title: string }) => i.title);
    const cited = [
      '某传媒工作室利用国际联网制作、复制、查阅、传播违法信息案',
      '利通区某律师事务所不履行国际联网备案职责案',
    ];
    expect(await titles('计算机信息网络国际联网安全保护管理办法')).toEqual(expect.arrayContaining(cited));
    expect(await titles('网络安全法')).toEqual(expect.arrayContaining(['以其他非法方式获取个人信息案']));
    expect(await titles('中华人民共和国网络安全法')).toEqual(
      expect.arrayContaining(['以其他非法方式获取个人信息案']),
    );
  });

  it('finds nothing for a query of only symbols or emoji (not every case)', async () => {
    for (const query of ['!!!', '😀🔥', '《》，。']) {
      const res = await h.as('anonymous', { method: 'GET', url: `/api/cases?q=${q(query)}` });
      expect(res.statusCode, query).toBe(200);
      expect(res.json(), query).toMatchObject({ items: [], total: 0 });
    }
  });

  it('shows internal cases to signed-in users only', async () => {
    const anon = await h.as('anonymous', { method: 'GET', url: `/api/cases?q=${q('倒卖')}` });
    expect(anon.json()).toMatchObject({ items: [], total: 0 });
    const viewer = await h.as('viewer', { method: 'GET', url: `/api/cases?q=${q('倒卖')}&status=internal` });
    expect(viewer.json().items.map((i: { id: number }) => i.id)).toEqual([internalId]);
    expect((await h.as('anonymous', { method: 'GET', url: `/api/cases/${internalId}` })).statusCode).toBe(
      404,
    );
    expect((await h.as('viewer', { method: 'GET', url: `/api/cases/${internalId}` })).statusCode).toBe(200);
  });

  it('documents total_capped (the total as a lower bound at the count cap) in the OpenAPI schema', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const ok = doc.paths['/api/cases'].get.responses['200'];
    expect(JSON.stringify(ok)).toContain('"total_capped"');
  });

  it('filters, sorts and pages', async () => {
    const res = await h.as('anonymous', {
      method: 'GET',
      url: `/api/cases?law=csl&sanction=fine&sort=fine&order=asc&page=1&page_size=2`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 3, total_capped: false, page: 1, page_size: 2 });
    expect(body.items.map((i: { fine_total_yuan: number }) => i.fine_total_yuan)).toEqual([1500, 3000]);
    expect(body.items[0]).toMatchObject({
      party: { kind: 'individual', name: '闫某' },
      sanction_kinds: ['fine'],
      status: 'published',
    });
    const byDate = await h.as('anonymous', {
      method: 'GET',
      url: '/api/cases?date_from=2021-01-01&date_to=2021-01-31&party_kind=organization&region=' + q('金凤'),
    });
    expect(byDate.json().items.map((i: { title: string }) => i.title)).toEqual([
      '金凤区某公司未落实网络安全等级保护制度案',
    ]);
    const byArticle = await h.as('anonymous', {
      method: 'GET',
      url: `/api/cases?law=${q('计算机信息网络国际联网安全保护管理办法')}&article=20`,
    });
    expect(byArticle.json().total).toBe(1);
    const cleared = await h.as('anonymous', {
      method: 'GET',
      url: `/api/cases?q=${q('个人信息')}&region=&agency=&sanction=`,
    });
    expect(cleared.json().total).toBe(3);
    const fineRange = await h.as('anonymous', {
      method: 'GET',
      url: '/api/cases?fine_min=2000&fine_max=3000&agency=' + q('网安'),
    });
    expect(fineRange.json().total).toBe(2);
  });

  it('rejects bad filters with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['page_size=0', 'page_size'],
      ['sort=relevance', 'sort'],
      ['fine_min=-5', 'fine_min'],
      ['date_from=2021-1-1', 'date_from'],
      ['sanction=prison', 'sanction'],
      ['party_kind=robot', 'party_kind'],
      ['status=secret', 'status'],
      ['page=x', 'page'],
      ['q=a%00b', 'q'],
      ['article=100000000000000000000', 'article'],
      ['page=99999999999', 'page'],
      ['fine_max=Infinity', 'fine_max'],
    ] as const) {
      const res = await h.as('viewer', { method: 'GET', url: `/api/cases?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'INVALID_INPUT', details: { field } });
    }
  });

  it('gives one case with its legality check, ranges and the current-law equivalent', async () => {
    const id = h.caseIds[5]!; // 金凤区某公司未落实网络安全等级保护制度案: 网络安全法 第二十一条、第五十九条第一款
    const res = await h.as('anonymous', { method: 'GET', url: `/api/cases/${id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.case).toMatchObject({
      id,
      status: 'published',
      version: 1,
      bulletin_position: 5,
      fine_total_yuan: 15000,
    });
    expect(body.case.record).toMatchObject({
      title: NINGXIA[5]!.title,
      provisions: NINGXIA[5]!.provisions,
      sanctions: NINGXIA[5]!.sanctions,
    });
    expect(body.check.title).toBe(NINGXIA[5]!.title);
    expect(body.check.applied.map((a: { rule: string }) => a.rule)).toContain('CSL2016.59.1');
    expect(body.check.ranges.length).toBeGreaterThan(0);
    expect(
      body.check.current.map((c: { version: string; article: number }) => `${c.version}/${c.article}`),
    ).toContain('2025-10-28/61');
    expect((await h.as('anonymous', { method: 'GET', url: '/api/cases/999999' })).statusCode).toBe(404);
    expect(
      (await h.as('anonymous', { method: 'GET', url: '/api/cases/abc' })).json().error.details.field,
    ).toBe('id');
    const huge = await h.as('officer', { method: 'DELETE', url: '/api/cases/100000000000000000000' });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.details.field).toBe('id');
  });

  it('creates, edits with the version, refuses a stale version, deletes — and audits each', async () => {
    const created = await h.as('officer', {
      method: 'POST',
      url: '/api/cases',
      payload: { record: NINGXIA[3] },
    });
    expect(created.statusCode).toBe(201);
    const c = created.json().case;
    expect(c).toMatchObject({ status: 'internal', version: 1, created_by: 'officer' });
    const edited = await h.as('admin', {
      method: 'PUT',
      url: `/api/cases/${c.id}`,
      payload: { record: { ...c.record, facts: '更正后的事实' }, status: 'published', version: 1 },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().case).toMatchObject({
      version: 2,
      status: 'published',
      updated_by: 'admin',
      record: { facts: '更正后的事实' },
    });
    const stale = await h.as('officer', {
      method: 'PUT',
      url: `/api/cases/${c.id}`,
      payload: { record: c.record, status: 'internal', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'CONFLICT', details: { current_version: 2 } });
    const del = await h.as('officer', { method: 'DELETE', url: `/api/cases/${c.id}` });
    expect(del.statusCode).toBe(200);
    expect((await h.as('officer', { method: 'GET', url: `/api/cases/${c.id}` })).statusCode).toBe(404);
    expect((await h.as('officer', { method: 'DELETE', url: `/api/cases/${c.id}` })).statusCode).toBe(404);
    const audit = await h.as('auditor', { method: 'GET', url: `/api/audit?entity=case&entity_id=${c.id}` });
    expect(
      audit.json().items.map((a: { action: string; username: string }) => `${a.action}:${a.username}`),
    ).toEqual(['delete:officer', 'update:admin', 'create:officer']);
  });

  it('validates case bodies: 400 naming the field, never a 500', async () => {
    const cases: [unknown, string][] = [
      [{ record: { ...NINGXIA[0], title: '' } }, 'record.title'],
      [{ record: { ...NINGXIA[0], date: '2021-13' } }, 'record.date'],
      [{ record: { ...NINGXIA[0], party: { kind: 'alien', name: 'x' } } }, 'record.party.kind'],
      [
        {
          record: {
            ...NINGXIA[0],
            sanctions: [{ kind: 'fine', amount_yuan: -1, days: null, target: 'party' }],
          },
        },
        'record.sanctions.0.amount_yuan',
      ],
      [
        {
          record: {
            ...NINGXIA[0],
            provisions: [{ law: '网络安全法', article: 0, paragraph: null, item: null }],
          },
        },
        'record.provisions.0.article',
      ],
      [{ record: NINGXIA[0], status: 'draft' }, 'status'],
      [{}, 'record'],
    ];
    for (const [payload, field] of cases) {
      const res = await h.as('officer', { method: 'POST', url: '/api/cases', payload: payload as object });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.details.field, field).toBe(field);
    }
    const put = await h.as('officer', {
      method: 'PUT',
      url: `/api/cases/${h.caseIds[0]}`,
      payload: { record: NINGXIA[0], status: 'published' },
    });
    expect(put.json().error.details.field).toBe('version');
    // A day that does not exist passes the pattern but not the calendar: still a 400 naming the field.
    const feb30 = await h.as('officer', {
      method: 'POST',
      url: '/api/cases',
      payload: { record: { ...NINGXIA[0], date: '2021-02-30' } },
    });
    expect(feb30.statusCode).toBe(400);
    expect(feb30.json().error.details.field).toBe('record.date');
  });
});
