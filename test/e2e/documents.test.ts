/**
 * 法律文书 in the browser (issue 9): the administrator sets the issuing organ in 文书设置; officers carry a company that
 * never carried out 等级保护 (网络安全法 2025 第六十一条第一款) to the notice of the proposed penalty (through the API:
 * the 办案 suite walks these steps in the browser); an officer issues the 行政处罚告知笔录 on the case page, previews it
 * (the PDF in the browser) and downloads it as Word and PDF; the reviewer passes review, the leader decides — the
 * decision issues the 行政处罚决定书 itself — and the officer downloads it; a phone shows the card. Screenshots:
 * test-results/screenshots/documents-*. Needs the docs-store branch's routes and the templates of both documents.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { httpClient } from './http.js';
import { horizontalOverflow, screenshot } from './browser.js';
import { apiSessions, createAccounts, SuiteBrowser } from './staff.js';
import { zipEntry } from './zip-entry.js';
import { KIND_INFO } from '../../src/core/documents/kinds.js';
import { NUMBER_PATTERN } from '../../src/core/documents/number.js';
import { STAGE_LABELS } from '../../web/src/screens/proceedings/labels.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const suffix = Date.now() % 100000;
const PASSWORD = '文书-口令-2026';
const AGENCY = `某县公安局${suffix}`;
/** 机关代字 of this run's agency: Chinese characters only, and no two agencies share one (the 文号 would repeat). */
const ORGAN_CODE = `文${[...String(suffix)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}`;
const PEOPLE = {
  officer1: { username: `doc_officer1_${suffix}`, role: 'officer' },
  officer2: { username: `doc_officer2_${suffix}`, role: 'officer' },
  reviewer: { username: `doc_reviewer_${suffix}`, role: 'reviewer' },
  leader: { username: `doc_leader_${suffix}`, role: 'leader' },
} as const;
type Person = keyof typeof PEOPLE;
const NOTICE = KIND_INFO.notice_record.label;
const DECISION = KIND_INFO.penalty_decision.label;

let browser: SuiteBrowser;
let ids: Record<Person, number>;
let cookies: Record<Person, string>;
let officer: Page;
let proceedingId = 0;

const client = httpClient(baseURL);
const { logInByApi, api } = client;

const act = (who: Person, body: Record<string, unknown>) =>
  api(cookies[who], 'POST', `/api/proceedings/${proceedingId}/actions`, body);

const logIn = (person: Person, phone = false) => browser.signIn(PEOPLE[person].username, PASSWORD, { phone });

/** A modal once its opening animation is over (a click during the zoom can be lost). */
async function opened(page: Page, testId: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId(testId).waitFor();
  await page.locator('.ant-modal.ant-zoom').waitFor({ state: 'detached' });
  return dialog;
}

/** A plausible entry for a template input, by its label (the inputs are the template's: 告知地点, 告知结束时间（时:分）…). */
function valueFor(label: string): string {
  if (label.includes('时:分')) return '10:30';
  if (label.includes('出生日期')) return '1980-01-01';
  if (label.includes('证件')) return '居民身份证 110101198001010011';
  if (label.includes('陈述和申辩的回答')) return '我不提出陈述和申辩';
  if (label.includes('听证的回答')) return '我不要求听证';
  if (label.includes('地点')) return '某县公安局网安大队办公室';
  if (label.includes('性别')) return '男';
  if (label.includes('住址') || label.includes('住所')) return '某县某路1号';
  if (label.includes('单位')) return AGENCY;
  if (label.includes('告知人') && !label.includes('被告知人')) return '王某、张某';
  if (label.includes('记录人')) return '张某';
  if (label.includes('被告知人')) return '李某';
  return '见笔录';
}

/** Fills the empty text inputs of the form items that match `selector` (required ones, or those a refusal marked). */
async function fillInputs(dialog: ReturnType<Page['getByRole']>, selector: string): Promise<void> {
  const items = dialog.locator('.ant-form-item').filter({ has: dialog.page().locator('textarea') });
  for (const item of await items.all()) {
    const marked =
      (await item.locator(selector).count()) > 0 || (await item.evaluate((e, s) => e.matches(s), selector));
    const input = item.locator('textarea').first();
    if (!marked || (await input.inputValue()) !== '') continue;
    await input.fill(valueFor(await item.locator('label').first().innerText()));
  }
}

