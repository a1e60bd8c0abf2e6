/** The timer catalogue of procedure.md §5, as data. */
import type { TimerDef } from '../timer-model.js';
import { DECISION_TIMERS } from './decision.js';
import { EXECUTION_TIMERS } from './execution.js';
import { INVESTIGATION_TIMERS } from './investigation.js';

export const TIMERS: readonly TimerDef[] = [...INVESTIGATION_TIMERS, ...DECISION_TIMERS, ...EXECUTION_TIMERS];
