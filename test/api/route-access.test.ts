/**
 * Authenticate before parsing: every registered API route (the declared access table, checked against the OpenAPI
 * document so no route is missed) called with an invalid body and query answers 401 to an anonymous caller and 403
 * to each signed-in role it does not admit — never the 400 of validation, whatever was sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, type Harness, type Who } from './harness.js';

const SIGNED_IN = ['viewer', 'officer', 'officer2', 'reviewer', 'leader', 'admin'] as const;
const ROLE_OF: Record<(typeof SIGNED_IN)[number], string> = {
  viewer: 'viewer',
  officer: 'officer',
  officer2: 'officer',
  reviewer: 'reviewer',
  leader: 'leader',
  admin: 'admin',
};

/** `/api/cases/:id.docx` → `/api/cases/1.docx`. */
const concrete = (url: string) => url.replace(/:[a-z_]+/gi, '1');

describe.each(testEngines())('every route authenticates before it parses (%s)', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { caseHandling: true });
  }, 60_000);
  afterAll(async () => h?.close());

  const call = (who: Who, key: string) => {
    const [method, url] = key.split(' ') as [string, string];
    const write = method !== 'GET';
    return h.as(who, {
      method: method as 'GET',
      url: `${concrete(url)}?limit=-1&at=not-a-date`,
      ...(write ? { payload: '{"invalid": ', headers: { 'content-type': 'application/json' } } : {}),
    });
  };

  it('declares the access of every route in the OpenAPI document', () => {
    const doc = h.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([path]) => !path.startsWith('/api/docs'))
      .flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`),
      );
    expect(documented.length).toBeGreaterThan(40);
    expect(documented.filter((k) => !h.app.routeAccess.has(k))).toEqual([]);
  });

  it('marks exactly the routes that need a session with the cookie security requirement in OpenAPI', () => {
    const doc = h.app.swagger() as {
      paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
      components: { securitySchemes: Record<string, { type: string; in: string; name: string }> };
    };
    expect(doc.components.securitySchemes['session']).toEqual({
      type: 'apiKey',
      in: 'cookie',
      name: 'wangan_session',
    });
    const wrong: string[] = [];
    let secured = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (path.startsWith('/api/docs')) continue;
      for (const [method, op] of Object.entries(ops)) {
        const key = `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`;
        const needsSession = h.app.routeAccess.get(key) !== 'public';
        const expected = needsSession ? [{ session: [] }] : undefined;
        if (needsSession) secured++;
        if (JSON.stringify(op.security) !== JSON.stringify(expected)) {
          wrong.push(`${key}: ${JSON.stringify(op.security)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(secured).toBeGreaterThan(30);
    expect(doc.paths['/api/auth/login']!['post']!.security).toBeUndefined();
    expect(doc.paths['/api/lockouts']!['get']!.security).toEqual([{ session: [] }]);
  });

  it('answers 401 to an anonymous caller and 403 to each role not admitted, before the body is read', async () => {
    const failures: string[] = [];
    let tried = 0;
    for (const [key, access] of h.app.routeAccess) {
      if (access === 'public') continue;
      const anon = await call('anonymous', key);
      tried++;
      if (anon.statusCode !== 401 || anon.json().error.code !== 'UNAUTHENTICATED') {
        failures.push(`${key} anonymous → ${anon.statusCode} ${anon.body.slice(0, 120)}`);
      }
      for (const who of SIGNED_IN) {
        if (access.some((r) => r === ROLE_OF[who])) continue;
        const res = await call(who, key);
        tried++;
        if (res.statusCode !== 403 || res.json().error.code !== 'FORBIDDEN') {
          failures.push(`${key} ${who} → ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(60);
  });
});
