/**
 * Failed logins per client address (NOTES.md “Security (identity and audit)”): an address that fails
 * `addressMaxFailures` times within `addressWindowMinutes` (any usernames, known or not) is refused every login for
 * `addressBlockMinutes`. Counted in the database, one statement per failure, so every process counts together and a
 * restart forgets nothing. The security administrator lists and clears the blocks (audited).
 */
import { sql, type Kysely } from 'kysely';
import { DomainError } from '../../core/shared/errors.js';
import type { Database } from '../types.js';
import { recordAudit, type Actor } from './audit.js';

export interface AddressBlockPolicy {
  addressMaxFailures: number;
  addressWindowMinutes: number;
  addressBlockMinutes: number;
}

export interface AddressLockout {
  address: string;
  /** Failures in the current window (0 right after a block starts). */
  failures: number;
  blocked_until: string | null;
}

const minutesBefore = (at: Date, minutes: number) => new Date(at.getTime() - minutes * 60_000).toISOString();

/** The end of the address's block, if it is blocked at `now`. */
export async function addressBlockedUntil(
  db: Kysely<Database>,
  address: string,
  now = new Date(),
): Promise<string | null> {
  const r = await db
    .selectFrom('login_addresses')
    .select('blocked_until')
    .where('address', '=', address)
    .executeTakeFirst();
  return r?.blocked_until && r.blocked_until > now.toISOString() ? r.blocked_until : null;
}

/**
 * Counts a failed login from `address`; the `addressMaxFailures`-th within the window blocks it and starts a new
 * window. Returns the block's end when this failure started one. Rows of quiet addresses are removed on the way.
 */
export async function addressFailed(
  db: Kysely<Database>,
  address: string,
  policy: AddressBlockPolicy,
  at = new Date(),
): Promise<string | null> {
  const now = at.toISOString();
  const windowEnded = sql<boolean>`login_addresses.window_start <= ${minutesBefore(at, policy.addressWindowMinutes)}`;
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('login_addresses')
      .where('window_start', '<=', minutesBefore(at, policy.addressWindowMinutes))
      .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now)]))
      .where('address', '!=', address)
      .execute();
    const r = await trx
      .insertInto('login_addresses')
      .values({ address, failures: 1, window_start: now, blocked_until: null })
      .onConflict((oc) =>
        oc.column('address').doUpdateSet({
          failures: sql<number>`case when ${windowEnded} then 1 else login_addresses.failures + 1 end`,
          window_start: sql<string>`case when ${windowEnded} then ${now} else login_addresses.window_start end`,
        }),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    if (Number(r.failures) < policy.addressMaxFailures) return null;
    const until = new Date(at.getTime() + policy.addressBlockMinutes * 60_000).toISOString();
    await trx
      .updateTable('login_addresses')
      .set({ failures: 0, window_start: now, blocked_until: until })
      .where('address', '=', address)
      .execute();
    return until;
  });
}

/** Addresses blocked now, or with failures in their current window. */
export async function addressLockouts(
  db: Kysely<Database>,
  policy: AddressBlockPolicy,
  now = new Date(),
): Promise<AddressLockout[]> {
  const rows = await db
    .selectFrom('login_addresses')
    .select(['address', 'failures', 'window_start', 'blocked_until'])
    .where((eb) =>
      eb.or([
        eb('blocked_until', '>', now.toISOString()),
        eb.and([
          eb('failures', '>', 0),
          eb('window_start', '>', minutesBefore(now, policy.addressWindowMinutes)),
        ]),
      ]),
    )
    .orderBy('address')
    .execute();
  return rows.map((r) => ({
    address: r.address,
    failures: Number(r.failures),
    blocked_until: r.blocked_until && r.blocked_until > now.toISOString() ? r.blocked_until : null,
  }));
}

/** Clears an address's block and failures (the security administrator), audited. NOT_FOUND for an unknown one. */
export async function clearAddress(
  db: Kysely<Database>,
  address: string,
  actor: Actor,
  at = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .deleteFrom('login_addresses')
      .where('address', '=', address)
      .returning(['failures', 'blocked_until'])
      .executeTakeFirst();
    if (!before) throw new DomainError('NOT_FOUND', `地址 ${address} 没有登录失败记录`, { address });
    await recordAudit(
      trx,
      actor,
      {
        action: 'unblock',
        entity: 'login_address',
        entityId: address,
        before: { failures: Number(before.failures), blocked_until: before.blocked_until },
      },
      at,
    );
  });
}
