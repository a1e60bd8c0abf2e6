/** Import routes: preview a bulletin's extracted cases with their checks, then commit the reviewed records. */
import { z } from 'zod';
import { caseRecordSchema } from './case-record.js';
import { checkResultSchema } from './check-result.js';
import { caseStatusSchema } from './common.js';

export const bulletinFormatSchema = z.enum(['text', 'html', 'docx']);

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
  cases: z.array(z.object({ record: caseRecordSchema, check: checkResultSchema })),
  /** Extractor warnings in Chinese (繁体字文本已转换, 没有找到处罚案例 …). */
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreviewResponseSchema>;

export const importCommitBodySchema = z.object({
  bulletin: z.object({
    text: z.string().min(1),
    format: bulletinFormatSchema,
    encoding: z.string().min(1).default('utf-8'),
    title: z.string().optional(),
    source_url: z.string().url().optional(),
  }),
  cases: z.array(caseRecordSchema).min(1),
  status: caseStatusSchema.default('internal'),
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
