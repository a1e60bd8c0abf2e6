/**
 * Every write endpoint (and every read that needs a session) tried as anonymous, viewer, officer and admin:
 * 401 without a session, 403 for a role that may not, success for a role that may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, NINGXIA, type Harness, type Who } from './harness.js';

type Allowed = Exclude<Who, 'anonymous'>[];
interface Endpoint {
  name: string;
  allowed: Allowed;
  /** Builds the request (fresh resources per call); `ok` is the success status. */
  request: (
    h: Harness,
    who: Who,
  ) => Promise<{ method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; payload?: object }>;
  ok: number;
}

const editors: Allowed = ['officer', 'admin'];
let userSeq = 0;

async function newCase(h: Harness): Promise<{ id: number; version: number; record: object }> {
  const res = await h.as('admin', {
    method: 'POST',
    url: '/api/cases',
    payload: { record: NINGXIA[2], status: 'internal' },
  });
  return res.json().case;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /api/cases',
    allowed: editors,
    ok: 201,
    request: async () => ({ method: 'POST', url: '/api/cases', payload: { record: NINGXIA[0] } }),
  },
  {
    name: 'PUT /api/cases/:id',
    allowed: editors,
    ok: 200,
    request: async (h) => {
      const c = await newCase(h);
      return {
        method: 'PUT',
        url: `/api/cases/${c.id}`,
        payload: { record: c.record, status: 'published', version: c.version },
      };
    },
  },
  {
    name: 'DELETE /api/cases/:id',
    allowed: editors,
    ok: 200,
    request: async (h) => ({ method: 'DELETE', url: `/api/cases/${(await newCase(h)).id}` }),
  },
  {
    name: 'POST /api/imports/preview',
    allowed: editors,
    ok: 200,
    request: async () => ({
      method: 'POST',
      url: '/api/imports/preview',
      payload: { text: '某市网安部门通报' },
    }),
  },
  {
    name: 'POST /api/imports',
    allowed: editors,
    ok: 201,
    request: async () => ({
      method: 'POST',
      url: '/api/imports',
      // Each role imports the same bulletin: again, so that the repeat-import refusal (409) does not answer first.
      payload: { bulletin: { text: '通报', format: 'text' }, cases: [NINGXIA[1]], again: true },
    }),
  },
  {
    name: 'POST /api/users',
    allowed: ['admin'],
    ok: 201,
    request: async () => ({
      method: 'POST',
      url: '/api/users',
      payload: { username: `user${++userSeq}`, password: 'long-enough-pw', role: 'viewer' },
    }),
  },
  {
    name: 'POST /api/users/:id/disable',
    allowed: ['admin'],
    ok: 200,
    request: async (h) => {
      const res = await h.as('admin', {
        method: 'POST',
        url: '/api/users',
        payload: { username: `target${++userSeq}`, password: 'long-enough-pw', role: 'viewer' },
      });
      return { method: 'POST', url: `/api/users/${res.json().user.id}/disable` };
    },
  },
  {
    name: 'GET /api/users',
    allowed: ['admin'],
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/users' }),
  },
  {
    name: 'GET /api/audit',
    allowed: ['admin'],
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/audit' }),
  },
  {
    name: 'GET /api/bulletins/:id',
    allowed: ['viewer', 'officer', 'admin'],
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/bulletins/1' }),
  },
];

describe.each(testEngines())('authorization on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.close());

  for (const e of ENDPOINTS) {
    for (const who of ['anonymous', 'viewer', 'officer', 'admin'] as const) {
      const expected = who === 'anonymous' ? 401 : (e.allowed as string[]).includes(who) ? e.ok : 403;
      it(`${e.name} as ${who} → ${expected}`, async () => {
        const res = await h.as(who, await e.request(h, who));
        expect(res.statusCode, res.body).toBe(expected);
        if (expected >= 400)
          expect(res.json().error.code).toBe(expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      });
    }
  }

  it('a refused write changes nothing', async () => {
    const before = Number(
      (
        await h.store.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    await h.as('viewer', { method: 'POST', url: '/api/cases', payload: { record: NINGXIA[0] } });
    await h.as('anonymous', { method: 'DELETE', url: `/api/cases/${h.caseIds[0]}` });
    const after = Number(
      (
        await h.store.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(after).toBe(before);
  });

  it('published cases, statutes and stats are readable without a session', async () => {
    for (const url of [
      '/api/cases',
      `/api/cases/${h.caseIds[0]}`,
      '/api/laws',
      '/api/laws/csl/articles/21?at=2021-01-01',
      '/api/stats?group_by=region',
      '/api/stats/fines',
      '/api/health',
    ]) {
      expect((await h.as('anonymous', { method: 'GET', url })).statusCode, url).toBe(200);
    }
  });
});
