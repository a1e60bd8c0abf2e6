/**
 * CSRF: a state-changing request (POST, PUT, PATCH, DELETE) that carries the session cookie must come from the
 * application's own origin — its `Origin` header, or the origin of its `Referer` when there is no Origin, must be
 * the configured public URL's (WANGAN_PUBLIC_URL), or without one the origin the request itself was sent to. The
 * cookie's SameSite=Lax stays as a second line. Requests without the cookie (anonymous public endpoints) pass.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/session.js';
import { ApiError } from '../errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin of a header value, or null when it is absent or not a URL (the literal `null` included). */
function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The origin this request was addressed to (the Host header, or X-Forwarded-* when the proxy is trusted). */
const ownOrigin = (req: FastifyRequest): string | null => originOf(`${req.protocol}://${req.host}`);

export function installSameOriginCheck(app: FastifyInstance, publicUrl: URL | null): void {
  app.addHook('onRequest', async (req) => {
    if (SAFE.has(req.method) || !req.cookies[SESSION_COOKIE]) return;
    const header = req.headers.origin ? 'origin' : 'referer';
    const sent = originOf(req.headers[header]);
    const expected = publicUrl ? publicUrl.origin : ownOrigin(req);
    if (sent === null || sent !== expected) {
      throw new ApiError(
        403,
        'CROSS_ORIGIN_REQUEST',
        `拒绝跨站请求：带登录会话的修改请求必须来自本系统页面（${expected ?? '本站'}），而请求来源为 ${sent ?? '未知（缺少 Origin 和 Referer）'}`,
        { header: req.headers[header] === undefined ? null : header, origin: sent, expected },
      );
    }
  });
}
