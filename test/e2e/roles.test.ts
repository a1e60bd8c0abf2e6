/**
 * What each role sees: anonymous and viewer users read cases but get no edit, delete or save controls; the
 * edit page explains the role it needs. (The API refuses the writes too: see the API suite's auth matrix.) A password
 * reset by the system administrator is changed on the first screen after login; the administrator's account page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newContext, screenshot } from './browser.js';
import { httpClient } from './http.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const VIEWER = { username: `viewer${Date.now() % 100000}`, password: 'viewer-口令-2026', role: 'viewer' };

let browser: Browser;
let context: BrowserContext;
let page: Page;

let adminCookie = '';
let viewerId = 0;

async function adminCreatesViewer(): Promise<void> {
  const { logInByApi, api } = httpClient(baseURL);
  adminCookie = await logInByApi('admin', adminPassword);
  const created = (await api(adminCookie, 'POST', '/api/users', VIEWER)) as { user: { id: number } };
  viewerId = created.user.id;
}

beforeAll(async () => {
  await adminCreatesViewer();
  browser = await launch();
  context = await newContext(browser, baseURL, false);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('roles in the UI', () => {
  it('shows anonymous readers no write controls', async () => {
    await page.goto('/cases');
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: /新建案例/ }).count()).toBe(0);
    await page.locator('.ant-table-row').first().getByRole('link').first().click();
    await page.getByTestId('check-panel').waitFor();
    expect(await page.getByRole('button', { name: /编\s*辑|删\s*除/ }).count()).toBe(0);
    await page.goto('/import');
    await page.getByText('导入公告需以执法人员身份登录。').waitFor();
  });

  it('lets a viewer read but not edit, and says which role editing needs', async () => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill(VIEWER.username);
    await page.getByLabel('密码').fill(VIEWER.password);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL('**/cases');
    await page.getByTestId('account-menu').waitFor();
    expect(await page.getByRole('button', { name: /新建案例/ }).count()).toBe(0);
    await page.locator('.ant-table-row').first().getByRole('link').first().click();
    await page.waitForURL(/\/cases\/\d+$/);
    await page.getByTestId('check-panel').waitFor();
    expect(await page.getByRole('button', { name: /编\s*辑|删\s*除/ }).count()).toBe(0);
    await page.goto(`${new URL(page.url()).pathname}/edit`);
    await page.getByText('需要执法人员权限').waitFor();
    await screenshot(page, 'desktop-viewer-edit-refused');
    // The server refuses a viewer's import preview (/api/imports/preview: officers and admin), so the page says so
    // instead of offering one, and the menu has no 导入.
    expect(await page.getByRole('menuitem', { name: /导入/ }).count()).toBe(0);
    await page.goto('/import');
    await page.getByText('无导入权限').waitFor();
    expect(await page.getByRole('button', { name: /识别案例/ }).count()).toBe(0);
  });

  it('asks for a new password first after a reset (「身份鉴别信息…定期更换」), then lets the viewer in', async () => {
    await httpClient(baseURL).api(adminCookie, 'POST', `/api/users/${viewerId}/password`, {
      password: 'Reset-口令-2026',
    });
    await page.goto('/login');
    await page.getByLabel('用户名').fill(VIEWER.username);
    await page.getByLabel('密码').fill('Reset-口令-2026');
    await page.locator('form button[type=submit]').click();
    await page.getByText('这是初始密码或重置后的密码').waitFor();
    await page.getByLabel('当前密码').fill('Reset-口令-2026');
    await page.getByLabel('新密码', { exact: true }).fill('short');
    await page.getByLabel('再次输入新密码').fill('short');
    await page.locator('form button[type=submit]').click();
    await page.getByRole('alert').getByText('密码至少 10 个字符').waitFor();
    await page.getByLabel('新密码', { exact: true }).fill('Changed-口令-2026');
    await page.getByLabel('再次输入新密码').fill('Changed-口令-2026');
    await page.locator('form button[type=submit]').click();
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'desktop-viewer-after-password-change');
  });

  it('shows the system administrator the account page', async () => {
    await page.getByTestId('account-menu').click();
    await page.getByText('退出登录', { exact: true }).click();
    await page.goto('/login');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(adminPassword);
    await page.locator('form button[type=submit]').click();
    await page.getByTestId('account-menu').waitFor();
    await page.goto('/admin/users');
    await page.getByRole('cell', { name: VIEWER.username, exact: true }).waitFor();
    await page.getByText('新建账号').waitFor();
    await screenshot(page, 'desktop-admin-users');
  });
});
