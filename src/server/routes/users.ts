/**
 * Accounts, lockouts and the audit log, by the three separate administrators (三权分立, NOTES.md “Security (identity
 * and audit)”): the system administrator (`admin`) creates, disables and resets the passwords of the working
 * accounts; the security administrator (`security_admin`) sets their roles and clears lockouts; the audit
 * administrator (`auditor`) reads the audit log. The administrators' own accounts are made on the server's command
 * line (`wangan user add`), never through the API. Organisations are those the `operator` accounts (合规自查) belong to.
 */
import { DomainError } from '../../core/shared/errors.js';
import { isAdministrator, type Role } from '../../db/repositories/users.js';
import type { Services, ZodApp } from '../services.js';
import { hashPassword } from '../auth/password.js';
import { assertPasswordPolicy } from '../auth/password-policy.js';
import { type Access } from '../auth/access.js';
import { actorOf } from '../auth/session.js';
import { listAudit } from '../../db/repositories/audit.js';
import { createOrganisation, listOrganisations } from '../../db/repositories/organisations.js';
import { addressLockouts, clearAddress } from '../../db/repositories/login-addresses.js';
import {
  addressParamSchema,
  auditListResponseSchema,
  auditQuerySchema,
  errorBodySchema,
  idParamSchema,
  lockoutListResponseSchema,
  okSchema,
  passwordResetBodySchema,
  roleBodySchema,
  organisationCreateBodySchema,
  organisationListResponseSchema,
  organisationResponseSchema,
  userCreateBodySchema,
  userListResponseSchema,
  userResponseSchema,
} from '../schemas/index.js';

const admin: Access = ['admin'];
const securityAdmin: Access = ['security_admin'];
const auditor: Access = ['auditor'];
const denied = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };

/** The API grants and manages working roles only; an administrator's role is the command line's. */
function assertWorkingRole(role: Role, field: string): void {
  if (isAdministrator(role)) {
    throw new DomainError(
      'FORBIDDEN',
      `管理员角色（${role}）只能在服务器上用命令 wangan user add 设置（三权分立）`,
      { field, role },
    );
  }
}

export function userRoutes(app: ZodApp, s: Services): void {
  /** The working account `id`; 404 when none, 403 for an administrator's account. */
  const workingAccount = async (id: number) => {
    const user = await s.users.byId(id);
    if (!user) throw new DomainError('NOT_FOUND', `账号 ${id} 不存在`, { id });
    assertWorkingRole(user.role, 'id');
    return user;
  };

  app.get(
    '/users',
    {
      config: { access: ['admin', 'security_admin'] },
      schema: { tags: ['users'], summary: '账号列表', response: { 200: userListResponseSchema, ...denied } },
    },
    async () => ({ items: await s.users.list() }),
  );

  app.post(
    '/users',
    {
      config: { access: admin },
      schema: {
        tags: ['users'],
        summary: '新建账号（系统管理员；工作角色；密码须符合密码策略）',
        body: userCreateBodySchema,
        response: { 201: userResponseSchema, ...denied, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (req, reply) => {
      assertWorkingRole(req.body.role, 'role');
      assertPasswordPolicy(req.body.password, req.body.username);
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
      config: { access: admin },
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
      config: { access: admin },
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
      config: { access: admin },
      schema: {
        tags: ['users'],
        summary: '停用账号（其全部会话随之结束）',
        params: idParamSchema,
        response: { 200: userResponseSchema, ...denied, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (req) => {
      await workingAccount(req.params.id);
      return { user: await s.users.disable(req.params.id, actorOf(req), s.now()) };
    },
  );

  app.post(
    '/users/:id/password',
    {
      config: { access: admin },
      schema: {
        tags: ['users'],
        summary: '重置密码（其全部会话结束；下次登录须先修改密码）',
        params: idParamSchema,
        body: passwordResetBodySchema,
        response: { 200: userResponseSchema, ...denied, 404: errorBodySchema },
      },
    },
    async (req) => {
      const user = await workingAccount(req.params.id);
      assertPasswordPolicy(req.body.password, user.username);
      const hash = await hashPassword(req.body.password);
      return {
        user: await s.users.setPassword(user.id, hash, { mustChange: true }, actorOf(req), s.now()),
      };
    },
  );

  app.put(
    '/users/:id/role',
    {
      config: { access: securityAdmin },
      schema: {
        tags: ['users'],
        summary: '设置账号角色（安全管理员；工作角色）',
        params: idParamSchema,
        body: roleBodySchema,
        response: { 200: userResponseSchema, ...denied, 404: errorBodySchema },
      },
    },
    async (req) => {
      await workingAccount(req.params.id);
      assertWorkingRole(req.body.role, 'role');
      return { user: await s.users.setRole(req.params.id, req.body.role, actorOf(req), s.now()) };
    },
  );

  app.get(
    '/lockouts',
    {
      config: { access: securityAdmin },
      schema: {
        tags: ['users'],
        summary: '正在等待或有连续登录失败的账号，以及被封禁或有登录失败的客户端地址（安全管理员）',
        response: { 200: lockoutListResponseSchema, ...denied },
      },
    },
    async () => ({
      items: await s.users.lockouts(s.now()),
      addresses: await addressLockouts(s.deps.store.db, s.identity, s.now()),
    }),
  );

  app.delete(
    '/lockouts/addresses/:address',
    {
      config: { access: securityAdmin },
      schema: {
        tags: ['users'],
        summary: '解除一个客户端地址的封禁和失败计数（安全管理员）',
        params: addressParamSchema,
        response: { 200: okSchema, ...denied, 404: errorBodySchema },
      },
    },
    async (req) => {
      await clearAddress(s.deps.store.db, req.params.address, actorOf(req), s.now());
      return { ok: true as const };
    },
  );

  app.delete(
    '/lockouts/:id',
    {
      config: { access: securityAdmin },
      schema: {
        tags: ['users'],
        summary: '解除锁定（安全管理员）',
        params: idParamSchema,
        response: { 200: okSchema, ...denied, 404: errorBodySchema },
      },
    },
    async (req) => {
      await s.users.unlock(req.params.id, actorOf(req), s.now());
      return { ok: true as const };
    },
  );

  app.get(
    '/audit',
    {
      config: { access: auditor },
      schema: {
        tags: ['users'],
        summary: '审计日志（审计管理员；按用户、操作、对象、时间筛选）',
        querystring: auditQuerySchema,
        response: { 200: auditListResponseSchema, ...denied },
      },
    },
    async (req) => {
      const iso = (t: string | undefined) => (t === undefined ? undefined : new Date(t).toISOString());
      const res = await listAudit(s.deps.store.db, {
        ...req.query,
        from: iso(req.query.from),
        to: iso(req.query.to),
      });
      return { ...res, page: req.query.page, page_size: req.query.page_size };
    },
  );
}
