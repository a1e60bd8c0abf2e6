/**
 * Who works on cases. Which role takes which step is the server's (issue 8, separation of duties): it answers the
 * case page with the allowed actions of the stage that the user's role may take, and refuses others with a 403.
 */

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
  // 回避 (程序规定 第十七条–第二十五条) may arise at any stage before the decision, beside the main line
  'apply_recusal',
  'decide_recusal',
  'assign_officers',
]);
