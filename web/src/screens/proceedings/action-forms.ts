/**
 * What each action's form asks for (the payload fields its transition reads, src/core/cases/transitions/), and the
 * form's values → the body of POST /api/proceedings/{id}/actions. Pure: the screen renders the fields it is given.
 */
import type { ActionName } from '../../../../src/core/cases/events.js';
import { RECORDED_EVENTS } from '../../../../src/core/cases/events.js';
import {
  FACTS,
  type Fact,
  type ProvisionRef,
  type SanctionKind,
} from '../../../../src/core/shared/case-record.js';
import { RECORDED_EVENT_LABELS } from './labels.js';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'datetime'
  | 'number'
  | 'amount'
  | 'boolean'
  | 'select'
  | 'party'
  | 'people'
  | 'files'
  | 'proposal';

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: readonly { value: string; label: string }[];
  /** Shown under the field. */
  help?: string;
  /** At least this many people (people fields). */
  min?: number;
}

const opts = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

const party: FieldSpec = { name: 'party', label: '当事人', kind: 'party', required: true };
const reason: FieldSpec = { name: 'reason', label: '理由', kind: 'textarea', required: true };
const approvedBy: FieldSpec = { name: 'approved_by', label: '批准人', kind: 'text', required: true };
const proposal: FieldSpec = { name: 'proposal', label: '处罚内容', kind: 'proposal', required: true };
const reviewer: FieldSpec[] = [
  { name: 'first_time', label: '初次从事法制审核', kind: 'boolean' },
  {
    name: 'qualified',
    label: '已取得法律职业资格',
    kind: 'boolean',
    help: '行政处罚法 第五十八条第二款：初次从事法制审核的人员应当取得法律职业资格',
  },
];

export const EVIDENCE_KINDS = [
  '书证',
  '物证',
  '视听资料',
  '电子数据',
  '证人证言',
  '当事人的陈述',
  '鉴定意见',
  '勘验笔录、现场笔录',
] as const;

export const SERVICE_METHODS = [
  '直接送达',
  '留置送达',
  '邮寄送达',
  '委托送达',
  '电子送达',
  '公告送达',
] as const;

