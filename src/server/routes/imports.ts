/**
 * Bulletin import: preview (extract the cases of a pasted text, HTML or an uploaded .txt/.html/.docx in any
 * common encoding, each with its legality check), then commit the reviewed records in one transaction.
 */
import { DomainError } from '../../core/shared/errors.js';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { getBulletin, importBulletin } from '../../db/repositories/bulletins.js';
import type { Services, ZodApp } from '../app.js';
import { actorOf, requireRole, requireUser } from '../auth/session.js';
import { checkOrExplain } from './cases.js';
import {
  bulletinSchema,
  errorBodySchema,
  idParamSchema,
  importCommitBodySchema,
  importCommitResponseSchema,
  importPreviewBodySchema,
  importPreviewResponseSchema,
} from '../schemas/index.js';

const editor = requireRole('officer', 'admin');
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  413: errorBodySchema,
};

export function importRoutes(app: ZodApp, s: Services): void {
  app.post(
    '/imports/preview',
    {
      preHandler: editor,
      schema: {
        tags: ['imports'],
        consumes: ['application/json', 'multipart/form-data'],
        description:
          'JSON body {text} or {html} (optional filename), or multipart/form-data with one file field `file` (.txt in UTF-8/GBK/GB18030/UTF-16, .html, .docx; 10 MB at most).',
        summary:
          '预览：从公告文本（JSON {text}|{html}）或上传文件（multipart file：txt/html/docx，GBK 亦可）提取案例并审查',
        response: { 200: importPreviewResponseSchema, ...errors },
      },
    },
    async (req) => {
      let bytes: Uint8Array;
      let filename: string;
      if (req.isMultipart()) {
        const file = await req.file();
        if (!file) throw new DomainError('INVALID_INPUT', 'body file: 缺少上传文件', { field: 'file' });
        bytes = await file.toBuffer();
        filename = file.filename || 'upload';
      } else {
        const parsed = importPreviewBodySchema.safeParse(req.body);
        if (!parsed.success) {
          throw new DomainError(
            'INVALID_INPUT',
            'body text: 需要 {text} 或 {html}（或 multipart 文件字段 file）',
            {
              field: 'text',
              issues: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
            },
          );
        }
        const body = parsed.data;
        const isHtml = 'html' in body;
        bytes = Buffer.from(isHtml ? body.html : body.text, 'utf8');
        filename = body.filename ?? (isHtml ? 'bulletin.html' : 'bulletin.txt');
      }
      if (bytes.length === 0)
        throw new DomainError('INVALID_INPUT', 'body file: 文件为空', { field: 'file' });
      const extracted = await s.deps.extract(bytes, filename);
      return {
        bulletin: {
          format: extracted.format,
          encoding: extracted.encoding,
          text: extracted.text,
          title: extracted.title,
        },
        cases: extracted.cases.map((record) => ({ record, check: checkOrExplain(s, record) })),
        warnings: extracted.warnings,
      };
    },
  );

  app.post(
    '/imports',
    {
      preHandler: editor,
      schema: {
        tags: ['imports'],
        summary: '保存公告及其全部案例（单一事务）',
        body: importCommitBodySchema,
        response: { 201: importCommitResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      const res = await importBulletin(
        s.deps.store.db,
        s.appliedOf,
        { bulletin: req.body.bulletin, cases: req.body.cases as CaseRecord[], status: req.body.status },
        actorOf(req),
        s.now(),
      );
      return reply.status(201).send(res);
    },
  );

  app.get(
    '/bulletins/:id',
    {
      preHandler: requireUser,
      schema: {
        tags: ['imports'],
        summary: '公告原文及其案例',
        params: idParamSchema,
        response: { 200: bulletinSchema, ...errors },
      },
    },
    async (req) => {
      const b = await getBulletin(s.deps.store.db, req.params.id);
      if (!b) throw new DomainError('NOT_FOUND', `公告 ${req.params.id} 不存在`, { id: req.params.id });
      return b;
    },
  );
}
