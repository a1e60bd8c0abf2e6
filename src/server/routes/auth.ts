/** Login (session cookie), logout, and who am I. */
import { DomainError } from '../../core/shared/errors.js';
import type { Services, ZodApp } from '../app.js';
import { generatePassword, hashPassword, verifyPassword } from '../auth/password.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { endSession, startSession } from '../auth/session.js';
import {
  errorBodySchema,
  loginBodySchema,
  loginResponseSchema,
  meResponseSchema,
  okSchema,
} from '../schemas/index.js';

export function authRoutes(app: ZodApp, s: Services): void {
  const throttle = new LoginThrottle();
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: '登录（设置 wangan_session 会话 Cookie）',
        body: loginBodySchema,
        response: { 200: loginResponseSchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (req, reply) => {
      const now = s.now();
      throttle.check(req.body.username, req.ip, now.getTime());
      const found = await s.users.credentials(req.body.username);
      // Verify even for an unknown user so that timing does not reveal which usernames exist.
      const ok = await verifyPassword(req.body.password, found?.passwordHash ?? (await dummyHash()));
      if (!found || !ok || found.user.disabled) {
        throttle.failed(req.body.username, req.ip, now.getTime());
        throw new DomainError('UNAUTHENTICATED', '用户名或密码错误，或账号已停用', {
          username: req.body.username,
        });
      }
      throttle.succeeded(req.body.username, req.ip);
      await s.users.deleteExpiredSessions(now);
      await startSession(reply, s.users, found.user.id, now, s.deps.secureCookies ?? false);
      const { id, username, role, organisation_id } = found.user;
      return { user: { id, username, role, organisation_id } };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: '退出登录', response: { 200: okSchema } } },
    async (req, reply) => {
      await endSession(req, reply, s.users);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: '当前用户（未登录为 null）', response: { 200: meResponseSchema } } },
    async (req) => ({
      user: req.user,
    }),
  );
}

/** A scrypt hash of a random password nobody knows, made once. */
let dummy: Promise<string> | undefined;
const dummyHash = (): Promise<string> => (dummy ??= hashPassword(generatePassword()));
