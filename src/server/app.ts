/**
 * createApp(deps): the Fastify application without listen(), so tests drive it in-process (app.inject) and
 * `serve` listens on HOST:PORT. Routes validate with zod, delegate to the repositories and the core.
 */
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { appliedRules } from '../law-data/applied.js';
import { loadCalendar } from '../law-data/calendar.js';
import { CaseRepository } from '../db/repositories/cases.js';
import { ProceedingRepository } from '../db/repositories/proceedings.js';
import { StatsRepository } from '../db/repositories/stats.js';
import { StatuteRepository } from '../db/repositories/statutes.js';
import { UserRepository } from '../db/repositories/users.js';
import { DEFAULT_IDENTITY } from './auth/identity-settings.js';
import { installAccess, SESSION_SCHEME } from './auth/access.js';
import { installSessions, SESSION_COOKIE } from './auth/session.js';
import { DisclosurePublisher } from './disclosure-publisher.js';
import { DocumentIssuer } from './document-issuer.js';
import { uploadLimit, type AppDeps } from './deps.js';
import { installErrorHandler } from './errors.js';
import { installUploadLimits, JSON_BODY_LIMIT } from './http/body-limits.js';
import { clientErrorHandler, frameworkErrors } from './http/client-error.js';
import { installRateLimits } from './http/rate-limit.js';
import { installSameOriginCheck } from './http/same-origin.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { installNulGuard } from './nul-guard.js';
import { authRoutes } from './routes/auth.js';
import { bulletinRoutes } from './routes/bulletins.js';
import { caseRoutes, checkOrExplain } from './routes/cases.js';
import { checkRoutes } from './routes/check.js';
import { disclosureRoutes } from './routes/disclosures.js';
import { documentRoutes } from './routes/documents.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/imports.js';
import { lawRoutes } from './routes/laws.js';
import { actionContextOf, proceedingRoutes } from './routes/proceedings.js';
import { selfCheckRoutes } from './routes/self-check.js';
import { similarRoutes } from './routes/similar.js';
import { statsRoutes } from './routes/stats.js';
import { userRoutes } from './routes/users.js';
import { installWeb } from './static.js';
import type { Services } from './services.js';

export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const options = {
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: deps.trustProxy ?? false,
    clientErrorHandler,
    frameworkErrors,
  };
  // A pino logger's type is wider than FastifyBaseLogger; the instance is used through the base type.
  const app = (deps.logger
    ? Fastify({ loggerInstance: deps.logger, ...options })
    : Fastify({ logger: false, ...options })) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app);
  installNulGuard(app);

  const { db, search } = deps.store;
  const appliedOf = appliedRules(deps.check);
  const s: Services = {
    deps,
    now: deps.now ?? (() => new Date()),
    identity: deps.identity ?? DEFAULT_IDENTITY,
    appliedOf,
    cases: new CaseRepository(db, search, appliedOf),
    users: new UserRepository(db),
    statutes: new StatuteRepository(db, search),
    stats: new StatsRepository(db, search),
    proceedings: new ProceedingRepository(db, search, appliedOf),
    documents: new DocumentIssuer(db, deps.documents, (record) => checkOrExplain(s, record)),
    disclosures: new DisclosurePublisher(
      db,
      () => deps.calendar ?? loadCalendar(),
      (record) => checkOrExplain(s, record),
      (id, input, actor, at) => s.proceedings.act(id, input, actionContextOf(s), actor, at),
    ),
  };
  if (deps.documents.close) {
    const close = deps.documents.close.bind(deps.documents);
    app.addHook('onClose', async () => close());
  }

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: uploadLimit(deps), files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: '网安 Wangan API',
        description: '网络安全行政执法：法规库、案例库、公告导入、统计、办案',
        version: deps.version,
      },
      components: {
        securitySchemes: { [SESSION_SCHEME]: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installSameOriginCheck(app, deps.publicUrl ?? null);
  installSessions(app, s.users, s.now, s.identity);
  installAccess(app, '/api');
  if (deps.rateLimits) installRateLimits(app, deps.rateLimits, s.now);
  installUploadLimits(app);

  await app.register(
    async (api) => {
      const z = api.withTypeProvider<ZodTypeProvider>();
      healthRoutes(z, s);
      authRoutes(z, s);
      lawRoutes(z, s);
      caseRoutes(z, s);
      similarRoutes(z, s);
      checkRoutes(z, s);
      importRoutes(z, s);
      statsRoutes(z, s);
      userRoutes(z, s);
      proceedingRoutes(z, s);
      documentRoutes(z, s);
      bulletinRoutes(z, s);
      disclosureRoutes(z, s);
      selfCheckRoutes(z, s);
    },
    { prefix: '/api' },
  );
  await installWeb(app, deps.webDir ?? null);
  return app;
}
