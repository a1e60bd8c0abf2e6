/** The case library: list with filters, one case with its legality check, create / edit / delete (audited). */
import type { CheckResult } from '../../core/penalties/check-result.js';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { maskPersonalInfo, maskPersonalText } from '../../core/disclosure/personal-info.js';
import { DomainError, isDomainError } from '../../core/shared/errors.js';
import { recordAudit } from '../../db/repositories/audit.js';
import type { Services, ZodApp } from '../services.js';
import { actorOf, isStaff } from '../auth/session.js';
import { type Access } from '../auth/access.js';
import {
  caseCreateBodySchema,
  caseListQuerySchema,
  caseListResponseSchema,
  caseMutationResponseSchema,
  revealQuerySchema,
  caseResponseSchema,
  caseUpdateBodySchema,
  errorBodySchema,
  idParamSchema,
  okSchema,
} from '../schemas/index.js';

const editor: Access = ['officer', 'admin'];
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

export function caseRoutes(app: ZodApp, s: Services): void {
  app.get(
    '/cases',
    {
      config: { access: 'public', rateLimit: 'public' },
      schema: {
        tags: ['cases'],
        summary: '案例列表（未登录只见已公开案例）',
        querystring: caseListQuerySchema,
        response: { 200: caseListResponseSchema, 400: errorBodySchema },
      },
    },
    async (req) => {
      const { page, page_size, sort, order, ...filter } = req.query;
      const res = await s.cases.list(
        filter,
        { page, page_size, sort, order },
        { publishedOnly: !isStaff(req.user) },
      );
      return {
        ...res,
        items: res.items.map((c) => ({ ...c, title: maskPersonalText(c.title) })),
        page,
        page_size,
      };
    },
  );

  app.get(
    '/cases/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['cases'],
        summary:
          '案例及其合法性审查、适用幅度、现行法对应条文；当事人身份证号、电话、地址默认遮蔽，登录用户可用 reveal=pi 查看（记入审计日志）',
        params: idParamSchema,
        querystring: revealQuerySchema,
        response: { 200: caseResponseSchema, ...errors },
      },
    },
    async (req) => {
      const reveal = req.query.reveal === 'pi';
      if (reveal && !req.user) throw new DomainError('UNAUTHENTICATED', '查看未遮蔽的个人信息须先登录', {});
      const c = await s.cases.get(req.params.id);
      if (!c || (!isStaff(req.user) && c.status !== 'published')) {
        throw new DomainError('NOT_FOUND', `案例 ${req.params.id} 不存在`, { id: req.params.id });
      }
      // Every read of a case's personal data by a signed-in user is in the audit log; the reveal by its own action.
      if (req.user) {
        await recordAudit(
          s.deps.store.db,
          actorOf(req),
          { action: reveal ? 'reveal_pi' : 'read', entity: 'case', entityId: c.id },
          s.now(),
        );
      }
      const check = checkOrExplain(s, c.record);
      return reveal
        ? { case: c, check }
        : { case: { ...c, record: maskPersonalInfo(c.record) }, check: maskPersonalInfo(check) };
    },
  );

  app.post(
    '/cases',
    {
      config: { access: editor },
      schema: {
        tags: ['cases'],
        summary: '新建案例',
        body: caseCreateBodySchema,
        response: { 201: caseMutationResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      const c = await s.cases.create(
        { record: req.body.record as CaseRecord, status: req.body.status },
        actorOf(req),
        s.now(),
      );
      return reply.status(201).send({ case: c });
    },
  );

  app.put(
    '/cases/:id',
    {
      config: { access: editor },
      schema: {
        tags: ['cases'],
        summary: '修改案例（version 不符为 409）',
        params: idParamSchema,
        body: caseUpdateBodySchema,
        response: { 200: caseMutationResponseSchema, ...errors },
      },
    },
    async (req) => ({
      case: await s.cases.update(
        req.params.id,
        { record: req.body.record as CaseRecord, status: req.body.status, version: req.body.version },
        actorOf(req),
        s.now(),
      ),
    }),
  );

  app.delete(
    '/cases/:id',
    {
      config: { access: editor },
      schema: {
        tags: ['cases'],
        summary: '删除案例',
        params: idParamSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await s.cases.delete(req.params.id, actorOf(req), s.now());
      return { ok: true as const };
    },
  );
}

/**
 * The legality check of a record. A record the engine cannot read (e.g. a provision of an unknown law) is
 * not an HTTP error: the case is still shown, with the reason as the check's one finding.
 */
export function checkOrExplain(s: Services, record: CaseRecord): CheckResult {
  try {
    return s.deps.check(record);
  } catch (e) {
    if (!isDomainError(e)) throw e;
    return {
      title: record.title,
      verdict: 'undetermined',
      lawful: null,
      applied: [],
      findings: [{ code: e.code, message: e.message, severity: 'warning' }],
      requires: [],
      ranges: [],
      current: [],
      trace: [`审查未能完成：${e.message}`],
    };
  }
}
