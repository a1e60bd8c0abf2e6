/** The deadlines of a proceeding, as the guards and the case page ask for them. */
import type { HolidayCalendar } from './calendar.js';
import { computeDeadlines, type Deadline, type ProceedingFacts } from './deadlines.js';
import type { Proceeding } from './proceeding.js';

export const factsOf = (s: Proceeding): ProceedingFacts => ({
  caseKind: s.case_kind,
  agency: s.agency.kind,
  parties: s.parties.map((p) => p.id),
  flags: s.flags,
});

export function proceedingDeadlines(s: Proceeding, calendar: HolidayCalendar, now: string): Deadline[] {
  return computeDeadlines(s.history, factsOf(s), { calendar, now });
}

/** One timer's deadline as it stands at `at` (for a party, when it runs per party). */
export function deadlineAt(
  s: Proceeding,
  timer: string,
  party: string | null,
  at: string,
  calendar: HolidayCalendar,
): Deadline | undefined {
  return proceedingDeadlines(s, calendar, at).find(
    (d) => d.timer === timer && (party === null || d.party === party),
  );
}
