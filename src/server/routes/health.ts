/** Liveness with the database: 200 when a query answers, 503 (not 500) when the database does not. */
import { sql } from 'kysely';
import type { Services, ZodApp } from '../services.js';
import { errorBody } from '../errors.js';
import { errorBodySchema, healthResponseSchema } from '../schemas/index.js';

export function healthRoutes(app: ZodApp, s: Services): void {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: '健康检查（含数据库）',
        response: { 200: healthResponseSchema, 503: errorBodySchema },
      },
    },
    async (req, reply) => {
      try {
        await sql`select 1`.execute(s.deps.store.db);
      } catch (err) {
        req.log.error({ err }, 'health: database does not answer');
        return reply
          .status(503)
          .send(errorBody('DB_UNAVAILABLE', '数据库无响应', { db: s.deps.store.engine }));
      }
      return { status: 'ok' as const, db: s.deps.store.engine, version: s.deps.version };
    },
  );
}
