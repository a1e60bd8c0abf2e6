/**
 * Typical-case bulletins (典型案例通报, issue 10 §2): a draft composed from decided cases (officers; nothing stored),
 * issuing the officer's edited text (stored with the cases it covers, audited, immutable), the issued bulletins and
 * their downloads — Word and plain text for signed-in users, the HTML page for anyone.
 */
import type { FastifyReply } from 'fastify';
import { composeBulletin } from '../../core/bulletins/compose.js';
import { defaultPeriod, defaultUnit } from '../../core/bulletins/framing.js';
import { bulletinHtmlFragment, bulletinHtmlPage, bulletinPlainText } from '../../core/bulletins/layout.js';
import { sealingRuleOf, sealParty } from '../../core/bulletins/sealed.js';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { todayInChina } from '../../core/shared/dates.js';
import { DomainError } from '../../core/shared/errors.js';
import {
  findBulletin,
  insertBulletin,
  listBulletins,
  readBulletinDocx,
  tellableCaseIds,
  type IssuedBulletin,
} from '../../db/repositories/typical-bulletins.js';
import { renderBulletinDocx } from '../../documents/bulletin-docx.js';
import { lawData } from '../../law-data/load.js';
import type { Services, ZodApp } from '../services.js';
import { actorOf, STAFF } from '../auth/session.js';
import {
  bulletinDraftSchema,
  bulletinListQuerySchema,
  composeBulletinBodySchema,
  errorBodySchema,
  idParamSchema,
  issueBulletinBodySchema,
  issuedBulletinFullSchema,
  issuedBulletinListSchema,
  issuedBulletinSchema,
  type IssuedBulletinView,
} from '../schemas/index.js';
import { rfc5987 } from './documents.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
/** Who writes and issues bulletins. */
const WRITERS = ['officer', 'admin'] as const;
/** The publishing unit when the cases share none. */
const FALLBACK_UNIT = '公安机关网安部门';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const view = ({ text: _t, html: _h, ...b }: IssuedBulletin): IssuedBulletinView => b;

/**
 * The records of `ids`, in order; 400 naming the ids that do not exist and those neither published nor decided
 * (a bulletin tells decided cases only).
 */
async function tellableRecords(s: Services, ids: readonly number[]): Promise<CaseRecord[]> {
  const cases = await Promise.all(ids.map((id) => s.cases.get(id)));
  const unknown = ids.filter((_, i) => !cases[i]);
  if (unknown.length > 0) {
    throw new DomainError('INVALID_INPUT', `案例不存在：${unknown.join('、')}`, { unknown });
  }
  const tellable = await tellableCaseIds(s.deps.store.db, ids);
  const undecided = ids.filter((id) => !tellable.has(id));
  if (undecided.length > 0) {
    throw new DomainError('INVALID_INPUT', `案例尚未决定或公开，不能编入通报：${undecided.join('、')}`, {
      undecided,
    });
  }
  return cases.map((c) => c!.record);
}

