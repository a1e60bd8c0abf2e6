/** Statistics over the case filters: counts and fine sums by a dimension; the fine distribution. */
import { formatArticleLabel } from '../../core/shared/numerals.js';
import type { GroupRow } from '../../db/repositories/stats.js';
import type { Services, ZodApp } from '../services.js';
import { isStaff } from '../auth/session.js';
import {
  errorBodySchema,
  fineStatsQuerySchema,
  fineStatsResponseSchema,
  statsQuerySchema,
  statsResponseSchema,
  type StatsGroupBy,
} from '../schemas/index.js';

export const SANCTION_LABELS: Record<string, string> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得、非法财物',
  detention: '拘留',
  rectification: '责令改正',
  suspension: '暂停业务、停业整顿',
  revocation: '吊销许可证、营业执照',
  other: '其他',
};
const PARTY_LABELS: Record<string, string> = { individual: '个人', organization: '单位' };

function label(by: StatsGroupBy, g: GroupRow): string {
  if (g.key === null) return '未载明';
  if (by === 'sanction') return SANCTION_LABELS[g.key] ?? g.key;
  if (by === 'party_kind') return PARTY_LABELS[g.key] ?? g.key;
  if (by === 'article' && g.law && g.article) return `${g.law}${formatArticleLabel(g.article)}`;
  if (by === 'month') return `${g.key.slice(0, 4)}年${Number(g.key.slice(5, 7))}月`;
  if (by === 'year') return `${g.key}年`;
  return g.key;
}

const yuan = (n: number): string =>
  n >= 10000 && n % 10000 === 0 ? `${n / 10000}万` : n >= 10000 ? `${n / 10000}万` : String(n);

export function statsRoutes(app: ZodApp, s: Services): void {
  app.get(
    '/stats',
    {
      config: { access: 'public' },
      schema: {
        tags: ['stats'],
        summary: '按月份、地区、法律、条文、处罚种类、当事人类型分组的案件数与罚款合计',
        querystring: statsQuerySchema,
        response: { 200: statsResponseSchema, 400: errorBodySchema },
      },
    },
    async (req) => {
      const { group_by, ...filter } = req.query;
      const groups = await s.stats.group(group_by, filter, { publishedOnly: !isStaff(req.user) });
      return {
        group_by,
        groups: groups.map((g) => ({
          key: g.key,
          label: label(group_by, g),
          cases: g.cases,
          fine_sum: g.fine_sum,
        })),
      };
    },
  );

  app.get(
    '/stats/fines',
    {
      config: { access: 'public' },
      schema: {
        tags: ['stats'],
        summary: '罚款金额分布',
        querystring: fineStatsQuerySchema,
        response: { 200: fineStatsResponseSchema, 400: errorBodySchema },
      },
    },
    async (req) => {
      const r = await s.stats.fines(req.query, { publishedOnly: !isStaff(req.user) });
      return {
        ...r,
        buckets: r.buckets.map((b) => ({
          ...b,
          label: b.max === null ? `${yuan(b.min)}元以上` : `${yuan(b.min)}–${yuan(b.max)}元`,
        })),
      };
    },
  );
}
