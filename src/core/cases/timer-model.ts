/**
 * The shape of a timer (期限) of procedure.md §5, as data. A timer with several dated or case-kind variants is
 * several entries sharing an `id`; exactly one applies to a proceeding at the date of its starting event.
 */
import type { IsoDate } from '../shared/dates.js';
import type { LegalBasis } from './basis.js';
import type { EventType } from './events.js';
import type { Period } from './periods.js';

/** procedure.md §0.1: a penalty under 治安管理处罚法, detention under another law, or any other penalty. */
export type CaseKind = 'ZHIAN' | 'DETENTION_OTHER_LAW' | 'OTHER_ADMIN';
export type AgencyKind = 'police' | 'other';

/**
 * duty: the authority must act by the due time (overdue after it);
 * window: a party (or the authority) may act until the due time (lapsed after it);
 * wait: an act is allowed only after the due time (met once it has passed).
 */
export type TimerKind = 'duty' | 'window' | 'wait';

export interface TimerStart {
  event: EventType;
  /** The payload field holding the instant the period runs from (arrived_at, hearing_at …); default the event's `at`. */
  field?: string;
  /** A period that must first run out (the time to seek 行政复议/行政诉讼 before the court-enforcement window). */
  after?: Period & { basis: string };
}

export interface TimerDef {
  id: string;
  /** What the officer sees (Chinese). */
  name: string;
  kind: TimerKind;
  /** The latest of these events (in history order) starts the timer. */
  start: TimerStart[];
  /** An event after the start meets (duty, window) the timer. */
  stop: EventType[];
  period: Period;
  /** Length chosen by a payload field of the starting event (询问查证 8 / 12 / 24 hours). */
  lengthBy?: { field: string; lengths: Readonly<Record<string, number>> };
  /** Counted back from the start: the act is due N days before it (举行听证的七日前). */
  before?: true;
  /** A period restricting the person's liberty: never extended past a day off (程序规定 第三十五条 但书). */
  libertyRestriction?: true;
  /** Periods not counted (鉴定期间, 听证期间): between an opening and a closing event. */
  excludes?: { from: EventType; to: EventType; label: string }[];
  /** Approved extensions: each event adds `length` in the timer's unit, at most `max` times. */
  extension?: { event: EventType; length: number; max: number };
  /** An event whose payload field (a date) replaces the due day (an approved deferral of payment). */
  replacedBy?: { event: EventType; field: string };
  /**
   * Runs separately for each party: the party named on the starting event, else the parties listed in its
   * payload field `field` (the parties entitled to a hearing), else every party of the proceeding.
   */
  perParty?: { field?: string };
  /** Which proceedings it applies to; `from`/`until` compare the starting event's day (China), inclusive. */
  applies: {
    caseKinds?: readonly CaseKind[];
    agency?: readonly AgencyKind[];
    from?: IsoDate;
    until?: IsoDate;
    /** A flag of the proceeding that must be true (has_victim, foreign_detainee …). */
    flag?: string;
  };
  basis: LegalBasis[];
  /** Interpretive choices and gaps, written also in NOTES.md. */
  notes?: string[];
}
