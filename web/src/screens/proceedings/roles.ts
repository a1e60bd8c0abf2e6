/**
 * Which role takes which step (issue 8, separation of duties), as the server's matrix on the api branch has it
 * (src/server/auth/action-roles.ts there): officers investigate, notify, serve and execute; the reviewer (法制审核)
 * passes, escalates or returns a case and runs the hearing; the leader (审批负责人) decides, records the collective
 * discussion and approves an extension. The server judges (403); the case page offers only the steps of the stage
 * that the user's role may take. After the merge, import the server's `mayAct` instead of this mirror.
 */
import type { ActionName } from '../../../../src/core/cases/events.js';

const OFFICER_NOT: ReadonlySet<string> = new Set<ActionName>([
  'pass_review',
  'return_for_investigation',
  'escalate_collective',
  'accept_hearing',
  'refuse_hearing',
  'open_hearing',
  'close_hearing',
  'decide',
  'collective_decision',
  'extend_time_limit',
]);
const REVIEWER: ReadonlySet<string> = new Set<ActionName>([
  'pass_review',
  'return_for_investigation',
  'escalate_collective',
  'accept_hearing',
  'refuse_hearing',
  'open_hearing',
  'close_hearing',
  'record_event',
]);
const LEADER: ReadonlySet<string> = new Set<ActionName>([
  'decide',
  'collective_decision',
  'extend_time_limit',
  'return_for_investigation',
  'record_event',
]);

export function roleMay(role: string | null | undefined, action: string): boolean {
  switch (role) {
    case 'admin':
      return true;
    case 'officer':
      return !OFFICER_NOT.has(action) && action !== 'receive';
    case 'reviewer':
      return REVIEWER.has(action);
    case 'leader':
      return LEADER.has(action);
    default:
      return false;
  }
}

/** The allowed actions of the stage that this role may take, in the server's order. */
export function actionsForRole(role: string | null | undefined, allowed: readonly string[]): string[] {
  return allowed.filter((a) => roleMay(role, a));
}

/** Roles that work on cases (the 办案 menu is theirs); officers and administrators open new ones. */
export const CASE_ROLES: readonly string[] = ['admin', 'officer', 'reviewer', 'leader'];
export const OPENING_ROLES: readonly string[] = ['admin', 'officer'];

/** Steps that record something without moving the case on: offered apart from the stage's main steps. */
export const SIDE_ACTIONS: ReadonlySet<string> = new Set([
  'record_event',
  'add_evidence',
  'start_appraisal',
  'end_appraisal',
  'extend_time_limit',
  'publish',
]);
