/**
 * 双公示 in the browser (issue 10): a company and its manager decided for not carrying out 等级保护 (网络安全法 2025
 * 第六十一条第一款, through the API); an officer publishes the manager's record from the case page's 公示 card; a
 * visitor without login finds it on the public 行政处罚公示 list with the name masked (张三丰 → 张某某), opens the record,
 * and downloads the list as .xlsx: a zip whose xl/worksheets/sheet1.xml holds the masked name. Screenshots:
 * test-results/screenshots/disclosures-*.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { httpClient } from './http.js';
import { screenshot } from './browser.js';
import { apiSessions, createAccounts, SuiteBrowser } from './staff.js';
import { zipEntry } from './zip-entry.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const suffix = Date.now() % 100000;
const PASSWORD = '公示-口令-2026';
const AGENCY = `某区公安局${suffix}`;
/** 机关代字 of this run's agency: Chinese characters only, and no two agencies share one. */
const ORGAN_CODE = `示${[...String(suffix)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}`;
const ORGAN_CREDIT_CODE = '11640000000000001X';
const PEOPLE = {
  officer1: { username: `pub_officer1_${suffix}`, role: 'officer' },
  officer2: { username: `pub_officer2_${suffix}`, role: 'officer' },
  reviewer: { username: `pub_reviewer_${suffix}`, role: 'reviewer' },
  leader: { username: `pub_leader_${suffix}`, role: 'leader' },
} as const;
type Person = keyof typeof PEOPLE;
const MANAGER = `张三丰${suffix}`.replace(/\d/g, '');
const MASKED = '张某某';
const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;

let browser: SuiteBrowser;
let ids: Record<Person, number>;
let cookies: Record<Person, string>;
let proceedingId = 0;

const client = httpClient(baseURL);
const { logInByApi, api } = client;

const act = (who: Person, body: Record<string, unknown>) =>
  api(cookies[who], 'POST', `/api/proceedings/${proceedingId}/actions`, body);

beforeAll(async () => {
  const admin = await logInByApi('admin', adminPassword);
  ids = await createAccounts(client, admin, PEOPLE, PASSWORD);
  cookies = await apiSessions(client, PEOPLE, PASSWORD);
  await api(admin, 'PUT', '/api/document-organs', {
    agency: AGENCY,
    name: AGENCY,
    code: ORGAN_CODE,
    department: '网安',
    review_bodies: ['某区人民政府'],
    superior_organ: '某市公安局',
    court: '某区人民法院',
    bank: '中国工商银行某区支行（某区人民路1号）',
    hearing_office: '某区公安局法制大队（某区人民路2号）',
    date_style: 'arabic',
    sentences: {},
    codes: {},
    credit_code: ORGAN_CREDIT_CODE,
  });
  browser = await SuiteBrowser.launch(baseURL);
});

afterAll(async () => {
  await browser?.close();
});

