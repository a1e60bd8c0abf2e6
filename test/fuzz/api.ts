/**
 * The API's JSON bodies: every POST/PUT/PATCH route of the application (built in-process as test/api builds it,
 * SQLite in a temp directory), called by an account its access admits with the application's own Origin, with
 * bodies generated from the route's schema, mutated from real ones, or arbitrary JSON and broken text. Never a
 * 5xx, never an exception out of the application, and every 4xx is JSON whose message is Chinese.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { SESSION_COOKIE } from '../../src/server/auth/session.js';
import { extractBulletin } from '../../src/server/extraction/extract-bulletin.js';
import { createHarness, NINGXIA, OWN_ORIGIN, PASSWORD, type Harness, type Who } from '../api/harness.js';
import { NEW_CASE, PROPOSAL, openCase, walkSteps } from '../api/proceedings.walk.js';
import { arbitraryOf, type JsonSchema } from './json-schema.js';
import { mutatedJson } from './mutate.js';
import type { FuzzTarget } from './target.js';
import { HOSPITAL } from '../../src/core/self-check/profiles.test-support.js';

const SLOW_ROUTES = new Set([
  '/api/auth/login',
  '/api/auth/password',
  '/api/users',
  '/api/users/:id/password',
]);
const CJK = /[\u4e00-\u9fff]/;
/** Accounts to call a route as, in order of preference among those its access admits. */
const ROLE_ACCOUNT: Record<string, Exclude<Who, 'anonymous'>> = {
  officer: 'officer',
  reviewer: 'reviewer',
  leader: 'leader',
  admin: 'admin',
  security_admin: 'security_admin',
  auditor: 'auditor',
  operator: 'operator',
  viewer: 'viewer',
};

interface Route {
  method: 'POST' | 'PUT' | 'PATCH';
  url: string;
  accounts: Who[];
  body: fc.Arbitrary<unknown>;
}

/** A request: a route, the account, the concrete path and the payload (a JSON value, or raw text with its type). */
interface Call {
  route: number;
  who: Who;
  path: string;
  payload: { json: unknown } | { raw: string; type: string };
}

const RAW = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'null',
    '[]',
    '"x"',
    '1e999',
    '{"__proto__":{"x":1}}',
    '{"constructor":{"prototype":{}}}',
    '\ufeff{}',
    '{"a":1,"a":2}',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.nat(3000).map((d) => '['.repeat(d) + ']'.repeat(d)),
);
const RAW_TYPES = [
  'application/json',
  'application/json; charset=gbk',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/octet-stream',
];

export const apiTarget: FuzzTarget = {
  name: 'api',
  share: 0.03,
  setup: async () => {
    const h = await createHarness('sqlite', {
      caseHandling: true,
      extract: extractBulletin,
      http: { rateLimits: { login: 0, public: 0 } },
    });
    const ids = await seedData(h);
    const doc = h.app.swagger() as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>
      >;
    };
    const seeds = seedBodies(h);
    const routes: Route[] = [];
    for (const [key, access] of h.app.routeAccess) {
      const [method, url] = key.split(' ') as [Route['method'], string];
      if (!['POST', 'PUT', 'PATCH'].includes(method)) continue;
      const accounts: Who[] =
        access === 'public'
          ? url === '/api/auth/login'
            ? ['anonymous']
            : ['anonymous', 'officer']
          : [...new Set(access.map((r) => ROLE_ACCOUNT[r]!).filter(Boolean))];
      const op = doc.paths[url.replace(/:([a-z_]+)/gi, '{$1}')]?.[method.toLowerCase()];
      const schema = op?.requestBody?.content?.['application/json']?.schema;
      const real = seeds[key] ?? [];
      const fromSchema = schema ? arbitraryOf(schema) : fc.jsonValue({ maxDepth: 2 });
      const body = fc.oneof(
        { weight: 3, arbitrary: fromSchema },
        { weight: 3, arbitrary: fromSchema.chain((b) => mutatedJson(b)) },
        ...(real.length
          ? [
              { weight: 2, arbitrary: fc.constantFrom(...real) },
              { weight: 4, arbitrary: fc.constantFrom(...real).chain((b) => mutatedJson(b)) },
            ]
          : []),
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      );
      routes.push({ method, url, accounts, body });
    }
    // Routes that hash a password (scrypt, tens of milliseconds by design) are drawn a quarter as often.
    const pickRoute = fc.oneof(
      ...routes.map((route, r) => ({
        weight: SLOW_ROUTES.has(route.url) ? 1 : 4,
        arbitrary: fc.constant(r),
      })),
    );
    const call: fc.Arbitrary<Call> = pickRoute.chain((r) => {
      const route = routes[r]!;
      return fc.record({
        route: fc.constant(r),
        who: fc.constantFrom(...route.accounts),
        path: pathOf(route.url, ids),
        payload: fc.oneof(
          { weight: 9, arbitrary: route.body.map((json) => ({ json })) },
          { weight: 1, arbitrary: fc.record({ raw: RAW, type: fc.constantFrom(...RAW_TYPES) }) },
        ),
      });
    });

    const escaped: unknown[] = [];
    const onEscape = (e: unknown) => escaped.push(e);
    process.on('uncaughtException', onEscape);
    process.on('unhandledRejection', onEscape);
    return {
      property: fc.asyncProperty(call, async (c) => {
        const route = routes[c.route]!;
        const res = await h.as(c.who, {
          method: route.method,
          url: c.path,
          ...('json' in c.payload
            ? {
                payload: JSON.stringify(c.payload.json) ?? 'null',
                headers: { 'content-type': 'application/json' },
              }
            : { payload: c.payload.raw, headers: { 'content-type': c.payload.type } }),
        });
        await keepSignedIn(h, c.who, route.url, res);
        if (escaped.length) throw escaped.splice(0)[0];
        assertAnswer(res, c.path);
      }),
      close: async () => {
        process.off('uncaughtException', onEscape);
        process.off('unhandledRejection', onEscape);
        await h.close();
      },
    };
  },
};

