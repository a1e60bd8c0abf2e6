/** Import routes: preview a bulletin's extracted cases with their checks, then commit the reviewed records. */
import { z } from 'zod';
import { caseRecordSchema } from './case-record.js';
import { checkResultSchema } from './check-result.js';
import { caseStatusSchema } from './common.js';

export const bulletinFormatSchema = z.enum(['text', 'html', 'docx']);

export const doubtSchema = z.object({
  code: z.enum([
    'party_reference',
    'party_missing',
    'date_missing',
    'agency_missing',
    'sanction_without_target',
    'text_repaired',
  ]),
  field: z.string(),
  message: z.string(),
});

export const earlierImportSchema = z.object({
  bulletin_id: z.number().int(),
  imported_at: z.string(),
  imported_by: z.string().nullable(),
  title: z.string().nullable(),
});

/** JSON preview body (multipart uploads send a `file` field instead). */
export const importPreviewBodySchema = z.union([
  z.object({ text: z.string().min(1), filename: z.string().optional() }),
  z.object({ html: z.string().min(1), filename: z.string().optional() }),
]);

export const importPreviewResponseSchema = z.object({
  bulletin: z.object({
    format: bulletinFormatSchema,
    encoding: z.string(),
    /** The bulletin as plain text (what the extractor read). */
    text: z.string(),
    title: z.string().nullable(),
  }),
  cases: z.array(
    z.object({
      record: caseRecordSchema,
      check: checkResultSchema,
      /** What the record leaves in doubt (a party that is a pronoun, no date, a repaired law name …). */
      doubts: z.array(doubtSchema),
      /** A stored case this record repeats (same party, date, agency and sanctions), or null. */
      duplicate_of: z.number().int().nullable(),
    }),
  ),
  /** Extractor warnings in Chinese (繁体字文本已转换, 没有找到处罚案例 …). */
  warnings: z.array(z.string()),
  /** The same bulletin (same normalised text) imported before: a commit is refused unless `again`. */
  earlier_import: earlierImportSchema.nullable(),
  /** The status the commit takes when none is given: internal when a record has doubts, else published. */
  default_status: caseStatusSchema,
});
export type ImportPreview = z.infer<typeof importPreviewResponseSchema>;

export const importCommitBodySchema = z.object({
  bulletin: z.object({
    text: z.string().min(1),
    format: bulletinFormatSchema,
    encoding: z.string().min(1).default('utf-8'),
    title: z.string().optional(),
    /** http or https only: a javascript: or data: address would run in the reader's browser when followed. */
    source_url: z
      .string()
      .max(2000)
      .url()
      .refine((u) => /^https?:\/\//iu.test(u), '来源网址只能是 http 或 https 地址')
      .optional(),
  }),
  cases: z.array(caseRecordSchema).min(1),
  /** Chosen by the importer; when absent: internal if a record has doubts, else published. */
  status: caseStatusSchema.optional(),
  /** Import a bulletin imported before anyway (otherwise 409 naming the earlier import). */
  again: z.boolean().default(false),
});
export type ImportCommitBody = z.infer<typeof importCommitBodySchema>;

export const importCommitResponseSchema = z.object({
  bulletin_id: z.number().int(),
  case_ids: z.array(z.number().int()),
});

export const bulletinSchema = z.object({
  id: z.number().int(),
  title: z.string().nullable(),
  source_url: z.string().nullable(),
  format: bulletinFormatSchema,
  encoding: z.string(),
  text: z.string(),
  imported_by: z.string().nullable(),
  imported_at: z.string(),
  case_ids: z.array(z.number().int()),
});
