/**
 * The legality check as the API returns it (src/core/penalties/check-result.ts). Objects are loose so that a
 * field the check engine adds later passes through rather than failing the response.
 */
import { z } from 'zod';
import { sanctionKindSchema, sanctionTargetSchema } from './case-record.js';

const findingSchema = z.looseObject({
  code: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});

const sanctionRangeSchema = z.looseObject({
  kind: sanctionKindSchema,
  target: sanctionTargetSchema,
  modality: z.string(),
  min_yuan: z.number().nullable().optional(),
  max_yuan: z.number().nullable().optional(),
  min_days: z.number().nullable().optional(),
  max_days: z.number().nullable().optional(),
  needs: z.string().optional(),
  words: z.string().optional(),
});

export const tierRangeSchema = z.looseObject({
  tier: z.string(),
  label: z.string(),
  when: z.array(z.array(z.string())),
  sanctions: z.array(sanctionRangeSchema),
});

const appliedRuleSchema = z.looseObject({
  rule: z.string(),
  law: z.string(),
  version: z.string(),
  article: z.number(),
  paragraph: z.number().nullable(),
  tier: z.string().nullable(),
  tier_label: z.string().nullable(),
  how: z.string(),
});

const currentEquivalentSchema = z.looseObject({
  rule: z.string(),
  law: z.string(),
  version: z.string(),
  article: z.number(),
  paragraph: z.number().nullable(),
  change: z.enum(['same', 'renumbered', 'amended', 'referral']),
  text: z.string(),
  ranges: z.array(tierRangeSchema),
  note: z.string().optional(),
});

export const checkResultSchema = z.looseObject({
  title: z.string(),
  lawful: z.boolean().nullable(),
  applied: z.array(appliedRuleSchema),
  findings: z.array(findingSchema),
  requires: z.array(z.string()),
  ranges: z.array(tierRangeSchema),
  current: z.array(currentEquivalentSchema),
  trace: z.array(z.string()),
});
export type CheckResultBody = z.infer<typeof checkResultSchema>;