describe('行政处罚公示 (双公示)', () => {
  // 网络安全法 (2025) 第六十一条第一款 「…拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款，对直接负责的主管人员和其他
  // 直接责任人员处一万元以上十万元以下罚款。」
  it('decides a company and its manager (through the API)', async () => {
    const created = (await api(cookies.officer1, 'POST', '/api/proceedings', {
      title: `某网络科技有限公司未履行网络安全保护义务案（公示）${suffix}`,
      agency: { name: AGENCY, kind: 'police', level: 'county' },
      case_kind: 'OTHER_ADMIN',
      parties: [
        {
          id: 'p1',
          kind: 'organization',
          name: '某网络科技有限公司',
          credit_code: '91640100MA00000001',
          legal_representative: '李某',
          address: '某区某路1号',
        },
        {
          id: 'mgr',
          kind: 'individual',
          name: MANAGER,
          responsible_for: 'p1',
          birth_date: '1980-01-01',
          id_type: '居民身份证',
          id_number: '110101198001010011',
          address: '某区某路2号',
        },
      ],
      facts: `某网络科技有限公司未按规定开展网络安全等级保护定级备案，经责令改正拒不改正；${MANAGER}为直接负责的主管人员。`,
      received_at: at('2026-11-02', '09:00'),
      violation: { start: '2026-10-15', end: '2026-10-15', continuing: false },
    })) as { id: number };
    proceedingId = created.id;
    await act('officer1', { action: 'register', at: at('2026-11-02') });
    await act('officer1', { action: 'file', at: at('2026-11-03') });
    await act('officer1', {
      action: 'start_investigation',
      at: at('2026-11-03', '11:00'),
      officers: [String(ids.officer1), String(ids.officer2)],
    });
    await act('officer1', {
      action: 'add_evidence',
      at: at('2026-11-04'),
      kind: '电子数据',
      description: '未定级备案的检查记录',
    });
    // 拒不改正 is established by an order to correct and a check after its deadline
    await act('officer1', {
      action: 'record_event',
      event: 'rectification_ordered',
      at: at('2026-11-04', '11:00'),
      party: 'p1',
      due: '2026-11-14',
    });
    await act('officer2', {
      action: 'record_event',
      event: 'rectification_checked',
      at: at('2026-11-17'),
      party: 'p1',
      complied: false,
    });
    await act('officer1', { action: 'conclude', at: at('2026-11-18') });
    await act('officer1', {
      action: 'propose_penalty',
      at: at('2026-11-19'),
      provisions: [{ law: '中华人民共和国网络安全法', article: 61, paragraph: 1, item: null }],
      sanctions: [
        { party: 'p1', kind: 'warning', amount_yuan: null, days: null },
        { party: 'p1', kind: 'fine', amount_yuan: 60000, days: null },
        { party: 'mgr', kind: 'fine', amount_yuan: 10000, days: null },
      ],
      established_facts: ['refused_rectification'],
      absent_facts: [],
      conduct_date: '2026-10-15',
    });
    await act('officer1', { action: 'waive_hearing', party: 'p1', at: at('2026-11-20') });
    await act('officer1', { action: 'waive_hearing', party: 'mgr', at: at('2026-11-20', '11:00') });
    await act('officer1', { action: 'proceed_to_review', at: at('2026-11-21') });
    await act('reviewer', { action: 'pass_review', at: at('2026-11-23') });
    await act('leader', {
      action: 'decide',
      at: at('2026-11-24'),
      document_fields: { mgr: { 'party.sex': '男', 'party.household': '某区', 'party.record': '无' } },
    });
  });

  it('lets the officer publish the manager’s record from the case page (行政处罚法 第四十八条第一款)', async () => {
    const officer = await browser.signIn(PEOPLE.officer1.username, PASSWORD);
    await officer.goto(`/proceedings/${proceedingId}`);
    const row = officer.getByTestId('disclosure-card').getByTestId('disclosure-mgr');
    await row.getByTestId('disclosure-publish').click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByTestId('disclosure-violation-type').waitFor();
    await officer.locator('.ant-modal.ant-zoom').waitFor({ state: 'detached' });
    await dialog.getByTestId('disclosure-violation-type').fill('未履行网络安全保护义务');
    // the organ's 统一社会信用代码 comes from its settings (文书设置)
    await expect.poll(() => dialog.getByTestId('disclosure-organ-code').inputValue()).toBe(ORGAN_CREDIT_CODE);
    await dialog.getByTestId('disclosure-publish-ok').click();
    // a decision whose check is not clean asks for the reason first
    const override = dialog.getByTestId('disclosure-override');
    await Promise.race([dialog.waitFor({ state: 'detached' }), override.waitFor()]);
    if (await override.isVisible()) {
      await override.fill('经集体讨论决定公示');
      await dialog.getByTestId('disclosure-publish-ok').click();
      await dialog.waitFor({ state: 'detached' });
    }
    await expect.poll(() => row.innerText()).toContain('公示中');
    await screenshot(officer, 'disclosures-case', false);
  });

  it('shows the record without login, the name masked, and downloads the list as .xlsx', async () => {
    const visitor = await browser.page();
    await visitor.goto('/disclosures');
    const table = visitor.getByTestId('disclosure-table');
    await visitor.getByTestId('disclosure-filter-agency').locator('input').fill(AGENCY);
    await visitor.getByTestId('disclosure-filter-agency').locator('input').press('Enter');
    const link = table.getByRole('link', { name: MASKED });
    await link.waitFor();
    expect(await table.innerText()).not.toContain(MANAGER);
    // the total is the server's count of the filtered list, not the length of a page
    await expect.poll(() => visitor.locator('.ant-pagination-total-text').innerText()).toBe('共 1 条');
    await screenshot(visitor, 'disclosures-list');

    const [file] = await Promise.all([
      visitor.waitForEvent('download'),
      visitor.getByTestId('export-xlsx').click(),
    ]);
    const xlsx = readFileSync(await file.path());
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    const sheet = zipEntry(xlsx, 'xl/worksheets/sheet1.xml');
    expect(sheet, 'xl/worksheets/sheet1.xml in the .xlsx').not.toBeNull();
    expect(sheet!.toString('utf8')).toContain(MASKED);
    expect(sheet!.toString('utf8')).not.toContain(MANAGER);

    await link.click();
    const fields = visitor.getByTestId('disclosure-fields');
    await fields.waitFor();
    const text = await fields.innerText();
    expect(text).toContain(MASKED);
    expect(text).toContain('行政处罚决定书文号');
    expect(text).not.toContain(MANAGER);
    await screenshot(visitor, 'disclosures-record');
  });

  it('ran without page errors or server errors', () => {
    // the session check of a visitor is a 401 the browser logs; a refusal (the override asked for) a 409
    const expected = /Failed to load resource: the server responded with a status of (401|409)/;
    expect(browser.unexpectedErrors(expected)).toEqual([]);
  });
});
