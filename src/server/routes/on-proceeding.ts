/**
 * Routes under /proceedings/:id that act on the proceeding (publish a 双公示 record, register a change, withdraw it,
 * issue a legal document): the errors they answer, the proceeding the id names (404 otherwise), and the one shape
 * of such a POST — access checked, the proceeding read, the service called with the body, the actor and now.
 */
import type { FastifyTypeProviderDefault } from 'fastify';
import type { z } from 'zod';
import { DomainError } from '../../core/shared/errors.js';
import type { Actor } from '../../db/repositories/audit.js';
import type { StoredProceeding } from '../../db/repositories/proceedings.js';
import type { Access } from '../auth/access.js';
import { actorOf } from '../auth/session.js';
import { errorBodySchema, idParamSchema } from '../schemas/index.js';
import type { Services, ZodApp } from '../services.js';

export const proceedingErrors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** The proceeding `id` names; 404 NOT_FOUND when there is none. */
export async function foundProceeding(s: Services, id: number): Promise<StoredProceeding> {
  const p = await s.proceedings.get(id);
  if (!p) throw new DomainError('NOT_FOUND', `办案流程 ${id} 不存在`, { id });
  return p;
}

/** POST `path` (under /proceedings/:id): `act` on the proceeding with the body, answered with `status`. */
export function postOnProceeding<B extends z.ZodType, R extends z.ZodType>(
  app: ZodApp,
  s: Services,
  path: `/proceedings/:id/${string}`,
  route: { access: Access; tag: string; summary: string; body: B; status: 200 | 201; response: R },
  act: (p: StoredProceeding, body: z.output<B>, actor: Actor, now: Date) => Promise<z.input<R>>,
): void {
  // Fastify cannot resolve the schemas' types for a generic B and R: the signature of `act` carries them, and the
  // route still validates the body and serializes the answer by these schemas at run time.
  app.withTypeProvider<FastifyTypeProviderDefault>().post(
    path,
    {
      config: { access: route.access },
      schema: {
        tags: [route.tag],
        summary: route.summary,
        params: idParamSchema,
        body: route.body,
        response: { [route.status]: route.response, ...proceedingErrors },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.output<typeof idParamSchema>;
      const made = await act(await foundProceeding(s, id), req.body as z.output<B>, actorOf(req), s.now());
      return reply.status(route.status).send(made);
    },
  );
}
