/**
 * The acceptance walk at 1280×800: log in, search, a case with its check and current-law equivalent, the
 * cited article at the version that applied, the law by date, the 2016/2025 comparison, an import found
 * afterwards, an edit, the charts, a delete, log out. Each page is saved to test-results/screenshots/desktop-*.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newContext, screenshot, watchErrors } from './browser.js';
import { docxFromText } from './docx-fixture.js';
import { conditionSentence, VERDICT_LABELS } from '../../web/src/screens/cases/verdict-words.js';
import { FINE_TOTAL_LABEL } from '../../web/src/lib/labels.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const DEV = resolve(import.meta.dirname, '..', '..', 'fixtures', 'bulletins', 'dev');
const FIXTURE = resolve(DEV, 'kaifeng-2021.txt');
const QINGHAI = resolve(DEV, 'qinghai-wangxin.txt');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let importedId: number;

beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser, baseURL, false);
  page = await context.newPage();
  errors = watchErrors(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('desktop 1280×800', () => {
  it('shows the published cases to anyone, then logs in as the administrator', async () => {
    await page.goto('/');
    await page.waitForURL('**/cases');
    await expect(page.getByRole('menuitem', { name: /案例库/ }).count()).resolves.toBeGreaterThan(0);
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(10);
    await screenshot(page, 'desktop-cases');

    await page.getByRole('link', { name: /登\s*录/ }).click();
    await page.waitForURL('**/login**');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wrong-password');
    await page.locator('form button[type=submit]').click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await page.getByLabel('密码').fill(adminPassword);
    await screenshot(page, 'desktop-login');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL('**/cases');
    await expect(page.getByTestId('account-menu').innerText()).resolves.toContain('admin');
  });

  it('finds 闫某 when searching 个人信息', async () => {
    await page.getByPlaceholder(/搜索案情/).fill('个人信息');
    const answer = page.waitForResponse((r) => r.url().includes('/api/cases?') && r.url().includes('q='));
    await page.getByPlaceholder(/搜索案情/).press('Enter');
    const { total } = (await (await answer).json()) as { total: number };
    await page.waitForURL(/q=%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF/);
    await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
    const rows = await page.locator('.ant-table-row').allInnerTexts();
    expect(rows).toHaveLength(total);
    expect(rows.some((r) => r.includes('闫某'))).toBe(true);
    expect(rows.some((r) => r.includes('营业厅'))).toBe(true);
    expect(rows.every((r) => !r.includes('律师事务所'))).toBe(true);
    await screenshot(page, 'desktop-cases-search');
  });

  it('filters by sanction kind and fine range, kept in the address bar', async () => {
    await page.goto('/cases');
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByRole('combobox', { name: '处罚种类' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '行政拘留' }).click();
    await page.waitForURL(/sanction=detention/);
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('.ant-table-row')];
      return rows.length > 0 && rows.every((r) => r.textContent?.includes('行政拘留'));
    });
    await page.goto('/cases?fine_min=10000');
    await page.locator('.ant-table-row').first().waitFor();
    // The 罚款合计 column found by its header (an officer's list has a selection column first).
    const headers = (await page.locator('.ant-table-thead th').allInnerTexts()).map((h) => h.trim());
    const column = headers.indexOf(FINE_TOTAL_LABEL) + 1;
    expect(column).toBeGreaterThan(0);
    const fines = await page
      .locator(`.ant-table-row td:nth-child(${column})`)
      .allInnerTexts()
      .then((cells) => cells.map((c) => c.trim()));
    expect(fines.length).toBeGreaterThan(0);
    // 金凤区某公司: 10000 元 on the company + 5000 元 on its responsible person
    expect(fines.every((f) => /万元|\d{2},\d{3} 元/.test(f))).toBe(true);
    await expect(page.getByLabel('最低罚款').inputValue()).resolves.toBe('10000');
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.waitForURL(/\/cases$/);
  });

  it("opens 闫某's case with its legality check and its current-law equivalent", async () => {
    await page.goto(`/cases?q=${encodeURIComponent('个人信息')}`);
    await page.locator('.ant-table-row').filter({ hasText: '闫某' }).getByRole('link').first().click();
    await page.waitForURL(/\/cases\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const api = (await (await page.request.get(`/api/cases/${id}`)).json()) as {
      case: { record: { party: { name: string } } };
      check: {
        verdict: keyof typeof VERDICT_LABELS;
        current: { version: string }[];
        trace: string[];
      };
    };
    expect(api.case.record.party.name).toBe('闫某');

    await page.getByTestId('check-panel').waitFor();
    expect(await page.title()).toBe('以其他非法方式获取个人信息案 · 网安');
    const badge = await page.getByTestId('lawful-badge').first().innerText();
    expect(badge).toBe(VERDICT_LABELS[api.check.verdict]);
    await expect(page.getByTestId('case-facts').innerText()).resolves.toContain('拉新');
    // 按现行法律: the 2016 第六十四条 rule's place in the 2025 text
    expect(api.check.current.length).toBeGreaterThan(0);
    const current = await page.getByTestId('current-law').innerText();
    for (const c of api.check.current) expect(current).toContain(`${c.version} 版`);
    await page.getByText(/审查过程/).click();
    await expect(page.getByTestId('check-trace').locator('li').count()).resolves.toBe(api.check.trace.length);
    await screenshot(page, 'desktop-case');
  });

  it('shows the 类案参考 panel on the case page, as GET /api/cases/{id}/similar gives it', async () => {
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const view = (await (await page.request.get(`/api/cases/${id}/similar`)).json()) as {
      comparables: { title: string }[];
      notes: string[];
    };
    const panel = page.getByTestId('similar-panel');
    await panel.waitFor();
    // a comparable is listed by its title; with none, the panel says why (the view's first note)
    const expected = view.comparables[0]?.title ?? view.notes[0]!;
    await expect(panel.innerText()).resolves.toContain(expected);
  });

  it('follows a cited provision to the article text of the version that applied', async () => {
    await page
      .getByTestId('case-provisions')
      .getByRole('link', { name: /第六十四条第二款/ })
      .click();
    await page.waitForURL(/\/laws\/csl\/articles\/64/);
    await page.getByRole('heading', { level: 3 }).filter({ hasText: '第六十四条' }).waitFor();
    const badge = await page.getByTestId('version-badge').innerText();
    expect(badge).toContain('2016-11-07 版');
    expect(badge).toContain('2025-12-31 止');
    await screenshot(page, 'desktop-article');
  });

  it('switches the version in force with the date picker', async () => {
    await page.goto('/laws/csl');
    await page.getByTestId('article-1').waitFor();
    await page.getByTestId('version-badge').filter({ hasText: '2025-10-28 版' }).waitFor();
    const picker = page.getByPlaceholder('选择日期');
    await picker.click();
    await picker.fill('2021-01-15');
    await picker.press('Enter');
    await page.waitForURL(/at=2021-01-15/);
    await page.getByTestId('version-badge').filter({ hasText: '2016-11-07 版' }).waitFor();
    await page.getByTestId('article-79').waitFor(); // 2016 text: 第七十九条 本法自2017年6月1日起施行
    await screenshot(page, 'desktop-laws');

    // 条文检索: 等级保护 finds 第二十三条 of the 2025 text (第二十一条 in 2016), read at that version
    await page.getByPlaceholder('如：个人信息、等级保护').fill('等级保护');
    await page.getByPlaceholder('如：个人信息、等级保护').press('Enter');
    const hit = page.getByTestId('statute-hits').getByRole('link', { name: '《网络安全法》第二十三条' });
    await hit.waitFor();
    await screenshot(page, 'desktop-laws-search');
    await hit.click();
    await page.waitForURL(/\/laws\/csl\/articles\/23\?version=2025-10-28/);
    await page.getByTestId('version-badge').filter({ hasText: '2025-10-28 版' }).waitFor();
    await expect(page.getByTestId('article-23').innerText()).resolves.toContain('网络安全等级保护制度');
    await page.goBack();
  });

  it('compares the 2016 and 2025 texts side by side with the changes marked', async () => {
    await page.goto('/laws/csl');
    await page.getByRole('link', { name: /新旧对照/ }).click();
    await page.waitForURL(/\/laws\/csl\/compare/);
    await page.getByTestId('compare-pair').first().waitFor();
    const changed = await page.getByTestId('compare-pair').count();
    expect(changed).toBeGreaterThan(5);
    expect(await page.locator('[data-testid=compare-pair][data-change=same]').count()).toBe(0);
    expect(await page.locator('ins.diff-insert').count()).toBeGreaterThan(0);
    expect(await page.locator('del.diff-delete').count()).toBeGreaterThan(0);
    await screenshot(page, 'desktop-compare');

    await page.getByTestId('change-filter').getByText(/^新增/).click();
    await page.waitForURL(/change=new/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=compare-pair]')].every(
        (e) => e.getAttribute('data-change') === 'new',
      ),
    );
    const kinds = await page
      .getByTestId('compare-pair')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-change')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['new']));
  });

  it('shows a decision lawful only on conditions as 附条件合法, and 合法 once the officer marks the fact', async () => {
    // 网络安全法(2016) 第五十九条第一款: the fine needs “拒不改正或者导致危害网络安全等后果” established
    // the seeded published case (the 办案 suite's own cases may match 等级保护 too)
    await page.goto(`/cases?q=${encodeURIComponent('等级保护')}`);
    await page
      .locator('.ant-table-row')
      .filter({ hasText: '金凤区某公司未落实网络安全等级保护制度案' })
      .getByRole('link')
      .first()
      .click();
    await page.waitForURL(/\/cases\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const api = (await (await page.request.get(`/api/cases/${id}`)).json()) as {
      check: { verdict: string; requires: string[] };
    };
    expect(api.check.verdict).toBe('lawful_if');
    await page.getByTestId('check-panel').waitFor();
    await expect(page.getByTestId('lawful-badge').first().innerText()).resolves.toBe('附条件合法');
    const condition = await page.getByTestId('verdict-condition').first().innerText();
    expect(condition).toBe(conditionSentence(api.check.requires));
    expect(condition).toMatch(/^若认定拒不改正.*，则处罚合法$/);
    await screenshot(page, 'desktop-case-conditional');

    const mark = async (status: string) => {
      await page.getByRole('button', { name: /编\s*辑/ }).click();
      await page.waitForURL(`**/cases/${id}/edit`);
      await page.getByTestId('fact-refused_rectification').getByText(status).click();
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(new RegExp(`/cases/${id}$`));
      await page.getByTestId('check-panel').waitFor();
    };
    await mark('已认定');
    await page
      .getByTestId('lawful-badge')
      .filter({ hasText: /^合法$/ })
      .waitFor();
    expect(await page.getByTestId('verdict-condition').count()).toBe(0);
    await expect(page.getByTestId('case-fact-status').innerText()).resolves.toBe('已认定：拒不改正');
    await mark('未查明');
    await page.getByTestId('lawful-badge').filter({ hasText: '附条件合法' }).waitFor();
  });

  it('imports an uploaded bulletin, reviews it next to its text, saves it and finds its case', async () => {
    await page.getByRole('menuitem', { name: /导入/ }).click();
    await page.waitForURL('**/import');
    await page.getByRole('tab', { name: '上传文件' }).click();
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    await page.getByTestId('extracted-case').first().waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('source-text').innerText()).resolves.toContain('禹王台分局');
    const card = await page.getByTestId('extracted-case').first().innerText();
    expect(card).toContain('某科技公司');
    expect(card).toContain('15,000 元');
    await screenshot(page, 'desktop-import-preview');

    // correct a field the extractor got short: the region
    await page
      .getByTestId('extracted-case')
      .first()
      .getByRole('button', { name: /修\s*改/ })
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('地区').waitFor();
    await drawer.getByLabel('地区').fill('河南省开封市');
    await screenshot(page, 'desktop-import-correct', false);
    const rechecked = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/api/check' && r.request().method() === 'POST',
    );
    await drawer.getByRole('button', { name: /确\s*定/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    // The corrected record is checked again before it is saved.
    expect((await rechecked).status()).toBe(200);
    const corrected = await page.getByTestId('extracted-case').first().innerText();
    expect(corrected).toContain('河南省开封市');
    expect(corrected).toContain('已修改');

    await page.getByRole('button', { name: /保存 \d+ 个案例/ }).click();
    const saved = page.getByTestId('imported-cases').getByRole('link');
    await saved.first().waitFor();
    await screenshot(page, 'desktop-import-saved');
    await saved.first().click();
    await page.waitForURL(/\/cases\/\d+$/);
    importedId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByTestId('check-panel').waitFor();

    // its source: the bulletin as read, the case marked and linked
    await page.getByRole('link', { name: /原文$/ }).click();
    await page.waitForURL(/\/bulletins\/\d+$/);
    await expect(page.getByTestId('bulletin-text').innerText()).resolves.toContain('壹万伍仟元');
    await expect(
      page.getByTestId('bulletin-cases').getByRole('link').first().getAttribute('href'),
    ).resolves.toBe(`/cases/${importedId}`);
    await screenshot(page, 'desktop-bulletin');

    await page.goto(`/cases?q=${encodeURIComponent('禹王台')}`);
    const row = page.locator('.ant-table-row').filter({ hasText: '某科技公司' });
    await row.waitFor();
    await expect(row.getByRole('link').first().getAttribute('href')).resolves.toBe(`/cases/${importedId}`);
  });

  it('reads an uploaded .docx bulletin (青海 网信 数据安全法 case)', async () => {
    await page.goto('/import');
    await page.getByRole('tab', { name: '上传文件' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'qinghai-wangxin.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await docxFromText(QINGHAI),
    });
    await page.getByTestId('extracted-case').first().waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('source-text').innerText()).resolves.toContain('海西州某公司');
    const card = await page.getByTestId('extracted-case').first().innerText();
    expect(card).toContain('《数据安全法》第四十五条第一款');
    expect(card).toContain('5 万元');
    await expect(page.getByText('DOCX ·').innerText()).resolves.toMatch(/DOCX/);
  });

  it('lets the officer correct a case in the form', async () => {
    await page.goto(`/cases/${importedId}`);
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    await page.waitForURL(`**/cases/${importedId}/edit`);
    await page.getByLabel('地区').waitFor();
    await expect(page.getByLabel('案件名称').inputValue()).resolves.toContain('禹王台');
    await expect(page.getByLabel('地区').inputValue()).resolves.toBe('河南省开封市');
    await page.getByLabel(/^日期/).fill('2021-13');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('日期格式：YYYY、YYYY-MM 或 YYYY-MM-DD').waitFor();
    await page.getByLabel(/^日期/).fill('2021-05-15');
    await page.getByLabel('地区').fill('河南省开封市禹王台区');
    await screenshot(page, 'desktop-case-edit');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(new RegExp(`/cases/${importedId}$`));
    await page.getByText('河南省开封市禹王台区').first().waitFor();
    await page.getByText('2021年5月15日').first().waitFor();
  });

  it('draws the statistics charts', async () => {
    await page.getByRole('menuitem', { name: /统计/ }).click();
    await page.waitForURL('**/stats');
    await page.locator('[data-testid=chart] canvas').nth(4).waitFor();
    expect(await page.getByTestId('chart').count()).toBe(5);
    await screenshot(page, 'desktop-stats');
  });

  it('deletes a case and logs out', async () => {
    await page.goto(`/cases/${importedId}`);
    await page.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await page.waitForURL(/\/cases$/);
    expect((await page.request.get(`/api/cases/${importedId}`)).status()).toBe(404);

    await page.getByTestId('account-menu').click();
    const logout = page
      .locator('.ant-dropdown:not(.ant-dropdown-hidden)')
      .getByRole('menuitem', { name: '退出登录' });
    await logout.waitFor();
    // The item's own click event, not a pointer click at where it is drawn: while the dropdown still slides open on a
    // loaded machine, a pointer click can land on the item next to it (修改密码), and no 登录 link ever comes.
    await logout.dispatchEvent('click');
    await page.getByRole('link', { name: /登\s*录/ }).waitFor();
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
