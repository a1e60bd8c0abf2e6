/** Legal documents (法律文书): the documents of a proceeding, the kinds it may issue, issuing one, the organs' settings. */
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../../core/documents/model.js';
import { idSchema } from './common.js';

export const documentKindSchema = z.enum(DOCUMENT_KINDS);

export const issuedDocumentSchema = z.object({
  id: z.number().int(),
  kind: documentKindSchema,
  /** The title as printed. */
  label: z.string(),
  /** The 文号; null for a document that carries none (笔录, 回执, 结案报告). */
  number: z.string().nullable(),
  /** The party's id in the proceeding, for a per-party document. */
  party: z.string().nullable(),
  /** The day the document is dated (China date). */
  date: z.string(),
  issued_at: z.string(),
  issued_by: z.string(),
  /** SHA-256 of the Word file as issued (its ETag). */
  sha256: z.string(),
  replaces: z.number().int().nullable(),
  reason: z.string().nullable(),
  replaced_by: z.number().int().nullable(),
});
export type IssuedDocumentView = z.infer<typeof issuedDocumentSchema>;
export const issuedDocumentListSchema = z.array(issuedDocumentSchema);

export const documentKindOfferSchema = z.object({
  kind: documentKindSchema,
  label: z.string(),
  issuable: z.boolean(),
  /** Why not, when it cannot be issued now. */
  reason: z.string().nullable(),
  inputs: z.array(z.object({ name: z.string(), label: z.string(), required: z.boolean() })),
});
export type DocumentKindOfferView = z.infer<typeof documentKindOfferSchema>;
export const documentKindOffersSchema = z.array(documentKindOfferSchema);
export const documentKindsQuerySchema = z.object({
  party: z
    .string()
    .min(1)
    .optional()
    .describe('the party a per-party document is for (default: the main party)'),
});

export const issueDocumentBodySchema = z
  .object({
    kind: documentKindSchema,
    party: z.string().min(1).optional(),
    fields: z
      .record(z.string(), z.string().max(10_000))
      .optional()
      .describe('the inputs the proceeding does not hold, named by the kind’s `inputs`'),
    replaces: idSchema.optional().describe('the document of this proceeding this one corrects'),
    reason: z.string().min(1).max(2000).optional().describe('why the correction (required with replaces)'),
  })
  .strict();
export type IssueDocumentBody = z.infer<typeof issueDocumentBodySchema>;

export const documentFileQuerySchema = z.object({
  inline: z
    .enum(['0', '1'])
    .optional()
    .describe('1: shown in the browser (the preview) instead of downloaded'),
});

/** 统一社会信用代码 (GB 32100-2015): 18 characters of 0–9 and the capitals but I, O, S, V, Z. */
export const creditCodeSchema = z.string().regex(/^[0-9A-HJ-NP-RTUW-Y]{18}$/, '应为 18 位统一社会信用代码');

const hanCode = z.string().regex(/^\p{Script=Han}+$/u, '只能是汉字');

/** IssuingOrgan (src/core/documents/model.ts): the settings of the 公安机关 documents go out in the name of. */
export const issuingOrganSchema = z
  .object({
    agency: z.string().min(1).max(200).describe('the agency of the proceedings (proceeding.agency.name)'),
    name: z.string().min(1).max(200).describe('the name printed: 某市公安局某某分局'),
    code: hanCode.max(20).describe('机关代字 of the 文号'),
    department: z
      .union([z.literal(''), hanCode.max(20)])
      .describe('部门简称 in the 文号’s parentheses; empty for none'),
    review_bodies: z.array(z.string().min(1).max(200)).max(5),
    superior_organ: z.string().max(200),
    court: z.string().max(200),
    bank: z.string().max(500),
    hearing_office: z.string().max(500),
    date_style: z.enum(['arabic', 'chinese']),
    sentences: z.record(z.string(), z.string().max(5000)),
    codes: z.partialRecord(documentKindSchema, hanCode.max(20).regex(/字$/u, 'ends in 字')),
    credit_code: creditCodeSchema
      .nullable()
      .default(null)
      .describe('统一社会信用代码 of the organ: 双公示’s 处罚机关统一社会信用代码; null until set'),
  })
  .strict();
export type IssuingOrganBody = z.infer<typeof issuingOrganSchema>;
export const issuingOrganListSchema = z.array(issuingOrganSchema);
