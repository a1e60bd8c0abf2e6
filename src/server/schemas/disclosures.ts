/** 双公示 disclosure: publishing a decided case's record, withdrawing it, the public list, record and feed. */
import { z } from 'zod';
import { isoDateSchema } from './common.js';

export const disclosureCellSchema = z.object({
  /** The field's code in the standard (cf_xdr_mc …). */
  code: z.string(),
  /** Its Chinese name (行政相对人名称 …). */
  label: z.string(),
  value: z.string().nullable(),
});

/** A record as the public sees it: the fields while it is public, or the reason it was withdrawn. */
export const publicDisclosureSchema = z.object({
  id: z.number().int(),
  status: z.enum(['published', 'withdrawn']),
  agency: z.string(),
  /** 行政相对人名称 as published (a natural person's masked). */
  party_name: z.string(),
  decision_number: z.string(),
  decision_date: z.string(),
  /** 公示截止期 and its basis. */
  end_date: z.string(),
  period_basis: z.array(z.string()),
  published_on: z.string(),
  /** The fields in the standard's order; null once withdrawn. */
  cells: z.array(disclosureCellSchema).nullable(),
  /** 行政处罚法 第四十八条第二款 「…撤回行政处罚决定信息并公开说明理由。」 */
  withdrawal: z.object({ reason: z.string(), on: z.string() }).nullable(),
  /** The withdrawn record this one replaces after the decision was changed (变更), or null. */
  replaces: z.number().int().nullable(),
});
export type PublicDisclosureView = z.infer<typeof publicDisclosureSchema>;

/** A record as its case's handlers see it: who published it, the override, the withdrawal and its due day. */
export const disclosureSchema = publicDisclosureSchema.extend({
  proceeding_id: z.number().int(),
  party: z.string(),
  cells: z.array(disclosureCellSchema),
  published_by: z.string(),
  published_at: z.string(),
  /** The decision's legality verdict at publication, and why it was published despite an unlawful/undetermined one. */
  verdict: z.string().nullable(),
  override_reason: z.string().nullable(),
  withdrawal: z
    .object({
      reason: z.string(),
      on: z.string(),
      by: z.string(),
      at: z.string(),
      changed_on: z.string(),
      /** The last day to withdraw: three working days from the change (第四十八条第二款, 第八十五条). */
      due: z.string(),
      late: z.boolean(),
    })
    .nullable(),
});
export type DisclosureView = z.infer<typeof disclosureSchema>;
export const disclosureListSchema = z.array(disclosureSchema);

export const publishDisclosureBodySchema = z.object({
  /** The party's id in the proceeding (default the main party). */
  party: z.string().min(1).optional(),
  /** 处罚机关统一社会信用代码 (mandatory in the record). */
  organ_credit_code: z.string().trim().min(1).max(18).optional(),
  /** 违法行为类型 (default the case's theme). */
  violation_type: z.string().trim().min(1).max(200).optional(),
  /** 备注. */
  remark: z.string().trim().min(1).max(500).optional(),
  /** Required when the decision's legality verdict is unlawful or undetermined; audited. */
  override_reason: z.string().trim().min(1).max(2000).optional(),
});

export const withdrawDisclosureBodySchema = z.object({
  /** The party's id in the proceeding (default the main party). */
  party: z.string().min(1).optional(),
  reason: z.string().trim().min(1).max(2000),
  /** The day the decision was changed, revoked, or confirmed illegal or void (default today). */
  changed_on: isoDateSchema.optional(),
});

export const publicDisclosureQuerySchema = z.object({
  agency: z.string().trim().min(1).max(200).optional(),
  /** 处罚决定日期 from/to (inclusive). */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** Text in the party's (masked) name or the 文号. */
  q: z.string().trim().min(1).max(100).optional(),
  /** A page of the list, newest first. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The exports take the same filters and up to 1000 records at once. */
export const publicDisclosureExportQuerySchema = publicDisclosureQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
});

export const publicDisclosureListSchema = z.object({
  /** The day the list is for (China date): records public on it. */
  day: z.string(),
  /** How many records match the filters (all pages). */
  total: z.number().int(),
  items: z.array(publicDisclosureSchema),
});
export type PublicDisclosureListView = z.infer<typeof publicDisclosureListSchema>;
