/**
 * The case record as the API reads and writes it: the interchange shape of src/core/shared/case-record.ts
 * (data/schema/case-record.schema.json), plus what the store adds (StoredCase) and the list row (CaseSummary).
 */
import { z } from 'zod';
import { FACTS, PARTY_KINDS, SANCTION_KINDS, SANCTION_TARGETS } from '../../core/shared/case-record.js';
import { caseStatusSchema, partialDateSchema } from './common.js';

/**
 * Characters no field of a case record may carry: C0 controls other than tab and line breaks, DEL, zero-width
 * characters and the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F), with which a title or a
 * name can be made to read differently from what it stores (the outside review's 「bidi/zero-width」 finding).
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const HIDDEN_MESSAGE = '含有不可见的控制字符（如双向文本控制符、零宽字符），请删除后再提交';

/** A text field of up to `max` characters without hidden controls. */
export const textField = (max: number) =>
  z
    .string()
    .max(max, `不能超过 ${max} 个字符`)
    .refine((v) => !HIDDEN.test(v), HIDDEN_MESSAGE);

/** A one-line name or title: trimmed, no line breaks, up to `max` characters, no hidden controls. */
export const lineField = (max: number) =>
  textField(max)
    .trim()
    .refine((v) => !/[\r\n]/u.test(v), '不能包含换行');

export const sanctionKindSchema = z.enum(SANCTION_KINDS);
export const sanctionTargetSchema = z.enum(SANCTION_TARGETS);
export const partyKindSchema = z.enum(PARTY_KINDS);
export const factSchema = z
  .enum(FACTS)
  .describe(
    'refused_rectification 拒不改正, harm_caused 导致危害网络安全等后果, serious_circumstances 情节严重, ' +
      'relatively_serious_circumstances 情节较重, minor_circumstances 情节较轻, serious_consequences 严重危害网络安全后果, ' +
      'especially_serious_consequences 特别严重危害网络安全后果, especially_serious_impact 特别严重影响、特别严重后果, ' +
      'not_rectified_in_time 逾期未改正',
  );
const factListSchema = z
  .array(factSchema)
  .refine((l) => new Set(l).size === l.length, '同一事实不能重复列出');

export const provisionRefSchema = z.object({
  law: lineField(200).pipe(z.string().min(1)),
  article: z.number().int().min(1).max(9999).nullable(),
  paragraph: z.number().int().min(1).max(99).nullable(),
  item: z.number().int().min(1).max(99).nullable(),
});

export const sanctionSchema = z.object({
  kind: sanctionKindSchema,
  /** Up to 1e12 yuan: beyond any statutory maximum, and inside the range both engines store exactly. */
  amount_yuan: z.number().nonnegative().max(1e12).nullable(),
  days: z.number().int().nonnegative().max(36500).nullable(),
  target: sanctionTargetSchema,
  note: textField(2000).optional(),
});

export const casePartySchema = z.object({
  kind: partyKindSchema,
  name: lineField(300).pipe(z.string().min(1)),
  roles: z.array(lineField(100)).optional(),
});

/** One case record (extra properties are kept, as the interchange schema allows). */
export const caseRecordSchema = z
  .looseObject({
    title: lineField(500).pipe(z.string().min(1)),
    date: partialDateSchema.nullable(),
    region: lineField(200).nullable(),
    agency: lineField(200).nullable(),
    party: casePartySchema,
    facts: textField(100_000),
    provisions: z.array(provisionRefSchema),
    sanctions: z.array(sanctionSchema),
    theme: textField(2000).nullable().optional(),
    lesson: textField(20_000).nullable().optional(),
    decision_date: partialDateSchema.nullable().optional(),
    illegal_gains_yuan: z.number().nonnegative().max(1e12).nullable().optional(),
    established_facts: factListSchema
      .optional()
      .describe('Facts established for the case (stated by the bulletin or marked by an officer).'),
    absent_facts: factListSchema
      .optional()
      .describe('Facts recorded as not established; a fact in neither list is unknown.'),
  })
  .superRefine((r, ctx) => {
    const established = new Set(r.established_facts ?? []);
    for (const [i, f] of (r.absent_facts ?? []).entries())
      if (established.has(f))
        ctx.addIssue({
          code: 'custom',
          path: ['absent_facts', i],
          message: `事实 ${f} 不能同时列为已查明和未查明`,
        });
  });
export type CaseRecordInput = z.infer<typeof caseRecordSchema>;

/** A case as stored: the record plus status, source bulletin, authorship and the optimistic-lock version. */
export const storedCaseSchema = z.object({
  id: z.number().int(),
  record: caseRecordSchema,
  status: caseStatusSchema,
  bulletin_id: z.number().int().nullable(),
  bulletin_position: z.number().int().nullable(),
  /** Sum of the fines of the record (party and responsible persons), in yuan. */
  fine_total_yuan: z.number(),
  created_by: z.string().nullable(),
  created_at: z.string(),
  updated_by: z.string().nullable(),
  updated_at: z.string(),
  version: z.number().int(),
});
export type StoredCase = z.infer<typeof storedCaseSchema>;

/** One row of the case list. */
export const caseSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  region: z.string().nullable(),
  agency: z.string().nullable(),
  party: z.object({ kind: partyKindSchema, name: z.string() }),
  /** Cited provisions in short form: 网络安全法第64条第2款. */
  provisions: z.array(provisionRefSchema),
  sanction_kinds: z.array(sanctionKindSchema),
  fine_total_yuan: z.number(),
  status: caseStatusSchema,
  bulletin_id: z.number().int().nullable(),
  updated_at: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
