/**
 * Sessions: a random token in the httpOnly cookie `wangan_session`; the database holds only its sha256.
 * Every request learns its user (or null) in onRequest; routes guard themselves with requireRole().
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { DomainError } from '../../core/shared/errors.js';
import type { Actor } from '../../db/repositories/audit.js';
import { STAFF_ROLES, type Role, type UserRepository } from '../../db/repositories/users.js';

export const SESSION_COOKIE = 'wangan_session';
export const SESSION_TTL_MS = 12 * 3600_000;

export interface RequestUser {
  id: number;
  username: string;
  role: Role;
  organisation_id: number | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: RequestUser | null;
  }
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function installSessions(app: FastifyInstance, users: UserRepository, now: () => Date): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req) => {
    req.user = null;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const u = await users.sessionUser(hashToken(token), now());
    if (u) req.user = { id: u.id, username: u.username, role: u.role, organisation_id: u.organisation_id };
  });
}

export async function startSession(
  reply: FastifyReply,
  users: UserRepository,
  userId: number,
  now: Date,
  secure: boolean,
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_TTL_MS);
  await users.createSession(hashToken(token), userId, expires, now);
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', expires, secure });
}

export async function endSession(
  req: FastifyRequest,
  reply: FastifyReply,
  users: UserRepository,
): Promise<void> {
  const token = req.cookies[SESSION_COOKIE];
  if (token) await users.deleteSession(hashToken(token));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** preHandler: 401 without a session, 403 when the user's role is not among `roles`. */
export function requireRole(...roles: Role[]): preHandlerAsyncHookHandler {
  return async (req) => {
    if (!req.user) throw new DomainError('UNAUTHENTICATED', '请先登录', {});
    if (!roles.includes(req.user.role)) {
      throw new DomainError('FORBIDDEN', `此操作需要以下角色之一：${roles.join('、')}`, {
        role: req.user.role,
        required: roles,
      });
    }
  };
}

/** Any signed-in user of the police side (an `operator` sees only its own self-check). */
export const requireStaff = requireRole(...STAFF_ROLES);

/** Whether the request's user is of the police side (sees internal cases and statistics over them). */
export const isStaff = (user: RequestUser | null): boolean => user !== null && user.role !== 'operator';

export const actorOf = (req: FastifyRequest): Actor =>
  req.user ? { id: req.user.id, username: req.user.username } : { id: null, username: 'anonymous' };
