/** Every transition of procedure.md §4 implemented so far. */
import { DECISION } from './decision.js';
import { DETENTION } from './detention.js';
import { EXECUTION } from './execution.js';
import { INTAKE } from './intake.js';
import { INVESTIGATION } from './investigation.js';
import { NOTICE } from './notice.js';
import type { Transition } from './types.js';

export const TRANSITIONS: readonly Transition[] = [
  ...INTAKE,
  ...INVESTIGATION,
  ...NOTICE,
  ...DECISION,
  ...EXECUTION,
  ...DETENTION,
];