/** The fields of each action beyond `at` (every action may record when it happened). */
export const ACTION_FIELDS: Readonly<Record<ActionName, readonly FieldSpec[]>> = {
  receive: [],
  register: [],
  transfer: [{ name: 'to_unit', label: '移送单位', kind: 'text', required: true }],
  refuse: [reason],
  on_the_spot: [
    {
      name: 'officers',
      label: '当场处罚的执法人员',
      kind: 'people',
      required: true,
      min: 1,
      help: '当场作出处罚决定的人民警察（治安管理处罚法 2025 第一百二十条第三款：被处罚人没有异议的，可以由一名人民警察作出，并全程同步录音录像）',
    },
    proposal,
    { name: 'excluded_matter', label: '涉及卖淫、嫖娼、赌博、毒品', kind: 'boolean' },
  ],
  file: [],
  apply_recusal: [
    { name: 'person', label: '申请回避的人员（用户编号）', kind: 'text', required: true },
    {
      name: 'applicant',
      label: '申请人',
      kind: 'select',
      required: true,
      options: opts({ self: '本人申请', party: '当事人或者其法定代理人申请' }),
      help: '程序规定 第十八条、第二十条',
    },
    reason,
  ],
  decide_recusal: [
    { name: 'person', label: '回避人员（用户编号）', kind: 'text', required: true },
    {
      name: 'decided_by',
      label: '决定人',
      kind: 'text',
      required: true,
      help: '程序规定 第十九条：由所属公安机关决定',
    },
    { name: 'granted', label: '决定回避', kind: 'boolean' },
    { name: 'ordered', label: '未经申请，指令回避（程序规定 第二十二条）', kind: 'boolean' },
  ],
  assign_officers: [
    {
      name: 'officers',
      label: '办案执法人员',
      kind: 'people',
      required: true,
      min: 2,
      help: '回避后重新指派；行政处罚法 第四十二条：执法人员不得少于两人',
    },
  ],
  start_investigation: [
    {
      name: 'officers',
      label: '办案执法人员',
      kind: 'people',
      required: true,
      min: 2,
      help: '行政处罚法 第四十二条：执法人员不得少于两人',
    },
  ],
  add_evidence: [
    {
      name: 'kind',
      label: '证据种类',
      kind: 'select',
      required: true,
      options: EVIDENCE_KINDS.map((k) => ({ value: k, label: k })),
    },
    { name: 'description', label: '证据内容', kind: 'textarea', required: true },
    {
      name: 'file_ids',
      label: '证据文件',
      kind: 'files',
      help: '图片、PDF、Office 文档等，按文件内容识别类型，大小有限制',
    },
  ],
  record_event: [
    {
      name: 'event',
      label: '事项',
      kind: 'select',
      required: true,
      options: RECORDED_EVENTS.map((e) => ({ value: e, label: RECORDED_EVENT_LABELS[e] })),
    },
  ],
  start_appraisal: [{ name: 'matter', label: '鉴定事项', kind: 'text', required: true }],
  end_appraisal: [],
  extend_time_limit: [approvedBy],
  start_quick: [
    { name: 'arrived_at', label: '到案时间', kind: 'datetime', required: true },
    { name: 'consent_signed', label: '违法嫌疑人已书面同意', kind: 'boolean' },
    { name: 'max_detention_days', label: '可能的最长拘留天数', kind: 'number' },
  ],
  convert_to_ordinary: [reason],
  conclude: [],
  terminate: [
    {
      name: 'ground',
      label: '终止理由',
      kind: 'select',
      required: true,
      options: opts({
        no_violation: '没有违法事实',
        limitation_expired: '超过追究时效',
        suspect_dead: '违法嫌疑人死亡',
        other: '其他需要终止调查的情形',
      }),
    },
    approvedBy,
  ],
  transfer_criminal: [{ name: 'to_organ', label: '移送机关', kind: 'text', required: true }],
  propose_no_penalty: [
    {
      name: 'ground',
      label: '不予处罚的理由',
      kind: 'select',
      required: true,
      options: opts({
        facts_not_established: '违法事实不能成立',
        minor_and_corrected: '违法行为轻微并及时改正，没有造成危害后果',
        first_offence: '初次违法且危害后果轻微并及时改正',
        no_fault: '当事人有证据足以证明没有主观过错',
        under_14: '不满十四周岁',
        mental_incapacity: '精神病人、智力残疾人不能辨认或者控制自己行为',
      }),
    },
  ],
  propose_penalty: [
    proposal,
    { name: 'guardian_notified', label: '已告知未成年当事人的监护人', kind: 'boolean' },
  ],
  record_statement: [party, { name: 'statement', label: '陈述申辩内容', kind: 'textarea', required: true }],
  request_hearing: [party],
  refuse_hearing: [party, reason],
  accept_hearing: [
    party,
    { name: 'hearing_at', label: '听证时间', kind: 'datetime', required: true },
    {
      name: 'presider',
      label: '听证主持人',
      kind: 'text',
      required: true,
      help: '填写用户编号；由非本案调查人员主持（行政处罚法 第六十四条第（四）项）',
    },
  ],
  open_hearing: [],
  close_hearing: [
    {
      name: 'outcome',
      label: '听证结果',
      kind: 'select',
      required: true,
      options: opts({ held: '听证已举行', terminated: '听证终止' }),
    },
    { name: 'record_signed', label: '听证笔录已签字或盖章', kind: 'boolean' },
    { name: 'refusal_noted', label: '当事人拒绝签字，已由主持人注明', kind: 'boolean' },
  ],
  waive_hearing: [party, { name: 'waive_statement', label: '同时放弃陈述申辩', kind: 'boolean' }],
  postpone_hearing: [
    party,
    { name: 'hearing_at', label: '延期后的听证时间', kind: 'datetime', required: true },
    { ...reason, help: '程序规定 第一百三十八条：延期举行听证' },
  ],
  suspend_hearing: [
    {
      name: 'ground',
      label: '中止理由',
      kind: 'select',
      required: true,
      options: opts({
        new_evidence: '需要通知新的证人到场、调取新的证据或者需要重新鉴定、勘验',
        recusal: '申请回避',
        other: '其他需要中止听证的情形',
      }),
      help: '程序规定 第一百四十八条',
    },
    { name: 'reason', label: '说明', kind: 'textarea' },
  ],
  resume_hearing: [
    {
      name: 'presider',
      label: '听证主持人（更换时填写用户编号）',
      kind: 'text',
      help: '主持人回避的，由新的主持人恢复听证',
    },
  ],
  proceed_to_review: [],
  pass_review: reviewer,
  escalate_collective: reviewer,
  collective_decision: [
    { name: 'participants', label: '参加讨论的负责人', kind: 'people', required: true, min: 2 },
  ],
  return_for_investigation: [reason],
  decide: [
    {
      name: 'late_approval',
      label: '延长办案期限的批准',
      kind: 'text',
      help: '超过办案期限作出决定时须填写',
    },
  ],
  serve: [
    party,
    {
      name: 'method',
      label: '送达方式',
      kind: 'select',
      required: true,
      options: SERVICE_METHODS.map((m) => ({ value: m, label: m })),
    },
  ],
  record_payment: [party, { name: 'amount_yuan', label: '缴纳金额（元）', kind: 'amount', required: true }],
  defer_payment: [party, { name: 'until', label: '暂缓至', kind: 'date', required: true }, approvedBy],
  mark_fine_overdue: [party],
  serve_demand: [party],
  apply_court_enforcement: [party],
  suspend_enforcement: [party, { name: 'ground', label: '中止理由', kind: 'text', required: true }],
  resume_enforcement: [party],
  execute_detention: [party, { name: 'offset_days', label: '已折抵天数', kind: 'number' }],
  skip_detention: [
    party,
    { name: 'offset_days', label: '已折抵天数', kind: 'number' },
    { name: 'first_violation', label: '初次违反治安管理', kind: 'boolean' },
    { name: 'pregnant', label: '怀孕', kind: 'boolean' },
    { name: 'nursing_infant_months', label: '哺乳婴儿月龄', kind: 'number' },
  ],
  defer_detention: [
    party,
    { name: 'review_or_litigation_filed', label: '已申请行政复议或者提起行政诉讼', kind: 'boolean' },
    { name: 'guarantor', label: '担保人', kind: 'text' },
    { name: 'deposit_yuan', label: '保证金（元）', kind: 'amount', help: '担保人与保证金择一' },
    { name: 'circumstance', label: '情形（升学考试、子女出生、近亲属病危或死亡等）', kind: 'text' },
  ],
  resume_detention: [party, reason],
  finish_detention: [party],
  publish: [],
  close: [
    {
      name: 'ground',
      label: '结案情形',
      kind: 'select',
      required: true,
      options: opts({
        executed: '处罚决定执行完毕',
        no_penalty: '作出不予处罚决定',
        criminal: '移送司法机关',
        impossible: '确实无法执行',
      }),
    },
    { name: 'reason', label: '说明', kind: 'textarea', help: '确实无法执行的，须说明理由' },
  ],
  archive: [],
};

