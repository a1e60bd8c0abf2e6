/**
 * Disclosure (双公示): publishing a decided case's record and withdrawing it (officers and leaders), the records of a
 * proceeding (any signed-in user), and the public side without login: the list and JSON feed of the records public
 * today (expired ones leave it by themselves), one record (a withdrawn one shows why), and the list as CSV and .xlsx.
 */
import { chinaDate } from '../../core/cases/periods.js';
import { DomainError } from '../../core/shared/errors.js';
import { PublicDisclosureCounts } from '../../db/repositories/disclosure-counts.js';
import {
  findDisclosure,
  listPublicDisclosures,
  type StoredDisclosure,
} from '../../db/repositories/disclosures.js';
import type { Services, ZodApp } from '../services.js';
import { STAFF } from '../auth/session.js';
import { disclosuresCsv, disclosuresXlsx } from '../disclosure-export.js';
import {
  disclosureListSchema,
  disclosureSchema,
  errorBodySchema,
  idParamSchema,
  publicDisclosureListSchema,
  publicDisclosureExportQuerySchema,
  publicDisclosureQuerySchema,
  publicDisclosureSchema,
  publishDisclosureBodySchema,
  withdrawDisclosureBodySchema,
  type DisclosureView,
  type PublicDisclosureView,
} from '../schemas/index.js';
import { foundProceeding, postOnProceeding, proceedingErrors } from './on-proceeding.js';

