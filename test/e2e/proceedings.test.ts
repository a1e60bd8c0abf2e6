/**
 * 办案 from lead to archive in the browser: two officers open, investigate and notify a case of a company that never
 * carried out 等级保护 (网络安全法 2025 第六十一条第一款), the guard refuses review while the hearing window is open,
 * the party waives the hearing, the reviewer (法制审核) passes it, the leader (审批负责人) sees the legality check and
 * decides, the officers serve it, record the payment, close and archive. Each page is saved to
 * test-results/screenshots/proceedings-*. Needs the api branch's /api/proceedings routes and roles.
 */
import { COUNTY_ORGAN } from '../../src/db/testing/organs.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { horizontalOverflow, screenshot } from './browser.js';
import { createAccounts, SuiteBrowser } from './staff.js';
import { GUARD_LABELS, STAGE_LABELS } from '../../web/src/screens/proceedings/labels.js';
import { VERDICT_LABELS } from '../../web/src/screens/cases/verdict-words.js';
import { httpClient } from './http.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const suffix = Date.now() % 100000;
const PASSWORD = '办案-口令-2026';
const PEOPLE = {
  officer1: { username: `officer1_${suffix}`, role: 'officer' },
  officer2: { username: `officer2_${suffix}`, role: 'officer' },
  reviewer: { username: `reviewer_${suffix}`, role: 'reviewer' },
  leader: { username: `leader_${suffix}`, role: 'leader' },
} as const;
type Person = keyof typeof PEOPLE;
/** A 1×1 PNG: evidence files are typed by their first bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const TITLE = `某科技有限公司未履行网络安全等级保护义务案 ${suffix}`;
const ORGAN = {
  ...COUNTY_ORGAN,
  bank: '中国工商银行某县支行（某县人民路1号）',
  hearing_office: '某县公安局法制大队（某县人民路2号）',
};

let browser: SuiteBrowser;
const pages = {} as Record<Person, Page>;
let ids: Record<Person, number>;
let caseUrl = '';

async function adminCreatesUsers(): Promise<void> {
  const client = httpClient(baseURL);
  const cookie = await client.logInByApi('admin', adminPassword);
  ids = await createAccounts(client, cookie, PEOPLE, PASSWORD);
  // the decision issues its 行政处罚决定书 in the name of the agency's issuing organ (文书设置)
  await client.api(cookie, 'PUT', '/api/document-organs', ORGAN);
}

const logIn = (person: Person, phone = false) => browser.signIn(PEOPLE[person].username, PASSWORD, { phone });

const stageOf = (page: Page) => page.getByTestId('stage-tag').first().innerText();

async function waitForStage(page: Page, stage: keyof typeof STAGE_LABELS): Promise<void> {
  await expect.poll(() => stageOf(page), { timeout: 15_000 }).toBe(STAGE_LABELS[stage]);
}

/** The step's form once its opening animation is over (a click during the zoom can be lost). */
async function openedDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('action-form').waitFor();
  await page.locator('.ant-modal.ant-zoom').waitFor({ state: 'detached' });
  return dialog;
}

/** Opens the step's form, lets `fill` fill it, sends it and waits for the form to close. */
async function act(
  page: Page,
  action: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = await openedDialog(page);
  if (fill) await fill(dialog);
  await dialog.getByTestId('action-submit').click();
  await dialog.waitFor({ state: 'detached' }).catch(async (e: unknown) => {
    await screenshot(page, `proceedings-failed-${action}`, false);
    throw e;
  });
}

/** Picks an option of the antd Select labelled `label` inside `scope` (typed into its search, then Enter). */
async function choose(scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  const select = scope.getByLabel(label, { exact: true });
  await select.click();
  await select.pressSequentially(option);
  await select.press('Enter');
  await scope.locator('.ant-select').filter({ hasText: option }).first().waitFor();
}

beforeAll(async () => {
  await adminCreatesUsers();
  browser = await SuiteBrowser.launch(baseURL);
  pages.officer1 = await logIn('officer1');
});

afterAll(async () => {
  await browser?.close();
});