/** Actions the officer records as having happened in the past: the form offers the time it happened. */
export function fieldsOf(action: string): readonly FieldSpec[] {
  return (ACTION_FIELDS as Record<string, readonly FieldSpec[]>)[action] ?? [];
}

/** The proposal part of a form: provisions, sanctions per party, facts, the conduct date. */
export interface ProposalValues {
  provisions?: { law?: string; article?: number | null; paragraph?: number | null; item?: number | null }[];
  sanctions?: { party?: string; kind?: SanctionKind; amount_yuan?: number | null; days?: number | null }[];
  fact_status?: Partial<Record<Fact, 'established' | 'absent' | 'unknown'>>;
  conduct_date?: string;
}

export interface ProposalPayload {
  provisions: ProvisionRef[];
  sanctions: { party: string; kind: SanctionKind; amount_yuan: number | null; days: number | null }[];
  established_facts: Fact[];
  absent_facts: Fact[];
  conduct_date: string;
}

const orNull = (n: number | null | undefined) => (n === undefined || n === null ? null : n);

export function proposalPayload(v: ProposalValues): ProposalPayload {
  const status = (f: Fact) => v.fact_status?.[f];
  return {
    provisions: (v.provisions ?? [])
      .filter((p) => p.law?.trim())
      .map((p) => ({
        law: p.law!.trim().replace(/^《|》$/g, ''),
        article: orNull(p.article),
        paragraph: orNull(p.paragraph),
        item: orNull(p.item),
      })),
    sanctions: (v.sanctions ?? [])
      .filter((s) => s.kind && s.party)
      .map((s) => ({
        party: s.party!,
        kind: s.kind!,
        amount_yuan: orNull(s.amount_yuan),
        days: orNull(s.days),
      })),
    established_facts: FACTS.filter((f) => status(f) === 'established'),
    absent_facts: FACTS.filter((f) => status(f) === 'absent'),
    conduct_date: v.conduct_date?.trim() ?? '',
  };
}

/** A datetime-local value (2026-12-04T10:30, China time) → an ISO instant with its offset. */
export function instantOf(local: string): string {
  const withSeconds = /T\d{2}:\d{2}$/.test(local) ? `${local}:00` : local;
  return /[+-]\d{2}:\d{2}$|Z$/.test(withSeconds) ? withSeconds : `${withSeconds}+08:00`;
}

export type FormValues = Record<string, unknown> & { at?: string; proposal?: ProposalValues };

/**
 * The body of an action: the action, `at` when given, each field the action has that the officer filled
 * (empty text and unticked boxes left out, so the core's defaults hold), the proposal's fields at the top level.
 */
export function actionBody(action: string, values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { action };
  if (typeof values.at === 'string' && values.at) body.at = instantOf(values.at);
  for (const f of fieldsOf(action)) {
    const v = values[f.name];
    if (f.kind === 'proposal') {
      Object.assign(body, proposalPayload((v as ProposalValues | undefined) ?? {}));
      continue;
    }
    const value = typeof v === 'string' ? v.trim() : v;
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    body[f.name] = f.kind === 'datetime' && typeof value === 'string' ? instantOf(value) : value;
  }
  return body;
}
