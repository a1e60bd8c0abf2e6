/**
 * Security headers on every response — API, static UI, errors, 404s, and the parser's own 400s (client-error.ts).
 * The Content-Security-Policy admits no inline script (scripts only from our own origin); Ant Design injects <style>
 * elements, so styles may be inline. A response that its own pages may frame (the inline PDF preview sets
 * X-Frame-Options SAMEORIGIN) gets frame-ancestors 'self'; nothing else may be framed. A route may set a stricter
 * CSP of its own.
 */
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers of a response that sets none of its own. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};

const SAME_ORIGIN_FRAMES = "frame-ancestors 'self'";

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply) => {
    const framable = reply.getHeader('x-frame-options') === 'SAMEORIGIN';
    const own = reply.getHeader('content-security-policy');
    reply.headers(SECURITY_HEADERS);
    if (framable) reply.header('x-frame-options', 'SAMEORIGIN');
    if (own !== undefined || framable) reply.header('content-security-policy', own ?? SAME_ORIGIN_FRAMES);
  });
}
