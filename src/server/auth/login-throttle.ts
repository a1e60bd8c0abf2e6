/**
 * Slows password guessing: after `limit` failed logins for one username from one address within `windowMs`,
 * further attempts are refused (429) until the oldest failure leaves the window. A success clears the count.
 * In memory, per process: enough for one server; a cluster would keep it in the database.
 */
import { DomainError } from '../../core/shared/errors.js';

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 15 * 60_000,
  ) {}

  private key(username: string, address: string): string {
    return `${address}\u0000${username.normalize('NFC').toLowerCase()}`;
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** RATE_LIMITED when this username has failed too often from this address lately. */
  check(username: string, address: string, now: number): void {
    const list = this.recent(this.key(username, address), now);
    if (list.length >= this.limit) {
      const retryAfter = Math.ceil((list[0]! + this.windowMs - now) / 1000);
      throw new DomainError('RATE_LIMITED', `登录失败次数过多，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`, {
        username,
        retry_after_seconds: retryAfter,
      });
    }
  }

  failed(username: string, address: string, now: number): void {
    const key = this.key(username, address);
    this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 10_000) this.prune(now);
  }

  succeeded(username: string, address: string): void {
    this.failures.delete(this.key(username, address));
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
