/**
 * Issue 9 end to end through HTTP with the real templates (src/core/documents/templates) and renderers
 * (src/documents), on every engine: the decision issues the 行政处罚决定书 of each party, whose .docx read back carries
 * the citation block and the sanctions of the decision; the PDF is rendered once and then kept; a 告知笔录 is issued
 * with the inputs the proceeding does not hold.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/documents/docx-text.js';
import { testEngines } from '../../src/db/testing/engines.js';
import { realDocuments } from '../../src/server/wiring.js';
import { createHarness, type Harness } from './harness.js';
import { act, stepIndex, walkedTo, walkSteps } from './proceedings.walk.js';
import { DOCUMENT_FIELDS } from './document-fields.js';

const NOW = new Date('2026-06-01T02:00:00Z');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(testEngines())('documents with the real templates and renderers on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { caseHandling: true, now: () => NOW, documents: realDocuments() });
  });
  afterAll(async () => h?.close());

  const download = async (id: number, ext: 'docx' | 'pdf') => {
    const res = await h.as('viewer', { method: 'GET', url: `/api/documents/${id}.${ext}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.rawPayload;
  };

  it('decide issues each party’s 行政处罚决定书: the .docx cites 网络安全法 第五十九条第一款 and states the sanctions decided', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide'));
    const [who, decide] = walkSteps(h)[stepIndex(h, 'decide')]!;
    const refused = await act(h, who, id, decide);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('MISSING_FIELDS');
    const done = await act(h, who, id, { ...decide, document_fields: DOCUMENT_FIELDS });
    expect(done.statusCode, done.body).toBe(200);

    const list = (
      await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}/documents` })
    ).json() as {
      id: number;
      party: string;
      number: string;
      sha256: string;
    }[];
    expect(list.map((d) => d.party)).toEqual(['co', 'mgr']);
    const [co, mgr] = list;
    const coDocx = await download(co!.id, 'docx');
    expect(sha(coDocx)).toBe(co!.sha256);
    const coText = await docxText(coDocx);
    for (const item of [
      '某县公安局',
      '行政处罚决定书',
      co!.number,
      '违法行为人：某科技有限公司',
      '根据《中华人民共和国网络安全法》第五十九条第一款之规定',
      '给予警告，并处罚款人民币50000元',
      '每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款本数',
      '向某县人民政府申请行政复议',
      '依法向某县人民法院提起行政诉讼',
      '某县公安局（印）',
      '2025年4月11日',
    ]) {
      expect(coText).toContain(item);
    }
    const mgrText = await docxText(await download(mgr!.id, 'docx'));
    expect(mgrText).toContain('处罚款人民币10000元');
    expect(mgrText).not.toContain('50000');

    const pdf = await download(co!.id, 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Rendered once and kept: the second download is the same file.
    expect(sha(await download(co!.id, 'pdf'))).toBe(sha(pdf));
  });

  it('a 行政处罚告知笔录 is issued with the inputs the proceeding does not hold (行政处罚法 第四十四条: the proposed penalty stated)', async () => {
    const id = await walkedTo(h, stepIndex(h, 'propose_penalty') + 1);
    const kinds = (
      await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}/document-kinds` })
    ).json() as { kind: string; issuable: boolean; inputs: { name: string; required: boolean }[] }[];
    const notice = kinds.find((k) => k.kind === 'notice_record')!;
    expect(notice.issuable).toBe(true);
    const post = (fields: Record<string, string>) =>
      h.as('officer', {
        method: 'POST',
        url: `/api/proceedings/${id}/documents`,
        payload: { kind: 'notice_record', fields },
      });
    const missing = await post({});
    expect(missing.statusCode).toBe(409);
    const named = (missing.json().error.details.fields as { field: string }[]).map((f) => f.field);
    expect(named).toEqual(
      expect.arrayContaining(notice.inputs.filter((i) => i.required).map((i) => `fields.${i.name}`)),
    );
    const fields = {
      ended_at: '10:40',
      place: '某县公安局网安大队询问室',
      unit: '某县公安局网安大队',
      notifiers: '赵某、钱某',
      recorder: '钱某',
      recipient_sex: '男',
      recipient: '张某',
      recipient_birth_date: '1980-05-01',
      recipient_id: '居民身份证 640000198005010000',
      recipient_role: '法定代表人',
      statement_answer: '公司已开始整改，请求从轻处罚。',
      hearing_answer: '不要求听证。',
    };
    const ok = await post(fields);
    expect(ok.statusCode, ok.body).toBe(201);
    // Addressed to the main party when the request names none, and listed with it.
    const listed = (
      await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}/documents` })
    ).json() as {
      id: number;
      party: string | null;
    }[];
    expect(listed.find((d) => d.id === ok.json().id)?.party).toBe('co');
    const text = await docxText(await download(ok.json().id, 'docx'));
    for (const item of [
      '行政处罚告知笔录',
      '告知地点：某县公安局网安大队询问室',
      '拟对某科技有限公司给予警告，并处罚款人民币50000元',
    ]) {
      expect(text).toContain(item);
    }
  });
});
