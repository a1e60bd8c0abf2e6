/**
 * Case handling (办案): open a proceeding, read it, the 待办 list, take an action, evidence files. Every legal
 * judgement is the core's (applyAction and its guards); this layer checks the role (403 before the body is read),
 * names people by user id, and maps a refusal to 409 with the guard's code (400 naming the field for a bad payload).
 */
import type { FastifyRequest } from 'fastify';
import { loadCalendar } from '../../law-data/calendar.js';
import { ACTIONS } from '../../core/cases/events.js';
import { proceedingDeadlines } from '../../core/cases/proceeding-deadlines.js';
import type { Proceeding } from '../../core/cases/proceeding.js';
import { allowedActions } from '../../core/cases/transitions/apply.js';
import { DEFAULT_SETTINGS, type ActionInput } from '../../core/cases/transitions/types.js';
import type { NewProceeding } from '../../core/cases/open.js';
import { DEFAULT_DEADLINE_SETTINGS } from '../../core/cases/deadlines.js';
import { DomainError } from '../../core/shared/errors.js';
import {
  listEvidenceFiles,
  readEvidenceFile,
  storeEvidenceFile,
} from '../../db/repositories/evidence-files.js';
import { listTodo } from '../../db/repositories/proceeding-todo.js';
import type { Stage } from '../../core/cases/stages.js';
import type { ActionContext, StoredProceeding } from '../../db/repositories/proceedings.js';
import type { Services, ZodApp } from '../services.js';
import { evidenceLimit } from '../deps.js';
import { ACTING_ROLES, isAction, mayAct, OPENING_ROLES, rolesFor } from '../auth/action-roles.js';
import { actorOf, STAFF } from '../auth/session.js';
import { ApiError, refusalError } from '../errors.js';
import { receiveEvidence, sendEvidence, uploadSummary } from '../evidence-upload.js';
import { checkOrExplain } from './cases.js';
import { foundProceeding, proceedingErrors } from './on-proceeding.js';
import { personalView } from '../personal-info.js';
import { maskPersonalInfo } from '../../core/disclosure/personal-info.js';
import {
  actionBodySchema,
  errorBodySchema,
  evidenceFileResponseSchema,
  idParamSchema,
  proceedingCreateBodySchema,
  proceedingFileParamSchema,
  proceedingSchema,
  revealQuerySchema,
  todoQuerySchema,
  todoResponseSchema,
  type ProceedingCreateBody,
  type ProceedingView,
} from '../schemas/index.js';

const errors = {
  ...proceedingErrors,
  413: errorBodySchema,
  422: errorBodySchema,
};
const UNIT_ROLES = ['leader', 'reviewer', 'admin'];
/**
 * A reviewer's and a leader's own 待办: the proceedings at the stages that wait on their role (法制审核 and the
 * hearing, 程序规定 第一百二十四条; the 负责人's approval and collective discussion), whoever the officers are.
 */
const WAITING_ON: Readonly<Record<string, readonly Stage[]>> = {
  reviewer: ['REVIEW', 'HEARING_REQUESTED', 'HEARING_SCHEDULED', 'HEARING', 'HEARING_SUSPENDED'],
  leader: ['APPROVAL', 'COLLECTIVE'],
};
/**
 * Payload fields that name people: user ids, given as numbers or strings, passed to the core as strings (`person`:
 * who is to be recused, compared with the acting user's id).
 */
const PERSON_FIELDS = ['officers', 'presider', 'participants', 'person'] as const;

/** What the core's actions are given on this server: its calendar, legality check and case settings. */
export const actionContextOf = (s: Services): ActionContext => ({
  calendar: s.deps.calendar ?? loadCalendar(),
  check: (record) => checkOrExplain(s, record),
  settings: s.deps.caseSettings ?? DEFAULT_SETTINGS,
});

