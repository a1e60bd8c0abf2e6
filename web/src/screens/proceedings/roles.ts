/**
 * Which role takes which step (issue 8, separation of duties): officers investigate, notify, serve and execute;
 * the reviewer (法制审核) passes, escalates or returns a case; the leader (审批负责人) decides, approves extensions and
 * terminations and records the collective discussion. The server is the judge (403); the case page offers a user
 * only the steps of the stage that the role may take.
 */
import type { ActionName } from '../../../../src/core/cases/events.js';

const REVIEWER: readonly ActionName[] = ['pass_review', 'escalate_collective', 'return_for_investigation'];
const LEADER: readonly ActionName[] = [
  'decide',
  'collective_decision',
  'return_for_investigation',
  'extend_time_limit',
  'terminate',
  'defer_payment',
];
const NOT_OFFICER = new Set<string>(['pass_review', 'escalate_collective', 'decide', 'collective_decision']);

export function roleMay(role: string | null | undefined, action: string): boolean {
  switch (role) {
    case 'admin':
      return true;
    case 'officer':
      return !NOT_OFFICER.has(action);
    case 'reviewer':
      return (REVIEWER as readonly string[]).includes(action);
    case 'leader':
      return (LEADER as readonly string[]).includes(action);
    default:
      return false;
  }
}

/** The allowed actions of the stage that this role may take, in the server's order. */
export function actionsForRole(role: string | null | undefined, allowed: readonly string[]): string[] {
  return allowed.filter((a) => roleMay(role, a));
}

/** Roles that work on cases (the 办案 menu is theirs). */
export const CASE_ROLES: readonly string[] = ['admin', 'officer', 'reviewer', 'leader'];

/** Steps that change nothing but the file: offered apart from the stage's main steps. */
export const SIDE_ACTIONS: ReadonlySet<string> = new Set([
  'record_event',
  'add_evidence',
  'start_appraisal',
  'end_appraisal',
  'extend_time_limit',
  'publish',
]);
