/**
 * Login (session cookie) with the lockout in the database, logout, logout everywhere, the user's own password
 * change, and who am I.
 */
import type { FastifyReply } from 'fastify';
import { DomainError } from '../../core/shared/errors.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { addressBlockedUntil, addressFailed } from '../../db/repositories/login-addresses.js';
import { ApiError } from '../errors.js';
import type { Services, ZodApp } from '../services.js';
import { generatePassword, hashPassword, verifyPassword } from '../auth/password.js';
import { ANY_USER } from '../auth/access.js';
import { assertPasswordPolicy } from '../auth/password-policy.js';
import {
  actorOf,
  endSession,
  sessionHash,
  sessionTimes,
  startSession,
  type RequestUser,
} from '../auth/session.js';
import {
  errorBodySchema,
  loginBodySchema,
  loginResponseSchema,
  meResponseSchema,
  okSchema,
  passwordChangeBodySchema,
} from '../schemas/index.js';

const sessionUser = (u: RequestUser) => ({
  id: u.id,
  username: u.username,
  role: u.role,
  must_change_password: u.mustChangePassword,
  organisation_id: u.organisation_id,
});

const secondsUntil = (until: string, now: Date) =>
  Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));

/** 423 with Retry-After: the account waits out its delay after failed logins in a row. */
function locked(reply: FastifyReply, username: string, lockedUntil: string, now: Date): DomainError {
  const seconds = secondsUntil(lockedUntil, now);
  reply.header('retry-after', String(seconds));
  return new DomainError(
    'ACCOUNT_LOCKED',
    `该账号登录失败次数过多，请 ${seconds} 秒后再试，或联系安全管理员解除锁定`,
    { username, locked_until: lockedUntil, retry_after_seconds: seconds },
  );
}

/** 429 with Retry-After: the client's address is blocked after failed logins of any accounts. */
function addressBlocked(reply: FastifyReply, blockedUntil: string, now: Date): ApiError {
  const seconds = secondsUntil(blockedUntil, now);
  reply.header('retry-after', String(seconds));
  return new ApiError(
    429,
    'ADDRESS_BLOCKED',
    `此地址登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试，或联系安全管理员解除`,
    { blocked_until: blockedUntil, retry_after_seconds: seconds },
  );
}

const unauthenticated = (username: string) =>
  new DomainError('UNAUTHENTICATED', '用户名或密码错误，或账号已停用', { username });

/**
 * Counts a wrong password against the client's address (any username, known or not) and, for an existing account,
 * against the account; audits the account's failure and the address's block; returns what to answer: the address's
 * block (429), else the account's delay (423), else 401.
 */
async function loginFailed(
  s: Services,
  reply: FastifyReply,
  ip: string,
  username: string,
  userId: number | undefined,
  now: Date,
): Promise<Error> {
  const db = s.deps.store.db;
  // Who tried is unknown, so the entries are the anonymous actor's and name the address (8.1.4.3 b).
  const anonymous = { id: null, username: 'anonymous' };
  const blockedUntil = await addressFailed(db, ip, s.identity, now);
  if (blockedUntil) {
    // One entry per block; failures against unknown names are not written one by one (NOTES.md).
    const after = { blocked_until: blockedUntil };
    await recordAudit(db, anonymous, { action: 'block', entity: 'login_address', entityId: ip, after }, now);
  }
  let until: string | null = null;
  if (userId !== undefined) {
    until = await s.users.loginFailed(userId, s.identity, now);
    await recordAudit(
      db,
      anonymous,
      {
        action: until ? 'lock' : 'login_failed',
        entity: 'user',
        entityId: userId,
        after: { ip, ...(until ? { locked_until: until } : {}) },
      },
      now,
    );
  }
  if (blockedUntil) return addressBlocked(reply, blockedUntil, now);
  if (until) return locked(reply, username, until, now);
  return unauthenticated(username);
}

