import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { sql } from 'kysely';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { fixturesDir } from '../../src/paths.js';
import { multipart } from './multipart.js';
import { createHarness, NINGXIA, type Harness } from './harness.js';

const BULLETIN_TEXT = `案例一\n\n以其他非法方式获取个人信息案\n\n2021年1月，兴庆区网安部门查处闫某……`;
const NINGXIA_TEXT = readFileSync(join(fixturesDir, 'bulletins/dev/ningxia-2021.txt'), 'utf8');

describe.each(testEngines())('import routes on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.close());

  const counts = async () => {
    const n = async (t: 'bulletins' | 'cases' | 'case_provisions' | 'case_sanctions' | 'audit_log') =>
      Number(
        (
          await h.store.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      bulletins: await n('bulletins'),
      cases: await n('cases'),
      provisions: await n('case_provisions'),
      sanctions: await n('case_sanctions'),
      audit: await n('audit_log'),
    };
  };

  it('previews pasted text: the decoded bulletin and each extracted case with its check', async () => {
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/imports/preview',
      payload: { text: NINGXIA_TEXT },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.bulletin).toMatchObject({ format: 'text', encoding: 'utf-8', title: null });
    expect(body.bulletin.text).toContain('以其他非法方式获取个人信息案');
    expect(body.cases.map((c: { record: { title: string } }) => c.record.title)).toEqual(
      NINGXIA.map((c) => c.title),
    );
    for (const c of body.cases) expect(c.check.title).toBe(c.record.title);
    const first = body.cases[0];
    expect(first.record).toMatchObject({
      party: { name: '闫某' },
      sanctions: [{ kind: 'fine', amount_yuan: 1500 }],
    });
    expect(first.check.applied.length).toBeGreaterThan(0);
    expect(body.warnings).toEqual([]);
  });

  it('previews an uploaded .docx', async () => {
    const doc = new Document({
      sections: [
        {
          children: NINGXIA_TEXT.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
        },
      ],
    });
    const { payload, headers } = multipart(
      '通报.docx',
      await Packer.toBuffer(doc),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const res = await h.as('officer', { method: 'POST', url: '/api/imports/preview', payload, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().bulletin).toMatchObject({ format: 'docx', encoding: 'docx' });
    expect(res.json().cases).toHaveLength(NINGXIA.length);
  });

  it('previews pasted HTML as HTML', async () => {
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/imports/preview',
      payload: { html: `<html><body><h1>通报</h1><p>${BULLETIN_TEXT}</p></body></html>` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().bulletin.format).toBe('html');
    expect(res.json().bulletin.text).not.toContain('<p>');
  });

  it('previews an uploaded GBK text file, naming its encoding', async () => {
    const { payload, headers } = multipart('通报.txt', iconv.encode(NINGXIA_TEXT, 'gbk'), 'text/plain');
    const res = await h.as('officer', { method: 'POST', url: '/api/imports/preview', payload, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().bulletin.encoding).toBe('gb18030');
    expect(res.json().bulletin.text).toContain('以其他非法方式获取个人信息案');
    expect(res.json().cases).toHaveLength(NINGXIA.length);
  });

  it('previews a text without cases with a warning, not an error', async () => {
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/imports/preview',
      payload: { text: '今天天气很好。' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().cases).toEqual([]);
    expect(res.json().warnings.join('')).toContain('没有找到处罚案例');
  });

  it('refuses an image upload and an empty or malformed body with a 400', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const { payload, headers } = multipart('photo.png', png, 'image/png');
    const img = await h.as('officer', { method: 'POST', url: '/api/imports/preview', payload, headers });
    expect(img.statusCode).toBe(400);
    expect(img.json().error.code).toBe('UNREADABLE_INPUT');
    const none = await h.as('officer', {
      method: 'POST',
      url: '/api/imports/preview',
      payload: { words: 'x' },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details.field).toBe('text');
    const empty = await h.as('officer', {
      method: 'POST',
      url: '/api/imports/preview',
      payload: { text: '' },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('refuses an upload over the size limit with 413, not a 500', async () => {
    const small = await createHarness(engine, { maxUploadBytes: 1024 });
    try {
      const { payload, headers } = multipart('big.txt', Buffer.alloc(4096, 'a'), 'text/plain');
      const res = await small.as('officer', {
        method: 'POST',
        url: '/api/imports/preview',
        payload,
        headers,
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('INPUT_TOO_LARGE');
    } finally {
      await small.close();
    }
  });

  it('commits a bulletin with its reviewed cases; they are then searchable', async () => {
    const before = await counts();
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/imports',
      payload: {
        bulletin: {
          text: BULLETIN_TEXT,
          format: 'text',
          encoding: 'gb18030',
          title: '测试通报',
          source_url: 'https://example.gov.cn/tb/1.html',
        },
        cases: [
          { ...NINGXIA[0], title: '导入测试：非法获取公民个人信息案' },
          { ...NINGXIA[3], title: '导入测试：收购驾驶证分案' },
        ],
        status: 'published',
      },
    });
    expect(res.statusCode).toBe(201);
    const { bulletin_id, case_ids } = res.json();
    expect(case_ids).toHaveLength(2);
    expect(await counts()).toMatchObject({
      bulletins: before.bulletins + 1,
      cases: before.cases + 2,
      audit: before.audit + 1,
    });
    const b = await h.as('viewer', { method: 'GET', url: `/api/bulletins/${bulletin_id}` });
    expect(b.json()).toMatchObject({
      title: '测试通报',
      encoding: 'gb18030',
      imported_by: 'officer',
      case_ids,
    });
    const found = await h.as('anonymous', {
      method: 'GET',
      url: `/api/cases?q=${encodeURIComponent('驾驶证')}`,
    });
    expect(found.json().items.map((i: { id: number }) => i.id)).toContain(case_ids[1]);
    expect(
      (await h.as('anonymous', { method: 'GET', url: `/api/bulletins/${bulletin_id}` })).statusCode,
    ).toBe(401);
  });

  it('refuses a bulletin imported before with 409 naming it, unless again; status defaults by doubts (issue 13)', async () => {
    const text =
      '案例一：某公司未落实安全措施案\n\n2031年3月，某县公安局检查发现某公司未落实安全保护措施，对该公司给予警告。\n\n案例二：违规网站案\n\n有网站传播违法信息，网信部门对该单位给予警告。';
    const preview = async () =>
      (await h.as('officer', { method: 'POST', url: '/api/imports/preview', payload: { text } })).json();
    const first = await preview();
    expect(first.earlier_import).toBeNull();
    expect(first.default_status).toBe('internal');
    expect(first.cases.map((c: { doubts: { code: string }[] }) => c.doubts.map((d) => d.code))).toEqual([
      [],
      ['party_reference', 'date_missing'],
    ]);
    const commit = (extra: object) =>
      h.as('officer', {
        method: 'POST',
        url: '/api/imports',
        payload: {
          bulletin: { text: first.bulletin.text, format: 'text' },
          cases: first.cases.map((c: { record: object }) => c.record),
          ...extra,
        },
      });
    const saved = await commit({});
    expect(saved.statusCode).toBe(201);
    const { bulletin_id, case_ids } = saved.json();
    const stored = await h.store.db
      .selectFrom('cases')
      .select('status')
      .where('id', 'in', case_ids)
      .execute();
    expect(stored.map((r) => r.status)).toEqual(['internal', 'internal']);

    const second = await preview();
    expect(second.earlier_import).toMatchObject({ bulletin_id, imported_by: 'officer' });
    expect(second.cases.map((c: { duplicate_of: number | null }) => c.duplicate_of)).toEqual(case_ids);
    const refused = await commit({ status: 'published' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain(`公告 ${bulletin_id}`);
    const forced = await commit({ status: 'published', again: true });
    expect(forced.statusCode).toBe(201);
  });

  it('a commit with one invalid case is a 400 naming it, and saves nothing', async () => {
    const before = await counts();
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/imports',
      payload: {
        bulletin: { text: 'x', format: 'text' },
        cases: [NINGXIA[0], { ...NINGXIA[1], sanctions: [{ kind: 'fine' }] }],
        status: 'published',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.field).toBe('cases.1.sanctions.0.amount_yuan');
    expect(await counts()).toEqual(before);
    for (const [payload, field] of [
      [{ bulletin: { text: 'x', format: 'pdf' }, cases: [NINGXIA[0]] }, 'bulletin.format'],
      [{ bulletin: { text: 'x', format: 'text' }, cases: [] }, 'cases'],
      [
        { bulletin: { text: 'x', format: 'text', source_url: 'not a url' }, cases: [NINGXIA[0]] },
        'bulletin.source_url',
      ],
      [{ bulletin: { text: 'x\u0000y', format: 'text' }, cases: [NINGXIA[0]] }, 'bulletin.text'],
    ] as const) {
      const r = await h.as('officer', { method: 'POST', url: '/api/imports', payload });
      expect(r.statusCode, field).toBe(400);
      expect(r.json().error.details.field, field).toBe(field);
    }
    expect(await counts()).toEqual(before);
  });

  it('a database failure in the middle of an import rolls the whole import back', async () => {
    // A real failure inside the transaction: a trigger refuses the second case's insert.
    if (engine === 'sqlite') {
      await sql`create trigger refuse_case before insert on cases when new.title = '触发失败' begin select raise(abort, 'refused by test trigger'); end`.execute(
        h.store.db,
      );
    } else {
      await sql`create function refuse_case() returns trigger language plpgsql as $$ begin if new.title = '触发失败' then raise exception 'refused by test trigger'; end if; return new; end $$`.execute(
        h.store.db,
      );
      await sql`create trigger refuse_case before insert on cases for each row execute function refuse_case()`.execute(
        h.store.db,
      );
    }
    const before = await counts();
    const res = await h.as('officer', {
      method: 'POST',
      url: '/api/imports',
      payload: {
        bulletin: { text: 'x', format: 'text' },
        cases: [NINGXIA[0], { ...NINGXIA[1], title: '触发失败' }],
        status: 'published',
      },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('INTERNAL');
    expect(JSON.stringify(res.json())).not.toContain('refused by test trigger');
    expect(await counts()).toEqual(before);
    await sql`drop trigger refuse_case${sql.raw(engine === 'postgres' ? ' on cases' : '')}`.execute(
      h.store.db,
    );
  });
});
