/** Login, session, users and the audit log. */
import { z } from 'zod';
import { pageQuerySchema, roleSchema } from './common.js';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  role: roleSchema,
  /** True until the generated or reset password is changed: every other call answers PASSWORD_CHANGE_REQUIRED. */
  must_change_password: z.boolean(),
  organisation_id: z
    .number()
    .int()
    .nullable()
    .describe('the organisation of an operator (合规自查); null otherwise'),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;
export const meResponseSchema = z.object({ user: sessionUserSchema.nullable() });
export const loginResponseSchema = z.object({ user: sessionUserSchema });
export const passwordChangeBodySchema = z.object({
  current_password: z.string().min(1).max(256),
  new_password: z.string().min(1).max(256),
});

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  role: roleSchema,
  organisation_id: z.number().int().nullable(),
  disabled: z.boolean(),
  created_at: z.string(),
  must_change_password: z.boolean(),
  locked_until: z.string().nullable(),
});
export const userListResponseSchema = z.object({ items: z.array(userSchema) });
export const userCreateBodySchema = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[\p{L}\p{N}_.-]+$/u, '只能含字母、数字、_ . -'),
  /** Checked against the password policy (auth/password-policy.ts) by the route, which names the rule broken. */
  password: z.string().min(1).max(256),
  role: roleSchema,
  organisation_id: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('required for the role operator (its organisation), absent for every other role'),
});
export const passwordResetBodySchema = z.object({ password: z.string().min(1).max(256) });
export const roleBodySchema = z.object({ role: roleSchema });
export const lockoutSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  role: roleSchema,
  failed_logins: z.number().int(),
  locked_until: z.string().nullable(),
});
export const addressLockoutSchema = z.object({
  address: z.string(),
  failures: z.number().int(),
  blocked_until: z.string().nullable(),
});
/** Accounts (`items`) and client addresses (`addresses`) with failed logins or a delay/block now. */
export const lockoutListResponseSchema = z.object({
  items: z.array(lockoutSchema),
  addresses: z.array(addressLockoutSchema),
});
export const addressParamSchema = z.object({ address: z.string().min(1).max(100) });
export const organisationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  created_by: z.string().nullable(),
  created_at: z.string(),
});
export const organisationCreateBodySchema = z.object({ name: z.string().trim().min(2).max(200) });
export const organisationResponseSchema = z.object({ organisation: organisationSchema });
export const organisationListResponseSchema = z.object({ items: z.array(organisationSchema) });
export const userResponseSchema = z.object({ user: userSchema });

const instant = z
  .string()
  .datetime({ offset: true, message: '应为 ISO 格式的日期时间，例如 2026-01-01T00:00:00Z' });
export const auditQuerySchema = pageQuerySchema.extend({
  entity: z.string().min(1).optional(),
  entity_id: z.string().min(1).optional(),
  username: z.string().min(1).optional(),
  action: z.string().min(1).optional(),
  /** From (inclusive) and to (exclusive), ISO date-times. */
  from: instant.optional(),
  to: instant.optional(),
});
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  user_id: z.number().int().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entity_id: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** This entry's link in the hash chain (sha256 of its content and the previous entry's hash). */
  hash: z.string().nullable(),
});
export const auditListResponseSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  page_size: z.number().int(),
});

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  db: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
