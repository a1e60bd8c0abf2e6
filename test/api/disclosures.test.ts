/**
 * Disclosure (双公示) through HTTP, on every engine of testEngines(): publishing a decided case's party (officer or
 * leader), 409 naming the missing mandatory fields, refusals with their basis (a minor, a sealed 治安 record), the
 * audited override of an unlawful or undetermined verdict, the public list without login (filters; expired records
 * leave it), the record page, CSV and .xlsx in the standard's order, and withdrawal with its 3-working-day due day.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PENALTY_FIELDS } from '../../src/core/disclosure/fields.js';
import { listAudit } from '../../src/db/repositories/audit.js';
import { testEngines } from '../../src/db/testing/engines.js';
import type { Checker } from '../../src/server/deps.js';
import { realChecker } from '../../src/server/wiring.js';
import { zipEntry } from '../e2e/zip-entry.js';
import { COUNTY_ORGAN } from './documents.fakes.js';
import { createHarness, type Harness } from './harness.js';
import { NEW_CASE, stepIndex, walkedTo, zhianCase, zhianSteps } from './proceedings.walk.js';

const NOW = new Date('2026-06-01T02:00:00Z');
/** A case whose title carries this mark is checked `undetermined` (the real check otherwise). */
const DOUBTFUL = '（存疑）';
const real = realChecker();
const check: Checker = (record) => {
  const r = real(record);
  return record.title.includes(DOUBTFUL) ? { ...r, verdict: 'undetermined', lawful: null } : r;
};
const CODE = '11640000000000000X';