describe('办案 from lead to archive', () => {
  it('shows the 办案 section and opens a case from the new-case form', async () => {
    const page = pages.officer1;
    await page.getByRole('menuitem', { name: /办案/ }).first().waitFor();
    await page.getByTestId('todo-table').waitFor();
    await screenshot(page, 'proceedings-todo-empty');
    await page.getByRole('button', { name: /新建案件/ }).click();
    await page.waitForURL('**/proceedings/new');
    await page.getByLabel('案件名称').fill(TITLE);
    await page.getByLabel('执法机关', { exact: true }).fill('某县公安局');
    await page
      .getByLabel('案情', { exact: true })
      .fill('经群众举报，某科技有限公司运营的网站未按规定开展网络安全等级保护定级备案和等级测评。');
    await page.getByLabel('违法行为发生日期').fill('2026-10-15');
    await page.getByLabel('单位名称').fill('某科技有限公司');
    await page.getByLabel('统一社会信用代码').fill('91640100MA00000000');
    await page.getByLabel('法定代表人').fill('李某');
    await page.getByLabel('住所').fill('某县某路1号');
    await screenshot(page, 'proceedings-new');
    await page.getByRole('button', { name: /登记线索/ }).click();
    await page.waitForURL(/\/proceedings\/\d+$/);
    caseUrl = new URL(page.url()).pathname;
    await waitForStage(page, 'LEAD');
    await expect(page.getByTestId('proceeding-title').innerText()).resolves.toBe(TITLE);
  });

  it('flags in 待办 a lead left unhandled past its 24 hours (程序规定 第六十一条第（二）项 「应当在二十四小时内移送有管辖权的单位处理」)', async () => {
    const page = pages.officer1;
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const lead = await page.request.post('/api/proceedings', {
      // the page's own origin, as its fetches send it (a signed-in write from elsewhere is refused)
      headers: { origin: new URL(page.url()).origin },
      data: {
        title: `${TITLE}（未处理的线索）`,
        agency: { name: '某县公安局', kind: 'police', level: 'county' },
        parties: [{ id: 'p1', kind: 'organization', name: '另一网络科技有限公司' }],
        facts: '群众来电反映某网站存在安全漏洞。',
        received_at: twoDaysAgo,
      },
    });
    expect(lead.status(), await lead.text()).toBe(201);
    await page.goto('/proceedings');
    const row = page.getByTestId('todo-table').locator('.ant-table-row').filter({ hasText: '未处理的线索' });
    await row.getByTestId('deadline-overdue').waitFor();
    await expect(row.innerText()).resolves.toContain('逾期');
    await expect(page.getByTestId('todo-counts').innerText()).resolves.toMatch(/已逾期 [1-9]/);
    await screenshot(page, 'proceedings-todo-overdue');
    await page.goto(caseUrl);
    await waitForStage(page, 'LEAD');
  });

  it('registers, files and starts the investigation with two officers (行政处罚法 第四十二条 「执法人员不得少于两人」)', async () => {
    const page = pages.officer1;
    await act(page, 'register');
    await waitForStage(page, 'INTAKE');
    await act(page, 'file');
    await waitForStage(page, 'FILED');
    // one officer only: refused, and the form says why
    await page.getByTestId('action-start_investigation').click();
    const dialog = await openedDialog(page);
    await dialog.getByTestId('action-submit').click();
    await dialog.getByText('至少 2 人').waitFor();
    const officers = dialog.getByLabel('办案执法人员', { exact: true });
    await officers.click();
    await officers.pressSequentially(String(ids.officer2));
    await officers.press('Enter');
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByTestId('action-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await waitForStage(page, 'INVESTIGATING');
    // the 90-day time limit runs from 立案, with its basis
    await expect(page.getByTestId('deadlines').innerText()).resolves.toContain('行政处罚法');
  });

  it('adds evidence with a file and concludes the investigation', async () => {
    const page = pages.officer1;
    await act(page, 'add_evidence', async (dialog) => {
      await choose(dialog, '证据种类', '电子数据');
      await dialog.getByLabel('证据内容', { exact: true }).fill('网站未定级备案的检查记录及截图');
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: '网站截图.png', mimeType: 'image/png', buffer: PNG });
      await dialog.locator('.ant-upload-list-item-done').waitFor();
    });
    await page.getByTestId('evidence').getByRole('link', { name: '网站截图.png' }).waitFor();
    await act(page, 'conclude');
    await waitForStage(page, 'CONCLUDED');
  });

  it('shows the legality check before the penalty is proposed, then notifies it (行政处罚法 第四十四条)', async () => {
    const page = pages.officer1;
    await page.getByTestId('action-propose_penalty').click();
    const dialog = await openedDialog(page);
    await dialog.getByLabel('违法行为日期').fill('2026-10-15');
    await dialog.getByLabel('法律名称').first().fill('中华人民共和国网络安全法');
    await dialog.getByLabel('条', { exact: true }).first().fill('61');
    await dialog.getByLabel('款', { exact: true }).first().fill('1');
    await dialog.getByLabel('金额（元）').first().fill('20000');
    await dialog.getByRole('button', { name: /添加处罚/ }).click();
    const second = dialog.getByTestId('sanction-row').nth(1);
    await second.getByLabel('处罚种类').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: /^警告$/ })
      .click();
    await dialog.getByTestId('action-submit').click();
    await dialog.getByTestId('legality-preview').waitFor();
    await expect(dialog.getByTestId('lawful-badge').first().innerText()).resolves.toBe(VERDICT_LABELS.lawful);
    await screenshot(page, 'proceedings-propose-check', false);
    await dialog.getByTestId('action-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await waitForStage(page, 'NOTICE');
    await expect(page.getByTestId('parties').innerText()).resolves.toContain('可要求听证');
    await expect(page.getByTestId('proposal-card').innerText()).resolves.toContain('2 万元');
  });

  it('says why review is refused while the hearing window is open (行政处罚法 第六十四条第（一）项 「当事人要求听证的，应当在行政机关告知后五日内提出」)', async () => {
    const page = pages.officer1;
    await page.getByTestId('action-proceed_to_review').click();
    const dialog = await openedDialog(page);
    await dialog.getByTestId('action-submit').click();
    const refusal = dialog.getByTestId('refusal');
    await refusal.waitFor();
    const words = await refusal.innerText();
    expect(words).toContain(GUARD_LABELS.HEARING_WINDOW_OPEN);
    expect(words).toContain('HEARING_WINDOW_OPEN');
    await screenshot(page, 'proceedings-refusal', false);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('records the waiver of the hearing and sends the case to legal review', async () => {
    const page = pages.officer1;
    await act(page, 'waive_hearing');
    await act(page, 'proceed_to_review');
    await waitForStage(page, 'REVIEW');
    await expect(page.getByTestId('no-actions').innerText()).resolves.toBe('待法制审核人员审核');
    await page.goto('/proceedings?view=mine');
    await page.getByTestId('todo-table').getByRole('link', { name: TITLE, exact: true }).waitFor();
    await screenshot(page, 'proceedings-mine');
  });

  it('lets the reviewer pass the legal review (行政处罚法 第五十八条)', async () => {
    const page = (pages.reviewer = await logIn('reviewer'));
    await page.goto(caseUrl);
    await waitForStage(page, 'REVIEW');
    expect(await page.getByTestId('action-decide').count()).toBe(0);
    await act(page, 'pass_review');
    await waitForStage(page, 'APPROVAL');
  });

  it('shows the leader the legality check of the decision, then decides (行政处罚法 第五十七条)', async () => {
    const page = (pages.leader = await logIn('leader'));
    await page.goto(caseUrl);
    await waitForStage(page, 'APPROVAL');
    await page.getByTestId('action-decide').click();
    const dialog = await openedDialog(page);
    await dialog.getByTestId('legality-preview').getByTestId('lawful-badge').first().waitFor();
    await expect(dialog.getByTestId('lawful-badge').first().innerText()).resolves.toBe(VERDICT_LABELS.lawful);
    await expect(dialog.getByTestId('decision-sanctions').innerText()).resolves.toContain('罚款 2 万元');
    await screenshot(page, 'proceedings-decide-check', false);
    await dialog.getByTestId('action-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await waitForStage(page, 'DECIDED');
  });

  it('serves the decision, records the payment, closes and archives the case', async () => {
    const page = pages.officer1;
    await page.goto(caseUrl);
    await waitForStage(page, 'DECIDED');
    await act(page, 'serve', (dialog) => choose(dialog, '送达方式', '直接送达'));
    await waitForStage(page, 'SERVED');
    await expect(page.getByTestId('parties').innerText()).resolves.toContain(STAGE_LABELS.FINE_DUE);
    await act(page, 'record_payment', (dialog) => dialog.getByLabel('缴纳金额（元）').fill('20000'));
    await expect.poll(() => page.getByTestId('parties').innerText()).toContain(STAGE_LABELS.FINE_PAID);
    await act(page, 'close', (dialog) => choose(dialog, '结案情形', '处罚决定执行完毕'));
    await waitForStage(page, 'CLOSED');
    await act(page, 'archive');
    await waitForStage(page, 'ARCHIVED');
    const history = await page.getByTestId('history').innerText();
    for (const step of [
      '受案登记',
      '立案',
      '开始调查',
      '拟处罚并告知',
      '法制审核通过',
      '审批并作出决定',
      '归档',
    ]) {
      expect(history).toContain(step);
    }
    await screenshot(page, 'proceedings-archived');
  });

  it('shows the case to the second officer on a phone, without sideways scrolling', async () => {
    const page = await logIn('officer2', true);
    await page.goto(caseUrl);
    await waitForStage(page, 'ARCHIVED');
    await page.getByTestId('stage-progress').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'proceedings-phone-case');
    await page.goto('/proceedings?view=mine');
    await page.getByTestId('todo-table').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'proceedings-phone-todo');
  });

  it('ran without page errors or server errors', () => {
    // the refusal shown above is a 409 the browser logs; the session check before logging in is a 401
    const expected = /Failed to load resource: the server responded with a status of (401|409)/;
    expect(browser.unexpectedErrors(expected)).toEqual([]);
  });
});
