/** Accounts and sessions. Passwords arrive hashed; session tokens arrive as their sha256 (never the token). */
import { sql, type Kysely } from 'kysely';
import { DomainError } from '../../core/shared/errors.js';
import type { Database, UserRow } from '../types.js';
import { recordAudit, type Actor } from './audit.js';

/**
 * 法制审核 is `reviewer`, 审批负责人 is `leader` (case handling, src/server/auth/action-roles.ts). 三权分立: `admin` is the
 * system administrator (accounts, settings), `security_admin` the security administrator (roles, lockouts) and
 * `auditor` the audit administrator (the audit log, nothing else); one role per account. `operator` is a network
 * operator's self-check account (合规自查), bound to one organisation and outside the police side.
 */
export const ROLES = [
  'admin',
  'officer',
  'reviewer',
  'leader',
  'viewer',
  'security_admin',
  'auditor',
  'operator',
] as const;
export type Role = (typeof ROLES)[number];
/** The police side: every role but `operator`. */
export const STAFF_ROLES = ROLES.filter((r) => r !== 'operator');

/** The three administrators: granted only on the server's command line (`wangan user add`), never through the API. */
export const ADMINISTRATOR_ROLES: readonly Role[] = ['admin', 'security_admin', 'auditor'];
export const isAdministrator = (role: Role): boolean => ADMINISTRATOR_ROLES.includes(role);

/** Case and width folded: 「ADMIN」 and 「Ａｄｍｉｎ」 are the same name as 「admin」. */
export const foldUsername = (name: string): string => name.normalize('NFKC').toLowerCase();

/**
 * The per-account delay (NOTES.md “Security (identity and audit)”): from the `maxFailures`-th failed login in a row,
 * each failure makes the account wait `delaySeconds` before the next attempt, doubling with each further failure, at
 * most `maxDelaySeconds`. Never longer: whoever keeps an account waiting must keep failing, and each failure counts
 * against the address it came from (`login-addresses.ts`).
 */
export interface LockoutPolicy {
  maxFailures: number;
  delaySeconds: number;
  maxDelaySeconds: number;
}

/** The wait after `failures` failed logins in a row: 0 below `maxFailures`, then doubling up to the cap. */
export function accountDelaySeconds(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.maxFailures) return 0;
  const doublings = Math.min(failures - policy.maxFailures, 30);
  return Math.min(policy.delaySeconds * 2 ** doublings, policy.maxDelaySeconds);
}

export interface Lockout {
  id: number;
  username: string;
  role: Role;
  failed_logins: number;
  locked_until: string | null;
}

export interface User {
  id: number;
  username: string;
  role: Role;
  /** The organisation of an `operator`; null for every other role. */
  organisation_id: number | null;
  disabled: boolean;
  created_at: string;
  must_change_password: boolean;
  locked_until: string | null;
}

const toUser = (r: UserRow): User => ({
  id: Number(r.id),
  username: r.username,
  role: r.role as Role,
  organisation_id: r.organisation_id === null ? null : Number(r.organisation_id),
  disabled: Number(r.disabled) === 1,
  created_at: r.created_at,
  must_change_password: Number(r.must_change_password) === 1,
  locked_until: r.locked_until,
});

