/** Accounts, the organisations operator accounts belong to, and the audit log (administrators only). */
import { DomainError } from '../../core/shared/errors.js';
import type { Services, ZodApp } from '../app.js';
import { hashPassword } from '../auth/password.js';
import { actorOf, requireRole } from '../auth/session.js';
import { listAudit } from '../../db/repositories/audit.js';
import { createOrganisation, listOrganisations } from '../../db/repositories/organisations.js';
import {
  auditListResponseSchema,
  auditQuerySchema,
  errorBodySchema,
  idParamSchema,
  organisationCreateBodySchema,
  organisationListResponseSchema,
  organisationResponseSchema,
  userCreateBodySchema,
  userListResponseSchema,
  userResponseSchema,
} from '../schemas/index.js';

const admin = requireRole('admin');
const denied = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };

export function userRoutes(app: ZodApp, s: Services): void {
  app.get(
    '/users',
    {
      preHandler: admin,
      schema: { tags: ['users'], summary: '账号列表', response: { 200: userListResponseSchema, ...denied } },
    },
    async () => ({ items: await s.users.list() }),
  );

  app.post(
    '/users',
    {
      preHandler: admin,
      schema: {
        tags: ['users'],
        summary: '新建账号',
        body: userCreateBodySchema,
        response: { 201: userResponseSchema, ...denied, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (req, reply) => {
      const user = await s.users.create(
        {
          username: req.body.username,
          passwordHash: await hashPassword(req.body.password),
          role: req.body.role,
          ...(req.body.organisation_id === undefined ? {} : { organisationId: req.body.organisation_id }),
        },
        actorOf(req),
        s.now(),
      );
      return reply.status(201).send({ user });
    },
  );

  app.get(
    '/organisations',
    {
      preHandler: admin,
      schema: {
        tags: ['users'],
        summary: '自查单位列表（operator 账号所属单位）',
        response: { 200: organisationListResponseSchema, ...denied },
      },
    },
    async () => ({ items: await listOrganisations(s.deps.store.db) }),
  );

  app.post(
    '/organisations',
    {
      preHandler: admin,
      schema: {
        tags: ['users'],
        summary: '新建自查单位',
        body: organisationCreateBodySchema,
        response: { 201: organisationResponseSchema, ...denied, 409: errorBodySchema },
      },
    },
    async (req, reply) => {
      const organisation = await createOrganisation(s.deps.store.db, req.body.name, actorOf(req), s.now());
      return reply.status(201).send({ organisation });
    },
  );

  app.post(
    '/users/:id/disable',
    {
      preHandler: admin,
      schema: {
        tags: ['users'],
        summary: '停用账号',
        params: idParamSchema,
        response: { 200: userResponseSchema, ...denied, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (req) => {
      if (req.user?.id === req.params.id) {
        throw new DomainError('CONFLICT', '不能停用自己的账号', { id: req.params.id });
      }
      return { user: await s.users.disable(req.params.id, actorOf(req), s.now()) };
    },
  );

  app.get(
    '/audit',
    {
      preHandler: admin,
      schema: {
        tags: ['users'],
        summary: '审计日志',
        querystring: auditQuerySchema,
        response: { 200: auditListResponseSchema, ...denied },
      },
    },
    async (req) => {
      const res = await listAudit(s.deps.store.db, req.query);
      return { ...res, page: req.query.page, page_size: req.query.page_size };
    },
  );
}
