/**
 * The proceeding page keeps the personal information shown across a step (issue 12, 个人信息保护: masked by default,
 * revealed on request with the reveal audited): after 显示个人信息 and an action, the page still shows what the officer
 * chose to see, because the action's answer is asked for with `?reveal=pi` (audited as the reveal itself is).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAccounts, SuiteBrowser } from './staff.js';
import { httpClient } from './http.js';
import { STAGE_LABELS } from '../../web/src/screens/proceedings/labels.js';

const baseURL = inject('baseURL');
const adminPassword = inject('adminPassword');
const suffix = Date.now() % 100000;
const PASSWORD = '个人信息-口令-2026';
const PEOPLE = { officer: { username: `reveal_officer_${suffix}`, role: 'officer' } } as const;
const PHONE = '13912345678';
const TITLE = `张某（${PHONE}）出售公民个人信息案 ${suffix}`;

let browser: SuiteBrowser;
let page: Page;

beforeAll(async () => {
  const client = httpClient(baseURL);
  await createAccounts(client, await client.logInByApi('admin', adminPassword), PEOPLE, PASSWORD);
  browser = await SuiteBrowser.launch(baseURL);
  page = await browser.signIn(PEOPLE.officer.username, PASSWORD);
});

afterAll(async () => {
  await browser?.close();
});

const title = () => page.getByTestId('proceeding-title').innerText();
const stage = () => page.getByTestId('stage-tag').first().innerText();

describe('the proceeding page after 显示个人信息', () => {
  it('still shows the personal information after a step, the step’s answer asked for with reveal=pi', async () => {
    const opened = await page.request.post('/api/proceedings', {
      headers: { origin: new URL(page.url()).origin },
      data: {
        title: TITLE,
        agency: { name: '某县公安局', kind: 'police', level: 'county' },
        case_kind: 'OTHER_ADMIN',
        parties: [{ id: 'p1', kind: 'individual', name: '张某', phone: PHONE }],
        facts: `张某，手机${PHONE}，出售公民个人信息。`,
        received_at: new Date(Date.now() - 3_600_000).toISOString(),
      },
    });
    expect(opened.status(), await opened.text()).toBe(201);
    const { id } = (await opened.json()) as { id: number };
    await page.goto(`/proceedings/${id}`);
    await expect.poll(stage).toBe(STAGE_LABELS.LEAD);
    await expect(title()).resolves.not.toContain(PHONE);

    await page.getByRole('button', { name: '显示个人信息' }).click();
    await expect.poll(title).toContain(PHONE);

    const sent = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().includes(`/api/proceedings/${id}/actions`),
    );
    await page.getByTestId('action-register').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('action-form').waitFor();
    await page.locator('.ant-modal.ant-zoom').waitFor({ state: 'detached' });
    await dialog.getByTestId('action-submit').click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL((await sent).url()).searchParams.get('reveal')).toBe('pi');

    await expect.poll(stage).toBe(STAGE_LABELS.INTAKE);
    await expect(title()).resolves.toContain(PHONE);
    await expect(page.getByRole('button', { name: '显示个人信息' }).count()).resolves.toBe(0);
  });
});
