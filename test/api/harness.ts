/**
 * The API under test: a real store per engine (SQLite temp file; PostgreSQL schema when WANGAN_TEST_PG_URL is
 * set), migrated, statutes loaded, the dev bulletin imported as published cases, one account per role, and the
 * application driven in-process with app.inject.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { CaseRecord } from '../../src/core/shared/case-record.js';
import { SYSTEM } from '../../src/db/repositories/audit.js';
import { saveOrgan } from '../../src/db/repositories/document-organs.js';
import { importBulletin } from '../../src/db/repositories/bulletins.js';
import { createOrganisation } from '../../src/db/repositories/organisations.js';
import { UserRepository } from '../../src/db/repositories/users.js';
import { createTestStore, type TestStore } from '../../src/db/testing/engines.js';
import type { Engine } from '../../src/db/types.js';
import { appliedRules } from '../../src/law-data/applied.js';
import { fixturesDir } from '../../src/paths.js';
import { createApp } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { SESSION_COOKIE } from '../../src/server/auth/session.js';
import { syncStatutes } from '../../src/server/bootstrap.js';
import type { AppDeps, BulletinExtractor, Checker, DocumentDeps } from '../../src/server/deps.js';
import { realChecker, realExtractor } from '../../src/server/wiring.js';
import { COUNTY_ORGAN, fakeDocuments } from './documents.fakes.js';

export const NINGXIA = JSON.parse(
  readFileSync(join(fixturesDir, 'bulletins/dev/ningxia-2021.json'), 'utf8'),
) as CaseRecord[];
export const PASSWORD = 'test-password-1';
/** The origin app.inject addresses (Host localhost:80): what the application's own pages send as Origin. */
export const OWN_ORIGIN = 'http://localhost';
export type Who = 'anonymous' | 'viewer' | 'officer' | 'admin' | 'operator' | Administrator | CaseHandler;
/** The security and audit administrators (三权分立), beside the system administrator `admin`. */
export type Administrator = 'security_admin' | 'auditor';
const BASE = ['viewer', 'officer', 'admin', 'security_admin', 'auditor'] as const;
/** The organisation of the `operator` account (合规自查). */
export const OPERATOR_ORGANISATION = '某市人民医院';
/** Accounts of case handling (opts.caseHandling): a second officer, a 法制审核 reviewer and an 审批负责人 leader. */
export type CaseHandler = 'officer2' | 'reviewer' | 'leader';
const CASE_HANDLERS = { officer2: 'officer', reviewer: 'reviewer', leader: 'leader' } as const;

export interface Harness {
  engine: Engine;
  store: TestStore;
  app: FastifyInstance;
  caseIds: number[];
  userIds: Record<Exclude<Who, 'anonymous'>, number>;
  /** The operator's organisation id. */
  organisationId: number;
  cookies: Partial<Record<Who, string>>;
  /** app.inject as `who`. */
  as(who: Who, opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createHarness(
  engine: Engine,
  opts: {
    extract?: BulletinExtractor;
    /** The legality checker (default the real one). */
    check?: Checker;
    now?: () => Date;
    maxUploadBytes?: number;
    maxEvidenceBytes?: number;
    caseHandling?: boolean;
    /** Templates and renderers of documents: stand-ins by default (documents.fakes.ts). */
    documents?: DocumentDeps;
    /** Settings of the HTTP layer (public URL, proxies, rate limits). */
    http?: Pick<AppDeps, 'publicUrl' | 'trustProxy' | 'rateLimits'>;
  } = {},
): Promise<Harness> {
  const store = await createTestStore(engine);
  await syncStatutes(store);
  const users = new UserRepository(store.db);
  const hash = await hashPassword(PASSWORD);
  const userIds = {} as Harness['userIds'];
  for (const role of BASE) {
    userIds[role] = (await users.create({ username: role, passwordHash: hash, role }, SYSTEM)).id;
  }
  const organisationId = (await createOrganisation(store.db, OPERATOR_ORGANISATION, SYSTEM)).id;
  userIds.operator = (
    await users.create({ username: 'operator', passwordHash: hash, role: 'operator', organisationId }, SYSTEM)
  ).id;
  const extra = opts.caseHandling ? (Object.keys(CASE_HANDLERS) as CaseHandler[]) : [];
  // The decision issues its 决定书: the case-handling tests' agency has its issuing organ set.
  if (opts.caseHandling) await saveOrgan(store.db, COUNTY_ORGAN, SYSTEM);

  for (const who of extra) {
    userIds[who] = (
      await users.create({ username: who, passwordHash: hash, role: CASE_HANDLERS[who] }, SYSTEM)
    ).id;
  }
  const { case_ids } = await importBulletin(
    store.db,
    store.search,
    appliedRules(opts.check ?? realChecker()),
    {
      bulletin: {
        text: readFileSync(join(fixturesDir, 'bulletins/dev/ningxia-2021.json'), 'utf8'),
        format: 'text',
        encoding: 'utf-8',
        title: '宁夏',
      },
      cases: NINGXIA,
      status: 'published',
    },
    SYSTEM,
  );
  const app = await createApp({
    store,
    check: opts.check ?? realChecker(),
    extract: opts.extract ?? realExtractor(),
    documents: opts.documents ?? fakeDocuments(),
    version: 'test',
    logger: false,
    webDir: null,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.maxUploadBytes ? { maxUploadBytes: opts.maxUploadBytes } : {}),
    ...(opts.maxEvidenceBytes ? { maxEvidenceBytes: opts.maxEvidenceBytes } : {}),
    ...opts.http,
  });
  const cookies: Harness['cookies'] = {};
  for (const role of [...BASE, 'operator', ...extra] as const) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: opts.http?.publicUrl?.origin ?? OWN_ORIGIN },
      payload: { username: role, password: PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login ${role}: ${res.statusCode} ${res.body}`);
    cookies[role] = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  }
  return {
    engine,
    store,
    app,
    caseIds: case_ids,
    userIds,
    organisationId,
    cookies,
    // A signed-in request comes from the application's own pages: it carries their Origin (unless the test sets one).
    as: (who, o) =>
      app.inject({
        ...o,
        ...(cookies[who]
          ? {
              cookies: { [SESSION_COOKIE]: cookies[who]! },
              headers: { origin: opts.http?.publicUrl?.origin ?? OWN_ORIGIN, ...o.headers },
            }
          : {}),
      }),
    close: async () => {
      await app.close();
      await store.dispose();
    },
  };
}
