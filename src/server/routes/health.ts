import type { Services, ZodApp } from '../app.js';
import { healthResponseSchema } from '../schemas/index.js';
import { sql } from 'kysely';

export function healthRoutes(app: ZodApp, s: Services): void {
  app.get(
    '/health',
    { schema: { tags: ['system'], summary: '健康检查', response: { 200: healthResponseSchema } } },
    async () => {
      await sql`select 1`.execute(s.deps.store.db);
      return { status: 'ok' as const, db: s.deps.store.engine, version: s.deps.version };
    },
  );
}