export function bulletinRoutes(app: ZodApp, s: Services): void {
  const db = s.deps.store.db;

  app.post(
    '/bulletins/compose',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['bulletins'],
        summary:
          '由已决定或已公开的案例生成典型案例通报草稿（不保存）；2026年1月1日起的治安管理处罚决定不写明当事人（治安管理处罚法 第一百三十六条）；不存在或未决定的案例为 400 并指明',
        body: composeBulletinBodySchema,
        response: { 200: bulletinDraftSchema, ...errors },
      },
    },
    async (req) => {
      const { case_ids, title, unit, period } = req.body;
      const records = await tellableRecords(s, case_ids);
      const told = records.map((r) => sealParty(r));
      const draft = composeBulletin(
        told,
        {
          unit: unit ?? defaultUnit(told, FALLBACK_UNIT),
          period: period ?? defaultPeriod(told, todayInChina(s.now())),
          ...(title ? { title } : {}),
        },
        { statutes: lawData().base },
      );
      const text = draft.text.slice(draft.title.length).replace(/^\n+/, '');
      const sealed = case_ids.flatMap((case_id, i) => {
        const rule = sealingRuleOf(records[i]!);
        return rule ? [{ case_id, basis: rule.basis }] : [];
      });
      return { title: draft.title, text, html: bulletinHtmlFragment(draft.title, text), sealed };
    },
  );

  app.post(
    '/bulletins/issued',
    {
      config: { access: WRITERS },
      schema: {
        tags: ['bulletins'],
        summary:
          '签发（经编辑的）典型案例通报：保存标题、正文、HTML、Word 文件及其 SHA-256，并与所涉案例关联（审计留痕）；正文写出应封存记录的当事人名称为 400',
        body: issueBulletinBodySchema,
        response: { 201: issuedBulletinSchema, ...errors },
      },
    },
    async (req, reply) => {
      const { case_ids, title, text } = req.body;
      const records = await tellableRecords(s, case_ids);
      const named = case_ids.filter((_, i) => {
        const r = records[i]!;
        const name = r.party.name.trim();
        return sealingRuleOf(r) !== undefined && name !== '' && `${title}\n${text}`.includes(name);
      });
      if (named.length > 0) {
        throw new DomainError(
          'INVALID_INPUT',
          `通报写出了违反治安管理记录应予封存的当事人（案例 ${named.join('、')}；治安管理处罚法 第一百三十六条）`,
          { named },
        );
      }
      const docx = await renderBulletinDocx(title, text);
      const html = bulletinHtmlFragment(title, text);
      const issued = await insertBulletin(db, { title, text, html, case_ids, docx }, actorOf(req), s.now());
      return reply.status(201).send(view(issued));
    },
  );

  app.get(
    '/bulletins/issued',
    {
      config: { access: STAFF },
      schema: {
        tags: ['bulletins'],
        summary: '已签发的典型案例通报（新的在前；case_id 只列涉及该案例的）',
        querystring: bulletinListQuerySchema,
        response: { 200: issuedBulletinListSchema, ...errors },
      },
    },
    async (req) => (await listBulletins(db, req.query.case_id)).map(view),
  );

  app.get(
    '/bulletins/issued/:id',
    {
      config: { access: STAFF },
      schema: {
        tags: ['bulletins'],
        summary: '一份已签发的通报（含正文与 HTML）',
        params: idParamSchema,
        response: { 200: issuedBulletinFullSchema, ...errors },
      },
    },
    async (req) => (await findBulletin(db, req.params.id)) ?? notFoundError(req.params.id),
  );

  app.get(
    '/bulletins/issued/:id.docx',
    {
      config: { access: STAFF },
      schema: {
        tags: ['bulletins'],
        summary: '通报的 Word 文件（签发时的原件；ETag 为其 SHA-256）',
        params: idParamSchema,
      },
    },
    async (req, reply) => {
      const f = await readBulletinDocx(db, req.params.id);
      if (!f) return notFoundError(req.params.id);
      const etag = `"${f.bulletin.sha256}"`;
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (req.headers['if-none-match'] === etag) return reply.status(304).send();
      return attach(reply, f.bulletin, 'docx', DOCX).send(Buffer.from(f.bytes));
    },
  );

  app.get(
    '/bulletins/issued/:id.txt',
    {
      config: { access: STAFF },
      schema: {
        tags: ['bulletins'],
        summary: '通报的纯文本（可由 wangan extract 读回案例）',
        params: idParamSchema,
      },
    },
    async (req, reply) => {
      const b = (await findBulletin(db, req.params.id)) ?? notFoundError(req.params.id);
      return attach(reply, b, 'txt', 'text/plain; charset=utf-8').send(bulletinPlainText(b.title, b.text));
    },
  );

  app.get(
    '/bulletins/issued/:id.html',
    {
      config: { access: 'public' },
      schema: { tags: ['bulletins'], summary: '通报的公开网页（无需登录）', params: idParamSchema },
    },
    async (req, reply) => {
      const b = (await findBulletin(db, req.params.id)) ?? notFoundError(req.params.id);
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        )
        .send(bulletinHtmlPage(b.title, b.text));
    },
  );
}

function notFoundError(id: number): never {
  throw new DomainError('NOT_FOUND', `通报 ${id} 不存在`, { id });
}

/** 宁夏…典型案例通报-3.docx, with an ASCII fallback name (RFC 6266 / 5987). */
function attach(reply: FastifyReply, b: IssuedBulletin, ext: 'docx' | 'txt', type: string): FastifyReply {
  return reply
    .header('content-type', type)
    .header(
      'content-disposition',
      `attachment; filename="bulletin-${b.id}.${ext}"; filename*=UTF-8''${rfc5987(`${b.title}-${b.id}.${ext}`)}`,
    );
}
