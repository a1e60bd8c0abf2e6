/**
 * 等保 身份鉴别 (GB/T 22239-2019 8.1.4.1): 「应具有登录失败处理功能，应配置并启用结束会话、限制非法登录次数和当网络登录连接超时
 * 自动退出等相关措施」 (b) and 「身份鉴别信息具有复杂度要求并定期更换」 (a): the lockout in the database, the session's idle
 * timeout and lifetime, the forced change of a generated or reset password, logout everywhere, the password policy.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/db/repositories/audit.js';
import { UserRepository } from '../../src/db/repositories/users.js';
import { testEngines } from '../../src/db/testing/engines.js';
import { createApp } from '../../src/server/app.js';
import { DEFAULT_IDENTITY } from '../../src/server/auth/identity-settings.js';
import { SESSION_COOKIE } from '../../src/server/auth/session.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { assertPasswordPolicy } from '../../src/server/auth/password-policy.js';
import { ensureAdmin } from '../../src/server/bootstrap.js';
import { createTestStore } from '../../src/db/testing/engines.js';
import { realChecker, realExtractor } from '../../src/server/wiring.js';
import { fakeDocuments } from './documents.fakes.js';
import { createHarness, OWN_ORIGIN, PASSWORD, type Harness } from './harness.js';

describe.each(testEngines())('identity on %s', (engine) => {
  let h: Harness;
  let clock = new Date('2026-03-01T08:00:00Z');
  const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
  beforeAll(async () => {
    h = await createHarness(engine, { now: () => clock });
  });
  afterAll(async () => h?.close());

  const login = (app: FastifyInstance, username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const token = (res: { cookies: { name: string; value: string }[] }) =>
    res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  const me = async (t: string) =>
    (await h.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: t } })).json()
      .user;
  const newUser = async (username: string, role = 'officer') =>
    (
      await h.as('admin', {
        method: 'POST',
        url: '/api/users',
        payload: { username, password: PASSWORD, role },
      })
    ).json().user as { id: number };

  const loginFrom = (address: string, username: string, password: string, app = h.app) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: address,
      payload: { username, password },
    });
  const secondApp = () =>
    createApp({
      store: h.store,
      check: realChecker(),
      extract: realExtractor(),
      documents: fakeDocuments(),
      version: 'test',
      logger: false,
      now: () => clock,
    });

  it('from the 5th failure in a row (「限制非法登录次数」) the account waits 15 s, doubling to 120 s, across a restart', async () => {
    await newUser('locky');
    for (let i = 0; i < 4; i++) expect((await login(h.app, 'locky', `guess-${i}`)).statusCode).toBe(401);
    const fifth = await login(h.app, 'locky', 'guess-4');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(fifth.json().error.message).toContain('15 秒');
    expect(fifth.headers['retry-after']).toBe('15');
    // The right password is refused too, and by a second application over the same database (a restart, another process).
    const other = await secondApp();
    expect((await login(other, 'locky', PASSWORD)).statusCode).toBe(423);
    await other.close();
    // Each further failure after the wait doubles it, up to the longest delay.
    const waits: string[] = [];
    for (let i = 0; i < 4; i++) {
      later(Number(waits.at(-1) ?? 15) * 1000 + 1);
      const res = await login(h.app, 'locky', `again-${i}`);
      waits.push(String(res.headers['retry-after']));
    }
    expect(waits).toEqual(['30', '60', '120', '120']);
    // Failures and the delays are security events in the audit log (8.1.4.3 b 「事件是否成功」).
    const events = await h.as('auditor', { method: 'GET', url: '/api/audit?entity=user&page_size=100' });
    const actions = events.json().items.map((a: { action: string }) => a.action);
    expect(actions.filter((a: string) => a === 'login_failed')).toHaveLength(4);
    expect(actions.filter((a: string) => a === 'lock')).toHaveLength(5);
    // Other accounts are not affected; after the wait the owner is in, and the count starts again.
    expect((await login(h.app, 'viewer', PASSWORD)).statusCode).toBe(200);
    later(120_000 + 1);
    expect((await login(h.app, 'locky', PASSWORD)).statusCode).toBe(200);
    expect((await login(h.app, 'locky', 'guess-again')).statusCode).toBe(401);
  });

  it('blocks an address after 20 failures of any names within the hour, for every process; others log in', async () => {
    const attacker = '198.51.100.7';
    for (let i = 0; i < 19; i++) {
      expect((await loginFrom(attacker, `nobody-${i}`, 'guess')).statusCode).toBe(401);
    }
    const twentieth = await loginFrom(attacker, 'nobody-19', 'guess');
    expect(twentieth.statusCode).toBe(429);
    expect(twentieth.json().error).toMatchObject({ code: 'ADDRESS_BLOCKED' });
    expect(twentieth.headers['retry-after']).toBe(String(60 * 60));
    const other = await secondApp();
    // Blocked even with a right password, in another process; another address is not.
    expect((await loginFrom(attacker, 'viewer', PASSWORD, other)).statusCode).toBe(429);
    expect((await loginFrom('198.51.100.8', 'viewer', PASSWORD, other)).statusCode).toBe(200);
    await other.close();

    const list = await h.as('security_admin', { method: 'GET', url: '/api/lockouts' });
    expect(list.json().addresses).toContainEqual({
      address: attacker,
      failures: 0,
      blocked_until: expect.any(String),
    });
    const cleared = await h.as('security_admin', {
      method: 'DELETE',
      url: `/api/lockouts/addresses/${attacker}`,
    });
    expect(cleared.statusCode).toBe(200);
    expect((await loginFrom(attacker, 'viewer', PASSWORD)).statusCode).toBe(200);
    const again = await h.as('security_admin', {
      method: 'DELETE',
      url: `/api/lockouts/addresses/${attacker}`,
    });
    expect(again.statusCode).toBe(404);
    const audit = await h.as('auditor', { method: 'GET', url: '/api/audit?entity=login_address' });
    expect(
      audit.json().items.map((a: { action: string; entity_id: string }) => [a.action, a.entity_id]),
    ).toEqual(
      expect.arrayContaining([
        ['block', attacker],
        ['unblock', attacker],
      ]),
    );
  });

  it('the security administrator lists the lockouts and clears one (audited)', async () => {
    const { id } = await newUser('locky2');
    for (let i = 0; i < 5; i++) await login(h.app, 'locky2', `guess-${i}`);
    const list = await h.as('security_admin', { method: 'GET', url: '/api/lockouts' });
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ username: 'locky2', locked_until: expect.any(String) }),
    );
    expect((await h.as('admin', { method: 'GET', url: '/api/lockouts' })).statusCode).toBe(403);
    expect((await h.as('security_admin', { method: 'DELETE', url: `/api/lockouts/${id}` })).statusCode).toBe(
      200,
    );
    expect((await login(h.app, 'locky2', PASSWORD)).statusCode).toBe(200);
    const audit = await h.as('auditor', { method: 'GET', url: `/api/audit?action=unlock&entity_id=${id}` });
    expect(audit.json().items).toEqual([
      expect.objectContaining({ username: 'security_admin', action: 'unlock' }),
    ]);
  });

  it('logout everywhere ends every session of the account; disabling an account ends its sessions', async () => {
    await newUser('roamer');
    const a = token(await login(h.app, 'roamer', PASSWORD));
    const b = token(await login(h.app, 'roamer', PASSWORD));
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout-all',
      headers: { origin: OWN_ORIGIN },
      cookies: { [SESSION_COOKIE]: a },
    });
    expect(out.statusCode).toBe(200);
    expect([await me(a), await me(b)]).toEqual([null, null]);

    const { id } = await newUser('leaver');
    const c = token(await login(h.app, 'leaver', PASSWORD));
    await h.as('admin', { method: 'POST', url: `/api/users/${id}/disable` });
    expect(await me(c)).toBeNull();
  });

  it('the generated first password must be changed before anything else', async () => {
    const pw = 'First-password-1';
    // As ensureAdmin makes it (tested below on an empty database).
    await new UserRepository(h.store.db).create(
      {
        username: 'firstadmin',
        passwordHash: await hashPassword(pw),
        role: 'admin',
        mustChangePassword: true,
      },
      SYSTEM,
    );
    const res = await login(h.app, 'firstadmin', pw);
    expect(res.json().user.must_change_password).toBe(true);
    const t = token(res);
    const refused = await h.app.inject({
      method: 'GET',
      url: '/api/users',
      cookies: { [SESSION_COOKIE]: t },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const change = (current: string, next: string) =>
      h.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { origin: OWN_ORIGIN },
        cookies: { [SESSION_COOKIE]: t },
        payload: { current_password: current, new_password: next },
      });
    expect((await change('wrong', 'Second-password-2')).json().error.details.field).toBe('current_password');
    const weak = await change(pw, 'secondpassword');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.rule).toBe('classes');
    expect((await change(pw, 'x-firstadmin-2026')).json().error.details.rule).toBe('username');
    const ok = await change(pw, 'Second-password-2');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.must_change_password).toBe(false);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/users', cookies: { [SESSION_COOKIE]: t } })).statusCode,
    ).toBe(200);
  });

  it('the first start generates a password that obeys the policy and must be changed; a given one is checked', async () => {
    const fresh = await createTestStore(engine);
    try {
      await expect(ensureAdmin(fresh, 'admin12345')).rejects.toMatchObject({ details: { rule: 'classes' } });
      const { generatedPassword } = await ensureAdmin(fresh, undefined);
      expect(() => assertPasswordPolicy(generatedPassword!, 'admin')).not.toThrow();
      const admin = await new UserRepository(fresh.db).credentials('admin');
      expect(admin?.user).toMatchObject({ role: 'admin', must_change_password: true });
    } finally {
      await fresh.dispose();
    }
  });

  it('a reset by the administrator obeys the policy, ends the sessions and forces a change', async () => {
    const { id } = await newUser('forgetful');
    const t = token(await login(h.app, 'forgetful', PASSWORD));
    const weak = await h.as('admin', {
      method: 'POST',
      url: `/api/users/${id}/password`,
      payload: { password: 'short' },
    });
    expect(weak.json().error).toMatchObject({ code: 'INVALID_INPUT', details: { rule: 'length' } });
    const reset = await h.as('admin', {
      method: 'POST',
      url: `/api/users/${id}/password`,
      payload: { password: 'Temporary-pw-9' },
    });
    expect(reset.json().user.must_change_password).toBe(true);
    expect(await me(t)).toBeNull();
    const again = await login(h.app, 'forgetful', 'Temporary-pw-9');
    expect(again.json().user.must_change_password).toBe(true);
    const cases = await h.app.inject({
      method: 'GET',
      url: '/api/cases',
      cookies: { [SESSION_COOKIE]: token(again) },
    });
    expect(cases.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('account creation obeys the policy, naming the rule in Chinese; look-alike names are refused', async () => {
    const create = (username: string, password: string) =>
      h.as('admin', { method: 'POST', url: '/api/users', payload: { username, password, role: 'viewer' } });
    const weak = await create('wangwu', 'wangwu-2026-x');
    expect(weak.json().error).toMatchObject({ code: 'INVALID_INPUT', message: '密码不得包含用户名' });
    expect((await create('wangwu', 'abcdefghij')).json().error.message).toContain('至少 3 类');
    const alike = await create('ＯＦＦＩＣＥＲ', PASSWORD);
    expect(alike.statusCode).toBe(409);
    expect(alike.json().error.details.existing).toBe('officer');
  });
  // Near the end: it moves the clock by most of an hour, past the harness's sessions' idle time.
  it('one address cannot keep an account waiting: it is blocked, and the owner is in after the longest delay', async () => {
    await newUser('victim');
    const start = clock.getTime();
    let failures = 0;
    for (;;) {
      // The attacker tries again the moment each wait ends, so the account never stops waiting.
      const res = await loginFrom('203.0.113.9', 'victim', `guess-${failures}`);
      if (res.statusCode === 429) break;
      failures++;
      if (res.statusCode === 423) later(Number(res.headers['retry-after']) * 1000);
    }
    expect(failures).toBe(DEFAULT_IDENTITY.addressMaxFailures - 1);
    expect(clock.getTime() - start).toBeLessThan(DEFAULT_IDENTITY.addressWindowMinutes * 60_000);
    later(DEFAULT_IDENTITY.maxDelaySeconds * 1000);
    expect((await loginFrom('203.0.113.10', 'victim', PASSWORD)).statusCode).toBe(200);
  });

  // Last: it moves the clock by hours, past the harness's own sessions.
  it('ends a session idle longer than the setting (「网络登录连接超时自动退出」) and one past its lifetime', async () => {
    const idle = token(await login(h.app, 'officer', PASSWORD));
    later((DEFAULT_IDENTITY.sessionIdleMinutes - 1) * 60_000);
    expect(await me(idle)).toMatchObject({ username: 'officer' });
    later((DEFAULT_IDENTITY.sessionIdleMinutes - 1) * 60_000);
    expect(await me(idle)).toMatchObject({ username: 'officer' }); // used a moment ago: still alive
    later(DEFAULT_IDENTITY.sessionIdleMinutes * 60_000 + 1);
    expect(await me(idle)).toBeNull();

    const busy = token(await login(h.app, 'officer', PASSWORD));
    for (let t = 0; t < DEFAULT_IDENTITY.sessionMaxHours * 60; t += 20) {
      later(20 * 60_000);
      if ((await me(busy)) === null) break;
    }
    expect(await me(busy)).toBeNull();
    const started = await login(h.app, 'officer', PASSWORD);
    const expires = started.cookies.find((c) => c.name === SESSION_COOKIE)!.expires!;
    // The cookie's expiry is in whole seconds.
    expect(
      Math.abs(expires.getTime() - clock.getTime() - DEFAULT_IDENTITY.sessionMaxHours * 3600_000),
    ).toBeLessThan(1000);
  });
});
