/**
 * Who may take which action of a proceeding: the one role → action matrix (NOTES.md, “Case handling: roles”).
 * The role only opens the door; the core's guards still judge the person (two officers, the reviewer and the
 * approver not officers of the case, add_evidence only by a case officer …).
 */
import { ACTIONS, type ActionName } from '../../core/cases/events.js';
import type { Role } from '../../db/repositories/users.js';

type ActingRole = Exclude<Role, 'admin' | 'viewer' | 'operator'>;

/** Officers investigate and record what happens outside (statements, hearing requests and waivers of the party, service, payment). */
const OFFICER: readonly ActionName[] = [
  'register',
  'transfer',
  'refuse',
  'on_the_spot',
  'file',
  'start_investigation',
  'add_evidence',
  'record_event',
  'start_appraisal',
  'end_appraisal',
  'start_quick',
  'convert_to_ordinary',
  'conclude',
  'terminate',
  'transfer_criminal',
  'propose_no_penalty',
  'propose_penalty',
  'record_statement',
  'request_hearing',
  'waive_hearing',
  'proceed_to_review',
  'serve',
  'record_payment',
  'defer_payment',
  'mark_fine_overdue',
  'serve_demand',
  'apply_court_enforcement',
  'suspend_enforcement',
  'resume_enforcement',
  'execute_detention',
  'skip_detention',
  'defer_detention',
  'resume_detention',
  'finish_detention',
  'publish',
  'close',
  'archive',
  // 回避: an application (by the party or the officer) is recorded by the officers.
  'apply_recusal',
];

/**
 * 法制审核: legal review and its outcomes, and the hearing (程序规定 第一百二十四条 「听证由公安机关法制部门组织实施。」; the presider is
 * not an investigator of the case).
 */
const REVIEWER: readonly ActionName[] = [
  'pass_review',
  'return_for_investigation',
  'escalate_collective',
  'accept_hearing',
  'refuse_hearing',
  'open_hearing',
  'close_hearing',
  // 程序规定 第一百三十八条 (延期), 第一百四十八条 (中止): the hearing is the 法制部门's.
  'postpone_hearing',
  'suspend_hearing',
  'resume_hearing',
  'record_event',
];

/** 审批负责人: the decision, collective discussion, the approval of an extension of the time limit, a return. */
const LEADER: readonly ActionName[] = [
  'decide',
  'collective_decision',
  'extend_time_limit',
  'return_for_investigation',
  // 回避 is decided by the 公安机关 (程序规定 第十九条 「办案人民警察的回避，由其所属的公安机关决定」): its 负责人, who also
  // names the officers who take over.
  'decide_recusal',
  'assign_officers',
  'record_event',
];

const BY_ROLE: Record<ActingRole, ReadonlySet<ActionName>> = {
  officer: new Set(OFFICER),
  reviewer: new Set(REVIEWER),
  leader: new Set(LEADER),
};

export function mayAct(role: Role, action: ActionName): boolean {
  if (role === 'admin') return true;
  if (role === 'viewer' || role === 'operator') return false;
  return BY_ROLE[role].has(action);
}

/** The roles that may take `action` (for the 403's details and the OpenAPI text). */
export const rolesFor = (action: ActionName): Role[] =>
  (['admin', 'officer', 'reviewer', 'leader'] as const).filter((r) => mayAct(r, action));

/** Roles that may open a proceeding (POST /api/proceedings). */
export const OPENING_ROLES: readonly Role[] = ['officer', 'admin'];

export const isAction = (v: unknown): v is ActionName =>
  typeof v === 'string' && (ACTIONS as readonly string[]).includes(v);