/** Never a 5xx; a 4xx (and a JSON 2xx) is JSON, and a 4xx says in Chinese what was wrong. */
function assertAnswer(res: LightMyRequestResponse, path: string): void {
  if (res.statusCode >= 500) throw new Error(`${path} → ${res.statusCode} ${res.body.slice(0, 300)}`);
  const type = String(res.headers['content-type'] ?? '');
  if (res.statusCode >= 400 || type.includes('json')) {
    if (!type.includes('application/json')) throw new Error(`${path} → ${res.statusCode} as ${type}`);
    const body = res.json() as { error?: { message?: unknown } };
    if (res.statusCode >= 400) {
      const message = body.error?.message;
      if (typeof message !== 'string' || !CJK.test(message)) {
        throw new Error(`${path} → ${res.statusCode} without a Chinese message: ${res.body.slice(0, 300)}`);
      }
    }
  }
}

/** A logout or a lost session (a user disabled, every session ended) is taken back with a new login. */
async function keepSignedIn(h: Harness, who: Who, url: string, res: LightMyRequestResponse): Promise<void> {
  if (who === 'anonymous' || (res.statusCode !== 401 && !url.startsWith('/api/auth/logout'))) return;
  const login = await h.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: OWN_ORIGIN },
    payload: { username: who, password: PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE);
  if (login.statusCode !== 200 || !cookie)
    throw new Error(`cannot sign ${who} in again: ${login.statusCode} ${login.body}`);
  h.cookies[who] = cookie.value;
}

/** A hospital's 合规自查 (as test/api/self-check.test.ts answers it): 网络安全法 (2025) 第二十三条 answered yes. */
const SELF_CHECK = {
  profile: HOSPITAL,
  answers: { 'csl2025-23-mlps': 'yes' },
  date: '2026-06-01',
};

interface SeedIds {
  proceedings: number[];
  victims: number[];
  assessments: number[];
}

/** Proceedings at several stages, users the fuzz may disable, an assessment of the operator. */
async function seedData(h: Harness): Promise<SeedIds> {
  const steps = walkSteps(h);
  const proceedings: number[] = [];
  for (const n of [0, 3, 8, steps.length]) {
    const id = await openCase(h);
    for (const [who, body] of steps.slice(0, n)) {
      await h.as(who, { method: 'POST', url: `/api/proceedings/${id}/actions`, payload: body });
    }
    proceedings.push(id);
  }
  const victims: number[] = [];
  for (const role of ['viewer', 'officer']) {
    const res = await h.as('admin', {
      method: 'POST',
      url: '/api/users',
      payload: { username: `fuzz-${role}`, password: 'Fuzz-password-1', role },
    });
    if (res.statusCode === 201) victims.push(res.json().user.id as number);
  }
  const assessment = await h.as('operator', {
    method: 'POST',
    url: '/api/self-check/assessments',
    payload: SELF_CHECK,
  });
  if (victims.length < 2 || assessment.statusCode !== 201) {
    throw new Error(
      `fuzz seed data: users ${victims.join(', ')}; assessment ${assessment.statusCode} ${assessment.body}`,
    );
  }
  return { proceedings, victims, assessments: [assessment.json().assessment.id as number] };
}

