/**
 * 合规自查: the questionnaire and the report are public (anonymous use stores nothing); an `operator` saves its
 * organisation's assessments, reads only its own, attaches evidence files per answer, and downloads a report as
 * .docx or PDF (an anonymous report too, from the same body as POST /api/self-check).
 */
import type { FastifyReply } from 'fastify';
import { todayInChina } from '../../core/shared/dates.js';
import { DomainError } from '../../core/shared/errors.js';
import type { Profile } from '../../core/self-check/index.js';
import { organisationById } from '../../db/repositories/organisations.js';
import {
  listAssessments,
  readSelfCheckEvidence,
  storeSelfCheckEvidence,
} from '../../db/repositories/self-check.js';
import type { Services, ZodApp } from '../services.js';
import type { Access } from '../auth/access.js';
import { actorOf } from '../auth/session.js';
import { evidenceLimit } from '../deps.js';
import { receiveEvidence, sendEvidence, uploadSummary } from '../evidence-upload.js';
import { errorBodySchema } from '../schemas/common.js';
import {
  assessmentAnswerParamSchema,
  assessmentCreatedResponseSchema,
  assessmentFileParamSchema,
  assessmentListResponseSchema,
  assessmentParamSchema,
  assessmentViewSchema,
  profileSchema,
  reportSchema,
  requirementsQuerySchema,
  requirementsResponseSchema,
  selfCheckBodySchema,
  selfCheckFileResponseSchema,
  type ReportView,
} from '../schemas/self-check.js';
import {
  assessmentView,
  headOf,
  inputOf,
  ownAssessment,
  questionnaire,
  reportDocument,
  reportOf,
  saveSelfCheck,
} from '../self-check.js';
import { rfc5987 } from './documents.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
const operator: Access = ['operator'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TAGS = ['self-check'];

/** The profile of the query: JSON, validated like the body's; a bad one is a 400 naming `profile`. */
function profileOfQuery(raw: string | undefined): Profile | undefined {
  if (raw === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new DomainError('INVALID_INPUT', '查询参数 profile 不是有效的 JSON', {
      field: 'profile',
      value: raw,
    });
  }
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(
      'INVALID_INPUT',
      `查询参数 profile 的字段 ${issue.path.join('.')} 不符合要求：${issue.message}`,
      {
        field: ['profile', ...issue.path].join('.'),
      },
    );
  }
  return parsed.data;
}

async function sendReport(
  s: Services,
  reply: FastifyReply,
  report: ReportView,
  ext: 'docx' | 'pdf',
  organisation?: string,
) {
  const doc = reportDocument(report, organisation);
  const bytes =
    ext === 'docx' ? await s.deps.documents.renderDocx(doc) : await s.deps.documents.renderPdf(doc);
  const name = `合规自查报告-${organisation ? `${organisation}-` : ''}${report.date}.${ext}`;
  return reply
    .header('content-type', ext === 'pdf' ? 'application/pdf' : DOCX)
    .header('cache-control', 'private, no-store')
    .header(
      'content-disposition',
      `attachment; filename="self-check-${report.date}.${ext}"; filename*=UTF-8''${rfc5987(name)}`,
    )
    .send(bytes);
}

