/**
 * The case-handling codes in Chinese: stages (case and party), actions and recorded events, deadline statuses,
 * and the guards' refusal codes, so that a refusal reads 「处罚不合法」 and not UNLAWFUL_PENALTY.
 */
import type { ActionName, RecordedEventName } from '../../../../src/core/cases/events.js';
import type { DeadlineStatus } from '../../../../src/core/cases/deadlines.js';
import type { PartyStage, Stage } from '../../../../src/core/cases/stages.js';
import type { GuardCode } from '../../../../src/core/cases/transitions/types.js';

export const STAGE_LABELS: Readonly<Record<Stage | PartyStage, string>> = {
  LEAD: '线索',
  INTAKE: '已受案',
  TRANSFERRED_OUT: '已移送管辖',
  NOT_ACCEPTED: '不予受案',
  SUMMARY: '当场处罚',
  FILED: '已立案',
  INVESTIGATING: '调查中',
  QUICK: '快速办理',
  CONCLUDED: '调查终结',
  TERMINATED: '终止调查',
  CRIMINAL: '移送司法机关',
  NO_PENALTY_PROPOSED: '拟不予处罚',
  NOTICE: '已告知，待陈述申辩',
  DEFENCE: '陈述申辩',
  HEARING_REQUESTED: '已申请听证',
  HEARING_SCHEDULED: '听证已安排',
  HEARING: '听证中',
  HEARING_SUSPENDED: '听证中止',
  REVIEW: '法制审核',
  COLLECTIVE: '集体讨论',
  APPROVAL: '待负责人审批',
  DECIDED: '已作出决定',
  SERVED: '已送达',
  CLOSED: '已结案',
  ARCHIVED: '已归档',
  FINE_DUE: '待缴罚款',
  FINE_DEFERRED: '暂缓或分期缴纳',
  FINE_OVERDUE: '逾期未缴',
  DEMANDED: '已催告',
  COURT_ENFORCEMENT: '申请法院强制执行',
  ENFORCEMENT_SUSPENDED: '中止执行',
  FINE_PAID: '罚款已缴清',
  DETENTION_PENDING: '待执行拘留',
  IN_DETENTION: '拘留执行中',
  NOT_EXECUTED: '拘留不予执行',
  DEFERRED: '拘留暂缓执行',
  DETENTION_DONE: '拘留执行完毕',
  OTHER_EXECUTION: '其他处罚执行中',
};

/** The ordinary procedure's main line, for the progress bar of the case page. */
export const MAIN_LINE: readonly Stage[] = [
  'LEAD',
  'INTAKE',
  'FILED',
  'INVESTIGATING',
  'CONCLUDED',
  'NOTICE',
  'REVIEW',
  'APPROVAL',
  'DECIDED',
  'SERVED',
  'CLOSED',
  'ARCHIVED',
];

/** Where a stage sits on the main line: a hearing counts as the notice step, collective discussion as review. */
export function mainLineIndex(stage: string): number {
  const near: Readonly<Record<string, Stage>> = {
    SUMMARY: 'DECIDED',
    QUICK: 'INVESTIGATING',
    NO_PENALTY_PROPOSED: 'NOTICE',
    DEFENCE: 'NOTICE',
    HEARING_REQUESTED: 'NOTICE',
    HEARING_SCHEDULED: 'NOTICE',
    HEARING: 'NOTICE',
    HEARING_SUSPENDED: 'NOTICE',
    COLLECTIVE: 'REVIEW',
    TERMINATED: 'CLOSED',
    CRIMINAL: 'CLOSED',
    TRANSFERRED_OUT: 'ARCHIVED',
    NOT_ACCEPTED: 'ARCHIVED',
  };
  return MAIN_LINE.indexOf((near[stage] ?? stage) as Stage);
}

export const ACTION_LABELS: Readonly<Record<ActionName, string>> = {
  receive: '接报',
  register: '受案登记',
  transfer: '移送管辖',
  refuse: '不予受案',
  on_the_spot: '当场处罚',
  file: '立案',
  start_investigation: '开始调查',
  add_evidence: '添加证据',
  record_event: '记录事项',
  start_appraisal: '开始鉴定',
  end_appraisal: '鉴定结束',
  extend_time_limit: '延长办案期限',
  start_quick: '转快速办理',
  convert_to_ordinary: '转普通程序',
  conclude: '调查终结',
  terminate: '终止调查',
  transfer_criminal: '移送司法机关',
  propose_no_penalty: '拟不予处罚',
  propose_penalty: '拟处罚并告知',
  record_statement: '记录陈述申辩',
  request_hearing: '申请听证',
  refuse_hearing: '不予受理听证',
  accept_hearing: '受理听证',
  open_hearing: '举行听证',
  close_hearing: '听证结束',
  postpone_hearing: '延期听证',
  suspend_hearing: '中止听证',
  resume_hearing: '恢复听证',
  apply_recusal: '申请回避',
  decide_recusal: '回避决定',
  assign_officers: '重新指派执法人员',
  waive_hearing: '放弃听证',
  proceed_to_review: '提交法制审核',
  pass_review: '法制审核通过',
  escalate_collective: '提请集体讨论',
  collective_decision: '集体讨论决定',
  return_for_investigation: '退回补充调查',
  decide: '审批并作出决定',
  serve: '送达决定书',
  record_payment: '登记缴款',
  defer_payment: '批准暂缓或分期缴纳',
  mark_fine_overdue: '登记逾期未缴',
  serve_demand: '送达催告书',
  apply_court_enforcement: '申请法院强制执行',
  suspend_enforcement: '中止执行',
  resume_enforcement: '恢复执行',
  execute_detention: '送拘留所执行',
  skip_detention: '拘留不予执行',
  defer_detention: '拘留暂缓执行',
  resume_detention: '恢复执行拘留',
  finish_detention: '拘留期满解除',
  publish: '公开决定',
  close: '结案',
  archive: '归档',
};