/**
 * Sends the 制作文书 form; an input the template requires in this case only (the 被告知人's particulars …) comes back
 * named in the refusal: filled and sent again.
 */
async function submitIssue(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<void> {
  await dialog.getByTestId('issue-submit').click();
  const refusal = dialog.getByTestId('refusal');
  await Promise.race([dialog.waitFor({ state: 'detached' }).catch(() => undefined), refusal.waitFor()]);
  if (await refusal.isVisible()) {
    await expect(refusal.innerText()).resolves.toContain('在本表单中填写');
    await refusal.scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-missing-fields', false);
    await fillInputs(dialog, '.ant-form-item-has-error');
    await dialog.getByTestId('issue-submit').click();
  }
  await dialog.waitFor({ state: 'detached' }).catch(async (e: unknown) => {
    await screenshot(page, 'documents-failed-issue', false);
    if ((await refusal.count()) === 0) throw e;
    throw new Error(`制作文书 refused: ${await refusal.innerText()}`);
  });
}

const documentRow = (page: Page, title: string) =>
  page.getByTestId('documents-card').getByTestId('document-row').filter({ hasText: title }).first();

/** Clicks a download link of a document row and answers the file's bytes. */
async function download(page: Page, row: ReturnType<typeof documentRow>, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), row.getByTestId(testId).click()]);
  const path = await file.path();
  return readFileSync(path);
}