export function selfCheckRoutes(app: ZodApp, s: Services): void {
  const db = s.deps.store.db;

  app.get(
    '/self-check/requirements',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: '自查项：适用于画像的（profile 为 JSON；不给则为全部现行自查项）',
        querystring: requirementsQuerySchema,
        response: { 200: requirementsResponseSchema, 400: errorBodySchema },
      },
    },
    async (req) => {
      const date = req.query.date ?? todayInChina(s.now());
      return { date, items: questionnaire(profileOfQuery(req.query.profile), date) };
    },
  );

  app.post(
    '/self-check',
    {
      config: { access: 'public', rateLimit: 'public' },
      schema: {
        tags: TAGS,
        summary: '自查报告（无需登录，不保存）',
        body: selfCheckBodySchema,
        response: { 200: reportSchema, 400: errorBodySchema },
      },
    },
    async (req) => reportOf(db, inputOf(req.body, s.now())),
  );

  for (const ext of ['docx', 'pdf'] as const) {
    app.post(
      `/self-check/report.${ext}`,
      {
        config: { access: 'public', rateLimit: 'public' },
        schema: {
          tags: TAGS,
          summary: `自查报告下载（${ext === 'docx' ? 'Word' : 'PDF'}；请求体同 POST /api/self-check）`,
          body: selfCheckBodySchema,
          response: { 400: errorBodySchema },
        },
      },
      async (req, reply) => sendReport(s, reply, await reportOf(db, inputOf(req.body, s.now())), ext),
    );
  }

  app.post(
    '/self-check/assessments',
    {
      config: { access: operator },
      schema: {
        tags: TAGS,
        summary: '保存本单位的自查（自查单位账号）',
        body: selfCheckBodySchema,
        response: { 201: assessmentCreatedResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      const saved = await saveSelfCheck(
        db,
        req.user!.organisation_id!,
        inputOf(req.body, s.now()),
        actorOf(req),
        s.now(),
      );
      return reply.status(201).send({ assessment: headOf(saved) });
    },
  );

  app.get(
    '/self-check/assessments',
    {
      config: { access: operator },
      schema: {
        tags: TAGS,
        summary: '本单位已保存的自查，最新在前',
        response: { 200: assessmentListResponseSchema, ...errors },
      },
    },
    async (req) => ({ items: (await listAssessments(db, req.user!.organisation_id!)).map(headOf) }),
  );

  app.get(
    '/self-check/assessments/:id',
    {
      config: { access: operator },
      schema: {
        tags: TAGS,
        summary: '一次自查：报告、与上一次相比（已整改、新增差距）、法律变化涉及的回答',
        params: assessmentParamSchema,
        response: { 200: assessmentViewSchema, ...errors },
      },
    },
    async (req) => {
      const a = await ownAssessment(db, req.user!.organisation_id, req.params.id);
      const org = await organisationById(db, a.organisation_id);
      return assessmentView(db, a, org?.name ?? '', todayInChina(s.now()));
    },
  );

  for (const ext of ['docx', 'pdf'] as const) {
    app.get(
      `/self-check/assessments/:id/report.${ext}`,
      {
        config: { access: operator },
        schema: {
          tags: TAGS,
          summary: `一次自查的报告下载（${ext === 'docx' ? 'Word' : 'PDF'}）`,
          params: assessmentParamSchema,
          response: errors,
        },
      },
      async (req, reply) => {
        const a = await ownAssessment(db, req.user!.organisation_id, req.params.id);
        const org = await organisationById(db, a.organisation_id);
        const view = await assessmentView(db, a, org?.name ?? '', todayInChina(s.now()));
        return sendReport(s, reply, view.report, ext, org?.name);
      },
    );
  }

  app.post(
    '/self-check/assessments/:id/answers/:requirement/files',
    {
      config: { access: operator },
      schema: {
        tags: TAGS,
        consumes: ['multipart/form-data'],
        summary: uploadSummary('上传一项回答的证明材料'),
        params: assessmentAnswerParamSchema,
        response: { 201: selfCheckFileResponseSchema, ...errors, 413: errorBodySchema },
      },
    },
    async (req, reply) => {
      await ownAssessment(db, req.user!.organisation_id, req.params.id);
      const file = await receiveEvidence(req, evidenceLimit(s.deps));
      const stored = await storeSelfCheckEvidence(
        db,
        { assessmentId: req.params.id, requirementId: req.params.requirement, ...file },
        actorOf(req),
        s.now(),
      );
      return reply.status(201).send({ file: stored });
    },
  );

  app.get(
    '/self-check/assessments/:id/files/:fileId',
    {
      config: { access: operator },
      schema: { tags: TAGS, summary: '下载证明材料', params: assessmentFileParamSchema },
    },
    async (req, reply) => {
      await ownAssessment(db, req.user!.organisation_id, req.params.id);
      const f = await readSelfCheckEvidence(db, req.params.id, req.params.fileId);
      if (!f) throw new DomainError('NOT_FOUND', `证明材料 ${req.params.fileId} 不存在`, req.params);
      return sendEvidence(reply, f);
    },
  );
}
