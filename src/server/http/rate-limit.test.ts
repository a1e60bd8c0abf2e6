import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter: a one-minute window per bucket and client', () => {
  it('admits the limit, then answers the seconds left in the window; a new window admits again', () => {
    const r = new RateLimiter({ login: 2, public: 3 });
    const t0 = 1_000_000;
    expect([r.take('login', 'ip:a', t0), r.take('login', 'ip:a', t0 + 1)]).toEqual([null, null]);
    expect(r.take('login', 'ip:a', t0 + 15_000)).toBe(45);
    expect(r.take('login', 'ip:a', t0 + 59_500)).toBe(1);
    expect(r.take('login', 'ip:a', t0 + 60_000)).toBeNull();
  });

  it('counts clients and buckets apart; 0 means no limit', () => {
    const r = new RateLimiter({ login: 1, public: 0 });
    expect(r.take('login', 'ip:a', 0)).toBeNull();
    expect(r.take('login', 'ip:b', 0)).toBeNull();
    expect(r.take('login', 'ip:a', 0)).toBe(60);
    for (let i = 0; i < 1000; i++) expect(r.take('public', 'ip:a', 0)).toBeNull();
  });
});
