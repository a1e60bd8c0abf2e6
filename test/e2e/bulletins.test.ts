/**
 * Typical-case bulletins in the browser (issue 10 §2): an officer ticks two cases in the case library, opens
 * 「生成典型案例通报」, rewrites a sentence of the draft, issues it, finds it in 通报 and downloads the Word file — which
 * carries the rewritten sentence; the public page reads without login. Then the acceptance case: the ten Ningxia
 * cases, imported from the dev bulletin, ticked, composed, issued and downloaded as Word and text, the text read back
 * by the extractor. Screenshot: test-results/screenshots/bulletin-*.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CaseRecord } from '../../src/core/shared/case-record.js';
import { launch, newContext, screenshot, watchErrors } from './browser.js';
import { httpClient } from './http.js';
import { zipEntry } from './zip-entry.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const suffix = Date.now() % 100000;
const OFFICER = { username: `bulletin_officer_${suffix}`, password: '通报-口令-2026', role: 'officer' };
const REWRITTEN = `现将近期查处的两起典型案例通报如下（${suffix}）。`;
const NINGXIA = readFileSync(
  resolve(import.meta.dirname, '..', '..', 'fixtures', 'bulletins', 'dev', 'ningxia-2021.txt'),
  'utf8',
);
const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const { logInByApi, api } = httpClient(baseURL);

interface Preview {
  bulletin: { text: string; format: 'text'; encoding: string; title: string | null };
  cases: { record: CaseRecord }[];
  earlier_import: { bulletin_id: number } | null;
}

/** The provisions a record cites, as comparable strings (law, article, paragraph, item). */
function citations(r: CaseRecord): string[] {
  return r.provisions.map((p) => `${p.law} ${p.article}.${p.paragraph ?? ''}.${p.item ?? ''}`).sort();
}

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

  // 行政处罚法 第四十八条第一款 「具有一定社会影响的行政处罚决定应当依法公开。」 — the acceptance item: a bulletin from
  // the ten Ningxia cases, downloaded, tells all ten.
  it('generates a bulletin from the ten Ningxia cases and downloads it as Word and text', async () => {
    const cookie = await logInByApi(OFFICER.username, OFFICER.password);
    const preview = (await api(cookie, 'POST', '/api/imports/preview', {
      text: NINGXIA,
      filename: 'ningxia-2021.txt',
    })) as Preview;
    expect(preview.cases).toHaveLength(10);
    const records = preview.cases.map((c) => c.record);
    // The server imported this bulletin at first start (its ten published cases): the preview names that import, and
    // the bulletin is made from those cases — importing it again would leave duplicates for the suites that follow.
    expect(preview.earlier_import).not.toBeNull();
    const list = (await api(cookie, 'GET', '/api/cases?sort=created_at&order=asc&page_size=200')) as {
      items: { id: number; bulletin_id: number | null }[];
    };
    const imported = {
      case_ids: list.items
        .filter((c) => c.bulletin_id === preview.earlier_import!.bulletin_id)
        .map((c) => c.id)
        .sort((a, b) => a - b),
    };
    expect(imported.case_ids).toHaveLength(10);

    await page.goto('/cases?sort=created_at&order=desc&page_size=50');
    for (const id of imported.case_ids) {
      const row = page.locator('tr.ant-table-row').filter({ has: page.locator(`a[href="/cases/${id}"]`) });
      await row.locator('input[type=checkbox]').check();
    }
    await expect(page.getByTestId('compose-bulletin').innerText()).resolves.toContain('（10）');
    await page.getByTestId('compose-bulletin').click();
    await page.waitForURL((url) => url.pathname === '/typical-bulletins/new');
    const text = page.getByTestId('bulletin-text');
    await expect.poll(() => text.inputValue()).toContain('案例十：');
    await screenshot(page, 'bulletin-ningxia-editor');
    await page.getByTestId('bulletin-issue').click();
    await page.waitForURL((url) => url.pathname === '/typical-bulletins');

    const row = page.getByTestId('typical-bulletins').locator('tr.ant-table-row').first();
    await row.waitFor();
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      row.getByTestId('bulletin-docx').click(),
    ]);
    const xml = zipEntry(readFileSync(await docx.path()), 'word/document.xml')!.toString('utf8');
    const [txt] = await Promise.all([page.waitForEvent('download'), row.getByTestId('bulletin-txt').click()]);
    const issued = readFileSync(await txt.path(), 'utf8');
    for (const n of CHINESE_NUMBERS) {
      expect(xml).toContain(`案例${n}：`);
      expect(issued).toContain(`案例${n}：`);
    }
    expect(issued).not.toContain('案例十一：');

    // The issued text read back by the extractor: ten cases, each of a Ningxia party with its citations.
    const back = (await api(cookie, 'POST', '/api/imports/preview', {
      text: issued,
      filename: 'issued.txt',
    })) as Preview;
    expect(back.cases).toHaveLength(10);
    records.forEach((r, i) => {
      const read = back.cases[i]!.record;
      expect(read.party.kind, r.title).toBe(r.party.kind);
      if (r.party.name) expect(read.party.name, r.title).toBe(r.party.name);
      expect(citations(read), r.title).toEqual(citations(r));
      expect(read.sanctions.map((s) => s.kind).sort(), r.title).toEqual(
        r.sanctions.map((s) => s.kind).sort(),
      );
    });
    expect(errors).toEqual([]);
  }, 60_000);
});
