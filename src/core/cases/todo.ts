/**
 * The 待办 items of a proceeding: every deadline that is overdue or due soon, with the actions that meet it, whether
 * the proceeding's stage allows them now, and who in the proceeding is to act. Duties (the authority must act) and
 * windows (a party may act; the officer records it or watches it run out) are listed; waits are not (they end by
 * themselves), nor are deadlines met, lapsed, suspended or not yet near. Storage and the UI list these per officer and
 * per unit.
 */
import type { IsoDate } from '../shared/dates.js';
import { isRecordedEvent, type ActionName, type EventType, type RecordedEventName } from './events.js';
import type { HolidayCalendar } from './calendar.js';
import { computeDeadlines, type Deadline, type DeadlineSettings } from './deadlines.js';
import { factsOf } from './proceeding-deadlines.js';
import type { Proceeding } from './proceeding.js';
import { TIMERS } from './timers/index.js';
import { allowedActions } from './transitions/apply.js';

/** An action that meets the deadline: an action, or record_event with the event it records. */
export interface MeetingAction {
  action: ActionName;
  event?: RecordedEventName;
  /** The proceeding's stage allows it now (its other guards may still refuse). */
  allowed_now: boolean;
}

export interface TodoItem {
  timer: string;
  name: string;
  kind: 'duty' | 'window';
  party: string | null;
  status: 'overdue' | 'due_soon';
  due_at: string;
  due_date: IsoDate | null;
  basis: string[];
  meets: MeetingAction[];
  /** The people of the proceeding who act on it: its officers, and the presider for a hearing timer. */
  responsible: string[];
  provisional?: true;
}

export interface TodoContext {
  calendar: HolidayCalendar;
  now: string;
  settings?: DeadlineSettings;
}

const HEARING_TIMERS = new Set(['hearing_notice_lead', 'hearing_held']);

function meetingActions(timer: string, allowed: readonly string[]): MeetingAction[] {
  const stops = new Set<EventType>(TIMERS.filter((t) => t.id === timer).flatMap((t) => t.stop));
  return [...stops].map((stop) =>
    isRecordedEvent(stop)
      ? { action: 'record_event', event: stop, allowed_now: allowed.includes('record_event') }
      : { action: stop, allowed_now: allowed.includes(stop) },
  );
}

const rank = (d: Deadline) => (d.status === 'overdue' ? 0 : 1);

/** The 待办 items of one proceeding at `now`, overdue first, then by due time. */
export function todoOf(state: Proceeding, ctx: TodoContext): TodoItem[] {
  const allowed = allowedActions(state);
  const deadlines = computeDeadlines(state.history, factsOf(state), {
    calendar: ctx.calendar,
    now: ctx.now,
    ...(ctx.settings ? { settings: ctx.settings } : {}),
  });
  return deadlines
    .filter((d) => d.kind !== 'wait' && (d.status === 'overdue' || d.status === 'due_soon'))
    .sort((a, b) => rank(a) - rank(b) || Date.parse(a.due_at) - Date.parse(b.due_at))
    .map((d) => ({
      timer: d.timer,
      name: d.name,
      kind: d.kind as TodoItem['kind'],
      party: d.party,
      status: d.status as TodoItem['status'],
      due_at: d.due_at,
      due_date: d.due_date,
      basis: d.basis,
      meets: meetingActions(d.timer, allowed),
      responsible:
        HEARING_TIMERS.has(d.timer) && state.hearing_presider
          ? [...new Set([...state.officers, state.hearing_presider])]
          : [...state.officers],
      ...(d.provisional ? { provisional: true as const } : {}),
    }));
}

/** The items of one proceeding that `user` is to act on. */
export function todoFor(state: Proceeding, user: string, ctx: TodoContext): TodoItem[] {
  return todoOf(state, ctx).filter((item) => item.responsible.includes(user));
}
