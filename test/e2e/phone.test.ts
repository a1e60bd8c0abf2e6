/**
 * The same screens at phone width (375×812, touch): the menu collapses into a drawer, lists become cards,
 * side-by-side views stack, and no page scrolls sideways. Screenshots: test-results/screenshots/phone-*.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { horizontalOverflow, launch, newContext, screenshot, watchErrors } from './browser.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const DALIAN = readFileSync(
  resolve(import.meta.dirname, '..', '..', 'fixtures', 'bulletins', 'dev', 'dalian-2019.txt'),
  'utf8',
);

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser, baseURL, true);
  page = await context.newPage();
  errors = watchErrors(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** How far an element's content reaches past its own box or its nearest scrolling container (0 or less: it fits). */
async function innerOverflow(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    let worst = el.scrollWidth - el.clientWidth;
    for (const inner of el.querySelectorAll('*'))
      worst = Math.max(worst, inner.scrollWidth - inner.clientWidth);
    return Math.max(worst, el.getBoundingClientRect().right - window.innerWidth);
  });
}

async function navigate(label: RegExp): Promise<void> {
  await page.getByRole('button', { name: '打开导航' }).click();
  await page.locator('.ant-drawer').getByRole('menuitem', { name: label }).click();
}

describe('phone 375×812', () => {
  it('collapses the menu and shows the cases as cards', async () => {
    await page.goto('/cases');
    await page.getByTestId('case-cards').waitFor();
    expect(await page.locator('.ant-layout-header .ant-menu-horizontal').count()).toBe(0);
    await expect(page.getByRole('button', { name: '打开导航' }).isVisible()).resolves.toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-cases');

    await page.getByRole('button', { name: '打开导航' }).click();
    await page.locator('.ant-drawer').getByRole('menuitem', { name: /统计/ }).waitFor();
    await screenshot(page, 'phone-menu', false);
    await page.keyboard.press('Escape');
  });

  it('searches 个人信息 and opens 闫某 with the check and current law stacked', async () => {
    await page.getByPlaceholder(/搜索案情/).fill('个人信息');
    await page.getByPlaceholder(/搜索案情/).press('Enter');
    const card = page.getByTestId('case-cards').getByRole('link').filter({ hasText: '闫某' });
    await card.waitFor();
    await screenshot(page, 'phone-cases-search');
    await card.click();
    await page.waitForURL(/\/cases\/\d+$/);
    await page.getByTestId('lawful-badge').first().waitFor();
    await page.getByTestId('current-law').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The sanctions table fits the card: its 原文 goes on a line under each sanction, not in a column off-screen.
    const sanctions = page.getByTestId('sanctions-table');
    expect(await innerOverflow(sanctions)).toBeLessThanOrEqual(0);
    expect(await sanctions.locator('th').filter({ hasText: '原文' }).count()).toBe(0);
    await screenshot(page, 'phone-case');
  });

  it('reads the law and the comparison without sideways scrolling', async () => {
    await navigate(/法规库/);
    await page.waitForURL('**/laws');
    await page.getByTestId('article-1').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-laws');

    await page.goto('/laws/csl/articles/59?at=2021-06-01');
    await page.getByTestId('version-badge').filter({ hasText: '2016-11-07 版' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-article');

    await page.goto('/laws/csl/compare?change=amended');
    await page.getByTestId('compare-pair').first().waitFor();
    expect(await page.locator('ins.diff-insert').count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The change filter fits the width (no part of it scrolled out of sight).
    expect(await innerOverflow(page.getByTestId('change-filter'))).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-compare');
  });

  it('draws the charts at phone width', async () => {
    await navigate(/统计/);
    await page.waitForURL('**/stats');
    await page.locator('[data-testid=chart] canvas').nth(4).waitFor();
    const widths = await page
      .locator('[data-testid=chart]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    for (const w of widths) expect(w).toBeLessThanOrEqual(375);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-stats');
  });

  it('logs in and imports a pasted bulletin', async () => {
    await page.goto('/login?next=/import');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(adminPassword);
    await screenshot(page, 'phone-login');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL('**/import');
    await page.getByLabel('公告文本').fill(DALIAN);
    await page.getByRole('button', { name: '识别案例' }).click();
    await page.getByTestId('extracted-case').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('extracted-case').count()).toBeGreaterThanOrEqual(2);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-import-preview');
    await page.getByRole('button', { name: /保存 \d+ 个案例/ }).click();
    await page.getByTestId('imported-cases').getByRole('link').first().waitFor();

    await page.goto(`/cases?q=${encodeURIComponent('大连')}`);
    await page.getByTestId('case-cards').getByRole('link').first().waitFor();
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
