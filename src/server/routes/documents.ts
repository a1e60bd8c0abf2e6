/**
 * Legal documents (法律文书): the documents of a proceeding, the kinds it may issue now, issuing one (officers,
 * reviewers, leaders), downloading the Word file or the PDF (any signed-in user), the issuing organs' settings
 * (admin). No route changes an issued document: a correction is a new one naming the one it replaces.
 */
import type { FastifyReply } from 'fastify';
import { KIND_INFO } from '../../core/documents/kinds.js';
import { DomainError } from '../../core/shared/errors.js';
import { listOrgans, saveOrgan } from '../../db/repositories/document-organs.js';
import {
  fillPdf,
  listDocuments,
  readDocx,
  readPdf,
  type IssuedDocument,
} from '../../db/repositories/documents.js';
import type { Services, ZodApp } from '../services.js';
import { actorOf, STAFF } from '../auth/session.js';
import {
  documentFileQuerySchema,
  documentKindOffersSchema,
  documentKindsQuerySchema,
  idParamSchema,
  issueDocumentBodySchema,
  issuedDocumentListSchema,
  issuedDocumentSchema,
  issuingOrganListSchema,
  issuingOrganSchema,
  revealQuerySchema,
  type IssuedDocumentView,
} from '../schemas/index.js';
import { personalView } from '../personal-info.js';
import { foundProceeding, postOnProceeding, proceedingErrors } from './on-proceeding.js';

/** Who issues: the officers of a case, and the reviewer and the leader whose steps documents record. */
const ISSUING_ROLES = ['officer', 'reviewer', 'leader', 'admin'] as const;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const view = ({ title, proceeding_id: _p, case_id: _c, ...d }: IssuedDocument): IssuedDocumentView => ({
  ...d,
  label: title,
});

export function documentRoutes(app: ZodApp, s: Services): void {
  const db = s.deps.store.db;

  app.get(
    '/proceedings/:id/documents',
    {
      config: { access: STAFF },
      schema: {
        tags: ['documents'],
        summary: '本案已制作的法律文书（含更正关系）；其中的个人信息默认遮蔽，reveal=pi 查看（记入审计日志）',
        params: idParamSchema,
        querystring: revealQuerySchema,
        response: { 200: issuedDocumentListSchema, ...proceedingErrors },
      },
    },
    async (req) => {
      await foundProceeding(s, req.params.id);
      return personalView(
        s,
        req,
        'proceeding',
        req.params.id,
        (await listDocuments(db, req.params.id)).map(view),
      );
    },
  );

  app.get(
    '/proceedings/:id/document-kinds',
    {
      config: { access: STAFF },
      schema: {
        tags: ['documents'],
        summary: '各类文书现在能否制作（不能的说明理由）及其需填写的输入项',
        params: idParamSchema,
        querystring: documentKindsQuerySchema,
        response: { 200: documentKindOffersSchema, ...proceedingErrors },
      },
    },
    async (req) => s.documents.kinds(await foundProceeding(s, req.params.id), req.query.party),
  );

  postOnProceeding(
    app,
    s,
    '/proceedings/:id/documents',
    {
      access: ISSUING_ROLES,
      tag: 'documents',
      summary:
        '制作（签发）一份文书：取文号、生成 Word 文件并留存其 SHA-256；必填项缺失为 409 MISSING_FIELDS（details.fields 指明各项），当前阶段不能制作为 409 NOT_ISSUABLE；更正文书以 replaces 指明被更正的文书并说明 reason',
      body: issueDocumentBodySchema,
      status: 201,
      response: issuedDocumentSchema,
    },
    async (p, body, actor, now) => view(await s.documents.issue(p, body, actor, now)),
  );

  app.get(
    '/documents/:id.docx',
    {
      config: { access: STAFF },
      schema: {
        tags: ['documents'],
        summary: '下载文书的 Word 文件（签发时的原件；ETag 为其 SHA-256）',
        params: idParamSchema,
        querystring: documentFileQuerySchema,
      },
    },
    async (req, reply) => {
      const f = await readDocx(db, req.params.id);
      if (!f) throw notFound(req.params.id);
      return send(reply, f.doc, 'docx', f.bytes, f.doc.sha256, req.query.inline === '1', req.headers);
    },
  );

  app.get(
    '/documents/:id.pdf',
    {
      config: { access: STAFF },
      schema: {
        tags: ['documents'],
        summary: '下载文书的 PDF（首次下载时生成并留存；?inline=1 在浏览器中预览）',
        params: idParamSchema,
        querystring: documentFileQuerySchema,
      },
    },
    async (req, reply) => {
      const f = await readPdf(db, req.params.id);
      if (!f) throw notFound(req.params.id);
      const pdf = f.pdf ?? (await fillPdf(db, f.doc.id, await s.deps.documents.renderPdf(f.content)));
      return send(reply, f.doc, 'pdf', pdf.bytes, pdf.sha256, req.query.inline === '1', req.headers);
    },
  );

  app.get(
    '/document-organs',
    {
      config: { access: STAFF },
      schema: {
        tags: ['documents'],
        summary: '各单位的发文机关设置（名称、机关代字、部门简称、复议机关、法院、缴款银行…）',
        response: { 200: issuingOrganListSchema, ...proceedingErrors },
      },
    },
    async () => listOrgans(db),
  );

  app.put(
    '/document-organs',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['documents'],
        summary: '新建或修改一个单位（agency）的发文机关设置（审计留痕）；返回保存后的设置',
        body: issuingOrganSchema,
        response: { 200: issuingOrganSchema, ...proceedingErrors },
      },
    },
    async (req) => saveOrgan(db, req.body, actorOf(req), s.now()),
  );
}

const notFound = (id: number) => new DomainError('NOT_FOUND', `文书 ${id} 不存在`, { id });

/** 行政处罚决定书-某公（网安）行罚决字〔2026〕1号.docx; a document without a 文号 takes its date and id. */
export function fileName(doc: IssuedDocument, ext: 'docx' | 'pdf'): string {
  const label = doc.title || KIND_INFO[doc.kind].label;
  return `${label}-${doc.number ?? `${doc.date}-${doc.id}`}.${ext}`;
}

/** RFC 5987 ext-value characters: encodeURIComponent leaves ' ( ) * as they are, which attr-char does not allow. */
export const rfc5987 = (v: string) =>
  encodeURIComponent(v).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The file with its type, its name (RFC 6266 with the UTF-8 name of RFC 5987 and an ASCII fallback), and its sha256 as
 * the ETag (a client holding it gets 304). An inline PDF may be framed by the application's own page (the preview).
 */
function send(
  reply: FastifyReply,
  doc: IssuedDocument,
  ext: 'docx' | 'pdf',
  bytes: Uint8Array,
  sha256: string,
  inline: boolean,
  headers: Record<string, string | string[] | undefined>,
) {
  const etag = `"${sha256}"`;
  reply.header('etag', etag).header('cache-control', 'private, no-cache');
  if (headers['if-none-match'] === etag) return reply.status(304).send();
  const name = fileName(doc, ext);
  if (inline) reply.header('x-frame-options', 'SAMEORIGIN');
  return reply
    .header('content-type', ext === 'pdf' ? 'application/pdf' : DOCX)
    .header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename="document-${doc.id}.${ext}"; filename*=UTF-8''${rfc5987(name)}`,
    )
    .send(Buffer.from(bytes));
}