export const RECORDED_EVENT_LABELS: Readonly<Record<RecordedEventName, string>> = {
  summons_arrival: '被传唤人到案',
  questioning_ended: '询问结束',
  continued_questioning_started: '开始继续盘问',
  continued_questioning_ended: '继续盘问结束',
  appraisal_opinion_received: '收到鉴定意见',
  appraisal_copy_served: '鉴定意见复印件送达',
  reappraisal_requested: '申请重新鉴定',
  reappraisal_refused: '不准予重新鉴定',
  reappraisal_refusal_notified: '告知不准予重新鉴定',
  preservation: '先行登记保存',
  preservation_decided: '登记保存物品处理决定',
  seizure: '扣押',
  seizure_extended: '扣押延长',
  seizure_ended: '解除扣押',
  property_handed_over: '涉案财物移交保管',
  on_the_spot_filed: '当场处罚决定备案',
  absconder_notice_announced: '公告告知',
  hearing_notice_served: '听证通知送达',
  victim_copy_sent: '决定书抄送被侵害人',
  service_by_public_notice: '公告送达',
  cash_collected: '当场收缴罚款',
  cash_handed_over: '罚款交至机关',
  cash_banked: '罚款缴付银行',
  court_refused: '法院裁定不予执行',
  objection_filed: '对不予执行裁定提出复议',
  detention_deferral_applied: '申请暂缓执行拘留',
  detention_deferral_decided: '暂缓执行拘留决定',
  deferred_person_changed: '被暂缓执行人情况变化',
  deferred_change_reported: '情况变化已报告',
  deposit_received_out_of_hours: '非工作时间收取保证金',
  deposit_banked: '保证金存入银行',
  foreign_detainee_reported: '外国人被拘留已报告',
  published_decision_changed: '公开的决定被变更或撤销',
  publication_withdrawn: '撤回公开',
  unclaimed_property_notice: '无主财物公告',
  unclaimed_property_disposed: '无主财物处理',
  rectification_ordered: '责令改正',
  rectification_checked: '改正情况复查',
};

/** A history entry's name: an action, or a fact recorded for the timers. */
export function eventLabel(type: string): string {
  return (
    (ACTION_LABELS as Record<string, string>)[type] ??
    (RECORDED_EVENT_LABELS as Record<string, string>)[type] ??
    type
  );
}

export function stageLabel(stage: string | null | undefined): string {
  if (!stage) return '—';
  return (STAGE_LABELS as Record<string, string>)[stage] ?? stage;
}

export const DEADLINE_STATUS_LABELS: Readonly<Record<DeadlineStatus, string>> = {
  pending: '期限内',
  due_soon: '即将到期',
  overdue: '已逾期',
  met: '已办结',
  lapsed: '期限已届满',
  suspended: '暂停计算',
};

/** antd Tag colours: overdue red, due soon orange, running blue, done green, ended or paused grey. */
export const DEADLINE_STATUS_COLORS: Readonly<Record<DeadlineStatus, string>> = {
  pending: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  met: 'green',
  lapsed: 'default',
  suspended: 'default',
};