export function proceedingRoutes(app: ZodApp, s: Services): void {
  const context = actionContextOf(s);
  const calendar = context.calendar;

  app.post(
    '/proceedings',
    {
      config: { access: OPENING_ROLES },
      schema: {
        tags: ['proceedings'],
        summary:
          '新建办案流程（线索登记，阶段 LEAD），同时建立其案例（内部）；回应中的个人信息同样遮蔽，除非 reveal=pi',
        querystring: revealQuerySchema,
        body: proceedingCreateBodySchema,
        response: { 201: proceedingSchema, ...errors },
      },
    },
    async (req, reply) => {
      const now = s.now();
      if (Date.parse(req.body.received_at) > now.getTime()) {
        throw new DomainError('INVALID_INPUT', 'body received_at: 不能晚于当前时间', {
          field: 'received_at',
          value: req.body.received_at,
        });
      }
      const p = await s.proceedings.open(newProceeding(req.body), actorOf(req), calendar, now);
      return reply.status(201).send(await view(s, p, req, now));
    },
  );

  app.get(
    '/proceedings',
    {
      config: { access: STAFF },
      schema: {
        tags: ['proceedings'],
        summary: '待办：本人（assigned=me）或本单位（assigned=unit）的办案流程及其将到期、已逾期的期限',
        querystring: todoQuerySchema,
        response: { 200: todoResponseSchema, ...errors },
      },
    },
    async (req) => {
      const user = req.user!;
      const { assigned, due_within, agency, page, page_size } = req.query;
      if (assigned === 'unit' && !UNIT_ROLES.includes(user.role)) {
        throw new DomainError('FORBIDDEN', '本单位待办需要审批负责人、法制审核或管理员角色', {
          role: user.role,
          required: UNIT_ROLES,
        });
      }
      const now = s.now();
      const dueBy = due_within ? new Date(now.getTime() + durationMs(due_within)).toISOString() : undefined;
      const res = await listTodo(s.deps.store.db, {
        userId: assigned === 'me' ? user.id : null,
        ...(assigned === 'me' && WAITING_ON[user.role] ? { stages: WAITING_ON[user.role] } : {}),
        ...(agency ? { agency } : {}),
        ...(dueBy ? { dueBy } : {}),
        page,
        page_size,
      });
      return {
        items: res.items.map((i) =>
          maskPersonalInfo({
            ...i,
            deadlines: i.deadlines.map(({ in_hours, ...d }) => ({
              timer: d.timer,
              name: d.name,
              kind: d.kind,
              party: d.party,
              due_at: d.due_at,
              basis: d.basis,
              status: statusAt(d.kind, d.due_at, in_hours, now),
            })),
          }),
        ),
        total: res.total,
        page,
        page_size,
      };
    },
  );

  app.get(
    '/proceedings/:id',
    {
      config: { access: STAFF },
      schema: {
        tags: ['proceedings'],
        summary:
          '办案流程：阶段、当事人、可执行的操作、期限、历史、合法性审查；当事人身份证号、电话、地址默认遮蔽，reveal=pi 查看（记入审计日志）',
        params: idParamSchema,
        querystring: revealQuerySchema,
        response: { 200: proceedingSchema, ...errors },
      },
    },
    async (req) => view(s, await foundProceeding(s, req.params.id), req, s.now()),
  );

  app.post(
    '/proceedings/:id/actions',
    {
      // A role that may take no action gets 403 before the body is read (access); one that may take others gets
      // 403 for this action before the body is validated.
      config: { access: ACTING_ROLES },
      preValidation: async (req) => {
        const user = req.user!;
        const action = (req.body as { action?: unknown } | null)?.action;
        if (isAction(action) && !mayAct(user.role, action)) {
          throw new DomainError('FORBIDDEN', `角色“${user.role}”不能执行 ${String(action)}`, {
            role: user.role,
            action: action ?? null,
            required: isAction(action) ? rolesFor(action) : [],
          });
        }
      },
      schema: {
        tags: ['proceedings'],
        summary: '执行一个办案操作（被守卫拒绝为 409，code 为守卫名；载荷有误为 400 并指明字段）',
        description: `Roles per action (403 before the body is validated): ${ACTIONS.filter(
          (a) => a !== 'receive',
        )
          .map((a) => `${a}: ${rolesFor(a).join('/')}`)
          .join('; ')}.`,
        params: idParamSchema,
        querystring: revealQuerySchema,
        body: actionBodySchema,
        response: { 200: proceedingSchema, ...errors },
      },
    },
    async (req) => {
      const now = s.now();
      const input = (await normalisePeople(s, req.body)) as ActionInput;
      await checkFiles(s, req.params.id, input);
      // The decision issues its 决定书 in its own transaction (a document that cannot be built refuses it).
      const res = await s.proceedings.act(
        req.params.id,
        input,
        context,
        actorOf(req),
        now,
        s.documents.onDecide,
      );
      if (!res.ok && 'refusal' in res) throw refusalError(res.refusal);
      if (!res.ok) {
        throw new ApiError(409, 'VERSION_CONFLICT', '办案流程同时被他人修改，请刷新后重试', {
          id: req.params.id,
          version: res.conflict.version,
        });
      }
      return view(s, res.proceeding, req, now);
    },
  );

  app.post(
    '/proceedings/:id/files',
    {
      config: { access: OPENING_ROLES, uploadLimit: evidenceLimit(s.deps) },
      schema: {
        tags: ['proceedings'],
        consumes: ['multipart/form-data'],
        summary: uploadSummary('上传证据文件'),
        params: idParamSchema,
        response: { 201: evidenceFileResponseSchema, ...errors },
      },
    },
    async (req, reply) => {
      await foundProceeding(s, req.params.id);
      const file = await receiveEvidence(req, evidenceLimit(s.deps));
      const stored = await storeEvidenceFile(
        s.deps.store.db,
        { proceedingId: req.params.id, ...file },
        actorOf(req),
        s.now(),
      );
      return reply.status(201).send({ file: stored });
    },
  );

  app.get(
    '/proceedings/:id/files/:fileId',
    {
      config: { access: STAFF },
      schema: { tags: ['proceedings'], summary: '下载证据文件', params: proceedingFileParamSchema },
    },
    async (req, reply) => {
      const f = await readEvidenceFile(s.deps.store.db, req.params.id, req.params.fileId);
      if (!f) throw new DomainError('NOT_FOUND', `证据文件 ${req.params.fileId} 不存在`, req.params);
      return sendEvidence(reply, f);
    },
  );
}