/** Real bodies of the routes, as the application's own pages send them. */
function seedBodies(h: Harness): Record<string, unknown[]> {
  const record = NINGXIA[0]!;
  return {
    'POST /api/auth/login': [{ username: 'fuzz-viewer', password: 'wrong-password-1' }],
    'POST /api/auth/password': [
      { current_password: 'not-the-password-1', new_password: 'Another-password-2' },
    ],
    'POST /api/cases': [{ record, status: 'internal' }, { record: NINGXIA[3] }],
    'PUT /api/cases/:id': [{ record: { ...record, facts: '更正后的事实' }, status: 'published', version: 1 }],
    'POST /api/check': [{ record }, { record: NINGXIA[5], at: '2026-01-01' }],
    'POST /api/imports/preview': [
      {
        text: '案例一\n某公司未履行网络安全保护义务，依据《网络安全法》第五十九条第一款，给予警告并处罚款一万元。',
      },
    ],
    'POST /api/imports': [{ bulletin: { text: '通报', title: '通报' }, cases: [record], again: true }],
    'POST /api/users': [{ username: 'fuzz-new', password: 'Fuzz-password-1', role: 'viewer' }],
    'POST /api/organisations': [{ name: '某市某医院' }],
    'POST /api/users/:id/password': [{ password: 'Fuzz-password-2' }],
    'PUT /api/users/:id/role': [{ role: 'viewer' }],
    'POST /api/proceedings': [NEW_CASE],
    'POST /api/proceedings/:id/actions': walkSteps(h).map(([, body]) => body),
    'POST /api/proceedings/:id/similar': [PROPOSAL],
    'POST /api/proceedings/:id/documents': [{ kind: 'penalty_decision' }, { kind: 'case_registration' }],
    'POST /api/bulletins/compose': [{ case_ids: h.caseIds.slice(0, 3) }],
    'POST /api/bulletins/issued': [{ case_ids: h.caseIds.slice(0, 3), title: '典型案例通报' }],
    'POST /api/proceedings/:id/disclosure': [
      { organ_credit_code: '11640000000000000X', violation_type: '未履行网络安全等级保护义务' },
    ],
    'POST /api/proceedings/:id/disclosure/changed': [
      { reason: '复议机关变更处罚决定', changed_on: '2026-05-29' },
    ],
    'POST /api/proceedings/:id/disclosure/withdraw': [{ reason: '复议机关撤销处罚决定' }],
    'POST /api/self-check': [SELF_CHECK],
    'POST /api/self-check/report.docx': [SELF_CHECK],
    'POST /api/self-check/assessments': [SELF_CHECK],
  };
}

/** The route's path with its parameters: mostly ids that exist, sometimes ones that do not or are not ids at all. */
function pathOf(url: string, ids: SeedIds): fc.Arbitrary<string> {
  const bad = fc.constantFrom(
    '0',
    '-1',
    '999999',
    'abc',
    '1.5',
    '1e3',
    '%E4%B8%AD',
    '%00',
    '9007199254740993',
  );
  const known = url.startsWith('/api/users/')
    ? ids.victims
    : url.startsWith('/api/proceedings/')
      ? ids.proceedings
      : url.startsWith('/api/self-check/assessments/')
        ? ids.assessments
        : [1, 2, 3];
  const names = url.match(/:[a-z_]+/gi) ?? [];
  return fc
    .tuple(
      ...names.map((n) =>
        n === ':requirement'
          ? fc.constantFrom('csl2025-23-mlps', 'x', '%E4%B8%AD', '%ZZ', '..%2F..', '%00')
          : fc.oneof(
              { weight: 5, arbitrary: fc.constantFrom(...known.map(String)) },
              { weight: 1, arbitrary: bad },
            ),
      ),
    )
    .map((values) => values.reduce((u, v, k) => u.replace(names[k]!, v), url));
}
