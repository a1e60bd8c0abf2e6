/**
 * Similar cases and 同案同罚 advice: for a stored case, readable as the case is (published without login), and for
 * a proceeding's proposal (or decision) as the advice shown at propose_penalty and decide — never a block. The
 * cases shown are masked (ID numbers, phones, addresses) for every reader: they are references, read in full on
 * their own case page (`GET /api/cases/{id}?reveal=pi`).
 */
import { caseRecordOf } from '../../core/cases/guards/legality.js';
import { todayInChina } from '../../core/shared/dates.js';
import { DomainError } from '../../core/shared/errors.js';
import type { Services, ZodApp } from '../services.js';
import { isStaff, STAFF } from '../auth/session.js';
import type { CaseRecord } from '../../core/shared/case-record.js';
import { z } from 'zod';
import { caseRecordSchema, errorBodySchema, idParamSchema, similarResponseSchema } from '../schemas/index.js';
import { similarOf } from '../similar.js';
import { maskPersonalInfo } from '../../core/disclosure/personal-info.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema };

export function similarRoutes(app: ZodApp, s: Services): void {
  app.get(
    '/cases/:id/similar',
    {
      config: { access: 'public' },
      schema: {
        tags: ['cases'],
        summary: '类案参考：同一规则与档次的同类案件、处罚分布、同案同罚提示（仅供参考）与裁量基准',
        description:
          '未登录只见已公开案例，且只与已公开案例比较；登录用户与全部案例比较。提示（findings）均为 info，从不阻止决定。',
        params: idParamSchema,
        response: { 200: similarResponseSchema, ...errors },
      },
    },
    async (req) => {
      const c = await s.cases.get(req.params.id);
      if (!c || (!isStaff(req.user) && c.status !== 'published')) {
        throw new DomainError('NOT_FOUND', `案例 ${req.params.id} 不存在`, { id: req.params.id });
      }
      return maskPersonalInfo(
        await similarOf(s, { id: c.id, record: c.record }, { publishedOnly: !isStaff(req.user) }),
      );
    },
  );

  app.get(
    '/proceedings/:id/similar',
    {
      config: { access: STAFF },
      schema: {
        tags: ['proceedings'],
        summary:
          '办案中的类案参考：按决定（已决定）或拟处罚意见（已拟定）比较，未拟定时按案件记录；提示仅供参考，不阻止',
        params: idParamSchema,
        response: { 200: similarResponseSchema, ...errors },
      },
    },
    async (req) => {
      const p = await s.proceedings.get(req.params.id);
      if (!p) throw new DomainError('NOT_FOUND', `办案流程 ${req.params.id} 不存在`, { id: req.params.id });
      const stored = await s.cases.get(p.case_id);
      const proposal = p.state.decision ?? p.state.proposal;
      const region = stored?.record.region ?? null;
      const record = proposal
        ? { ...caseRecordOf(p.state, proposal, todayInChina(s.now())), region }
        : stored?.record;
      if (!record) throw new DomainError('NOT_FOUND', `案例 ${p.case_id} 不存在`, { id: p.case_id });
      return maskPersonalInfo(await similarOf(s, { id: p.case_id, record }, { publishedOnly: false }));
    },
  );

  app.post(
    '/proceedings/:id/similar',
    {
      config: { access: STAFF },
      schema: {
        tags: ['proceedings'],
        summary: '拟处罚意见草稿的类案参考（拟定前预览；不保存，不阻止）',
        description:
          'record 为草稿生成的案件记录（与 POST /api/check 相同）；地区取自本案，本案不与自身比较。',
        params: idParamSchema,
        body: z.object({ record: caseRecordSchema }),
        response: { 200: similarResponseSchema, ...errors },
      },
    },
    async (req) => {
      const p = await s.proceedings.get(req.params.id);
      if (!p) throw new DomainError('NOT_FOUND', `办案流程 ${req.params.id} 不存在`, { id: req.params.id });
      const stored = await s.cases.get(p.case_id);
      const record = { ...(req.body.record as CaseRecord), region: stored?.record.region ?? null };
      return maskPersonalInfo(await similarOf(s, { id: p.case_id, record }, { publishedOnly: false }));
    },
  );
}
