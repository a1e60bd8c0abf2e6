/**
 * The HTTP layer's own defences: CSRF (a state-changing request with the session cookie must come from the
 * application's origin), the session cookie behind HTTPS, trusted proxies, and the security headers on every
 * kind of response.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { SESSION_COOKIE } from '../../src/server/auth/session.js';
import { createHarness, NINGXIA, OWN_ORIGIN, PASSWORD, type Harness } from './harness.js';

const [engine] = testEngines();
const PUBLIC = new URL('https://wangan.example.gov.cn');

describe(`CSRF: signed-in writes from the application's own origin only (${engine})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine!, { http: { publicUrl: PUBLIC } });
  }, 60_000);
  afterAll(async () => h?.close());

  const write = (headers: Record<string, string>) =>
    h.as('admin', {
      method: 'POST',
      url: '/api/cases',
      headers,
      payload: { record: NINGXIA[0], status: 'internal' },
    });

  it('accepts the configured public origin, by Origin or (without Origin) by Referer', async () => {
    expect((await write({ origin: PUBLIC.origin })).statusCode).toBe(201);
    expect((await write({ origin: '', referer: `${PUBLIC.origin}/cases/new` })).statusCode).toBe(201);
  });

  it('refuses another origin, a Referer elsewhere, none at all, and Origin: null with 403 CROSS_ORIGIN_REQUEST', async () => {
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://evil.example.com' },
      { origin: 'http://wangan.example.gov.cn' },
      { origin: '', referer: 'https://evil.example.com/wangan.example.gov.cn' },
      { origin: '' },
      { origin: 'null' },
    ]) {
      const res = await write(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.code).toBe('CROSS_ORIGIN_REQUEST');
      expect(res.json().error.message).toMatch(/拒绝跨站请求/);
    }
  });

  it('leaves reads and anonymous public writes alone', async () => {
    const read = await h.as('admin', {
      method: 'GET',
      url: '/api/cases',
      headers: { origin: 'https://evil.example.com' },
    });
    expect(read.statusCode).toBe(200);
    const check = await h.app.inject({
      method: 'POST',
      url: '/api/check',
      headers: { origin: 'https://evil.example.com' },
      payload: { record: NINGXIA[0] },
    });
    expect(check.statusCode).toBe(200);
  });

  it('sets the session cookie Secure, httpOnly, SameSite=Lax when the public URL is https', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'viewer', password: PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
  });
});

describe(`without a public URL: the request's own origin; cookies not Secure over http (${engine})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine!, { http: { trustProxy: '127.0.0.1' } });
  }, 60_000);
  afterAll(async () => h?.close());

  it('compares Origin with the Host the request was sent to', async () => {
    const as = (origin: string, host?: string) =>
      h.as('admin', {
        method: 'POST',
        url: '/api/cases',
        headers: { origin, ...(host ? { host } : {}) },
        payload: { record: NINGXIA[0], status: 'internal' },
      });
    expect((await as(OWN_ORIGIN)).statusCode).toBe(201);
    expect((await as('http://10.1.2.3:3000', '10.1.2.3:3000')).statusCode).toBe(201);
    expect((await as('http://localhost:3000')).statusCode).toBe(403);
  });

  it('believes X-Forwarded-Proto and -Host from a trusted proxy (127.0.0.1, app.inject’s address)', async () => {
    const res = await h.as('admin', {
      method: 'POST',
      url: '/api/cases',
      headers: {
        origin: 'https://wangan.example.gov.cn',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'wangan.example.gov.cn',
      },
      payload: { record: NINGXIA[0], status: 'internal' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('does not set Secure on the cookie over plain http', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'viewer', password: PASSWORD },
    });
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)!.secure).toBeFalsy();
  });
});

describe(`security headers on every response (${engine})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine!);
  }, 60_000);
  afterAll(async () => h?.close());

  it('API answers, errors, 404s, the not-built UI page and the API docs all carry them', async () => {
    const responses = [
      await h.app.inject({ method: 'GET', url: '/api/health' }),
      await h.app.inject({ method: 'POST', url: '/api/cases', payload: {} }),
      await h.app.inject({ method: 'GET', url: '/api/no-such-thing' }),
      await h.app.inject({ method: 'GET', url: '/cases/1', headers: { accept: 'text/html' } }),
      await h.app.inject({ method: 'GET', url: '/api/docs/json' }),
    ];
    for (const res of responses) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
    expect(responses.map((r) => r.statusCode)).toEqual([200, 401, 404, 200, 200]);
  });
});

/** One raw HTTP/1.1 request over a socket (no client-side encoding), the whole answer as text. */
function rawRequest(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.end(Buffer.from(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'utf8')),
    );
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

describe(`a raw (unencoded) Chinese path or query string (${engine})`, () => {
  let h: Harness;
  let port: number;
  beforeAll(async () => {
    h = await createHarness(engine!);
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    port = (h.app.server.address() as { port: number }).port;
  }, 60_000);
  afterAll(async () => h?.close());

  it('gets the clear 400 INVALID_INPUT of any bad input, in Chinese, with the security headers', async () => {
    for (const path of ['/api/cases?q=网络安全', '/api/laws/网络安全法/articles/59']) {
      const answer = await rawRequest(port, path);
      const [head, body] = answer.split('\r\n\r\n') as [string, string];
      expect(head, path).toMatch(/^HTTP\/1\.1 400 /);
      expect(head.toLowerCase()).toContain('x-content-type-options: nosniff');
      expect(head.toLowerCase()).toContain("frame-ancestors 'none'");
      const error = (JSON.parse(body) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/未编码/);
    }
    // The same query percent-encoded is answered normally.
    const encoded = await rawRequest(port, `/api/cases?q=${encodeURIComponent('网络安全')}`);
    expect(encoded).toMatch(/^HTTP\/1\.1 200 /);
  });
});

describe(`rate limits: login and the public endpoints (${engine})`, () => {
  let h: Harness;
  let clock = Date.parse('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    h = await createHarness(engine!, {
      now: () => new Date(clock),
      http: { rateLimits: { login: 30, public: 3 } },
    });
  }, 60_000);
  afterAll(async () => h?.close());

  it('answers 429 RATE_LIMITED with Retry-After once a client passes the limit, before the body is read', async () => {
    const check = () =>
      h.app.inject({
        method: 'POST',
        url: '/api/check',
        payload: '{"not json',
        headers: { 'content-type': 'application/json' },
      });
    expect((await Promise.all([check(), check(), check()])).map((r) => r.statusCode)).toEqual([
      400, 400, 400,
    ]);
    const over = await check();
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('RATE_LIMITED');
    expect(Number(over.headers['retry-after'])).toBe(60);
    // Another endpoint of the bucket counts against the same allowance; another client does not.
    expect((await h.app.inject({ method: 'GET', url: '/api/cases?q=网络' })).statusCode).toBe(429);
    const other = await h.app.inject({ method: 'GET', url: '/api/cases', remoteAddress: '10.9.9.9' });
    expect(other.statusCode).toBe(200);
    clock += 60_000;
    expect((await check()).statusCode).toBe(400);
  });

  it('limits login attempts per client address (successful ones too: neither the account delay nor the failure block)', async () => {
    const login = () =>
      h.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.7.7.7',
        payload: { username: 'viewer', password: PASSWORD },
      });
    const codes: number[] = [];
    for (let i = 0; i < 30; i++) codes.push((await login()).statusCode);
    expect(new Set(codes)).toEqual(new Set([200]));
    const over = await login();
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('RATE_LIMITED');
    expect(over.headers['retry-after']).toBeDefined();
  });
});
