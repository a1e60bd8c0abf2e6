/**
 * Every write endpoint (and every read that needs a session) tried as anonymous, viewer, officer, the system
 * administrator (admin), the security administrator and the audit administrator: 401 without a session, 403 for a
 * role that may not, success for a role that may. 三权分立 (GB/T 22239-2019 8.1.4.2 d 「实现管理用户的权限分离」): each
 * administrator does its own job and not the others'. The operator (合规自查) sees nothing of the police side: no
 * internal case, no proceeding, document, disclosure draft or bulletin.
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

async function newAccount(h: Harness): Promise<number> {
  const res = await h.as('admin', {
    method: 'POST',
    url: '/api/users',
    payload: { username: `target${++userSeq}`, password: 'long-enough-pw-1', role: 'viewer' },
  });
  return res.json().user.id;
}

let addressSeq = 0;

/** A client address with one failed login (so it has a record to clear). */
async function failedAddress(h: Harness): Promise<string> {
  const address = `192.0.2.${++addressSeq}`;
  await h.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: address,
    payload: { username: 'nobody-at-all', password: 'wrong-password-1' },
  });
  return address;
}

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
      payload: { username: `user${++userSeq}`, password: 'long-enough-pw-1', role: 'viewer' },
    }),
  },
  {
    name: 'POST /api/users/:id/disable',
    allowed: ['admin'],
    ok: 200,
    request: async (h) => ({ method: 'POST', url: `/api/users/${await newAccount(h)}/disable` }),
  },
  {
    name: 'POST /api/users/:id/password',
    allowed: ['admin'],
    ok: 200,
    request: async (h) => ({
      method: 'POST',
      url: `/api/users/${await newAccount(h)}/password`,
      payload: { password: 'Reset-password-2026' },
    }),
  },
  {
    name: 'GET /api/users',
    allowed: ['admin', 'security_admin'],
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/users' }),
  },
  {
    name: 'PUT /api/users/:id/role',
    allowed: ['security_admin'],
    ok: 200,
    request: async (h) => ({
      method: 'PUT',
      url: `/api/users/${await newAccount(h)}/role`,
      payload: { role: 'officer' },
    }),
  },
  {
    name: 'GET /api/lockouts',
    allowed: ['security_admin'],
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/lockouts' }),
  },
  {
    name: 'DELETE /api/lockouts/:id',
    allowed: ['security_admin'],
    ok: 200,
    request: async (h) => ({ method: 'DELETE', url: `/api/lockouts/${await newAccount(h)}` }),
  },
  {
    name: 'DELETE /api/lockouts/addresses/:address',
    allowed: ['security_admin'],
    ok: 200,
    request: async (h) => ({ method: 'DELETE', url: `/api/lockouts/addresses/${await failedAddress(h)}` }),
  },
  {
    name: 'POST /api/organisations',
    allowed: ['admin'],
    ok: 201,
    request: async () => ({
      method: 'POST',
      url: '/api/organisations',
      payload: { name: `单位${++userSeq}` },
    }),
  },
  {
    name: 'POST /api/users (an operator of an organisation)',
    allowed: ['admin'],
    ok: 201,
    request: async (h) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `op${++userSeq}`,
        password: 'long-enough-pw-1',
        role: 'operator',
        organisation_id: h.organisationId,
      },
    }),
  },
  {
    name: 'POST /api/self-check/assessments',
    allowed: ['operator'],
    ok: 201,
    request: async () => ({
      method: 'POST',
      url: '/api/self-check/assessments',
      payload: { profile: { org_kind: 'company', sector: 'other', runs_network: true }, answers: {} },
    }),
  },
  {
    name: 'GET /api/self-check/assessments',
    allowed: ['operator'],
    ok: 200,
    request: async () => ({ method: 'GET', url: '/api/self-check/assessments' }),
  },
  {
    name: 'GET /api/audit',
    allowed: ['auditor'],
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
    for (const who of [
      'anonymous',
      'viewer',
      'officer',
      'admin',
      'security_admin',
      'auditor',
      'operator',
    ] as const) {
      const expected = who === 'anonymous' ? 401 : (e.allowed as string[]).includes(who) ? e.ok : 403;
      it(`${e.name} as ${who} → ${expected}`, async () => {
        const res = await h.as(who, await e.request(h, who));
        expect(res.statusCode, res.body).toBe(expected);
        if (expected >= 400)
          expect(res.json().error.code).toBe(expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      });
    }
  }

  it('an operator is refused every police-side read (proceedings, documents, disclosure drafts, bulletins)', async () => {
    for (const url of [
      '/api/proceedings',
      '/api/proceedings/1',
      '/api/proceedings/1/documents',
      '/api/proceedings/1/document-kinds',
      '/api/proceedings/1/disclosure',
      '/api/proceedings/1/similar',
      '/api/documents/1.docx',
      '/api/documents/1.pdf',
      '/api/document-organs',
      '/api/bulletins/issued',
      '/api/bulletins/issued/1',
      '/api/bulletins/1',
      '/api/organisations',
      '/api/users',
    ]) {
      const res = await h.as('operator', { method: 'GET', url });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code, url).toBe('FORBIDDEN');
    }
  });

  it('an operator sees cases, their similar cases and statistics as the public does: published only', async () => {
    const internal = await newCase(h);
    for (const url of [`/api/cases/${internal.id}`, `/api/cases/${internal.id}/similar`]) {
      expect((await h.as('operator', { method: 'GET', url })).statusCode, url).toBe(404);
      expect((await h.as('officer', { method: 'GET', url })).statusCode, url).toBe(200);
    }
    for (const url of ['/api/cases?page_size=200', '/api/stats?group_by=region', '/api/stats/fines']) {
      const asOperator = await h.as('operator', { method: 'GET', url });
      expect(asOperator.body, url).toBe((await h.as('anonymous', { method: 'GET', url })).body);
      expect(asOperator.body, url).not.toBe((await h.as('officer', { method: 'GET', url })).body);
    }
  });

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

  it('the security and audit administrators read no case data, not even what is public', async () => {
    for (const who of ['security_admin', 'auditor'] as const) {
      for (const url of ['/api/cases', `/api/cases/${h.caseIds[0]}`, '/api/stats?group_by=region']) {
        const res = await h.as(who, { method: 'GET', url });
        expect(res.statusCode, `${who} ${url}`).toBe(403);
      }
      expect((await h.as(who, { method: 'GET', url: '/api/auth/me' })).json().user.role).toBe(who);
    }
  });

  it('the API grants no administrator role: not at creation, not by a role change', async () => {
    for (const role of ['admin', 'security_admin', 'auditor']) {
      const created = await h.as('admin', {
        method: 'POST',
        url: '/api/users',
        payload: { username: `adm${++userSeq}`, password: 'long-enough-pw-1', role },
      });
      expect(created.statusCode).toBe(403);
      const changed = await h.as('security_admin', {
        method: 'PUT',
        url: `/api/users/${await newAccount(h)}/role`,
        payload: { role },
      });
      expect(changed.statusCode).toBe(403);
    }
    const ownRole = await h.as('security_admin', {
      method: 'PUT',
      url: `/api/users/${h.userIds.auditor}/role`,
      payload: { role: 'officer' },
    });
    expect(ownRole.statusCode).toBe(403);
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
      '/api/self-check/requirements',
    ]) {
      expect((await h.as('anonymous', { method: 'GET', url })).statusCode, url).toBe(200);
    }
  });
});