/** The guard that refused, named for the officer. */
export const GUARD_LABELS: Readonly<Record<GuardCode, string>> = {
  WRONG_STAGE: '当前阶段不能办理此步骤',
  AT_IN_FUTURE: '事件时间晚于当前时间',
  AT_BEFORE_PREVIOUS: '事件时间早于上一事件',
  INVALID_PAYLOAD: '填写的内容不完整或有误',
  UNKNOWN_PARTY: '不是本案当事人',
  TOO_FEW_OFFICERS: '执法人员少于两人',
  SAME_PERSON: '同一人员不得兼任',
  NOT_CASE_OFFICER: '不是本案执法人员',
  RECUSED: '该人员已回避',
  RECUSAL_PENDING: '回避申请尚未决定',
  NOT_PRESIDER: '不是听证主持人',
  HEAVIER_WITHOUT_NEW_EVIDENCE: '加重处罚须有新的证据',
  NO_EVIDENCE: '尚未收集证据',
  LIMITATION_EXPIRED: '已超过追究时效',
  NO_CHECK: '未能进行合法性审查',
  UNLAWFUL_PENALTY: '处罚不合法',
  CONDITIONS_NOT_ESTABLISHED: '处罚所需的事实尚未认定',
  REFUSAL_NOT_ESTABLISHED: '拒不改正尚不成立',
  GUARDIAN_NOT_HEARD: '未听取监护人意见',
  NOT_HEARING_ELIGIBLE: '不属于可以要求听证的情形',
  HEARING_WINDOW_OPEN: '要求听证的期限尚未届满',
  HEARING_WINDOW_CLOSED: '要求听证的期限已过',
  HEARING_DEEMED_ACCEPTED: '听证申请已视为受理',
  HEARING_NOTICE_TOO_SHORT: '听证通知时间不足',
  REVIEWER_NOT_QUALIFIED: '审核人员不具备法律职业资格',
  NOT_COMPETENT: '本机关无权作出该处罚',
  HEAVIER_THAN_NOTIFIED: '决定重于告知的处罚',
  TIME_LIMIT_EXCEEDED: '已超过办案期限',
  QUICK_EXCLUDED: '不适用快速办理',
  ON_THE_SPOT_LIMIT: '超出当场处罚的范围',
  PAYMENT_PERIOD_RUNNING: '缴纳期限尚未届满',
  DEMAND_PERIOD_RUNNING: '催告期限尚未届满',
  SURCHARGE_UNDER_30_DAYS: '加处罚款未满三十日',
  COURT_WINDOW_CLOSED: '不在申请法院强制执行的期限内',
  PARTIES_NOT_CLOSED: '尚有当事人未执行完毕',
  NOT_TO_BE_EXECUTED: '依法不送拘留所执行',
  NO_NON_EXECUTION_GROUND: '不具备不执行拘留的情形',
  DEFERRAL_CONDITIONS: '不符合暂缓执行的条件',
  RECORD_SEALED: '记录已封存，不得公开',
};

/** The refusals of issuing a document (by 制作文书, or by the decision that issues the 决定书 itself). */
export const DOCUMENT_REFUSAL_LABELS: Readonly<Record<string, string>> = {
  MISSING_FIELDS: '文书的必填项尚未填写',
  NOT_ISSUABLE: '当前不能制作该文书',
};

/** Besides the guards: what the other statuses of an action's answer mean. */
const STATUS_WORDS: Readonly<Record<number, string>> = {
  400: '填写的内容有误',
  401: '请先登录',
  403: '您的角色不能办理此步骤',
  404: '未找到该案件',
  422: '暂时无法办理',
};

/**
 * A refused action in words: the guard's name (or the status's), the server's message when it adds to it, and
 * the code for whoever asks the administrator. A payload check's message names the field by its identifier
 * (sanctions.0.amount_yuan): the form's label for it leads; an English message (a library's) is replaced by it.
 */
export function refusalInWords(e: { status: number; code: string; message: string; details?: object }): {
  title: string;
  detail: string | null;
  code: string;
} {
  const title =
    (GUARD_LABELS as Record<string, string>)[e.code] ??
    DOCUMENT_REFUSAL_LABELS[e.code] ??
    STATUS_WORDS[e.status] ??
    '操作未能完成';
  const field = (e.details as { field?: unknown } | undefined)?.field;
  const chinese = /[\u4e00-\u9fff]/.test(e.message);
  const label = typeof field === 'string' ? FIELD_LABELS[field.split('.')[0]!] : undefined;
  const detail = !chinese
    ? typeof field === 'string'
      ? `请检查“${label ?? field}”`
      : null
    : label && e.status === 400
      ? `请检查“${label}”：${e.message}`
      : e.message;
  return { title, detail: detail === title ? null : detail, code: e.code };
}

/** Payload fields by name, for a 400 that names one. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  at: '发生时间',
  party: '当事人',
  officers: '执法人员',
  kind: '证据种类',
  description: '证据内容',
  provisions: '法律依据',
  sanctions: '处罚',
  established_facts: '已认定的事实',
  absent_facts: '已排除的事实',
  conduct_date: '违法行为日期',
  statement: '陈述申辩内容',
  reason: '理由',
  to_unit: '移送单位',
  to_organ: '移送机关',
  approved_by: '批准人',
  ground: '理由',
  method: '送达方式',
  amount_yuan: '金额',
  until: '暂缓至',
  hearing_at: '听证时间',
  presider: '主持人',
  outcome: '听证结果',
  participants: '参加讨论的负责人',
  matter: '鉴定事项',
  arrived_at: '到案时间',
  event: '事项',
  title: '案件名称',
  agency: '执法机关',
  facts: '案情',
  received_at: '接报时间',
};