/** .docx: a zip whose word/document.xml carries the title; .pdf: starts with %PDF. */
async function downloadsBoth(page: Page, title: string): Promise<void> {
  const row = documentRow(page, title);
  const docx = await download(page, row, 'document-docx');
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  const xml = zipEntry(docx, 'word/document.xml');
  expect(xml, 'word/document.xml in the .docx').not.toBeNull();
  expect(xml!.toString('utf8').replace(/<[^>]+>/g, '')).toContain(title);
  const pdf = await download(page, row, 'document-pdf');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

beforeAll(async () => {
  const admin = await logInByApi('admin', adminPassword);
  ids = await createAccounts(client, admin, PEOPLE, PASSWORD);
  cookies = await apiSessions(client, PEOPLE, PASSWORD);
  browser = await SuiteBrowser.launch(baseURL);
});

afterAll(async () => {
  await browser?.close();
});

describe('法律文书 of a case', () => {
  it('lets the administrator set the issuing organ: the 公安局 in whose name the documents go out (说明 第4项)', async () => {
    const page = await browser.signIn('admin', adminPassword, { next: '/settings/documents' });
    await page.getByLabel('新增执法机关').fill(AGENCY);
    await page.getByTestId('organ-add').click();
    const form = page.getByTestId('organ-form');
    await form.getByLabel('机关名称').fill(AGENCY);
    await form.getByLabel('机关代字').fill(ORGAN_CODE);
    await form.getByLabel('部门简称').fill('网安');
    // The example follows the inputs once the form has re-rendered: polled, not read once.
    await expect
      .poll(() => page.getByTestId('organ-sample-number').innerText())
      .toMatch(new RegExp(`^文号示例：${ORGAN_CODE}公（网安）行罚决字〔\\d{4}〕1号$`));
    const review = form.getByLabel('复议机关');
    await review.click();
    await review.pressSequentially('某县人民政府');
    await review.press('Enter');
    await form.getByLabel('上一级公安机关').fill('某市公安局');
    await form.getByLabel('人民法院').fill('某县人民法院');
    await form.getByLabel('缴款银行').fill('中国工商银行某县支行（某县人民路1号）');
    await form.getByLabel('听证受理部门').fill('某县公安局法制大队（某县人民路2号，电话 0000-0000000）');
    await screenshot(page, 'documents-settings');
    await page.getByTestId('organ-save').click();
    await page.getByText(`已保存：${AGENCY}`).waitFor();
    const organs = (await api(await logInByApi('admin', adminPassword), 'GET', '/api/document-organs')) as {
      agency: string;
      court: string;
    }[];
    expect(organs.find((o) => o.agency === AGENCY)?.court).toBe('某县人民法院');
  });

  it('brings a case to the notice of the proposed penalty (行政处罚法 第四十四条)', async () => {
    const created = (await api(cookies.officer1, 'POST', '/api/proceedings', {
      title: `某科技有限公司未履行网络安全等级保护义务案（文书）${suffix}`,
      agency: { name: AGENCY, kind: 'police', level: 'county' },
      case_kind: 'OTHER_ADMIN',
      parties: [
        {
          id: 'p1',
          kind: 'organization',
          name: '某科技有限公司',
          credit_code: '91640100MA00000000',
          // no 住所: the decision asks for it (行政处罚法 第五十九条第一款第（一）项)
          legal_representative: '李某',
        },
      ],
      facts: '经群众举报，某科技有限公司运营的网站未按规定开展网络安全等级保护定级备案和等级测评。',
      received_at: new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      violation: { start: '2026-10-15', end: '2026-10-15', continuing: false },
    })) as { id: number };
    proceedingId = created.id;
    await act('officer1', { action: 'register' });
    await act('officer1', { action: 'file' });
    await act('officer1', {
      action: 'start_investigation',
      officers: [String(ids.officer1), String(ids.officer2)],
    });
    await act('officer1', {
      action: 'add_evidence',
      kind: '电子数据',
      description: '网站未定级备案的检查记录',
    });
    await act('officer1', { action: 'conclude' });
    await act('officer1', {
      action: 'propose_penalty',
      provisions: [{ law: '中华人民共和国网络安全法', article: 61, paragraph: 1, item: null }],
      sanctions: [
        { party: 'p1', kind: 'fine', amount_yuan: 20000, days: null },
        { party: 'p1', kind: 'warning', amount_yuan: null, days: null },
      ],
      established_facts: [],
      absent_facts: [],
      conduct_date: '2026-10-15',
    });
  });

  it('lets the officer issue the 行政处罚告知笔录 from the case page (程序规定 第一百六十七条)', async () => {
    officer = await logIn('officer1');
    await officer.goto(`/proceedings/${proceedingId}`);
    await expect.poll(() => officer.getByTestId('stage-tag').first().innerText()).toBe(STAGE_LABELS.NOTICE);
    await officer.getByTestId('issue-document').click();
    const dialog = await opened(officer, 'issue-form');
    await dialog.getByLabel('文书种类').click();
    // a kind the case cannot issue yet is offered greyed, with the reason
    const decision = officer
      .locator('.ant-select-item-option')
      .filter({ has: officer.getByTestId('kind-penalty_decision') });
    await expect(decision.getAttribute('class')).resolves.toContain('ant-select-item-option-disabled');
    // chosen by typing its name into the select's search and Enter, then read back from the select: a click on an
    // option of the open list can land on another while the list re-renders, and leaves 制作 greyed without saying why
    const kind = dialog.getByLabel('文书种类');
    await kind.pressSequentially(NOTICE);
    await kind.press('Enter');
    await expect
      .poll(() => dialog.locator('.ant-form-item').filter({ hasText: '文书种类' }).innerText(), {
        message: '文书种类 chosen',
      })
      .toContain(NOTICE);
    await expect
      .poll(() => dialog.getByTestId('issue-submit').isEnabled(), { message: '制作 enabled' })
      .toBe(true);
    // the template's own inputs (告知地点 …): every required one filled
    await fillInputs(dialog, '.ant-form-item-required');
    await screenshot(officer, 'documents-issue', false);
    await submitIssue(officer, dialog);
    const row = documentRow(officer, NOTICE);
    await row.waitFor();
    await expect(row.getByTestId('document-sha').innerText()).resolves.toMatch(/^[0-9a-f]{8}$/);
    await expect(row.innerText()).resolves.toContain(PEOPLE.officer1.username);
  });

  it('previews the 告知笔录 as a PDF in the browser', async () => {
    await documentRow(officer, NOTICE).getByTestId('document-preview').click();
    const frame = officer.getByTestId('pdf-preview');
    await frame.waitFor();
    const src = (await frame.getAttribute('src'))!;
    const inline = await officer.request.get(src);
    expect(inline.headers()['content-type']).toContain('application/pdf');
    expect(inline.headers()['content-disposition'] ?? 'inline').toMatch(/^inline/);
    // Chromium's own viewer draws the pages in the frame; on two busy cores its frame can take seconds to appear (the
    // poll's default of one second failed once in CI), so it gets the suite's usual 15 s
    await expect
      .poll(() => officer.frames().some((f) => f.url().startsWith('chrome-extension://')), {
        timeout: 15_000,
      })
      .toBe(true);
    await officer.waitForTimeout(1500);
    await screenshot(officer, 'documents-preview', false);
    await officer.getByTestId('preview-close').click();
    await officer.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('downloads the 告知笔录 as Word and as PDF', async () => {
    await downloadsBoth(officer, NOTICE);
  });

  it('corrects the 告知笔录 by a new document naming the one it replaces, the old one kept', async () => {
    await documentRow(officer, NOTICE).getByTestId('document-reissue').click();
    const dialog = await opened(officer, 'issue-form');
    await dialog.getByLabel('更正理由').fill('告知地点记录有误');
    await fillInputs(dialog, '.ant-form-item-required');
    await submitIssue(officer, dialog);
    const rows = officer
      .getByTestId('documents-card')
      .getByTestId('document-row')
      .filter({ hasText: NOTICE });
    await expect.poll(() => rows.count()).toBe(2);
    await expect(rows.nth(0).innerText()).resolves.toContain('更正自');
    await expect(rows.nth(1).innerText()).resolves.toContain('已被更正');
    expect(await rows.nth(1).getByTestId('document-reissue').count()).toBe(0);
  });

  it('issues the 行政处罚决定书 with the decision itself, numbered, and the officer downloads it (行政处罚法 第五十九条)', async () => {
    await act('officer1', { action: 'waive_hearing', party: 'p1' });
    await act('officer1', { action: 'proceed_to_review' });
    await act('reviewer', { action: 'pass_review' });
    const leader = await logIn('leader');
    await leader.goto(`/proceedings/${proceedingId}`);
    await leader.getByTestId('action-decide').click();
    const dialog = await opened(leader, 'action-form');
    await dialog.getByTestId('legality-preview').getByTestId('lawful-badge').first().waitFor();
    await dialog.getByTestId('action-submit').click();
    // the 决定书 needs the unit's 住所, which the case lacks: refused before anything changes, the field named with its
    // basis and offered among the 决定书's own inputs
    const refusal = dialog.getByTestId('refusal');
    await refusal.getByTestId('missing-field').filter({ hasText: '行政处罚法 第五十九条' }).first().waitFor();
    await expect(refusal.innerText()).resolves.toContain('在本表单中填写');
    await refusal.scrollIntoViewIfNeeded();
    await screenshot(leader, 'documents-decide-missing-fields', false);
    await fillInputs(dialog, '.ant-form-item-has-error');
    await dialog.getByTestId('action-submit').click();
    await dialog.waitFor({ state: 'detached' }).catch(async (e: unknown) => {
      await screenshot(leader, 'documents-failed-decide', false);
      throw e;
    });
    await expect.poll(() => leader.getByTestId('stage-tag').first().innerText()).toBe(STAGE_LABELS.DECIDED);
    await documentRow(leader, DECISION).waitFor();

    await officer.goto(`/proceedings/${proceedingId}`);
    const row = documentRow(officer, DECISION);
    await row.waitFor();
    const number = (await row.innerText()).match(/\S+行罚决字〔\d{4}〕\d+号/)?.[0] ?? '';
    expect(number).toMatch(NUMBER_PATTERN);
    expect(number.startsWith(`${ORGAN_CODE}公（网安）`)).toBe(true);
    await screenshot(officer, 'documents-case');
    await downloadsBoth(officer, DECISION);
  });

  it('shows the documents on a phone, usable without sideways scrolling', async () => {
    const page = await logIn('officer2', true);
    await page.goto(`/proceedings/${proceedingId}`);
    const row = documentRow(page, DECISION);
    await row.waitFor();
    await row.getByTestId('document-pdf').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('documents-card').scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-phone-card', false);
  });

  it('ran without page errors or server errors', () => {
    // the session check before logging in is a 401 the browser logs; a refusal naming missing fields a 409
    const expected = /Failed to load resource: the server responded with a status of (401|409)/;
    expect(browser.unexpectedErrors(expected)).toEqual([]);
  });
});