function newProceeding(b: ProceedingCreateBody): NewProceeding {
  const agency =
    typeof b.agency === 'string'
      ? { name: b.agency, kind: 'police' as const, level: 'county' as const }
      : b.agency;
  const given = b.parties ?? [b.party!];
  const parties = given.map(({ id, ...p }, i) => ({ ...p, id: id ?? `p${i + 1}` }));
  const ids = parties.map((p) => p.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice)
    throw new DomainError('INVALID_INPUT', `请求内容的字段 parties：当事人 id“${twice}”重复`, {
      field: 'parties',
    });
  const orphan = parties.find((p) => p.responsible_for !== undefined && !ids.includes(p.responsible_for));
  if (orphan) {
    throw new DomainError('INVALID_INPUT', '请求内容的字段 parties：responsible_for 指向的当事人不存在', {
      field: 'parties',
      value: orphan.responsible_for,
    });
  }
  return {
    title: b.title,
    agency,
    case_kind: b.case_kind,
    parties,
    facts: b.facts,
    received_at: b.received_at,
    ...(b.violation ? { violation: b.violation } : {}),
    ...(b.flags ? { flags: b.flags } : {}),
  };
}

/**
 * People named in a payload are user ids (numbers or digit strings); the core compares them as strings. The
 * investigators must be enabled accounts that may investigate (officer, admin).
 */
