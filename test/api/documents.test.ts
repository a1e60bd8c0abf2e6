/**
 * Legal documents through HTTP (issue 9), on every engine of testEngines(), with stand-in templates and renderers
 * (documents.fakes.ts): the decision issues its 决定书 in its own transaction; 文号 without gaps or duplicates under
 * concurrent issuing; 409 naming the missing fields; immutable documents and their corrections; the download headers;
 * the audit entry; the issuing organs' settings.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.js';
import { testEngines } from '../../src/db/testing/engines.js';
import { COUNTY_ORGAN, fakeDocuments, type FakeDocuments } from './documents.fakes.js';
import { createHarness, type Harness } from './harness.js';
import { act, at, NEW_CASE, openCase, stepIndex, take, walkedTo, walkSteps } from './proceedings.walk.js';

const NOW = new Date('2026-06-01T02:00:00Z');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const DECISION_NAME = '行政处罚决定书-某公（网安）行罚决字〔2025〕';

describe.each(testEngines())('documents API on %s', (engine) => {
  let h: Harness;
  let docs: FakeDocuments;
  beforeAll(async () => {
    docs = fakeDocuments();
    h = await createHarness(engine, { caseHandling: true, now: () => NOW, documents: docs });
  });
  afterAll(async () => h?.close());

  const list = async (id: number) => {
    const res = await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}/documents` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      id: number;
      kind: string;
      number: string | null;
      party: string | null;
      sha256: string;
      replaces: number | null;
      replaced_by: number | null;
    }[];
  };
  const issue = (id: number, body: object, who: 'officer' | 'viewer' | 'leader' = 'officer') =>
    h.as(who, { method: 'POST', url: `/api/proceedings/${id}/documents`, payload: body });
  const putOrgan = (body: object, who: 'admin' | 'officer' = 'admin') =>
    h.as(who, { method: 'PUT', url: '/api/document-organs', payload: body });
  const stageOf = async (id: number) =>
    (await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}` })).json().stage as string;

  // 行政处罚法 第五十九条 「行政机关依照本法第五十七条的规定给予行政处罚，应当制作行政处罚决定书。」 — one per party sanctioned
  // (程序规定 第一百六十一条第二款: several violators, a decision each).
  it('decide issues a 行政处罚决定书 for each party sanctioned, in the decision’s transaction, numbered from 1', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide') + 1);
    const issued = await list(id);
    expect(issued.map((d) => [d.kind, d.party, d.number])).toEqual([
      ['penalty_decision', 'co', `某公（网安）行罚决字〔2025〕1号`],
      ['penalty_decision', 'mgr', `某公（网安）行罚决字〔2025〕2号`],
    ]);
    const audit = await listAudit(h.store.db, { entity: 'document', page: 1, page_size: 10 });
    expect(audit.items.map((a) => [a.action, a.username, a.entity_id])).toEqual(
      expect.arrayContaining([
        ['issue', 'leader', String(issued[0]!.id)],
        ['issue', 'leader', String(issued[1]!.id)],
      ]),
    );
    expect(audit.items.find((a) => a.entity_id === String(issued[0]!.id))!.after).toMatchObject({
      proceeding_id: id,
      kind: 'penalty_decision',
      number: issued[0]!.number,
      sha256: issued[0]!.sha256,
    });
  });

  it('decide is refused with 409 MISSING_FIELDS before anything changes: no organ settings, then a field a template needs', async () => {
    const agency = { name: '某市公安局某某分局', kind: 'police', level: 'county' };
    const id = await walkedTo(h, stepIndex(h, 'decide'), { ...NEW_CASE, agency });
    const decide = walkSteps(h)[stepIndex(h, 'decide')]!;
    const first = await act(h, 'leader', id, decide[1]);
    expect(first.statusCode, first.body).toBe(409);
    expect(first.json().error).toMatchObject({
      code: 'MISSING_FIELDS',
      details: { kind: 'penalty_decision', fields: [{ field: 'organ.name' }, { field: 'organ.code' }] },
    });
    expect(await stageOf(id)).toBe('APPROVAL');
    expect(await list(id)).toEqual([]);

    const organ = { ...COUNTY_ORGAN, agency: agency.name, name: agency.name, code: '某某', court: '' };
    expect((await putOrgan(organ)).statusCode).toBe(200);
    const second = await act(h, 'leader', id, decide[1]);
    expect(second.statusCode, second.body).toBe(409);
    expect(second.json().error.details.fields).toEqual([
      { field: 'organ.court', label: '人民法院', basis: '行政处罚法 第五十九条第一款第（五）项' },
    ]);
    expect(await stageOf(id)).toBe('APPROVAL');

    // A renderer failing after the numbers were taken rolls the decision back and gives the numbers back.
    expect((await putOrgan({ ...organ, court: '某区人民法院' })).statusCode).toBe(200);
    docs.failNext.docx = true;
    expect((await act(h, 'leader', id, decide[1])).statusCode).toBe(500);
    expect(await stageOf(id)).toBe('APPROVAL');
    expect(await list(id)).toEqual([]);

    const third = await act(h, 'leader', id, decide[1]);
    expect(third.statusCode, third.body).toBe(200);
    expect(third.json().stage).toBe('DECIDED');
    expect((await list(id)).map((d) => d.number)).toEqual([
      '某某公（网安）行罚决字〔2025〕1号',
      '某某公（网安）行罚决字〔2025〕2号',
    ]);
  });

  // 行政处罚法 第五十九条第一款第（一）项 「当事人的姓名或者名称、地址」
  it('decide names each party’s missing fields, and takes the inputs of its 决定书 for all parties or for one', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide'));
    const decide = walkSteps(h)[stepIndex(h, 'decide')]![1];
    docs.require.address = true;
    try {
      const refused = await act(h, 'leader', id, decide);
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error.details.fields).toEqual([
        {
          field: 'party.address',
          label: '地址',
          basis: '行政处罚法 第五十九条第一款第（一）项',
          party: 'co',
        },
        {
          field: 'party.address',
          label: '地址',
          basis: '行政处罚法 第五十九条第一款第（一）项',
          party: 'mgr',
        },
      ]);
      const onlyCo = await act(h, 'leader', id, {
        ...decide,
        document_fields: { co: { 'party.address': '某县某路1号' } },
      });
      expect(onlyCo.statusCode).toBe(409);
      expect(onlyCo.json().error.details.fields).toEqual([expect.objectContaining({ party: 'mgr' })]);
      const unknown = await act(h, 'leader', id, { ...decide, document_fields: { nobody: { x: 'y' } } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.details.field).toBe('document_fields.nobody');
      expect(await stageOf(id)).toBe('APPROVAL');

      const ok = await act(h, 'leader', id, {
        ...decide,
        document_fields: {
          payment: '到某银行缴纳',
          co: { 'party.address': '某县某路1号' },
          mgr: { 'party.address': '某县某村2号' },
        },
      });
      expect(ok.statusCode, ok.body).toBe(200);
    } finally {
      docs.require.address = false;
    }
    const texts = await Promise.all(
      (await list(id)).map(async (d) =>
        (await h.as('viewer', { method: 'GET', url: `/api/documents/${d.id}.docx` })).rawPayload.toString(),
      ),
    );
    expect(texts[0]).toContain('party.address：某县某路1号');
    expect(texts[1]).toContain('party.address：某县某村2号');
    expect(texts.every((t) => t.includes('payment：到某银行缴纳'))).toBe(true);
  });

  // 行政处罚法 第五十七条第一款第（二）项 「违法行为轻微，依法可以不予行政处罚的，不予行政处罚」
  it('a 不予处罚 decide issues a 不予行政处罚决定书 to each party', async () => {
    const id = await walkedTo(h, stepIndex(h, 'propose_penalty'));
    await take(h, id, [
      ['officer', { action: 'propose_no_penalty', ground: 'minor_and_corrected', at: at('2025-03-25') }],
      ['officer', { action: 'proceed_to_review', at: at('2025-03-25', '11:00') }],
      ['reviewer', { action: 'pass_review', at: at('2025-03-26') }],
      ['leader', { action: 'decide', at: at('2025-03-27') }],
    ]);
    expect((await list(id)).map((d) => [d.kind, d.party, d.number])).toEqual([
      ['no_penalty_decision', 'co', '某公（网安）不罚决字〔2025〕1号'],
      ['no_penalty_decision', 'mgr', '某公（网安）不罚决字〔2025〕2号'],
    ]);
  });

  it('POST answers 409 NOT_ISSUABLE with the reason, 409 MISSING_FIELDS naming the fields, 400 for an unknown input', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide'));
    const early = await issue(id, { kind: 'penalty_decision', party: 'co' });
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'NOT_ISSUABLE',
      details: { kind: 'penalty_decision', reason: '尚未作出行政处罚决定' },
    });
    // 程序规定 第一百六十七条: the 告知笔录 records where the party was told.
    const missing = await issue(id, { kind: 'notice_record', party: 'co' });
    expect(missing.statusCode, missing.body).toBe(409);
    expect(missing.json().error).toMatchObject({
      code: 'MISSING_FIELDS',
      details: {
        fields: [
          { field: 'fields.place', label: '告知地点', basis: expect.stringContaining('第一百六十七条') },
        ],
      },
    });
    const unknown = await issue(id, { kind: 'notice_record', fields: { where: '办案区' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.field).toBe('fields.where');
    expect(
      (await issue(id, { kind: 'notice_record', party: 'nobody', fields: { place: 'x' } })).statusCode,
    ).toBe(400);
    expect((await issue(id, { kind: 'notice_record', fields: { place: 'x' } }, 'viewer')).statusCode).toBe(
      403,
    );
    expect(await list(id)).toEqual([]);

    const ok = await issue(
      id,
      { kind: 'notice_record', party: 'co', fields: { place: '某县公安局办案区' } },
      'leader',
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      kind: 'notice_record',
      label: '行政处罚告知笔录',
      number: null,
      party: 'co',
      issued_by: 'leader',
    });
  });

  it('document-kinds says which kinds can be issued now, why not, and their inputs', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide'));
    const res = await h.as('viewer', {
      method: 'GET',
      url: `/api/proceedings/${id}/document-kinds?party=co`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const kinds = res.json() as {
      kind: string;
      issuable: boolean;
      reason: string | null;
      inputs: object[];
    }[];
    expect(kinds.find((k) => k.kind === 'penalty_decision')).toEqual({
      kind: 'penalty_decision',
      label: '行政处罚决定书',
      issuable: false,
      reason: '尚未作出行政处罚决定',
      inputs: [
        { name: 'party.address', label: '地址', required: false },
        { name: 'payment', label: '缴款方式', required: false },
      ],
    });
    expect(kinds.find((k) => k.kind === 'notice_record')).toMatchObject({
      issuable: true,
      reason: null,
      inputs: [{ name: 'place', label: '告知地点', required: true }],
    });
    expect(kinds.find((k) => k.kind === 'closing_report')).toMatchObject({
      issuable: false,
      reason: '尚无该文书的模板',
    });
  });

  it('50 concurrent issues of one organ, kind and year take the numbers 1..50, no gap and no duplicate', async () => {
    const agency = { name: '某县公安局并发测试', kind: 'police', level: 'county' };
    expect(
      (await putOrgan({ ...COUNTY_ORGAN, agency: agency.name, code: '并', department: '' })).statusCode,
    ).toBe(200);
    const id = await openCase(h, { ...NEW_CASE, agency });
    const res = await Promise.all(
      Array.from({ length: 50 }, () => issue(id, { kind: 'rectification_notice', party: 'co' })),
    );
    expect(res.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const numbers = res.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(50);
    const serials = numbers.map((n) => Number(/〔2026〕(\d+)号$/.exec(n)![1])).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(numbers).toContain('并公责通字〔2026〕50号');
  });

  it('downloads: the Word file as issued with its type, UTF-8 name (RFC 5987) and sha256 ETag; the PDF rendered once, then kept', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide') + 1);
    const [decision] = await list(id);
    const res = await h.as('viewer', { method: 'GET', url: `/api/documents/${decision!.id}.docx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const name = `${DECISION_NAME}${/〕(\d+)号/.exec(decision!.number!)![1]}号.docx`;
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="document-${decision!.id}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(res.headers['etag']).toBe(`"${decision!.sha256}"`);
    expect(sha(res.rawPayload)).toBe(decision!.sha256);
    expect(res.rawPayload.toString()).toContain(decision!.number);
    const again = await h.as('viewer', {
      method: 'GET',
      url: `/api/documents/${decision!.id}.docx`,
      headers: { 'if-none-match': `"${decision!.sha256}"` },
    });
    expect(again.statusCode).toBe(304);

    const before = docs.renders.pdf;
    const pdf = await h.as('viewer', { method: 'GET', url: `/api/documents/${decision!.id}.pdf?inline=1` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline; .*filename\*=UTF-8''.*\.pdf$/);
    expect(pdf.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(pdf.headers['etag']).toBe(`"${sha(pdf.rawPayload)}"`);
    const second = await h.as('viewer', { method: 'GET', url: `/api/documents/${decision!.id}.pdf` });
    expect(second.headers['content-disposition']).toMatch(/^attachment; /);
    expect(second.headers['x-frame-options']).toBe('DENY');
    expect(second.rawPayload.equals(pdf.rawPayload)).toBe(true);
    expect(docs.renders.pdf).toBe(before + 1);

    expect(
      (await h.as('anonymous', { method: 'GET', url: `/api/documents/${decision!.id}.docx` })).statusCode,
    ).toBe(401);
    expect((await h.as('viewer', { method: 'GET', url: '/api/documents/999999.docx' })).statusCode).toBe(404);
  });

  // A document, once its number is taken, is immutable (issue 9): a correction is a new document naming the old one.
  it('an issued document never changes: a correction is a new document with replaces and a reason, listed as replaced_by', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide') + 1);
    const [original] = await list(id);
    const bytes = (await h.as('viewer', { method: 'GET', url: `/api/documents/${original!.id}.docx` }))
      .rawPayload;

    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of [`/api/documents/${original!.id}.docx`, `/api/documents/${original!.id}`]) {
        expect((await h.as('admin', { method, url, payload: {} })).statusCode, `${method} ${url}`).toBe(404);
      }
    }
    const noReason = await issue(id, { kind: 'penalty_decision', party: 'co', replaces: original!.id });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.field).toBe('reason');
    const wrongKind = await issue(id, {
      kind: 'rectification_notice',
      replaces: original!.id,
      reason: '笔误',
    });
    expect(wrongKind.statusCode).toBe(400);

    const fix = await issue(id, {
      kind: 'penalty_decision',
      replaces: original!.id,
      reason: '当事人名称笔误',
    });
    expect(fix.statusCode, fix.body).toBe(201);
    expect(fix.json()).toMatchObject({
      party: 'co',
      replaces: original!.id,
      reason: '当事人名称笔误',
      replaced_by: null,
    });
    expect(fix.json().number).toMatch(/^某公（网安）行罚决字〔2026〕\d+号$/);
    const after = await list(id);
    expect(after.find((d) => d.id === original!.id)).toMatchObject({
      replaced_by: fix.json().id,
      sha256: original!.sha256,
    });
    const same = (await h.as('viewer', { method: 'GET', url: `/api/documents/${original!.id}.docx` }))
      .rawPayload;
    expect(same.equals(bytes)).toBe(true);

    const twice = await issue(id, { kind: 'penalty_decision', replaces: original!.id, reason: '再次更正' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'CONFLICT', details: { replaced_by: fix.json().id } });
    const other = await walkedTo(h, stepIndex(h, 'decide'));
    expect(
      (await issue(other, { kind: 'penalty_decision', replaces: original!.id, reason: 'x' })).statusCode,
    ).toBe(400);
  });

  it('the list masks personal information in a correction’s reason; reveal=pi shows it, audited (个人信息保护)', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide') + 1);
    const [original] = await list(id);
    const reason = '送达电话 13912345678 有误';
    expect((await issue(id, { kind: 'penalty_decision', replaces: original!.id, reason })).statusCode).toBe(
      201,
    );
    const masked = await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}/documents` });
    expect(masked.body).not.toContain('13912345678');
    expect(masked.json().map((d: { reason: string | null }) => d.reason)).toContain('送达电话 *** 有误');
    const full = await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}/documents?reveal=pi` });
    expect(full.json().map((d: { reason: string | null }) => d.reason)).toContain(reason);
    const audit = await h.as('auditor', {
      method: 'GET',
      url: `/api/audit?action=reveal_pi&entity=proceeding&entity_id=${id}`,
    });
    expect(audit.json().items).toHaveLength(1);
  });

  it('the contract is documented in /api/docs', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/proceedings/{id}/documents',
        '/api/proceedings/{id}/document-kinds',
        '/api/documents/{id}.docx',
        '/api/documents/{id}.pdf',
        '/api/document-organs',
      ]),
    );
  });

  it('document-organs: any user reads them, only an administrator sets them (audited), checked like a 文号', async () => {
    const listed = await h.as('viewer', { method: 'GET', url: '/api/document-organs' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual(expect.arrayContaining([COUNTY_ORGAN]));
    const organ = {
      ...COUNTY_ORGAN,
      agency: '某县公安局设置测试',
      code: '设',
      codes: { penalty_decision: '罚决字' },
    };
    expect((await putOrgan(organ, 'officer')).statusCode).toBe(403);
    const saved = await putOrgan(organ);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual(organ);
    const audit = await listAudit(h.store.db, {
      entity: 'document_organ',
      entity_id: organ.agency,
      page: 1,
      page_size: 5,
    });
    expect(audit.items[0]).toMatchObject({ action: 'create', username: 'admin', after: organ });
    expect((await putOrgan({ ...organ, code: 'X' })).statusCode).toBe(400);
    const twin = await putOrgan({ ...organ, code: COUNTY_ORGAN.code });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error.details).toMatchObject({ field: 'code', agency: COUNTY_ORGAN.agency });
    expect((await putOrgan({ ...organ, codes: { penalty_decision: '罚决' } })).statusCode).toBe(400);
    expect((await putOrgan({ ...organ, name: '' })).statusCode).toBe(400);
  });
});
