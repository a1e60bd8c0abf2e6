/** The identity settings (等保 身份鉴别): lockout after failed logins, session idle timeout and absolute lifetime. */
import type { LockoutPolicy } from '../../db/repositories/users.js';

export interface IdentitySettings extends LockoutPolicy {
  /** A session unused this many minutes ends. */
  sessionIdleMinutes: number;
  /** A session ends this many hours after sign-in, used or not. */
  sessionMaxHours: number;
}

/** The defaults (README, “Settings”): 5 failures lock for 15 minutes; sessions idle 30 minutes, at most 12 hours. */
export const DEFAULT_IDENTITY: IdentitySettings = {
  maxFailures: 5,
  lockMinutes: 15,
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
};