const PUBLISHING_ROLES = ['officer', 'leader'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const publicView = (d: StoredDisclosure): PublicDisclosureView => ({
  id: d.id,
  status: d.status,
  agency: d.agency,
  party_name: d.party_name,
  decision_number: d.decision_number,
  decision_date: d.decision_date,
  end_date: d.end_date,
  period_basis: d.period_basis,
  published_on: d.published_on,
  cells: d.status === 'published' ? d.cells : null,
  withdrawal:
    d.status === 'withdrawn' ? { reason: d.withdrawal_reason ?? '', on: d.withdrawn_on ?? '' } : null,
  replaces: d.replaces,
});

const view = (d: StoredDisclosure): DisclosureView => ({
  ...publicView(d),
  proceeding_id: d.proceeding_id,
  party: d.party,
  cells: d.cells,
  published_by: d.published_by,
  published_at: d.published_at,
  verdict: d.verdict,
  override_reason: d.override_reason,
  withdrawal:
    d.status === 'withdrawn'
      ? {
          reason: d.withdrawal_reason!,
          on: d.withdrawn_on!,
          by: d.withdrawn_by!,
          at: d.withdrawn_at!,
          changed_on: d.changed_on!,
          due: d.withdrawal_due!,
          late: d.withdrawn_on! > d.withdrawal_due!,
        }
      : null,
});

export function disclosureRoutes(app: ZodApp, s: Services): void {
  const db = s.deps.store.db;
  const today = () => chinaDate(s.now().toISOString());
  const counts = new PublicDisclosureCounts(db);

  app.get(
    '/proceedings/:id/disclosure',
    {
      config: { access: STAFF },
      schema: {
        tags: ['disclosure'],
        summary: '本案各当事人的公示记录（公示人、审查结论及其说明、撤回）',
        params: idParamSchema,
        response: { 200: disclosureListSchema, ...proceedingErrors },
      },
    },
    async (req) => (await s.disclosures.list(await foundProceeding(s, req.params.id))).map(view),
  );

  postOnProceeding(
    app,
    s,
    '/proceedings/:id/disclosure',
    {
      access: PUBLISHING_ROLES,
      tag: 'disclosure',
      summary:
        '公示一名当事人的行政处罚决定（双公示）：必填项缺失为 409 MISSING_FIELDS；未成年人、封存的治安记录为 409 DISCLOSURE_REFUSED（附依据）；合法性审查结论为不合法或无法判断时须给出 override_reason（留痕），否则 409 OVERRIDE_REQUIRED',
      body: publishDisclosureBodySchema,
      status: 201,
      response: disclosureSchema,
    },
    async (p, body, actor, now) => view(await s.disclosures.publish(p, body, actor, now)),
  );

  postOnProceeding(
    app,
    s,
    '/proceedings/:id/disclosure/changed',
    {
      access: PUBLISHING_ROLES,
      tag: 'disclosure',
      summary:
        '登记已公示的处罚决定被变更、撤销、确认违法或无效（理由、日期）：自该日起三个工作日的撤回期限计入办案期限与待办（行政处罚法 第四十八条第二款）',
      body: withdrawDisclosureBodySchema,
      status: 200,
      response: disclosureSchema,
    },
    async (p, body, actor, now) => view(await s.disclosures.recordChange(p, body, actor, now)),
  );

  postOnProceeding(
    app,
    s,
    '/proceedings/:id/disclosure/withdraw',
    {
      access: PUBLISHING_ROLES,
      tag: 'disclosure',
      summary:
        '撤回公示（处罚决定被变更、撤销、确认违法或无效）：说明理由；应在变更之日起三个工作日内撤回（行政处罚法 第四十八条第二款）',
      body: withdrawDisclosureBodySchema,
      status: 200,
      response: disclosureSchema,
    },
    async (p, body, actor, now) => view(await s.disclosures.withdraw(p, body, actor, now)),
  );

  app.get(
    '/disclosures',
    {
      config: { access: 'public', rateLimit: 'public' },
      schema: {
        tags: ['disclosure'],
        summary:
          '行政处罚公示（无需登录）：今日在公示期内的记录，可按单位、决定日期、关键词筛选；供信用平台取用的 JSON',
        querystring: publicDisclosureQuerySchema,
        response: { 200: publicDisclosureListSchema, 400: errorBodySchema },
      },
    },
    async (req) => {
      const day = today();
      const filter = { ...req.query, day };
      const items = await listPublicDisclosures(db, filter);
      // A page not full is the last: its records end the count, which need not scan the rest.
      const total =
        items.length < filter.limit && (items.length > 0 || filter.offset === 0)
          ? filter.offset + items.length
          : await counts.count(filter);
      return { day, total, items: items.map(publicView) };
    },
  );

  app.get(
    '/disclosures.csv',
    {
      config: { access: 'public' },
      schema: {
        tags: ['disclosure'],
        summary: '行政处罚公示导出为 CSV（按标准的字段顺序，中文列名；筛选同列表）',
        querystring: publicDisclosureExportQuerySchema,
      },
    },
    async (req, reply) => {
      const day = today();
      const items = await listPublicDisclosures(db, { ...req.query, day });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment(`disclosures-${day}.csv`, `行政处罚公示-${day}.csv`))
        .send(disclosuresCsv(items));
    },
  );

  app.get(
    '/disclosures.xlsx',
    {
      config: { access: 'public' },
      schema: {
        tags: ['disclosure'],
        summary: '行政处罚公示导出为 Excel（.xlsx；按标准的字段顺序，中文列名；筛选同列表）',
        querystring: publicDisclosureExportQuerySchema,
      },
    },
    async (req, reply) => {
      const day = today();
      const items = await listPublicDisclosures(db, { ...req.query, day });
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`disclosures-${day}.xlsx`, `行政处罚公示-${day}.xlsx`))
        .send(await disclosuresXlsx(items));
    },
  );

  app.get(
    '/disclosures/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['disclosure'],
        summary: '一条行政处罚公示（无需登录）；已撤回的只显示撤回理由；公示期届满的不再公开（404）',
        params: idParamSchema,
        response: { 200: publicDisclosureSchema, 404: errorBodySchema, 400: errorBodySchema },
      },
    },
    async (req) => {
      const d = await findDisclosure(db, req.params.id);
      const day = today();
      if (!d || d.published_on > day || d.end_date < day) {
        throw new DomainError('NOT_FOUND', `公示 ${req.params.id} 不存在或已不在公示期内`, {
          id: req.params.id,
        });
      }
      return publicView(d);
    },
  );
}

/** RFC 6266 with an ASCII fallback and the UTF-8 name (RFC 5987). */
const attachment = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
