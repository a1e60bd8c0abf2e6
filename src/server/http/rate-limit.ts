/**
 * Rate limits per client in this process: a fixed one-minute window per route bucket and client — the signed-in
 * user, or the client address for an anonymous caller (behind a reverse proxy, WANGAN_TRUST_PROXY makes that the
 * real client's). Over the limit: 429 RATE_LIMITED with Retry-After, before the body is read. Several server
 * processes each count their own (NOTES.md, Security (HTTP)).
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.js';
import type { RateLimits } from '../config.js';

export type RateBucket = keyof RateLimits;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The limit this route counts against (config.ts RateLimits). */
    rateLimit?: RateBucket;
  }
}

const WINDOW_MS = 60_000;

interface Window {
  start: number;
  count: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private swept = 0;

  constructor(private readonly limits: RateLimits) {}

  /** Counts one request; the seconds to wait when it is over the bucket's limit, else null. */
  take(bucket: RateBucket, client: string, nowMs: number): number | null {
    const limit = this.limits[bucket];
    if (limit === 0) return null;
    this.sweep(nowMs);
    const key = `${bucket} ${client}`;
    let w = this.windows.get(key);
    if (!w || nowMs - w.start >= WINDOW_MS) {
      w = { start: nowMs, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count > limit ? Math.max(1, Math.ceil((w.start + WINDOW_MS - nowMs) / 1000)) : null;
  }

  /** Forgets ended windows, at most once a window, so the map stays as large as one minute's clients. */
  private sweep(nowMs: number): void {
    if (nowMs - this.swept < WINDOW_MS) return;
    this.swept = nowMs;
    for (const [key, w] of this.windows) if (nowMs - w.start >= WINDOW_MS) this.windows.delete(key);
  }
}

const BUCKET_NAMES: Record<RateBucket, string> = { login: '登录', public: '查询与审查' };

/** After sessions (a signed-in user is counted as the user, not by address). */
export function installRateLimits(app: FastifyInstance, limits: RateLimits, now: () => Date): void {
  const limiter = new RateLimiter(limits);
  app.addHook('onRequest', async (req, reply) => {
    const bucket = req.routeOptions.config.rateLimit;
    if (bucket === undefined) return;
    const client = req.user ? `user:${req.user.id}` : `ip:${req.ip}`;
    const wait = limiter.take(bucket, client, now().getTime());
    if (wait === null) return;
    reply.header('retry-after', String(wait));
    throw new ApiError(429, 'RATE_LIMITED', `${BUCKET_NAMES[bucket]}请求过于频繁，请 ${wait} 秒后再试`, {
      limit_per_minute: limits[bucket],
      retry_after_seconds: wait,
    });
  });
}
