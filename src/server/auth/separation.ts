/**
 * What a signed-in user may call before anything else is judged (onRequest, before the body is read):
 * - a user who must change the password (the generated first password, a reset) may only do that, read who they are
 *   and sign out: PASSWORD_CHANGE_REQUIRED otherwise;
 * - 三权分立 (GB/T 22239-2019 8.1.4.2 d 「应授予管理用户所需的最小权限，实现管理用户的权限分离」): the security
 *   administrator and the audit administrator call their own routes and nothing else. The system administrator is
 *   kept from theirs by the routes' declared access (access.ts).
 */
import { DomainError } from '../../core/shared/errors.js';
import type { Role } from '../../db/repositories/users.js';

/** Every signed-in user's own session and password. */
const OWN: ReadonlySet<string> = new Set([
  'GET /api/health',
  'GET /api/auth/me',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/logout-all',
  'POST /api/auth/password',
]);

const CONFINED: Partial<Record<Role, ReadonlySet<string>>> = {
  security_admin: new Set([
    'GET /api/users',
    'PUT /api/users/:id/role',
    'GET /api/lockouts',
    'DELETE /api/lockouts/:id',
    'DELETE /api/lockouts/addresses/:address',
  ]),
  auditor: new Set(['GET /api/audit']),
};

/** Throws when `user` may not call the route `method url` (`url` as registered, e.g. /api/users/:id/role). */
export function assertRouteOpen(
  user: { role: Role; mustChangePassword: boolean },
  method: string,
  url: string,
): void {
  if (!url.startsWith('/api/')) return;
  const route = `${method === 'HEAD' ? 'GET' : method} ${url}`;
  if (OWN.has(route)) return;
  if (user.mustChangePassword) {
    throw new DomainError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码（或重置后的密码）', { route });
  }
  const confined = CONFINED[user.role];
  if (confined && !confined.has(route)) {
    throw new DomainError('FORBIDDEN', `角色 ${user.role} 只能进行其职责内的操作（三权分立）`, {
      role: user.role,
      route,
    });
  }
}
