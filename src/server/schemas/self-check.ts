/**
 * The operators' compliance self-check (合规自查): the profile, the answers, the questionnaire, the report, saved
 * assessments with the change since the previous one and since the law changed, evidence files.
 */
import { z } from 'zod';
import {
  ANSWERS,
  ICP_KINDS,
  MLPS_LEVELS,
  ORG_KINDS,
  PI_VOLUMES,
  PROFILE_FLAGS,
  SECTORS,
  type ProfileFlag,
} from '../../core/self-check/model.js';
import { idSchema, isoDateSchema } from './common.js';
import { sanctionRangeSchema, tierRangeSchema } from './check-result.js';

const flags = Object.fromEntries(PROFILE_FLAGS.map((f) => [f, z.boolean().default(false)])) as Record<
  ProfileFlag,
  z.ZodDefault<z.ZodBoolean>
>;

/** Who the operator is; the yes/no facts default to false. */
export const profileSchema = z.object({
  org_kind: z.enum(ORG_KINDS),
  sector: z.enum(SECTORS),
  pi_volume: z.enum(PI_VOLUMES).default('none'),
  mlps_level: z.enum(MLPS_LEVELS).default('unknown'),
  icp: z.enum(ICP_KINDS).default('none'),
  ...flags,
});
export type ProfileBody = z.infer<typeof profileSchema>;

export const answerSchema = z.union([
  z.enum(ANSWERS),
  z.object({ value: z.enum(ANSWERS), note: z.string().trim().max(2000).optional() }),
]);
export const answersSchema = z
  .record(z.string().min(1).max(100), answerSchema)
  .describe('requirement id → "yes" | "no" | "partly" | "n/a", or { value, note }');

export const selfCheckBodySchema = z.object({
  profile: profileSchema,
  answers: answersSchema,
  date: isoDateSchema.optional().describe('the day whose law applies (default: today in China)'),
});
export type SelfCheckBody = z.infer<typeof selfCheckBodySchema>;

export const requirementsQuerySchema = z.object({
  profile: z
    .string()
    .max(4000)
    .optional()
    .describe('the profile as JSON (see POST /api/self-check); without it every requirement in force'),
  date: isoDateSchema.optional(),
});

export const requirementViewSchema = z.object({
  id: z.string(),
  law: z.string(),
  version: z.string(),
  /** 《中华人民共和国网络安全法》第二十三条 */
  article: z.string(),
  quote: z.string(),
  question: z.string(),
  help: z.string(),
  /** 适用于：所有网络运营者 */
  applies_to: z.string(),
  /** The penalty rules of the same law version that enforce it. */
  rules: z.array(z.string()),
});
export const requirementsResponseSchema = z.object({
  date: z.string(),
  items: z.array(requirementViewSchema),
});

const ruleTodaySchema = z.object({
  id: z.string(),
  law: z.string(),
  version: z.string(),
  article: z.number(),
  paragraph: z.number().nullable(),
  citation: z.string(),
});

/** A tier of today's rule, each sanction with its Chinese label (对责任人员：处一万元以上十万元以下罚款（10,000–100,000 元）). */
const gapTierSchema = tierRangeSchema.extend({
  sanctions: z.array(sanctionRangeSchema.extend({ label: z.string() })),
});

export const gapSchema = z.object({
  requirement: z.string(),
  question: z.string(),
  quote: z.string(),
  answer: z.enum(['no', 'partly']),
  note: z.string().optional(),
  article: z.string(),
  rule_today: ruleTodaySchema.nullable(),
  also: z.array(ruleTodaySchema),
  ranges: z.array(gapTierSchema),
  authority: z.string(),
  authority_basis: z.string().optional(),
  /** Case ids, most similar first (their titles in the response's `cases`). */
  precedents: z.array(z.string()),
  steps: z.array(z.string()),
  exposure: z.number(),
});

export const precedentCaseSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  region: z.string().nullable(),
  /** The case's sector as inferred (bulletins do not state it); null when neither provisions nor name tell. */
  sector: z.enum(SECTORS).nullable(),
  /** What it was inferred from: the applied rules' liable roles, or the party's name. */
  sector_from: z.enum(['provisions', 'party_name']).nullable(),
  /** 「行业（据当事人名称推断）：互联网」. */
  sector_note: z.string().nullable(),
});

export const reportSchema = z.object({
  date: z.string(),
  gaps: z.array(gapSchema),
  summary: z.object({
    applicable: z.number().int(),
    counts: z.object({
      yes: z.number().int(),
      no: z.number().int(),
      partly: z.number().int(),
      'n/a': z.number().int(),
      unanswered: z.number().int(),
    }),
    highest: z.array(z.string()),
    unanswered: z.array(z.string()),
  }),
  /** The precedent cases the gaps name. */
  cases: z.array(precedentCaseSchema),
});
export type ReportView = z.infer<typeof reportSchema>;

export const assessmentHeadSchema = z.object({
  id: z.number().int(),
  organisation_id: z.number().int(),
  date: z.string(),
  summary: reportSchema.shape.summary,
  created_by: z.string().nullable(),
  created_at: z.string(),
});
export const assessmentListResponseSchema = z.object({ items: z.array(assessmentHeadSchema) });
export const assessmentCreatedResponseSchema = z.object({ assessment: assessmentHeadSchema });

export const selfCheckFileSchema = z.object({
  id: z.number().int(),
  assessment_id: z.number().int(),
  requirement_id: z.string(),
  filename: z.string(),
  media_type: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploaded_by: z.string().nullable(),
  uploaded_at: z.string(),
});
export const selfCheckFileResponseSchema = z.object({ file: selfCheckFileSchema });

export const lawChangeSchema = z.object({
  requirement: z.string(),
  change: z.enum(['rule_changed', 'requirement_changed', 'requirement_gone', 'new_requirement']),
  why: z.string(),
  successor: z.string().optional(),
});

export const assessmentViewSchema = z.object({
  assessment: assessmentHeadSchema.extend({
    organisation: z.string(),
    profile: profileSchema,
    answers: z.record(z.string(), z.object({ value: z.enum(ANSWERS), note: z.string().nullable() })),
    files: z.array(selfCheckFileSchema),
  }),
  report: reportSchema,
  changes: z.object({
    /** The organisation's assessment saved before this one. */
    previous: z.object({ id: z.number().int(), date: z.string(), created_at: z.string() }).nullable(),
    /** Gaps of the previous assessment that this one no longer has. */
    closed: z.array(z.string()),
    /** Gaps this one has that the previous did not. */
    opened: z.array(z.string()),
    /** The answers a change of law since the assessment touches, and requirements new since (today's law). */
    law: z.array(lawChangeSchema),
    law_date: z.string(),
  }),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

export const assessmentParamSchema = z.object({ id: idSchema });
export const assessmentFileParamSchema = z.object({ id: idSchema, fileId: idSchema });
export const assessmentAnswerParamSchema = z.object({
  id: idSchema,
  requirement: z.string().min(1).max(100),
});