async function normalisePeople(s: Services, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out = { ...body };
  for (const field of PERSON_FIELDS) {
    const v = out[field];
    const one = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) ? String(x) : x);
    if (v !== undefined) out[field] = Array.isArray(v) ? v.map(one) : one(v);
  }
  if (Array.isArray(out['officers'])) {
    for (const [i, o] of (out['officers'] as unknown[]).entries()) {
      const user = typeof o === 'string' && /^\d+$/.test(o) ? await s.users.byId(Number(o)) : undefined;
      if (!user || user.disabled || !OPENING_ROLES.includes(user.role)) {
        throw new DomainError('INVALID_INPUT', `body officers.${i}: 不是可办案的执法人员账号`, {
          field: `officers.${i}`,
          value: o,
        });
      }
    }
  }
  return out;
}

/** Files an action names (add_evidence {file_ids}) must be this proceeding's. */
async function checkFiles(s: Services, id: number, input: ActionInput): Promise<void> {
  const ids = input['file_ids'];
  if (ids === undefined) return;
  const own = new Set((await listEvidenceFiles(s.deps.store.db, id)).map((f) => f.id));
  const list = Array.isArray(ids) ? ids : [ids];
  const bad = list.findIndex((f) => typeof f !== 'number' || !own.has(f));
  if (!Array.isArray(ids) || bad >= 0) {
    throw new DomainError('INVALID_INPUT', 'body file_ids: 须为本案已上传证据文件的 id 列表', {
      field: Array.isArray(ids) ? `file_ids.${bad}` : 'file_ids',
      value: Array.isArray(ids) ? ids[bad] : ids,
    });
  }
}

const durationMs = (d: string) => Number(d.slice(0, -1)) * (d.endsWith('h') ? 3_600_000 : 86_400_000);

/** A stored deadline's status now (the rows were computed at the last action). */
function statusAt(kind: string, dueAt: string, inHours: boolean, now: Date) {
  const left = Date.parse(dueAt) - now.getTime();
  if (left < 0) return kind === 'duty' ? ('overdue' as const) : ('lapsed' as const);
  const soon = inHours
    ? DEFAULT_DEADLINE_SETTINGS.dueSoonHours * 3_600_000
    : DEFAULT_DEADLINE_SETTINGS.dueSoonDays * 86_400_000;
  return left <= soon ? ('due_soon' as const) : ('pending' as const);
}

async function view(
  s: Services,
  p: StoredProceeding,
  req: FastifyRequest,
  now: Date,
): Promise<ProceedingView> {
  const st: Proceeding = p.state;
  const calendar = s.deps.calendar ?? loadCalendar();
  const names = new Map<string, string | null>();
  const person = async (id: string) => {
    if (!names.has(id)) {
      const u = /^\d+$/.test(id) ? await s.users.byId(Number(id)) : undefined;
      names.set(id, u?.username ?? null);
    }
    return { id: /^\d+$/.test(id) ? Number(id) : null, username: names.get(id) ?? id };
  };
  const role = req.user?.role ?? 'viewer';
  return personalView(s, req, 'proceeding', p.id, {
    id: p.id,
    case_id: p.case_id,
    version: p.version,
    stage: st.stage,
    procedure: st.procedure,
    case_kind: st.case_kind,
    title: st.title,
    facts: st.facts,
    received_at: st.received_at,
    agency: st.agency,
    parties: st.parties.map((x) => ({ ...x })),
    officers: await Promise.all(st.officers.map(person)),
    reviewer: st.reviewer === undefined ? null : await person(st.reviewer),
    approver: st.approver === undefined ? null : await person(st.approver),
    evidence: st.evidence,
    proposal: (st.proposal as unknown as Record<string, unknown>) ?? null,
    decision: (st.decision as unknown as Record<string, unknown>) ?? null,
    allowed_actions: allowedActions(st).filter((a) => isAction(a) && mayAct(role, a)),
    deadlines: proceedingDeadlines(st, calendar, now.toISOString()),
    history: p.events.map((e) => ({ ...e })),
    check: p.last_check,
    files: await listEvidenceFiles(s.deps.store.db, p.id),
    created_by: p.created_by,
    created_at: p.created_at,
    updated_at: p.updated_at,
  });
}
