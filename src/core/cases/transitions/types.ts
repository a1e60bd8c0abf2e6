/**
 * The shape of a transition of procedure.md §4: from which stages an action may be taken, and a pure function
 * (state, input, context) → new state or a refusal naming the guard that failed.
 */
import type { CaseRecord } from '../../shared/case-record.js';
import type { CheckResult } from '../../penalties/check-result.js';
import type { HolidayCalendar } from '../calendar.js';
import type { ActionName } from '../events.js';
import type { Branch, Proceeding } from '../proceeding.js';
import type { PartyStage, Stage } from '../stages.js';

export type GuardCode =
  | 'WRONG_STAGE'
  | 'AT_IN_FUTURE'
  | 'AT_BEFORE_PREVIOUS'
  | 'INVALID_PAYLOAD'
  | 'UNKNOWN_PARTY'
  | 'TOO_FEW_OFFICERS'
  | 'SAME_PERSON'
  | 'RECUSED'
  | 'RECUSAL_PENDING'
  | 'NOT_PRESIDER'
  | 'NOT_CASE_OFFICER'
  | 'NO_EVIDENCE'
  | 'LIMITATION_EXPIRED'
  | 'NO_CHECK'
  | 'UNLAWFUL_PENALTY'
  | 'CONDITIONS_NOT_ESTABLISHED'
  | 'REFUSAL_NOT_ESTABLISHED'
  | 'GUARDIAN_NOT_HEARD'
  | 'NOT_HEARING_ELIGIBLE'
  | 'HEARING_WINDOW_OPEN'
  | 'HEARING_WINDOW_CLOSED'
  | 'HEARING_DEEMED_ACCEPTED'
  | 'HEARING_NOTICE_TOO_SHORT'
  | 'REVIEWER_NOT_QUALIFIED'
  | 'NOT_COMPETENT'
  | 'HEAVIER_THAN_NOTIFIED'
  | 'HEAVIER_WITHOUT_NEW_EVIDENCE'
  | 'TIME_LIMIT_EXCEEDED'
  | 'QUICK_EXCLUDED'
  | 'ON_THE_SPOT_LIMIT'
  | 'PAYMENT_PERIOD_RUNNING'
  | 'DEMAND_PERIOD_RUNNING'
  | 'SURCHARGE_UNDER_30_DAYS'
  | 'COURT_WINDOW_CLOSED'
  | 'PARTIES_NOT_CLOSED'
  | 'NOT_TO_BE_EXECUTED'
  | 'NO_NON_EXECUTION_GROUND'
  | 'DEFERRAL_CONDITIONS'
  | 'RECORD_SEALED';

export interface Refusal {
  code: GuardCode;
  message: string;
  /** The offending input and what the guard compared it with. */
  details: Record<string, unknown>;
}

/** Unit settings where the statute leaves the choice to the unit (NOTES.md, “Procedure”). */
export interface CaseSettings {
  /**
   * Whether a proposed 行政拘留 gives a hearing right (行政处罚法 第六十三条第一款第（五）项 「其他较重的行政处罚」 is open;
   * procedure.md Errata 4). Default false.
   */
  detentionHearing: boolean;
  /** 较大数额罚款 for a non-police agency (行政处罚法 第六十三条: the amount is set by its own rules). */
  largeFineYuan: { individual: number | null; organization: number | null };
  /**
   * Whether a police on-the-spot decision may be made by one officer under 程序规定 第三十九条 (a rule) where no law
   * allows it (行政处罚法 第四十二条 「法律另有规定的除外」; Flag P1). Default false.
   */
  summaryByOneOfficerUnderRule: boolean;
}

export const DEFAULT_SETTINGS: CaseSettings = {
  detentionHearing: false,
  largeFineYuan: { individual: null, organization: null },
  summaryByOneOfficerUnderRule: false,
};

export interface TransitionContext {
  /** Server time. */
  now: string;
  /** Who acts. */
  by: string;
  calendar: HolidayCalendar;
  /** The legality check (src/law-data/checker.ts in production), for propose_penalty and decide. */
  check?: (record: CaseRecord) => CheckResult;
  settings?: CaseSettings;
}

export interface ActionInput {
  action: ActionName;
  /** When it happened; default now. */
  at?: string;
  party?: string;
  [field: string]: unknown;
}

export type Outcome =
  { ok: true; state: Proceeding; payload?: Record<string, unknown> } | { ok: false; refusal: Refusal };

export interface Transition {
  action: ActionName;
  from: readonly Stage[];
  /** For a per-party step after the decision: the stages the named party (its `branch`, if set) must be in. */
  partyFrom?: readonly PartyStage[];
  /** The execution branch the step moves (a party fined and detained runs both). */
  branch?: Branch;
  /** Rows of procedure.md §4 it implements. */
  rows: readonly string[];
  run(state: Proceeding, input: ActionInput, ctx: TransitionContext, at: string): Outcome;
}

export const refuse = (code: GuardCode, message: string, details: Record<string, unknown> = {}): Outcome => ({
  ok: false,
  refusal: { code, message, details },
});

export const ok = (state: Proceeding, payload?: Record<string, unknown>): Outcome =>
  payload ? { ok: true, state, payload } : { ok: true, state };
