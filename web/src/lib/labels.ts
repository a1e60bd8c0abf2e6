/** Chinese words for the codes the API speaks (sanction kinds, party kinds, statuses, article changes). */
import type { PartyKind, SanctionKind, SanctionTarget } from '../../../src/core/shared/case-record.js';
import type { ArticleChange } from '../../../src/core/statutes/model.js';

export const SANCTION_LABELS: Readonly<Record<SanctionKind, string>> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得',
  detention: '行政拘留',
  rectification: '责令改正',
  suspension: '暂停业务/停业整顿',
  revocation: '吊销许可证/执照',
  other: '其他',
};

export const TARGET_LABELS: Readonly<Record<SanctionTarget, string>> = {
  party: '当事人',
  responsible_person: '直接负责的主管人员/责任人员',
};

export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  individual: '个人',
  organization: '单位',
};

export type CaseStatus = 'published' | 'internal';
export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  published: '已公开',
  internal: '内部',
};

export const ROLE_LABELS: Readonly<Record<string, string>> = {
  admin: '系统管理员',
  officer: '执法人员',
  reviewer: '法制审核',
  leader: '审批负责人',
  viewer: '查看者',
  security_admin: '安全管理员',
  auditor: '审计管理员',
  operator: '自查单位',
};

export const CHANGE_LABELS: Readonly<Record<ArticleChange, string>> = {
  same: '未变',
  renumbered: '条号变化',
  amended: '修改',
  merged: '合并',
  split: '拆分',
  deleted: '删除',
  new: '新增',
};

/** antd Tag colours per article change: unchanged grey, amended orange, new green, deleted red. */
export const CHANGE_COLORS: Readonly<Record<ArticleChange, string>> = {
  same: 'default',
  renumbered: 'blue',
  amended: 'orange',
  merged: 'purple',
  split: 'purple',
  deleted: 'red',
  new: 'green',
};

export function labelOf<K extends string>(
  labels: Readonly<Record<K, string>>,
  key: string | null | undefined,
): string {
  if (key === null || key === undefined || key === '') return '—';
  return (labels as Record<string, string>)[key] ?? key;
}

/**
 * A case's fine total adds every fine of its record: the party's and, under 双罚制 (e.g. 网络安全法第五十九条
 * 「对直接负责的主管人员处…罚款」), the responsible persons'. Shown beside every 罚款合计 so it is not read as the
 * party's fine alone.
 */
export const FINE_TOTAL_LABEL = '罚款合计（含责任人员）';
export const FINE_TOTAL_NOTE = '当事人（单位或个人）与直接负责的主管人员、其他直接责任人员所受罚款之和';

/** 1500 → 1,500 元; 50000 → 5 万元 (with the exact figure kept); null → —. */
export function formatYuan(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return '—';
  if (amount >= 10_000 && amount % 10_000 === 0) return `${(amount / 10_000).toLocaleString('zh-CN')} 万元`;
  return `${amount.toLocaleString('zh-CN')} 元`;
}

/** A money range as the law words it: 1 万元 至 10 万元, 10 万元以下, 5,000 元以上. */
export function formatYuanRange(min: number | null | undefined, max: number | null | undefined): string {
  const hasMin = min !== null && min !== undefined;
  const hasMax = max !== null && max !== undefined;
  if (hasMin && hasMax) return min === max ? formatYuan(min) : `${formatYuan(min)} 至 ${formatYuan(max)}`;
  if (hasMax) return `${formatYuan(max)}以下`;
  if (hasMin) return `${formatYuan(min)}以上`;
  return '未规定数额';
}

export function formatDaysRange(min: number | null | undefined, max: number | null | undefined): string {
  if (max === null || max === undefined) return min ? `${min} 日以上` : '—';
  if (min === null || min === undefined) return `${max} 日以下`;
  return min === max ? `${min} 日` : `${min} 至 ${max} 日`;
}

/** 2021-01 → 2021年1月; 2021 → 2021年; 2021-05-07 → 2021年5月7日; null → 日期不详. */
export function formatPartialDate(d: string | null | undefined): string {
  if (!d) return '日期不详';
  const [y, m, day] = d.split('-');
  let s = `${y}年`;
  if (m) s += `${Number(m)}月`;
  if (day) s += `${Number(day)}日`;
  return s;
}

/**
 * The case list's count: 「共 37 件」, or 「共 5,000+ 件」 when the server stopped counting at its cap
 * (`total_capped`: at least that many match).
 */
export function formatCaseCount(total: number, capped: boolean): string {
  return capped ? `共 ${total.toLocaleString('en')}+ 件` : `共 ${total} 件`;
}
