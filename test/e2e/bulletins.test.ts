/**
 * Typical-case bulletins in the browser (issue 10 §2): an officer ticks two cases in the case library, opens
 * 「生成典型案例通报」, rewrites a sentence of the draft, issues it, finds it in 通报 and downloads the Word file — which
 * carries the rewritten sentence; the public page reads without login. Screenshot: test-results/screenshots/bulletin-*.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newContext, screenshot, watchErrors } from './browser.js';
import { zipEntry } from './zip-entry.js';
import { httpClient } from './http.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const suffix = Date.now() % 100000;
const OFFICER = { username: `bulletin_officer_${suffix}`, password: '通报-口令-2026', role: 'officer' };
const REWRITTEN = `现将近期查处的两起典型案例通报如下（${suffix}）。`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const { logInByApi, api } = httpClient(baseURL);
  await api(await logInByApi('admin', adminPassword), 'POST', '/api/users', OFFICER);
  browser = await launch();
  context = await newContext(browser, baseURL, false);
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto('/login?next=/cases');
  await page.getByLabel('用户名').fill(OFFICER.username);
  await page.getByLabel('密码').fill(OFFICER.password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname === '/cases');
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('典型案例通报', () => {
  // 行政处罚法 第四十八条第一款 「具有一定社会影响的行政处罚决定应当依法公开。」
  it('composes from two cases, takes an edited sentence, issues it and downloads it as Word', async () => {
    const rows = page.locator('tr.ant-table-row');
    await rows.nth(1).waitFor();
    const firstCase = await rows.nth(0).locator('a[href^="/cases/"]').first().getAttribute('href');
    await rows.nth(0).locator('input[type=checkbox]').check();
    await rows.nth(1).locator('input[type=checkbox]').check();
    await page.getByTestId('compose-bulletin').click();
    await page.waitForURL((url) => url.pathname === '/typical-bulletins/new');
    const text = page.getByTestId('bulletin-text');
    await expect.poll(() => text.inputValue()).toContain('案例二：');
    const draft = await text.inputValue();
    const [intro, ...rest] = draft.split('\n');
    expect(intro).toMatch(/^为进一步督促/);
    await text.fill([REWRITTEN, ...rest].join('\n'));
    await screenshot(page, 'bulletin-editor');
    await page.getByTestId('bulletin-issue').click();
    await page.waitForURL((url) => url.pathname === '/typical-bulletins');

    const row = page.getByTestId('typical-bulletins').locator('tr.ant-table-row').first();
    await row.waitFor();
    await screenshot(page, 'bulletin-list');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      row.getByTestId('bulletin-docx').click(),
    ]);
    const bytes = readFileSync(await file.path());
    const xml = zipEntry(bytes, 'word/document.xml')!.toString('utf8');
    expect(xml).toContain(REWRITTEN);
    expect(xml).toContain('案例二：');

    const href = await row.getByRole('link', { name: /公开网页/ }).getAttribute('href');
    const publicPage = await fetch(`${baseURL}${href}`);
    expect(publicPage.status).toBe(200);
    expect(await publicPage.text()).toContain(REWRITTEN);
    // kept with the cases it covers: the case page names it
    await page.goto(firstCase!);
    await expect.poll(() => page.getByTestId('case-bulletins').innerText()).toContain('典型案例通报');
    expect(errors).toEqual([]);
  }, 60_000);
});