export function authRoutes(app: ZodApp, s: Services): void {
  app.post(
    '/auth/login',
    {
      config: { access: 'public', rateLimit: 'login' },
      schema: {
        tags: ['auth'],
        summary:
          '登录（设置 wangan_session 会话 Cookie）；账号连续失败后须等待（423），一个地址失败过多则被封禁（429）',
        body: loginBodySchema,
        response: {
          200: loginResponseSchema,
          401: errorBodySchema,
          423: errorBodySchema,
          429: errorBodySchema,
        },
      },
    },
    async (req, reply) => {
      const now = s.now();
      const blocked = await addressBlockedUntil(s.deps.store.db, req.ip, now);
      if (blocked) throw addressBlocked(reply, blocked, now);
      const found = await s.users.credentials(req.body.username);
      if (found?.user.locked_until && found.user.locked_until > now.toISOString()) {
        throw locked(reply, req.body.username, found.user.locked_until, now);
      }
      // Verify even for an unknown user so that timing does not reveal which usernames exist.
      const ok = await verifyPassword(req.body.password, found?.passwordHash ?? (await dummyHash()));
      if (!found || !ok || found.user.disabled) {
        // A disabled account's right password is no guess: it counts against nothing.
        if (ok) throw unauthenticated(req.body.username);
        throw await loginFailed(s, reply, req.ip, req.body.username, found?.user.id, now);
      }
      await s.users.loginSucceeded(found.user.id);
      await recordAudit(
        s.deps.store.db,
        { id: found.user.id, username: found.user.username },
        { action: 'login', entity: 'user', entityId: found.user.id, after: { ip: req.ip } },
        now,
      );
      await s.users.deleteExpiredSessions(sessionTimes(s.identity), now);
      await startSession(reply, s.users, found.user.id, now, {
        secure: s.deps.publicUrl?.protocol === 'https:',
        identity: s.identity,
      });
      const { id, username, role, must_change_password, organisation_id } = found.user;
      return { user: { id, username, role, must_change_password, organisation_id } };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: '退出登录', response: { 200: okSchema } },
    },
    async (req, reply) => {
      await endSession(req, reply, s.users);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/logout-all',
    {
      config: { access: ANY_USER },
      schema: {
        tags: ['auth'],
        summary: '在所有设备上退出登录（结束本账号的全部会话）',
        response: { 200: okSchema, 401: errorBodySchema },
      },
    },
    async (req, reply) => {
      await s.users.deleteSessionsOf(req.user!.id);
      await recordAudit(
        s.deps.store.db,
        actorOf(req),
        { action: 'logout_all', entity: 'user', entityId: req.user!.id },
        s.now(),
      );
      await endSession(req, reply, s.users);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: ANY_USER },
      schema: {
        tags: ['auth'],
        summary: '修改本人密码（须提供当前密码；其他会话随之结束）',
        body: passwordChangeBodySchema,
        response: { 200: meResponseSchema, 400: errorBodySchema, 401: errorBodySchema },
      },
    },
    async (req) => {
      const user = req.user!;
      const found = await s.users.credentials(user.username);
      if (!found || !(await verifyPassword(req.body.current_password, found.passwordHash))) {
        throw new DomainError('INVALID_INPUT', '当前密码不正确', { field: 'current_password' });
      }
      if (req.body.current_password === req.body.new_password) {
        throw new DomainError('INVALID_INPUT', '新密码不能与当前密码相同', {
          field: 'new_password',
          rule: 'unchanged',
        });
      }
      assertPasswordPolicy(req.body.new_password, user.username);
      await s.users.setPassword(
        user.id,
        await hashPassword(req.body.new_password),
        { mustChange: false, keepSession: sessionHash(req) },
        actorOf(req),
        s.now(),
      );
      return { user: sessionUser({ ...user, mustChangePassword: false }) };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: '当前用户（未登录为 null）', response: { 200: meResponseSchema } },
    },
    async (req) => ({ user: req.user && sessionUser(req.user) }),
  );
}

/** A scrypt hash of a random password nobody knows, made once. */
let dummy: Promise<string> | undefined;
const dummyHash = (): Promise<string> => (dummy ??= hashPassword(generatePassword()));
