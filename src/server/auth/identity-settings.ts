/**
 * The identity settings (等保 身份鉴别): the per-account delay and the per-address block after failed logins, session
 * idle timeout and absolute lifetime.
 */
import type { AddressBlockPolicy } from '../../db/repositories/login-addresses.js';
import type { LockoutPolicy } from '../../db/repositories/users.js';

export interface IdentitySettings extends LockoutPolicy, AddressBlockPolicy {
  /** A session unused this many minutes ends. */
  sessionIdleMinutes: number;
  /** A session ends this many hours after sign-in, used or not. */
  sessionMaxHours: number;
}

/**
 * The defaults (README, “Settings”): from the 5th failure in a row an account waits 15 s, doubling to at most 120 s;
 * 20 failures from one address within 60 minutes block it for 60 minutes; sessions idle 30 minutes, at most 12 hours.
 */
export const DEFAULT_IDENTITY: IdentitySettings = {
  maxFailures: 5,
  delaySeconds: 15,
  maxDelaySeconds: 120,
  addressMaxFailures: 20,
  addressWindowMinutes: 60,
  addressBlockMinutes: 60,
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
};

/**
 * Whether one address can keep an account waiting without being blocked: holding the account takes a failure every
 * `maxDelaySeconds`, so the window must see `addressMaxFailures` of them first. The message names the settings.
 */
export function addressCanHoldAccount(s: IdentitySettings): string | null {
  if (s.maxDelaySeconds * s.addressMaxFailures <= s.addressWindowMinutes * 60) return null;
  return (
    `WANGAN_LOGIN_MAX_DELAY_SECONDS × WANGAN_LOGIN_ADDRESS_MAX_FAILURES（${s.maxDelaySeconds} × ${s.addressMaxFailures}）` +
    `不能超过以秒计的 WANGAN_LOGIN_ADDRESS_WINDOW_MINUTES（${s.addressWindowMinutes} 分钟）：` +
    `否则一个地址可以让某个账户一直等待而自己从不被封禁`
  );
}
