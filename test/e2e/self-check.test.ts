/**
 * 合规自查 in the browser (issue 11), without login, over the Ningxia bulletin the server seeds at its first start:
 * a hospital (事业单位, 医疗卫生) that has not done 等级保护 gets 网络安全法 第二十三条 with 第六十一条第一款 and the
 * Ningxia hospital case as a precedent linked to its page; a company that does not protect its users' personal
 * information gets the 第四十四条 gaps with the rule that punishes them today; the hospital again at phone width
 * without sideways scrolling; a hospital's operator account saves the check, re-takes it after 等级保护 is done and
 * sees the gap closed. Screenshots: test-results/screenshots/self-check-*.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { horizontalOverflow, launch, newContext, screenshot, watchErrors } from './browser.js';
import { httpClient } from './http.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const suffix = Date.now() % 100000;
const OPERATOR = { username: `hospital_it_${suffix}`, password: '自查-口令-2026' };
const { logInByApi, api } = httpClient(baseURL);

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function open(phone: boolean): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser, baseURL, phone);
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

/** Picks an option of the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function profile(
  page: Page,
  p: { kind: string; sector: string; mlps?: string; flags?: string[] },
): Promise<void> {
  await page.goto('/self-check');
  await choose(page, '单位类型', p.kind);
  await choose(page, '所属行业', p.sector);
  if (p.mlps) await choose(page, '网络安全等级保护定级', p.mlps);
  for (const f of p.flags ?? []) await page.getByRole('checkbox', { name: f, exact: true }).check();
  await page.getByTestId('profile-next').click();
  await page.getByTestId('progress').waitFor();
}

async function answer(
  page: Page,
  requirement: string,
  value: '是' | '否' | '部分' | '不适用',
): Promise<void> {
  const card = page.locator(`[data-requirement="${requirement}"]`);
  await card.getByText(value, { exact: true }).click();
}

async function hospital(page: Page): Promise<void> {
  await profile(page, {
    kind: '事业单位（医院、学校等）',
    sector: '医疗卫生',
    mlps: '未定级',
    flags: ['有网站'],
  });
  await answer(page, 'csl2025-23-mlps', '否');
  await page.getByTestId('questions-done').click();
  await page.getByTestId('summary').waitFor();
}

describe('合规自查 (public, no login)', () => {
  it('a hospital without 等级保护: 第二十三条, 第六十一条第一款 and the Ningxia hospital case', async () => {
    const { page, errors } = await open(false);
    await page.goto('/cases');
    await page.getByRole('menuitem', { name: /合规自查/ }).click();
    await page.waitForURL('**/self-check');
    await hospital(page);
    const gap = page.getByTestId('gap').filter({ hasText: '《中华人民共和国网络安全法》第二十三条' });
    await expect(gap.getByTestId('rule-today').textContent()).resolves.toContain(
      '《中华人民共和国网络安全法》第六十一条第一款',
    );
    // 第六十一条第一款「……可以处一万元以上五万元以下罚款；拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款」
    await expect(gap.getByTestId('ranges').textContent()).resolves.toMatch(/1 万元 至 5 万元/);
    await expect(gap.textContent()).resolves.toContain('公安机关');
    // .first(): another suite of the same server may have imported the Ningxia bulletin again.
    const precedent = gap.getByTestId('precedent').filter({ hasText: '吴忠市某医院' }).first();
    await precedent.waitFor();
    await screenshot(page, 'self-check-hospital');
    await precedent.click();
    await page.waitForURL(/\/cases\/\d+$/);
    await page.getByText('吴忠市某医院', { exact: false }).first().waitFor();
    expect(errors).toEqual([]);
  });

  it('a company that leaks user data: the 第四十四条 gaps with 个人信息保护法 第六十六条', async () => {
    const { page, errors } = await open(false);
    await profile(page, {
      kind: '企业',
      sector: '互联网',
      flags: ['有App', '为用户提供注册账号（需实名）', '处理个人信息'],
    });
    await answer(page, 'csl2025-44-pi-no-leak', '否');
    await answer(page, 'csl2025-44-pi-security', '部分');
    await page.getByTestId('questions-done').click();
    await page.getByTestId('summary').waitFor();
    for (const article of ['第四十四条第一款', '第四十四条第二款']) {
      const gap = page.getByTestId('gap').filter({ hasText: `《中华人民共和国网络安全法》${article}` });
      await expect(gap.getByTestId('rule-today').textContent()).resolves.toContain(
        '《中华人民共和国个人信息保护法》第六十六条第一款',
      );
    }
    await screenshot(page, 'self-check-pi');
    expect(errors).toEqual([]);
  });

  it('at phone width the questionnaire and the report fit the screen', async () => {
    const { page, errors } = await open(true);
    await profile(page, { kind: '事业单位（医院、学校等）', sector: '医疗卫生', mlps: '未定级' });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'self-check-phone-questions');
    await answer(page, 'csl2025-23-mlps', '否');
    await page.getByTestId('questions-done').click();
    await page.getByTestId('summary').waitFor();
    await page.getByTestId('precedent').filter({ hasText: '吴忠市某医院' }).first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'self-check-phone-report');
    expect(errors).toEqual([]);
  });

  it('an operator saves the check, re-takes it and sees the gap closed', async () => {
    const admin = await logInByApi('admin', adminPassword);
    const { organisation } = (await api(admin, 'POST', '/api/organisations', {
      name: `吴忠市某医院${suffix}`,
    })) as { organisation: { id: number } };
    await api(admin, 'POST', '/api/users', {
      ...OPERATOR,
      role: 'operator',
      organisation_id: organisation.id,
    });
    const { page, errors } = await open(false);
    await page.goto('/login');
    await page.getByLabel('用户名').fill(OPERATOR.username);
    await page.getByLabel('密码').fill(OPERATOR.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL('**/self-check');
    // The operator's own list loads above the form (and moves it): wait for it before filling the profile in.
    await page.getByText('尚无保存的自查').waitFor();
    await hospital(page);
    await page.getByTestId('save').click();
    await page.waitForURL(/\/self-check\/assessments\/\d+$/);
    await page.getByTestId('changes').getByText('这是本单位的第一次自查').waitFor();

    await page.getByTestId('retake').click();
    await page.waitForURL('**/self-check');
    await page.getByTestId('profile-next').click();
    await answer(page, 'csl2025-23-mlps', '是');
    await page.getByTestId('questions-done').click();
    await page.getByTestId('summary').waitFor();
    await page.getByTestId('save').click();
    await page.waitForURL(/\/self-check\/assessments\/\d+$/);
    await page
      .getByTestId('changes')
      .getByText(/已整改 1 项，新增差距 0 项/)
      .waitFor();
    await screenshot(page, 'self-check-retake');
    await page.goto('/self-check');
    // The list arrives after the page: wait for the second link before counting.
    await page.getByTestId('assessment-link').nth(1).waitFor();
    await expect(page.getByTestId('assessment-link').count()).resolves.toBe(2);
    expect(errors).toEqual([]);
  });
});
