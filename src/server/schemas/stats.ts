/** Stats routes: counts and fine sums by a dimension, and the fine distribution. */
import { z } from 'zod';
import { caseFilterSchema } from './cases.js';

export const statsGroupBySchema = z.enum([
  'month',
  'year',
  'region',
  'law',
  'article',
  'sanction',
  'party_kind',
]);
export type StatsGroupBy = z.infer<typeof statsGroupBySchema>;

export const statsQuerySchema = caseFilterSchema.extend({ group_by: statsGroupBySchema });

export const statsGroupSchema = z.object({
  /** month: 2021-04; year: 2021; law: 网络安全法; article: 网络安全法第64条; sanction: fine; null = not stated. */
  key: z.string().nullable(),
  /** Chinese label for display (罚款, 个人, 网络安全法第六十四条 …). */
  label: z.string(),
  cases: z.number().int(),
  /** Sum of the fines of those cases, in yuan. */
  fine_sum: z.number(),
});
export const statsResponseSchema = z.object({
  group_by: statsGroupBySchema,
  groups: z.array(statsGroupSchema),
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;

export const fineBucketSchema = z.object({
  /** Inclusive lower bound in yuan. */
  min: z.number(),
  /** Exclusive upper bound, null for the last bucket. */
  max: z.number().nullable(),
  label: z.string(),
  cases: z.number().int(),
});
export const fineStatsResponseSchema = z.object({
  buckets: z.array(fineBucketSchema),
  /** Cases with at least one fine, and their count by amount. */
  fined_cases: z.number().int(),
  total_yuan: z.number(),
  median_yuan: z.number().nullable(),
  max_yuan: z.number().nullable(),
});
export const fineStatsQuerySchema = caseFilterSchema;
