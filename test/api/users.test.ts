import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, type Harness } from './harness.js';

describe.each(testEngines())('users and audit on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.close());

  it('lets an admin list, create and disable accounts; the new account can log in until disabled', async () => {
    const list = await h.as('admin', { method: 'GET', url: '/api/users' });
    expect(list.json().items.map((u: { username: string }) => u.username)).toEqual([
      'viewer',
      'officer',
      'admin',
      'security_admin',
      'auditor',
      'operator',
    ]);
    const created = await h.as('admin', {
      method: 'POST',
      url: '/api/users',
      payload: { username: '李四', password: 'long-enough-pw-1', role: 'officer' },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json().user;
    expect(user).toMatchObject({ username: '李四', role: 'officer', disabled: false });
    expect(JSON.stringify(created.json())).not.toContain('long-enough-pw-1');
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '李四', password: 'long-enough-pw-1' },
    });
    expect(login.statusCode).toBe(200);
    const token = login.cookies.find((c) => c.name === 'wangan_session')!.value;
    const dup = await h.as('admin', {
      method: 'POST',
      url: '/api/users',
      payload: { username: '李四', password: 'long-enough-pw-1', role: 'viewer' },
    });
    expect(dup.statusCode).toBe(409);
    const disabled = await h.as('admin', { method: 'POST', url: `/api/users/${user.id}/disable` });
    expect(disabled.json().user.disabled).toBe(true);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { wangan_session: token } })).json()
        .user,
    ).toBeNull();
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '李四', password: 'long-enough-pw-1' },
    });
    expect(again.statusCode).toBe(401);
    expect((await h.as('admin', { method: 'POST', url: '/api/users/99999/disable' })).statusCode).toBe(404);
    expect(
      (await h.as('admin', { method: 'POST', url: `/api/users/${h.userIds.admin}/disable` })).statusCode,
    ).toBe(403);
  });

  it('validates new accounts: 400 naming the field', async () => {
    for (const [payload, field] of [
      [{ username: 'x', password: 'long-enough-pw-1', role: 'officer' }, 'username'],
      [{ username: 'ok-name', password: 'short', role: 'officer' }, 'password'],
      [{ username: 'ok-name', password: 'long-enough-pw-1', role: 'root' }, 'role'],
      [{ username: 'bad name!', password: 'long-enough-pw-1', role: 'viewer' }, 'username'],
      // an operator (合规自查) belongs to one organisation; no other role does
      [{ username: 'ok-name', password: 'long-enough-pw-1', role: 'operator' }, 'organisation_id'],
      [
        {
          username: 'ok-name',
          password: 'long-enough-pw-1',
          role: 'viewer',
          organisation_id: h.organisationId,
        },
        'organisation_id',
      ],
    ] as const) {
      const res = await h.as('admin', { method: 'POST', url: '/api/users', payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.field).toBe(field);
    }
  });

  it('shows the audit log to the auditor, newest first, filterable and paged', async () => {
    const res = await h.as('auditor', { method: 'GET', url: '/api/audit?entity=user&page_size=2' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.page_size).toBe(2);
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(5);
    expect(body.items[0]).toMatchObject({ entity: 'user', action: 'disable', username: 'admin' });
    expect(body.items[0].before).toMatchObject({ disabled: false });
    expect(
      (await h.as('auditor', { method: 'GET', url: '/api/audit?page=0' })).json().error.details.field,
    ).toBe('page');
  });
});