describe.each(testEngines())('disclosure API on %s', (engine) => {
  let h: Harness;
  let now = NOW;
  beforeAll(async () => {
    h = await createHarness(engine, { caseHandling: true, check, now: () => now });
  });
  afterAll(async () => h?.close());

  const decided = (body: object = NEW_CASE) => walkedTo(h, stepIndex(h, 'decide') + 1, body);
  const publish = (id: number, body: object = {}, who: 'officer' | 'leader' | 'viewer' = 'officer') =>
    h.as(who, {
      method: 'POST',
      url: `/api/proceedings/${id}/disclosure`,
      payload: { organ_credit_code: CODE, violation_type: '未履行网络安全等级保护义务', ...body },
    });
  const publicList = async (query = '') => {
    const res = await h.as('anonymous', { method: 'GET', url: `/api/disclosures${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      day: string;
      total: number;
      items: { id: number; party_name: string; cells: unknown[] }[];
    };
  };
  const cell = (cells: { code: string; value: string | null }[], code: string) =>
    cells.find((c) => c.code === code)?.value;

  // 行政处罚法 第四十八条第一款 「具有一定社会影响的行政处罚决定应当依法公开。」
  it('publishes a decided party’s record with the 文号 of its 决定书, who published it, and an audit entry', async () => {
    const id = await decided();
    const missing = await publish(id, { organ_credit_code: undefined });
    expect(missing.statusCode, missing.body).toBe(409);
    expect(missing.json().error.code).toBe('MISSING_FIELDS');
    expect(missing.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'cf_cfjgdm',
      'cf_sjlydm',
    ]);
    expect((await publish(id, {}, 'viewer')).statusCode).toBe(403);

    const res = await publish(id);
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      status: 'published',
      party: 'co',
      party_name: '某科技有限公司',
      decision_number: '某公（网安）行罚决字〔2025〕1号',
      decision_date: '2025-04-11',
      end_date: '2028-04-11',
      published_by: 'officer',
      published_on: '2026-06-01',
      override_reason: null,
      withdrawal: null,
    });
    expect(d.cells.map((c: { code: string }) => c.code)).toEqual(PENALTY_FIELDS.map((f) => f.code));
    expect(cell(d.cells, 'cf_nr_fk')).toBe('5');
    expect(cell(d.cells, 'cf_cfjgdm')).toBe(CODE);

    const again = await publish(id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');

    const audit = await listAudit(h.store.db, { entity: 'disclosure', page: 1, page_size: 50 });
    expect(audit.items.find((a) => a.entity_id === String(d.id))).toMatchObject({
      action: 'publish',
      username: 'officer',
    });
  });

  // disclosure.md §2.3: minors are not published; the birth date decides, so a natural person without one is incomplete.
  it('refuses a minor with the basis, and names the birth date of a natural person as missing', async () => {
    const noBirth = await decided();
    const res = await publish(noBirth, { party: 'mgr' });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'party.birth_date',
    ]);

    const minorCase = {
      ...NEW_CASE,
      parties: [NEW_CASE.parties[0], { ...NEW_CASE.parties[1], birth_date: '2008-01-01' }],
    };
    const minor = await publish(await decided(minorCase), { party: 'mgr' });
    expect(minor.statusCode, minor.body).toBe(409);
    expect(minor.json().error).toMatchObject({
      code: 'DISCLOSURE_REFUSED',
      details: { reason: 'minor', decision_date: '2025-04-11' },
    });
  });

  // 治安管理处罚法 (2025) 第一百三十六条 「违反治安管理的记录应当予以封存，不得向任何单位和个人提供或者公开」
  it('refuses a 治安 record decided from 2026-01-01 as sealed, with the article', async () => {
    const id = await walkedTo(h, stepIndex(h, 'serve'), zhianCase(), zhianSteps(h));
    const res = await publish(id);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('DISCLOSURE_REFUSED');
    expect(res.json().error.message).toContain('第一百三十六条');
  });

  it('refuses a case not yet decided', async () => {
    const id = await walkedTo(h, stepIndex(h, 'decide'));
    const res = await publish(id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('NOT_DECIDED');
  });

  it('shows public records without login, filtered by agency, decision day and text; the record page too', async () => {
    const id = await decided();
    const d = (await publish(id, {}, 'leader')).json();
    const all = await publicList();
    expect(all.day).toBe('2026-06-01');
    expect(all.items.map((x) => x.id)).toContain(d.id);
    expect(
      (await publicList(`?agency=${encodeURIComponent('某县公安局')}`)).items.map((x) => x.id),
    ).toContain(d.id);
    expect((await publicList(`?agency=${encodeURIComponent('别的单位')}`)).items).toEqual([]);
    expect((await publicList('?from=2025-04-12')).items).toEqual([]);
    expect((await publicList('?to=2025-04-11')).items.map((x) => x.id)).toContain(d.id);
    // Text is looked for in the (masked) name and the 文号, the columns the list is indexed for.
    expect((await publicList(`?q=${encodeURIComponent('科技')}`)).items.map((x) => x.id)).toContain(d.id);
    expect((await publicList(`?q=${encodeURIComponent('行罚决字')}`)).items.map((x) => x.id)).toContain(d.id);
    expect((await publicList(`?limit=1&offset=1`)).items.map((x) => x.id)).not.toContain(all.items[0]!.id);
    expect((await publicList(`?q=${encodeURIComponent('不存在的词')}`)).items).toEqual([]);

    const page = await h.as('anonymous', { method: 'GET', url: `/api/disclosures/${d.id}` });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ id: d.id, status: 'published', withdrawal: null });
    expect(page.json()).not.toHaveProperty('published_by');
  });

  // 行政处罚法 第四十八条第一款 「…应当依法公开」: the whole list is reachable page by page, with its true count.
  it('cuts the public list in pages on the server and reports the total of all pages', async () => {
    for (let i = 0; i < 3; i++) await publish(await decided());
    const all = await publicList('?limit=200');
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(3);
    const pages = [];
    for (let offset = 0; offset < all.total; offset += 2) {
      const page = await publicList(`?limit=2&offset=${offset}`);
      expect(page.total).toBe(all.total);
      pages.push(...page.items.map((x) => x.id));
    }
    expect(pages).toEqual(all.items.map((x) => x.id));
    expect((await publicList(`?limit=2&offset=${all.total + 5}`)).total).toBe(all.total);
    const none = await publicList(`?q=${encodeURIComponent('不存在的词')}`);
    expect(none.total).toBe(0);
    expect((await publicList(`?limit=1&agency=${encodeURIComponent('某县公安局')}`)).total).toBe(all.total);
  });

  // 行政处罚法 第四十八条第一款 「…应当依法公开」 and 第二款 「…撤回行政处罚决定信息…」: the total (kept between requests)
  // follows a publication, a withdrawal and the day passing a 公示截止期.
  it('gives the new total on the next page after a record is published, withdrawn or expires', async () => {
    const total = async () => (await publicList('?limit=1')).total;
    const before = await total();
    const id = await decided();
    await publish(id);
    expect(await total()).toBe(before + 1);
    const res = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/disclosure/withdraw`,
      payload: { reason: '复议机关撤销处罚决定' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await total()).toBe(before);
    await publish(await decided());
    now = new Date('2028-04-11T02:00:00Z');
    try {
      const last = await total();
      expect(last).toBeGreaterThan(0);
      now = new Date('2028-04-12T02:00:00Z');
      expect(await total()).toBe(0);
    } finally {
      now = NOW;
    }
    expect(await total()).toBe(before + 1);
  });

  // disclosure.md §2.4: 最长公示期三年 from the decision; an expired record leaves the list by itself.
  it('drops a record from the list and its page the day after its 公示截止期', async () => {
    const id = await decided();
    const d = (await publish(id)).json();
    now = new Date('2028-04-11T02:00:00Z');
    try {
      expect((await publicList()).items.map((x) => x.id)).toContain(d.id);
      now = new Date('2028-04-12T02:00:00Z');
      expect((await publicList()).items.map((x) => x.id)).not.toContain(d.id);
      const page = await h.as('anonymous', { method: 'GET', url: `/api/disclosures/${d.id}` });
      expect(page.statusCode).toBe(404);
    } finally {
      now = NOW;
    }
  });

  it('exports the list as CSV and .xlsx, one column per field in the standard’s order with its Chinese name', async () => {
    const id = await decided();
    const d = (await publish(id)).json();
    const csv = await h.as('anonymous', { method: 'GET', url: '/api/disclosures.csv?to=2025-04-11' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header!.split(',')).toEqual(PENALTY_FIELDS.map((f) => f.label));
    expect(rows.some((r) => r.startsWith('某科技有限公司,法人及非法人组织,91640100MA00000000'))).toBe(true);

    const xlsx = await h.as('anonymous', { method: 'GET', url: '/api/disclosures.xlsx' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(PENALTY_FIELDS.map((f) => f.label));
    const numbers = sheet.getColumn(PENALTY_FIELDS.findIndex((f) => f.code === 'cf_wsh') + 1).values;
    expect(numbers).toContain(d.decision_number);
    expect(zipEntry(xlsx.rawPayload, 'xl/worksheets/sheet1.xml')!.toString('utf8')).toContain(
      d.decision_number,
    );
  });

  // 行政处罚法 第四十八条第二款 「公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。」
  // with 第八十五条 「…“三日”…的规定是指工作日，不含法定节假日。」
  it('withdraws a record with its reason, the due day three working days after the change, and shows the reason', async () => {
    const id = await decided();
    const d = (await publish(id)).json();
    const bad = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/disclosure/withdraw`,
      payload: { reason: ' ' },
    });
    expect(bad.statusCode).toBe(400);
    // Friday 2026-05-29 changed: due Wednesday 2026-06-03 (the weekend not counted); withdrawn Monday 2026-06-01.
    const res = await h.as('leader', {
      method: 'POST',
      url: `/api/proceedings/${id}/disclosure/withdraw`,
      payload: { reason: '复议机关变更处罚决定', changed_on: '2026-05-29' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'withdrawn',
      withdrawal: {
        reason: '复议机关变更处罚决定',
        on: '2026-06-01',
        by: 'leader',
        changed_on: '2026-05-29',
        due: '2026-06-03',
        late: false,
      },
    });
    expect((await publicList()).items.map((x) => x.id)).not.toContain(d.id);
    const page = await h.as('anonymous', { method: 'GET', url: `/api/disclosures/${d.id}` });
    expect(page.json()).toMatchObject({
      status: 'withdrawn',
      cells: null,
      withdrawal: { reason: '复议机关变更处罚决定', on: '2026-06-01' },
    });
    const twice = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/disclosure/withdraw`,
      payload: { reason: '再次' },
    });
    expect(twice.statusCode).toBe(409);
    const mine = await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}/disclosure` });
    expect(mine.json().map((x: { status: string }) => x.status)).toEqual(['withdrawn']);
  });

  // 行政处罚法 第四十八条第二款 「…行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。」 (第八十五条: working days)
  it('tracks the withdrawal as a deadline of the proceeding from the recorded change, in the unit’s 待办, met by the withdrawal', async () => {
    const id = await decided();
    await publish(id);
    const changed = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/disclosure/changed`,
      payload: { reason: '复议机关撤销处罚决定', changed_on: '2026-05-28' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const withdrawal = async () => {
      const res = await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}` });
      return (
        res.json().deadlines as { timer: string; status: string; due_date: string; late: boolean }[]
      ).find((d) => d.timer === 'publication_withdrawal');
    };
    // Thursday 2026-05-28 changed: due Tuesday 2026-06-02; on 2026-06-01 it is due soon.
    expect(await withdrawal()).toMatchObject({ status: 'due_soon', due_date: '2026-06-02' });
    const todo = await h.as('leader', { method: 'GET', url: '/api/proceedings?assigned=unit&due_within=3d' });
    const mine = todo.json().items.find((i: { id: number }) => i.id === id);
    expect(mine.deadlines.map((d: { timer: string }) => d.timer)).toContain('publication_withdrawal');

    const res = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/disclosure/withdraw`,
      payload: { reason: '复议机关撤销处罚决定' },
    });
    expect(res.statusCode, res.body).toBe(200);
    // the change day recorded before dates the withdrawal
    expect(res.json().withdrawal).toMatchObject({ changed_on: '2026-05-28', due: '2026-06-02', late: false });
    expect(await withdrawal()).toMatchObject({ status: 'met', late: false });
  });

  // 行政处罚法 第四十八条第二款 「公开的行政处罚决定被依法变更…的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。」
  it('publishes the changed decision again after the withdrawal, linked to the withdrawn record; the list shows the new one only', async () => {
    const id = await decided();
    const old = (await publish(id)).json();
    const withdrawn = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/disclosure/withdraw`,
      payload: { reason: '复议机关变更处罚决定（罚款数额）' },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const again = await publish(id);
    expect(again.statusCode, again.body).toBe(201);
    const next = again.json();
    expect(next).toMatchObject({ status: 'published', replaces: old.id, withdrawal: null });
    expect((await publish(id)).statusCode).toBe(409);
    const listed = (await publicList('?limit=200')).items.map((x) => x.id);
    expect(listed).toContain(next.id);
    expect(listed).not.toContain(old.id);
    const oldPage = await h.as('anonymous', { method: 'GET', url: `/api/disclosures/${old.id}` });
    expect(oldPage.json()).toMatchObject({ status: 'withdrawn', replaces: null });
    const mine = await h.as('viewer', { method: 'GET', url: `/api/proceedings/${id}/disclosure` });
    expect(mine.json().map((x: { id: number; status: string }) => [x.id, x.status])).toEqual([
      [old.id, 'withdrawn'],
      [next.id, 'published'],
    ]);
    // the current record is the one withdrawn next
    const second = await h.as('officer', {
      method: 'POST',
      url: `/api/proceedings/${id}/disclosure/withdraw`,
      payload: { reason: '再次变更' },
    });
    expect(second.json()).toMatchObject({ id: next.id, status: 'withdrawn' });
  });

  // disclosure.md §2.2: 处罚机关统一社会信用代码 and 数据来源单位统一社会信用代码 are 必填.
  it('takes the organ’s 统一社会信用代码 from its settings; a code given at publication wins', async () => {
    const saveCode = async (credit_code: string | null) => {
      const res = await h.as('admin', {
        method: 'PUT',
        url: '/api/document-organs',
        payload: { ...COUNTY_ORGAN, credit_code },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().credit_code).toBe(credit_code);
    };
    const bad = await h.as('admin', {
      method: 'PUT',
      url: '/api/document-organs',
      payload: { ...COUNTY_ORGAN, credit_code: '1164000000000000' },
    });
    expect(bad.statusCode).toBe(400);
    const SET = '11640000MB0000000Y';
    await saveCode(SET);
    try {
      const d = (await publish(await decided(), { organ_credit_code: undefined })).json();
      expect(cell(d.cells, 'cf_cfjgdm')).toBe(SET);
      expect(cell(d.cells, 'cf_sjlydm')).toBe(SET);
      const given = (await publish(await decided())).json();
      expect(cell(given.cells, 'cf_cfjgdm')).toBe(CODE);
    } finally {
      await saveCode(null);
    }
  });

  it('needs a stated, audited override to publish a decision whose legality check is undetermined', async () => {
    const id = await decided({ ...NEW_CASE, title: NEW_CASE.title + DOUBTFUL });
    const refused = await publish(id);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'OVERRIDE_REQUIRED' });
    const res = await publish(id, { override_reason: '经集体讨论，事实已由复核确认' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().override_reason).toBe('经集体讨论，事实已由复核确认');
    const audit = await listAudit(h.store.db, { entity: 'disclosure', page: 1, page_size: 50 });
    expect(audit.items.find((a) => a.entity_id === String(res.json().id))!.after).toMatchObject({
      override_reason: '经集体讨论，事实已由复核确认',
    });
  });
});
