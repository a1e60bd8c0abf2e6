/** Every transition of procedure.md §4 implemented so far. */
import { DECISION } from './decision.js';
import { DETENTION } from './detention.js';
import { EXECUTION } from './execution.js';
import { INTAKE } from './intake.js';
import { INVESTIGATION } from './investigation.js';
import { HEARING_COURSE } from './hearing-course.js';
import { NOTICE } from './notice.js';
import { RECUSAL } from './recusal.js';
import type { Transition } from './types.js';

export const TRANSITIONS: readonly Transition[] = [
  ...INTAKE,
  ...INVESTIGATION,
  ...RECUSAL,
  ...NOTICE,
  ...HEARING_COURSE,
  ...DECISION,
  ...EXECUTION,
  ...DETENTION,
];
