/**
 * The legality check as the API returns it (src/core/penalties/check-result.ts); keep the two in step:
 * a field missing here is dropped from responses (the type check below fails when the shapes diverge).
 */
import { z } from 'zod';
import {
  VERDICTS,
  type CheckResult,
  type CurrentEquivalent,
  type SanctionRange,
} from '../../core/penalties/check-result.js';
import { caseRecordSchema, sanctionKindSchema, sanctionTargetSchema } from './case-record.js';
import { isoDateSchema } from './common.js';

const findingSchema = z.object({
  code: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});

export const sanctionRangeSchema = z.object({
  kind: sanctionKindSchema,
  target: sanctionTargetSchema,
  modality: z.string(),
  /** Only for a party of this kind. */
  for_party: z.enum(['individual', 'organization']).optional(),
  min_yuan: z.number().nullable().optional(),
  max_yuan: z.number().nullable().optional(),
  min_days: z.number().nullable().optional(),
  max_days: z.number().nullable().optional(),
  needs: z.string().optional(),
  words: z.string().optional(),
});

export const tierRangeSchema = z.object({
  tier: z.string(),
  label: z.string(),
  when: z.array(z.array(z.string())),
  sanctions: z.array(sanctionRangeSchema),
});

const appliedRuleSchema = z.object({
  rule: z.string(),
  law: z.string(),
  version: z.string(),
  article: z.number(),
  paragraph: z.number().nullable(),
  tier: z.string().nullable(),
  tier_label: z.string().nullable(),
  how: z.string(),
});

const currentEquivalentSchema = z.object({
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

export const checkResultSchema = z.object({
  title: z.string(),
  verdict: z
    .enum(VERDICTS)
    .describe(
      'lawful 合法: the decision holds on the record as it stands; lawful_if 附条件合法: it holds if every fact in ' +
        '`requires` is established (拒不改正, 情节严重, 违法所得数额 …); unlawful 违法: a sanction, the authority or ' +
        'the party is outside what the law allows; undetermined 无法判断: the check cannot decide (unknown law, no ' +
        'applicable rule …), the findings say why.',
    ),
  lawful: z
    .boolean()
    .nullable()
    .describe(
      'true only when verdict is lawful, false when unlawful, null otherwise (lawful_if, undetermined).',
    ),
  applied: z.array(appliedRuleSchema),
  findings: z.array(findingSchema),
  requires: z
    .array(z.string())
    .describe(
      'For lawful_if: what must be established, one entry each, all of them (an entry may offer alternatives: 拒不改正 或 导致危害网络安全等后果).',
    ),
  ranges: z.array(tierRangeSchema),
  current: z.array(currentEquivalentSchema),
  trace: z.array(z.string()),
});
export type CheckResultBody = z.infer<typeof checkResultSchema>;

// Compile-time guard that the schema and the engine's type agree: every CheckResult fits the schema, and the
// schema names every field of the result, its ranges and its current equivalents (none would be dropped).
type Fits<A, B> = [A] extends [B] ? true : false;
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : false;
export const checkResultSchemaAgrees: [
  Fits<CheckResult, z.output<typeof checkResultSchema>>,
  SameKeys<CheckResult, z.output<typeof checkResultSchema>>,
  SameKeys<SanctionRange, z.output<typeof sanctionRangeSchema>>,
  SameKeys<CurrentEquivalent, z.output<typeof currentEquivalentSchema>>,
] = [true, true, true, true];

/** POST /api/check: one record, and optionally the day taken as today for the current-law equivalents. */
export const checkRequestSchema = z.object({
  record: caseRecordSchema,
  at: isoDateSchema.optional(),
});
