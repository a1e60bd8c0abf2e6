/**
 * Bulletin import: preview (extract the cases of a pasted text, HTML or an uploaded .txt/.html/.docx in any
 * common encoding, each with its legality check), then commit the reviewed records in one transaction.
 */
import { DomainError } from '../../core/shared/errors.js';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { doubtsOf } from '../../core/extraction/doubts.js';
import { findEarlierImport, getBulletin, importBulletin } from '../../db/repositories/bulletins.js';
import { findDuplicateCase } from '../../db/repositories/duplicate-cases.js';
import type { Services, ZodApp } from '../services.js';
import { uploadLimit } from '../deps.js';
import { ENVELOPE_BYTES, readUploadedFile, tooLarge } from '../http/body-limits.js';
import { actorOf, STAFF } from '../auth/session.js';
import { type Access } from '../auth/access.js';
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

const editor: Access = ['officer', 'admin'];

/** Published, unless a record leaves something in doubt (a party that is a pronoun, no date …): then internal. */
export const defaultStatus = (cases: readonly CaseRecord[]): 'published' | 'internal' =>
  cases.some((c) => doubtsOf(c).length > 0) ? 'internal' : 'published';
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
};

export function importRoutes(app: ZodApp, s: Services): void {
  const limit = uploadLimit(s.deps);
  app.post(
    '/imports/preview',
    {
      // A JSON {text} is held to the file limit too: its body may not be larger than a file plus the envelope.
      bodyLimit: limit + ENVELOPE_BYTES,
      config: { access: editor, rateLimit: 'public', uploadLimit: limit },
      schema: {
        tags: ['imports'],
        consumes: ['application/json', 'multipart/form-data'],
        description:
          'JSON body {text} or {html} (optional filename), or multipart/form-data with one file field `file` (.txt in UTF-8/GBK/GB18030/UTF-16, .html, .docx; WANGAN_MAX_UPLOAD_BYTES, 10 MB by default, for a file and for a text alike). 413 INPUT_TOO_LARGE over it or for a .docx that inflates past 64 MB; 422 INPUT_TOO_COMPLEX for more than 1,000 cases or HTML nested deeper than 500.',
        summary:
          '预览：从公告文本（JSON {text}|{html}）或上传文件（multipart file：txt/html/docx，GBK 亦可）提取案例并审查',
        response: { 200: importPreviewResponseSchema, ...errors },
      },
    },
    async (req) => {
      let bytes: Uint8Array;
      let filename: string;
      if (req.isMultipart()) {
        const file = await readUploadedFile(req, limit);
        bytes = file.bytes;
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
      if (bytes.length > limit) throw tooLarge(limit, '公告文本', bytes.length);
      const extracted = await s.deps.extract(bytes, filename);
      const db = s.deps.store.db;
      const cases = [];
      for (const [i, record] of extracted.cases.entries()) {
        cases.push({
          record,
          check: checkOrExplain(s, record),
          doubts: extracted.doubts[i] ?? [],
          duplicate_of: await findDuplicateCase(db, record),
        });
      }
      return {
        bulletin: {
          format: extracted.format,
          encoding: extracted.encoding,
          text: extracted.text,
          title: extracted.title,
        },
        cases,
        warnings: extracted.warnings,
        earlier_import: (await findEarlierImport(db, extracted.text)) ?? null,
        default_status: cases.some((c) => c.doubts.length > 0)
          ? ('internal' as const)
          : ('published' as const),
      };
    },
  );

  app.post(
    '/imports',
    {
      // The bulletin's text (a preview's, up to the upload limit) and its reviewed records.
      bodyLimit: 4 * limit + ENVELOPE_BYTES,
      config: { access: editor },
      schema: {
        tags: ['imports'],
        summary: '保存公告及其全部案例（单一事务）',
        body: importCommitBodySchema,
        response: { 201: importCommitResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      const cases = req.body.cases as CaseRecord[];
      const status = req.body.status ?? defaultStatus(cases);
      const res = await importBulletin(
        s.deps.store.db,
        s.deps.store.search,
        s.appliedOf,
        { bulletin: req.body.bulletin, cases, status, again: req.body.again },
        actorOf(req),
        s.now(),
      );
      return reply.status(201).send(res);
    },
  );

  app.get(
    '/bulletins/:id',
    {
      config: { access: STAFF },
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
