/** Case routes: list with filters, one case with its check, create / edit / delete. */
import { z } from 'zod';
import {
  caseRecordSchema,
  caseSummarySchema,
  partyKindSchema,
  sanctionKindSchema,
  storedCaseSchema,
} from './case-record.js';
import { checkResultSchema } from './check-result.js';
import { caseStatusSchema, isoDateSchema, pageQuerySchema } from './common.js';

/** Filters shared by the case list and the stats routes. */
export const caseFilterSchema = z.object({
  /** Chinese full-text query over title, facts, party, region, agency, theme, lesson (jieba-tokenized). */
  q: z.string().trim().min(1).max(200).optional(),
  region: z.string().min(1).optional(),
  agency: z.string().min(1).optional(),
  /** Law id (csl) or name (网络安全法). */
  law: z.string().min(1).optional(),
  /** Article number; with `law`, that law's article. */
  article: z.coerce.number().int().min(1).max(9999).optional(),
  sanction: sanctionKindSchema.optional(),
  fine_min: z.coerce.number().nonnegative().max(1e12).optional(),
  fine_max: z.coerce.number().nonnegative().max(1e12).optional(),
  date_from: isoDateSchema.optional(),
  date_to: isoDateSchema.optional(),
  party_kind: partyKindSchema.optional(),
  status: caseStatusSchema.optional(),
});
export type CaseFilter = z.infer<typeof caseFilterSchema>;

export const caseSortSchema = z.enum(['date', 'fine', 'title', 'created_at']);
export const caseListQuerySchema = caseFilterSchema.extend(pageQuerySchema.shape).extend({
  sort: caseSortSchema.default('date'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseListResponseSchema = z.object({
  items: z.array(caseSummarySchema),
  /** Cases that match, counted up to 5,000 (10,000 in title order): exact when `total_capped` is false. */
  total: z.number().int(),
  /** `total` is a lower bound: at least that many match (counting stops at 5,000, or 10,000 in title order; NOTES.md "Scale"). */
  total_capped: z.boolean(),
  page: z.number().int(),
  page_size: z.number().int(),
});

export const caseResponseSchema = z.object({ case: storedCaseSchema, check: checkResultSchema });
/** `reveal=pi`: the party's ID numbers, phone numbers and addresses unmasked (signed-in users; audited). */
export const revealQuerySchema = z.object({ reveal: z.enum(['pi']).optional() });

export const caseCreateBodySchema = z.object({
  record: caseRecordSchema,
  status: caseStatusSchema.default('internal'),
});
export const caseUpdateBodySchema = z.object({
  record: caseRecordSchema,
  status: caseStatusSchema,
  /** The version the edit started from; a stale one is a 409 CONFLICT. */
  version: z.number().int().min(1).max(2_147_483_647),
});
export const caseMutationResponseSchema = z.object({ case: storedCaseSchema });