export interface SessionTimes {
  /** A session unused this long ends. */
  idleMs: number;
}

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    input: {
      username: string;
      passwordHash: string;
      role: Role;
      mustChangePassword?: boolean;
      organisationId?: number;
    },
    actor: Actor,
    at = new Date(),
  ): Promise<User> {
    if ((input.role === 'operator') !== (input.organisationId !== undefined)) {
      throw new DomainError(
        'INVALID_INPUT',
        'organisation_id: 自查账号（operator）必须且只有它绑定一个单位',
        {
          field: 'organisation_id',
          role: input.role,
          value: input.organisationId ?? null,
        },
      );
    }
    return this.db.transaction().execute(async (trx) => {
      if (input.organisationId !== undefined) {
        const org = await trx
          .selectFrom('organisations')
          .select('id')
          .where('id', '=', input.organisationId)
          .executeTakeFirst();
        if (!org) {
          throw new DomainError('NOT_FOUND', `单位 ${input.organisationId} 不存在`, {
            field: 'organisation_id',
            value: input.organisationId,
          });
        }
      }
      const folded = foldUsername(input.username);
      const names = await trx.selectFrom('users').select('username').execute();
      const existing = names.find((n) => foldUsername(n.username) === folded);
      if (existing) {
        throw new DomainError(
          'CONFLICT',
          existing.username === input.username
            ? `用户名「${input.username}」已存在`
            : `用户名「${input.username}」与已有的「${existing.username}」仅大小写或全角半角不同`,
          { field: 'username', value: input.username, existing: existing.username },
        );
      }
      const row = await trx
        .insertInto('users')
        .values({
          username: input.username,
          password_hash: input.passwordHash,
          role: input.role,
          organisation_id: input.organisationId ?? null,
          disabled: 0,
          created_at: at.toISOString(),
          must_change_password: input.mustChangePassword ? 1 : 0,
          password_changed_at: at.toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const user = toUser(row);
      await recordAudit(trx, actor, { action: 'create', entity: 'user', entityId: user.id, after: user }, at);
      return user;
    });
  }

  async list(): Promise<User[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('id').execute()).map(toUser);
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async byId(id: number): Promise<User | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toUser(r);
  }

  /** The user and their password hash, for login. */
  async credentials(username: string): Promise<{ user: User; passwordHash: string } | undefined> {
    const r = await this.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return r && { user: toUser(r), passwordHash: r.password_hash };
  }

  /** Disables an account and ends its sessions. */
  async disable(id: number, actor: Actor, at = new Date()): Promise<User> {
    return this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) throw new DomainError('NOT_FOUND', `用户 ${id} 不存在`, { id });
      await trx.updateTable('users').set({ disabled: 1 }).where('id', '=', id).execute();
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      const after = { ...toUser(before), disabled: true };
      await recordAudit(
        trx,
        actor,
        { action: 'disable', entity: 'user', entityId: id, before: toUser(before), after },
        at,
      );
      return after;
    });
  }

  /** Sets a password: by its owner (`mustChange` false) or reset by an administrator (true). Ends the account's other sessions. */
  async setPassword(
    id: number,
    passwordHash: string,
    opts: { mustChange: boolean; keepSession?: string },
    actor: Actor,
    at = new Date(),
  ): Promise<User> {
    return this.db.transaction().execute(async (trx) => {
      const before = await this.row(trx, id);
      await trx
        .updateTable('users')
        .set({
          password_hash: passwordHash,
          must_change_password: opts.mustChange ? 1 : 0,
          password_changed_at: at.toISOString(),
        })
        .where('id', '=', id)
        .execute();
      let ended = trx.deleteFrom('sessions').where('user_id', '=', id);
      if (opts.keepSession) ended = ended.where('token_hash', '!=', opts.keepSession);
      await ended.execute();
      const after = { ...toUser(before), must_change_password: opts.mustChange };
      const action = opts.mustChange ? 'reset_password' : 'change_password';
      await recordAudit(trx, actor, { action, entity: 'user', entityId: id }, at);
      return after;
    });
  }

  async setRole(id: number, role: Role, actor: Actor, at = new Date()): Promise<User> {
    return this.db.transaction().execute(async (trx) => {
      const before = toUser(await this.row(trx, id));
      await trx.updateTable('users').set({ role }).where('id', '=', id).execute();
      const after = { ...before, role };
      await recordAudit(trx, actor, { action: 'set_role', entity: 'user', entityId: id, before, after }, at);
      return after;
    });
  }

  /**
   * A failed login of an existing account: the count of failures in a row grows in one statement (so that processes
   * sharing the database count together) and from the `maxFailures`-th on sets the delay's end. Returns that end.
   */
  async loginFailed(id: number, policy: LockoutPolicy, at = new Date()): Promise<string | null> {
    return this.db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('users')
        .set({ failed_logins: sql<number>`failed_logins + 1` })
        .where('id', '=', id)
        .returning('failed_logins')
        .executeTakeFirstOrThrow();
      const seconds = accountDelaySeconds(Number(r.failed_logins), policy);
      if (seconds === 0) return null;
      const until = new Date(at.getTime() + seconds * 1000).toISOString();
      await trx.updateTable('users').set({ locked_until: until }).where('id', '=', id).execute();
      return until;
    });
  }

  async loginSucceeded(id: number): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', id)
      .execute();
  }

  /** Accounts waiting out a delay now, or with failed logins in a row counting towards one. */
  async lockouts(now = new Date()): Promise<Lockout[]> {
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'username', 'role', 'failed_logins', 'locked_until'])
      .where((eb) => eb.or([eb('locked_until', '>', now.toISOString()), eb('failed_logins', '>', 0)]))
      .orderBy('username')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      username: r.username,
      role: r.role as Role,
      failed_logins: Number(r.failed_logins),
      locked_until: r.locked_until && r.locked_until > now.toISOString() ? r.locked_until : null,
    }));
  }

  /** Clears an account's lock and failure count (the security administrator), audited. */
  async unlock(id: number, actor: Actor, at = new Date()): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const before = await this.row(trx, id);
      await trx
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null })
        .where('id', '=', id)
        .execute();
      await recordAudit(
        trx,
        actor,
        {
          action: 'unlock',
          entity: 'user',
          entityId: id,
          before: { failed_logins: Number(before.failed_logins), locked_until: before.locked_until },
        },
        at,
      );
    });
  }

  private async row(trx: Kysely<Database>, id: number): Promise<UserRow> {
    const r = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw new DomainError('NOT_FOUND', `账号 ${id} 不存在`, { id });
    return r;
  }

  async createSession(tokenHash: string, userId: number, expiresAt: Date, at = new Date()): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: tokenHash,
        user_id: userId,
        created_at: at.toISOString(),
        expires_at: expiresAt.toISOString(),
        last_seen_at: at.toISOString(),
      })
      .execute();
  }

  /**
   * The enabled user a live session belongs to: before its absolute end and used within the idle time. Marks the
   * session used (at most once a minute, so that reads do not each write).
   */
  async sessionUser(tokenHash: string, times: SessionTimes, now = new Date()): Promise<User | undefined> {
    const r = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select('sessions.last_seen_at')
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', now.toISOString())
      .where('sessions.last_seen_at', '>', new Date(now.getTime() - times.idleMs).toISOString())
      .where('users.disabled', '=', 0)
      .executeTakeFirst();
    if (!r) return undefined;
    if (r.last_seen_at! < new Date(now.getTime() - 60_000).toISOString()) {
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .execute();
    }
    return toUser(r);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Logout everywhere: every session of the account. */
  async deleteSessionsOf(userId: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  /** Sessions past their absolute end or idle longer than `times.idleMs`. */
  async deleteExpiredSessions(times: SessionTimes, now = new Date()): Promise<void> {
    const idleSince = new Date(now.getTime() - times.idleMs).toISOString();
    await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<=', idleSince)]))
      .execute();
  }
}
