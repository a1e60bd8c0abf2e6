/** Typical-case bulletins (典型案例通报): composing a draft, issuing it, the issued bulletins. */
import { z } from 'zod';
import { idSchema } from './common.js';

const caseIdsSchema = z
  .array(idSchema)
  .min(1)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, '同一案例在通报中只能出现一次');

export const composeBulletinBodySchema = z.object({
  case_ids: caseIdsSchema,
  title: z.string().trim().max(200).optional(),
  /** The publishing unit; default the deciding unit the cases share. */
  unit: z.string().trim().min(1).max(100).optional(),
  /** The period covered (2021年, 2024年第三季度); default the years of the cases. */
  period: z.string().trim().min(1).max(50).optional(),
});

export const bulletinDraftSchema = z.object({
  title: z.string(),
  /** The body without the title: one paragraph a line, a blank line between blocks. */
  text: z.string(),
  /** The body and title as HTML (h1, h2, p). */
  html: z.string(),
  /** The cases told without identifying the party, and why (治安管理处罚法 第一百三十六条). */
  sealed: z.array(z.object({ case_id: z.number().int(), basis: z.string() })),
});
export type BulletinDraftView = z.infer<typeof bulletinDraftSchema>;

export const issueBulletinBodySchema = z.object({
  case_ids: caseIdsSchema,
  title: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(200_000),
});

export const issuedBulletinSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  case_ids: z.array(z.number().int()),
  issued_at: z.string(),
  issued_by: z.string(),
  /** SHA-256 of the Word file as issued (its ETag). */
  sha256: z.string(),
});
export type IssuedBulletinView = z.infer<typeof issuedBulletinSchema>;
export const issuedBulletinListSchema = z.array(issuedBulletinSchema);
export const issuedBulletinFullSchema = issuedBulletinSchema.extend({ text: z.string(), html: z.string() });
export const bulletinListQuerySchema = z.object({ case_id: idSchema.optional() });
