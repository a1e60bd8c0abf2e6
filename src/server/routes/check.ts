/**
 * POST /api/check — the legality check of one record without storing anything: for the import review (a
 * corrected record is re-checked before it is saved) and for compliance staff trying a decision. Public: it
 * reads no stored data.
 */
import type { Services, ZodApp } from '../services.js';
import { checkRequestSchema, checkResultSchema, errorBodySchema } from '../schemas/index.js';

export function checkRoutes(app: ZodApp, s: Services): void {
  app.post(
    '/check',
    {
      config: { access: 'public', rateLimit: 'public' },
      schema: {
        tags: ['check'],
        summary: '合法性审查：对一条案例记录检查处罚是否在法定幅度内，并给出现行法律下的对应条款',
        body: checkRequestSchema,
        response: { 200: checkResultSchema, 400: errorBodySchema },
      },
    },
    async (req) => s.deps.check(req.body.record, req.body.at ? { at: req.body.at } : {}),
  );
}
