/** Statute routes: laws and versions, one article (by version or by date), 新旧对照, full-text search. */
import { z } from 'zod';
import { isoDateSchema } from './common.js';

export const statuteItemSchema = z.object({ number: z.number().int(), text: z.string() });
export const statuteParagraphSchema = z.object({
  number: z.number().int(),
  text: z.string(),
  items: z.array(statuteItemSchema),
});
export const statuteArticleSchema = z.object({
  number: z.number().int(),
  label: z.string(),
  chapter: z.string().nullable(),
  /** Section heading within the chapter (第一节 一般规定), for laws that have sections. */
  section: z.string().optional(),
  paragraphs: z.array(statuteParagraphSchema),
  text: z.string(),
});
export type StatuteArticleBody = z.infer<typeof statuteArticleSchema>;

export const lawKindSchema = z.enum(['law', 'administrative_regulation', 'departmental_rule']);

export const lawVersionSummarySchema = z.object({
  id: z.string(),
  adopted: z.string(),
  effective: z.string(),
  superseded: z.string().nullable(),
  basis: z.string(),
  note: z.string().nullable(),
  article_count: z.number().int(),
});

export const lawSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  kind: lawKindSchema,
  aliases: z.array(z.string()),
  versions: z.array(lawVersionSummarySchema),
});
export const lawListSchema = z.array(lawSummarySchema);
export type LawSummary = z.infer<typeof lawSummarySchema>;

export const lawParamSchema = z.object({ law: z.string().min(1) });
export const versionArticlesParamSchema = z.object({ law: z.string().min(1), version: z.string().min(1) });
export const versionArticlesResponseSchema = z.object({
  law: lawSummarySchema.omit({ versions: true }),
  version: lawVersionSummarySchema,
  articles: z.array(statuteArticleSchema),
});

export const articleParamSchema = z.object({
  law: z.string().min(1),
  number: z.coerce.number().int().min(1).max(9999),
});
export const articleQuerySchema = z.object({ at: isoDateSchema.optional() });
export const articleResponseSchema = z.object({
  law: lawSummarySchema.omit({ versions: true }),
  version: z.object({ id: z.string(), effective: z.string(), superseded: z.string().nullable() }),
  article: statuteArticleSchema,
});

export const articleChangeSchema = z.enum([
  'same',
  'renumbered',
  'amended',
  'merged',
  'split',
  'deleted',
  'new',
]);
export const diffOpSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffOpBody = z.infer<typeof diffOpSchema>;

export const compareQuerySchema = z.object({ from: z.string().min(1), to: z.string().min(1) });
export const comparePairSchema = z.object({
  old: statuteArticleSchema.nullable(),
  new: statuteArticleSchema.nullable(),
  change: articleChangeSchema,
  note: z.string(),
  diff: z.array(diffOpSchema),
});
export type ComparePair = z.infer<typeof comparePairSchema>;
export const compareResponseSchema = z.object({
  law: lawSummarySchema.omit({ versions: true }),
  from: lawVersionSummarySchema,
  to: lawVersionSummarySchema,
  pairs: z.array(comparePairSchema),
});

export const statuteSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  law: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const statuteSearchHitSchema = z.object({
  law: z.string(),
  law_name: z.string(),
  version: z.string(),
  article: z.number().int(),
  label: z.string(),
  /** Part of the article text around the first match. */
  snippet: z.string(),
});
export const statuteSearchResponseSchema = z.object({ items: z.array(statuteSearchHitSchema) });
