import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, OWN_ORIGIN, PASSWORD, type Harness } from './harness.js';

describe.each(testEngines())('health and auth on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.close());

  it('GET /api/health reports the engine', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: engine, version: 'test' });
    expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
  });

  it('logs in with an httpOnly SameSite=Lax session cookie and answers /me', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'officer', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: {
        id: h.userIds.officer,
        username: 'officer',
        role: 'officer',
        must_change_password: false,
        organisation_id: null,
      },
    });
    const cookie = res.cookies.find((c) => c.name === 'wangan_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await h.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { wangan_session: cookie.value },
    });
    expect(me.json()).toEqual({
      user: {
        id: h.userIds.officer,
        username: 'officer',
        role: 'officer',
        must_change_password: false,
        organisation_id: null,
      },
    });
    // The token is not what the database stores.
    const stored = await h.store.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie.value);
  });

  it('refuses a wrong password or unknown user with 401, the same message for both', async () => {
    const wrong = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'officer', password: 'nope' },
    });
    const unknown = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('UNAUTHENTICATED');
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('validates the login body: 400 naming the field', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'officer' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'password' } });
    const bad = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('anonymous /me is null; logout ends the session', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/auth/me' })).json()).toEqual({ user: null });
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'viewer', password: PASSWORD },
    });
    const token = login.cookies.find((c) => c.name === 'wangan_session')!.value;
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { origin: OWN_ORIGIN },
      cookies: { wangan_session: token },
    });
    expect(out.statusCode).toBe(200);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { wangan_session: token } })).json(),
    ).toEqual({ user: null });
  });

  it('serves the OpenAPI document', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/cases', '/api/cases/{id}', '/api/laws/{law}/compare', '/api/stats']),
    );
    expect((await h.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
    // the check result says what its verdict rests on
    const text = JSON.stringify(doc);
    expect(text).toContain('lawful_if 附条件合法');
    expect(text).toContain('established_facts');
  });

  it('GET /api/health is 503 when the database does not answer', async () => {
    const other = await createHarness(engine);
    await other.store.close();
    const res = await other.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('DB_UNAVAILABLE');
    await other.app.close();
    await other.store.dispose();
  });

  it('unknown API paths are JSON 404s', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});
