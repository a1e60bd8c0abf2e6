/**
 * Who may call a route, declared on the route (`config: { access }`) and enforced in one onRequest hook: before
 * the body is read, parsed or validated, an anonymous caller gets 401 and a signed-in role that may not gets 403.
 * Every /api route must declare its access — registering one without it fails at start, so none can forget.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../core/shared/errors.js';
import { ROLES, type Role } from '../../db/repositories/users.js';

/** The OpenAPI security scheme of the session cookie (components.securitySchemes in app.ts). */
export const SESSION_SCHEME = 'session';

/** `public`: anyone; otherwise the roles that may call (ANY_USER: every signed-in user). */
export type Access = 'public' | readonly Role[];

export const ANY_USER: readonly Role[] = ROLES;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** The declared access of every API route, `METHOD /api/path` → access (the route-walk test reads it). */
    routeAccess: ReadonlyMap<string, Access>;
  }
}

/** 401 without a session, 403 when the user's role is not among `roles`. */
export function assertAccess(req: FastifyRequest, access: Access): void {
  if (access === 'public') return;
  if (!req.user) throw new DomainError('UNAUTHENTICATED', '请先登录', {});
  if (!access.includes(req.user.role)) {
    throw new DomainError('FORBIDDEN', `此操作需要以下角色之一：${access.join('、')}`, {
      role: req.user.role,
      required: access,
    });
  }
}

/**
 * On the root instance, before the API routes are registered (sessions must already be installed): the table,
 * the registration check (a route under `prefix` without `config.access` is a programming error) and the hook.
 */
export function installAccess(app: FastifyInstance, prefix: string): void {
  const table = new Map<string, Access>();
  app.decorate('routeAccess', table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(`${prefix}/`)) return;
    const access = route.config?.access;
    if (access === undefined) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no config.access`);
    }
    for (const method of [route.method].flat())
      if (method !== 'HEAD') table.set(`${method} ${route.url}`, access);
    // The OpenAPI document says which routes need the session cookie (the `session` scheme, app.ts).
    if (access !== 'public') route.schema = { ...route.schema, security: [{ [SESSION_SCHEME]: [] }] };
  });
  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config.access;
    if (access !== undefined) assertAccess(req, access);
  });
}
