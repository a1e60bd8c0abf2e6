/**
 * Shapes shared by every route: the error body, ids, paging, partial dates.
 * The web client imports these types (type-only); keep them the truth of the API.
 */
import { z } from 'zod';
import { isPartialDate } from '../../core/shared/dates.js';
import { ROLES } from '../../db/repositories/users.js';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A calendar date at the precision given: 2021, 2021-04 or 2021-04-07 (2021-02-30 is refused). */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '应为 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期')
  .refine(isPartialDate, '不是有效的日期');
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期')
  .refine(isPartialDate, '不是有效的日期');

/** Row ids: positive and within a 32-bit integer column (a larger one would be a database error, not a 404). */
export const idSchema = z.coerce.number().int().positive().max(2_147_483_647);
export const idParamSchema = z.object({ id: idSchema });

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const caseStatusSchema = z.enum(['published', 'internal']);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(20),
});

export const okSchema = z.object({ ok: z.literal(true) });
