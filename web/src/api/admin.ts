/**
 * The administrators' routes (三权分立): accounts (system administrator), roles and lockouts (security administrator),
 * the audit log (audit administrator); and every user's own password and sessions.
 */
import type { z } from 'zod';
import type {
  auditListResponseSchema,
  lockoutListResponseSchema,
  meResponseSchema,
  userListResponseSchema,
  userResponseSchema,
  Role,
} from '../../../src/server/schemas/index.js';
import { request } from './client.js';

type Signal = AbortSignal | undefined;
export type Account = z.infer<typeof userListResponseSchema>['items'][number];
export type Lockouts = z.infer<typeof lockoutListResponseSchema>;
export type Lockout = Lockouts['items'][number];
export type AddressLockout = Lockouts['addresses'][number];
export type AuditPage = z.infer<typeof auditListResponseSchema>;
export type AuditItem = AuditPage['items'][number];
/** GET /api/audit's query (auditQuerySchema): from inclusive, to exclusive, ISO instants. */
export interface AuditQuery {
  page: number;
  page_size: number;
  username?: string;
  action?: string;
  entity?: string;
  entity_id?: string;
  from?: string;
  to?: string;
}
export type { Role };

export const accountApi = {
  changePassword: async (current_password: string, new_password: string) =>
    (
      await request<z.infer<typeof meResponseSchema>>('POST', '/api/auth/password', {
        json: { current_password, new_password },
      })
    ).user,
  logoutAll: () => request<unknown>('POST', '/api/auth/logout-all'),
};

export const usersApi = {
  list: async (signal?: Signal) =>
    (await request<z.infer<typeof userListResponseSchema>>('GET', '/api/users', { signal })).items,
  create: (username: string, password: string, role: Role) =>
    request<z.infer<typeof userResponseSchema>>('POST', '/api/users', { json: { username, password, role } }),
  disable: (id: number) => request<z.infer<typeof userResponseSchema>>('POST', `/api/users/${id}/disable`),
  resetPassword: (id: number, password: string) =>
    request<z.infer<typeof userResponseSchema>>('POST', `/api/users/${id}/password`, { json: { password } }),
  setRole: (id: number, role: Role) =>
    request<z.infer<typeof userResponseSchema>>('PUT', `/api/users/${id}/role`, { json: { role } }),
};

export const lockoutsApi = {
  list: (signal?: Signal) => request<Lockouts>('GET', '/api/lockouts', { signal }),
  unlock: (id: number) => request<unknown>('DELETE', `/api/lockouts/${id}`),
  unblock: (address: string) =>
    request<unknown>('DELETE', `/api/lockouts/addresses/${encodeURIComponent(address)}`),
};

export const auditApi = {
  list: (query: AuditQuery, signal?: Signal) =>
    request<AuditPage>('GET', '/api/audit', { query: { ...query }, signal }),
};
