/** Accounts and sessions. Passwords arrive hashed; session tokens arrive as their sha256 (never the token). */
import type { Kysely } from 'kysely';
import { DomainError } from '../../core/shared/errors.js';
import type { Database, UserRow } from '../types.js';
import { recordAudit, type Actor } from './audit.js';

/**
 * 法制审核 is `reviewer`, 审批负责人 is `leader` (case handling, src/server/auth/action-roles.ts); `operator` is a
 * network operator's self-check account (合规自查), bound to one organisation and outside the police side.
 */
export const ROLES = ['admin', 'officer', 'reviewer', 'leader', 'viewer', 'operator'] as const;
export type Role = (typeof ROLES)[number];
/** The police side: every role but `operator`. */
export const STAFF_ROLES = ROLES.filter((r) => r !== 'operator');

export interface User {
  id: number;
  username: string;
  role: Role;
  /** The organisation of an `operator`; null for every other role. */
  organisation_id: number | null;
  disabled: boolean;
  created_at: string;
}

const toUser = (r: UserRow): User => ({
  id: Number(r.id),
  username: r.username,
  role: r.role as Role,
  organisation_id: r.organisation_id === null ? null : Number(r.organisation_id),
  disabled: Number(r.disabled) === 1,
  created_at: r.created_at,
});

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    input: { username: string; passwordHash: string; role: Role; organisationId?: number },
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
      const existing = await trx
        .selectFrom('users')
        .select('id')
        .where('username', '=', input.username)
        .executeTakeFirst();
      if (existing) {
        throw new DomainError('CONFLICT', `user "${input.username}" already exists`, {
          field: 'username',
          value: input.username,
        });
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
      if (!before) throw new DomainError('NOT_FOUND', `user ${id} does not exist`, { id });
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

  async createSession(tokenHash: string, userId: number, expiresAt: Date, at = new Date()): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: tokenHash,
        user_id: userId,
        created_at: at.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
  }

  /** The enabled user a live session belongs to. */
  async sessionUser(tokenHash: string, now = new Date()): Promise<User | undefined> {
    const r = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', now.toISOString())
      .where('users.disabled', '=', 0)
      .executeTakeFirst();
    return r && toUser(r);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteExpiredSessions(now = new Date()): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  }
}
