/**
 * Typical-case bulletins through HTTP (issue 10 §2), on every engine of testEngines(): a draft from decided cases,
 * 400 naming unknown and undecided cases, 治安 decisions told without the person, issuing an edited draft (stored
 * with its cases, audited), the list, and the Word, text and public HTML downloads.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/core/shared/case-record.js';
import { listAudit } from '../../src/db/repositories/audit.js';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, type Harness } from './harness.js';

const NOW = new Date('2026-06-01T02:00:00Z');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A 治安 case of a natural person, decided on `date`. */
const zhian = (date: string): CaseRecord => ({
  title: '张三丰非法侵入计算机信息系统案',
  date,
  region: '银川市',
  agency: '银川市公安局网安支队',
  party: { kind: 'individual', name: '张三丰' },
  facts: '张三丰利用弱口令侵入某单位办公系统，查看内部文件',
  provisions: [{ law: '治安管理处罚法', article: 29, paragraph: null, item: 1 }],
  sanctions: [{ kind: 'detention', amount_yuan: null, days: 5, target: 'party' }],
});

describe.each(testEngines())('bulletins API on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { now: () => NOW });
  });
  afterAll(async () => h?.close());

  const compose = (body: object, who: 'officer' | 'viewer' = 'officer') =>
    h.as(who, { method: 'POST', url: '/api/bulletins/compose', payload: body });
  const issue = (body: object) =>
    h.as('officer', { method: 'POST', url: '/api/bulletins/issued', payload: body });
  const createCase = async (record: CaseRecord, status: 'published' | 'internal') => {
    const res = await h.as('officer', { method: 'POST', url: '/api/cases', payload: { record, status } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().case.id as number;
  };

  it('composes a draft of published cases: a title, a section per case, the HTML; nothing stored', async () => {
    const [a, b] = h.caseIds;
    const res = await compose({ case_ids: [a, b] });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as { title: string; text: string; html: string; sealed: unknown[] };
    expect(d.title).toMatch(/典型案例通报$/);
    expect(d.text).toMatch(/^为进一步督促/);
    expect(d.text).toContain('案例一：');
    expect(d.text).toContain('案例二：');
    expect(d.html).toContain(`<h1>${d.title}</h1>`);
    expect(d.html.match(/<h2>/g)).toHaveLength(2);
    expect(d.sealed).toEqual([]);
    const titled = await compose({ case_ids: [a], title: '本季度典型案例' });
    expect(titled.json().title).toBe('本季度典型案例');
    const list = await h.as('officer', { method: 'GET', url: '/api/bulletins/issued' });
    expect(list.json()).toEqual([]);
  });

  it('is for officers: a viewer is refused, an anonymous caller must sign in', async () => {
    expect((await compose({ case_ids: [h.caseIds[0]] }, 'viewer')).statusCode).toBe(403);
    const anon = await h.as('anonymous', {
      method: 'POST',
      url: '/api/bulletins/compose',
      payload: { case_ids: [h.caseIds[0]] },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('refuses unknown cases and cases neither published nor decided, naming them', async () => {
    const res = await compose({ case_ids: [h.caseIds[0], 999_999, 999_998] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual({ unknown: [999_999, 999_998] });
    const internal = await createCase(zhian('2025-03-01'), 'internal');
    const undecided = await compose({ case_ids: [internal] });
    expect(undecided.statusCode).toBe(400);
    expect(undecided.json().error.details).toEqual({ undecided: [internal] });
    expect((await compose({ case_ids: [h.caseIds[0], h.caseIds[0]] })).statusCode).toBe(400);
  });

  // 治安管理处罚法（2025）第一百三十六条 「违反治安管理的记录应当予以封存，不得向任何单位和个人提供或者公开…」
  it('tells a 治安 decision from 2026-01-01 without naming the person; an earlier one as recorded', async () => {
    const sealed = await createCase(zhian('2026-02-10'), 'published');
    const before = await createCase(zhian('2025-12-31'), 'published');
    const res = await compose({ case_ids: [sealed] });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as { title: string; text: string; sealed: { case_id: number; basis: string }[] };
    expect(d.text).not.toContain('张三丰');
    expect(d.text).toContain('违法行为人');
    expect(d.sealed).toEqual([{ case_id: sealed, basis: expect.stringContaining('第一百三十六条') }]);
    expect((await compose({ case_ids: [before] })).json().text).toContain('张三丰');
    const named = await issue({ case_ids: [sealed], title: d.title, text: `${d.text}\n张三丰已被处罚。` });
    expect(named.statusCode).toBe(400);
    expect(named.json().error.details).toEqual({ named: [sealed] });
  });

  // 行政处罚法 第四十八条 「具有一定社会影响的行政处罚决定应当依法公开。」 — the bulletin is issued as .docx, HTML and text.
  it('issues the edited draft: stored with its cases, audited, downloadable as Word, text and a public page', async () => {
    const [a, b] = h.caseIds;
    const draft = (await compose({ case_ids: [a, b] })).json() as { title: string; text: string };
    const lines = draft.text.split('\n');
    const edited = lines
      .map((l, i) => (i === 0 ? '现将近期查处的两起典型案例通报如下。' : l))
      .join('\n')
      .trim();
    const res = await issue({ case_ids: [a, b], title: draft.title, text: edited });
    expect(res.statusCode, res.body).toBe(201);
    const issued = res.json() as { id: number; sha256: string; case_ids: number[]; issued_by: string };
    expect(issued.case_ids).toEqual([a, b]);
    expect(issued.issued_by).toBe('officer');

    const one = await h.as('viewer', { method: 'GET', url: `/api/bulletins/issued/${issued.id}` });
    expect(one.json().text).toBe(edited);
    expect(one.json().html).toContain('<p>现将近期查处的两起典型案例通报如下。</p>');
    const ofCase = await h.as('viewer', { method: 'GET', url: `/api/bulletins/issued?case_id=${b}` });
    expect(ofCase.json().map((x: { id: number }) => x.id)).toEqual([issued.id]);
    const ofOther = await h.as('viewer', {
      method: 'GET',
      url: `/api/bulletins/issued?case_id=${h.caseIds[5]}`,
    });
    expect(ofOther.json()).toEqual([]);

    const docx = await h.as('viewer', { method: 'GET', url: `/api/bulletins/issued/${issued.id}.docx` });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
    expect(sha(docx.rawPayload)).toBe(issued.sha256);
    expect(docx.headers.etag).toBe(`"${issued.sha256}"`);
    expect(docx.headers['content-disposition']).toContain(`filename="bulletin-${issued.id}.docx"`);

    const txt = await h.as('viewer', { method: 'GET', url: `/api/bulletins/issued/${issued.id}.txt` });
    expect(txt.body).toBe(`${draft.title}\n\n${edited}\n`);
    expect(
      (await h.as('anonymous', { method: 'GET', url: `/api/bulletins/issued/${issued.id}.txt` })).statusCode,
    ).toBe(401);

    const page = await h.as('anonymous', { method: 'GET', url: `/api/bulletins/issued/${issued.id}.html` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain(`<title>${draft.title}</title>`);
    expect(page.body).toContain('<h2>案例二：');

    const audit = await listAudit(h.store.db, { entity: 'typical_bulletin', page: 1, page_size: 10 });
    expect(audit.items.map((x) => [x.action, x.username, x.entity_id])).toEqual([
      ['issue', 'officer', String(issued.id)],
    ]);
    // Kept with the cases it covers: a case told in an issued bulletin is not deleted under it.
    const del = await h.as('admin', { method: 'DELETE', url: `/api/cases/${a}` });
    expect(del.statusCode).toBe(409);
  });

  it('answers 404 for a bulletin that does not exist', async () => {
    expect((await h.as('viewer', { method: 'GET', url: '/api/bulletins/issued/424242' })).statusCode).toBe(
      404,
    );
    expect(
      (await h.as('anonymous', { method: 'GET', url: '/api/bulletins/issued/424242.html' })).statusCode,
    ).toBe(404);
  });
});
