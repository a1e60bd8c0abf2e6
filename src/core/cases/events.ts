/**
 * The events of a proceeding's history. Actions (transitions/) change the stage and append their event;
 * recorded events (record_event) only note a fact a timer needs (an appraisal opinion received, a seizure …).
 */
export const ACTIONS = [
  'receive',
  'register',
  'transfer',
  'refuse',
  'on_the_spot',
  'file',
  'start_investigation',
  'apply_recusal',
  'decide_recusal',
  'assign_officers',
  'add_evidence',
  'record_event',
  'start_appraisal',
  'end_appraisal',
  'extend_time_limit',
  'start_quick',
  'convert_to_ordinary',
  'conclude',
  'terminate',
  'transfer_criminal',
  'propose_no_penalty',
  'propose_penalty',
  'record_statement',
  'request_hearing',
  'refuse_hearing',
  'accept_hearing',
  'open_hearing',
  'postpone_hearing',
  'suspend_hearing',
  'resume_hearing',
  'close_hearing',
  'waive_hearing',
  'proceed_to_review',
  'pass_review',
  'escalate_collective',
  'collective_decision',
  'return_for_investigation',
  'decide',
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
] as const;
export type ActionName = (typeof ACTIONS)[number];

/** Facts recorded for the timers, without a change of stage. */
export const RECORDED_EVENTS = [
  'summons_arrival',
  'questioning_ended',
  'continued_questioning_started',
  'continued_questioning_ended',
  'appraisal_opinion_received',
  'appraisal_copy_served',
  'reappraisal_requested',
  'reappraisal_refused',
  'reappraisal_refusal_notified',
  'preservation',
  'preservation_decided',
  'seizure',
  'seizure_extended',
  'seizure_ended',
  'property_handed_over',
  'on_the_spot_filed',
  'absconder_notice_announced',
  'hearing_notice_served',
  'victim_copy_sent',
  'service_by_public_notice',
  'cash_collected',
  'cash_handed_over',
  'cash_banked',
  'court_refused',
  'objection_filed',
  'detention_deferral_applied',
  'detention_deferral_decided',
  'deferred_person_changed',
  'deferred_change_reported',
  'deposit_received_out_of_hours',
  'deposit_banked',
  'foreign_detainee_reported',
  'published_decision_changed',
  'publication_withdrawn',
  'unclaimed_property_notice',
  'unclaimed_property_disposed',
  'rectification_ordered',
  'rectification_checked',
] as const;
export type RecordedEventName = (typeof RECORDED_EVENTS)[number];

export type EventType = ActionName | RecordedEventName;

export interface ProceedingEvent {
  type: EventType;
  /** When it happened (ISO date-time); never in the future, never before the previous event. */
  at: string;
  /** The party the event concerns, for per-party steps (notice, hearing, service, payment). */
  party?: string;
  by?: string;
  payload?: Readonly<Record<string, unknown>>;
}

export const isRecordedEvent = (v: unknown): v is RecordedEventName =>
  typeof v === 'string' && (RECORDED_EVENTS as readonly string[]).includes(v);
