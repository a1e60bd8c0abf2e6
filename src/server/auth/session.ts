/**
 * Sessions: a random token in the httpOnly cookie `wangan_session`; the database holds only its sha256. A session
 * ends after its absolute lifetime, after the idle time without a request, at logout, at logout everywhere, and when
 * its account is disabled or its password set (IdentitySettings). Every request learns its user (or null) in
 * onRequest, then passes the route gate (separation.ts); routes declare who may call them (access.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../db/repositories/audit.js';
import {
  STAFF_ROLES,
  type Role,
  type SessionTimes,
  type UserRepository,
} from '../../db/repositories/users.js';
import type { IdentitySettings } from './identity-settings.js';
import { assertRouteOpen } from './separation.js';

export const SESSION_COOKIE = 'wangan_session';

export interface RequestUser {
  id: number;
  username: string;
  role: Role;
  mustChangePassword: boolean;
  /** The organisation of an `operator`; null for every other role. */
  organisation_id: number | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: RequestUser | null;
  }
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const sessionTimes = (identity: IdentitySettings): SessionTimes => ({
  idleMs: identity.sessionIdleMinutes * 60_000,
});

export function installSessions(
  app: FastifyInstance,
  users: UserRepository,
  now: () => Date,
  identity: IdentitySettings,
): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req) => {
    req.user = null;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const u = await users.sessionUser(hashToken(token), sessionTimes(identity), now());
    if (!u) return;
    req.user = {
      id: u.id,
      username: u.username,
      role: u.role,
      mustChangePassword: u.must_change_password,
      organisation_id: u.organisation_id,
    };
    if (req.routeOptions.url) assertRouteOpen(req.user, req.method, req.routeOptions.url);
  });
}

export async function startSession(
  reply: FastifyReply,
  users: UserRepository,
  userId: number,
  now: Date,
  opts: { secure: boolean; identity: IdentitySettings },
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + opts.identity.sessionMaxHours * 3600_000);
  await users.createSession(hashToken(token), userId, expires, now);
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    expires,
    secure: opts.secure,
  });
}

/** The sha256 of the request's session token, if it has one. */
export const sessionHash = (req: FastifyRequest): string | undefined => {
  const token = req.cookies[SESSION_COOKIE];
  return token ? hashToken(token) : undefined;
};

export async function endSession(
  req: FastifyRequest,
  reply: FastifyReply,
  users: UserRepository,
): Promise<void> {
  const hash = sessionHash(req);
  if (hash) await users.deleteSession(hash);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The police side's roles: every signed-in user but an `operator` (who sees only its own self-check). */
export const STAFF: readonly Role[] = STAFF_ROLES;

/** Whether the request's user is of the police side (sees internal cases and statistics over them). */
export const isStaff = (user: RequestUser | null): boolean => user !== null && user.role !== 'operator';

export const actorOf = (req: FastifyRequest): Actor =>
  req.user ? { id: req.user.id, username: req.user.username } : { id: null, username: 'anonymous' };
