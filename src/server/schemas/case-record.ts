/**
 * The case record as the API reads and writes it: the interchange shape of src/core/shared/case-record.ts
 * (data/schema/case-record.schema.json), plus what the store adds (StoredCase) and the list row (CaseSummary).
 */
import { z } from 'zod';
import { FACTS, PARTY_KINDS, SANCTION_KINDS, SANCTION_TARGETS } from '../../core/shared/case-record.js';
import { caseStatusSchema, partialDateSchema } from './common.js';

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
  .refine((l) => new Set(l).size === l.length, 'a fact is listed twice');

export const provisionRefSchema = z.object({
  law: z.string().trim().min(1),
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
  note: z.string().optional(),
});

export const casePartySchema = z.object({
  kind: partyKindSchema,
  name: z.string().trim().min(1),
  roles: z.array(z.string()).optional(),
});

/** One case record (extra properties are kept, as the interchange schema allows). */
export const caseRecordSchema = z
  .looseObject({
    title: z.string().trim().min(1),
    date: partialDateSchema.nullable(),
    region: z.string().nullable(),
    agency: z.string().nullable(),
    party: casePartySchema,
    facts: z.string(),
    provisions: z.array(provisionRefSchema),
    sanctions: z.array(sanctionSchema),
    theme: z.string().nullable().optional(),
    lesson: z.string().nullable().optional(),
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
          message: `${f} is both established and absent`,
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
