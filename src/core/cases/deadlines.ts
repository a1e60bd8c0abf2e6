/**
 * The deadline engine (期限): from a proceeding's event history, every timer of the catalogue that has started,
 * with its due time, legal basis and status at `now`. Pure: the calendar and `now` are given.
 */
import type { IsoDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import { basisLabel } from './basis.js';
import { daysBetween, provisional } from './calendar.js';
import type { HolidayCalendar } from './calendar.js';
import type { ProceedingEvent } from './events.js';
import { chinaDate, endOfChinaDay, periodEnd, type Period, type PeriodEnd } from './periods.js';
import type { AgencyKind, CaseKind, TimerDef, TimerKind } from './timer-model.js';
import { TIMERS } from './timers/index.js';

/** What the timers need to know about the proceeding besides its history. */
export interface ProceedingFacts {
  caseKind: CaseKind;
  agency: AgencyKind;
  /** Party ids, for timers that run per party. */
  parties: readonly string[];
  /** has_victim, foreign_detainee … */
  flags?: Readonly<Record<string, boolean>>;
}

/** When a pending deadline shows as due soon: a unit setting (the 待办 list's default `due_within=3d`). */
export interface DeadlineSettings {
  dueSoonDays: number;
  dueSoonHours: number;
}

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = { dueSoonDays: 3, dueSoonHours: 2 };

export interface DeadlineContext {
  calendar: HolidayCalendar;
  now: string;
  settings?: DeadlineSettings;
  timers?: readonly TimerDef[];
}

export type DeadlineStatus = 'pending' | 'due_soon' | 'overdue' | 'met' | 'lapsed' | 'suspended';

export interface Deadline {
  timer: string;
  name: string;
  kind: TimerKind;
  party: string | null;
  started_at: string;
  due_at: string;
  /** The last day in China; null for periods in hours. */
  due_date: IsoDate | null;
  status: DeadlineStatus;
  /** The event that met it (duty, window), or the due time for a wait that ran out. */
  met_at: string | null;
  /** Met after the due time. */
  late: boolean;
  basis: string[];
  extensions: number;
  excluded: { label: string; from: string; to: string | null }[];
  /** Computed with weekends only for a year whose official calendar is not loaded (see `problem`). */
  provisional?: true;
  problem?: { code: string; message: string };
}

const ms = (instant: string) => Date.parse(instant);

interface Started {
  def: TimerDef;
  index: number;
  event: ProceedingEvent;
  startAt: string;
  party: string | null;
  /** The start itself was counted with weekends only (a year not loaded). */
  problem?: { code: string; message: string };
}

export function computeDeadlines(
  history: readonly ProceedingEvent[],
  facts: ProceedingFacts,
  ctx: DeadlineContext,
): Deadline[] {
  const timers = ctx.timers ?? TIMERS;
  // Variants of one timer, per party: the latest start of each applicable variant.
  const byKey = new Map<string, Started[]>();
  for (const def of timers) {
    for (const started of startsOf(def, history, facts, ctx.calendar)) {
      if (!applies(def, facts, started.event)) continue;
      const key = `${def.id}\u0000${started.party ?? ''}`;
      byKey.set(key, [...(byKey.get(key) ?? []), started]);
    }
  }
  const out: Deadline[] = [];
  for (const variants of byKey.values()) {
    // Overlapping variants (a case received before and filed after 2026-01-01): the newer law governs.
    const chosen = [...variants].sort((a, b) =>
      (b.def.applies.from ?? '').localeCompare(a.def.applies.from ?? ''),
    )[0]!;
    out.push(deadlineFor(chosen, chosen.party, history, facts, ctx));
  }
  return out;
}

/** The latest start of a timer, per party it runs for (one entry with party null when it does not run per party). */
function startsOf(
  def: TimerDef,
  history: readonly ProceedingEvent[],
  facts: ProceedingFacts,
  cal: HolidayCalendar,
): Started[] {
  const latest = new Map<string | null, Started>();
  history.forEach((event, index) => {
    const spec = def.start.find((s) => s.event === event.type);
    if (!spec) return;
    const field = spec.field ? event.payload?.[spec.field] : undefined;
    let startAt =
      typeof field === 'string' ? (/T/.test(field) ? field : `${field}T12:00:00+08:00`) : event.at;
    let problem: Started['problem'];
    if (spec.after) {
      const options = { rollOver: facts.agency === 'police' };
      try {
        startAt = periodEnd(cal, startAt, spec.after, options).due_at;
      } catch (e) {
        // a waiting period ending in a year whose official calendar is not loaded: counted provisionally too
        if (!(e instanceof DomainError && e.code === 'CALENDAR_NOT_COVERED')) throw e;
        startAt = periodEnd(provisional(cal), startAt, spec.after, options).due_at;
        problem = { code: e.code, message: e.message };
      }
    }
    for (const party of partiesOf(def, event, facts))
      latest.set(party, { def, index, event, startAt, party, ...(problem ? { problem } : {}) });
  });
  return [...latest.values()];
}

function applies(def: TimerDef, facts: ProceedingFacts, event: ProceedingEvent): boolean {
  const a = def.applies;
  const day = chinaDate(event.at);
  return (
    (!a.agency || a.agency.includes(facts.agency)) &&
    (!a.caseKinds || a.caseKinds.includes(facts.caseKind)) &&
    (!a.flag || facts.flags?.[a.flag] === true) &&
    (!a.from || day >= a.from) &&
    (!a.until || day <= a.until)
  );
}

function partiesOf(def: TimerDef, event: ProceedingEvent, facts: ProceedingFacts): (string | null)[] {
  const per = def.perParty;
  if (!per) return [null];
  if (event.party) return [event.party];
  const listed = per.field ? event.payload?.[per.field] : undefined;
  if (Array.isArray(listed)) return listed.filter((p): p is string => typeof p === 'string');
  return [...facts.parties];
}

const concerns = (e: ProceedingEvent, party: string | null) =>
  party === null || e.party === undefined || e.party === party;

function deadlineFor(
  s: Started,
  party: string | null,
  history: readonly ProceedingEvent[],
  facts: ProceedingFacts,
  ctx: DeadlineContext,
): Deadline {
  const { def } = s;
  const after = history.slice(s.index + 1).filter((e) => concerns(e, party));
  const stop = after.find((e) => def.stop.includes(e.type) && e.payload?.['partial'] !== true) ?? null;
  const until = stop?.at ?? ctx.now;
  const relevant = after.filter((e) => ms(e.at) <= ms(until));

  const extensions = def.extension
    ? Math.min(def.extension.max, relevant.filter((e) => e.type === def.extension!.event).length)
    : 0;
  const excluded = excludedSpans(def, relevant);
  const open = excluded.some((x) => x.to === null);
  const base: Omit<Deadline, 'due_at' | 'due_date'> = {
    timer: def.id,
    name: def.name,
    kind: def.kind,
    party,
    started_at: s.startAt,
    status: 'pending',
    met_at: null,
    late: false,
    basis: def.basis.map(basisLabel),
    extensions,
    excluded,
  };

  let end: PeriodEnd;
  let withDue: Deadline;
  try {
    end = dueOf(s, relevant, extensions, excluded, facts, ctx.calendar, ctx.now);
    withDue = { ...base, due_at: end.due_at, due_date: end.due_date };
    if (s.problem) withDue = { ...withDue, provisional: true, problem: s.problem };
  } catch (e) {
    if (!(e instanceof DomainError && e.code === 'CALENDAR_NOT_COVERED')) throw e;
    end = dueOf(s, relevant, extensions, excluded, facts, provisional(ctx.calendar), ctx.now);
    withDue = {
      ...base,
      due_at: end.due_at,
      due_date: end.due_date,
      provisional: true,
      problem: { code: e.code, message: e.message },
    };
  }
  const due = ms(end.due_at);
  const now = ms(ctx.now);
  if (stop)
    return { ...withDue, status: 'met', met_at: stop.at, late: def.kind !== 'wait' && ms(stop.at) > due };
  if (open) return { ...withDue, status: 'suspended' };
  if (now > due) {
    if (def.kind === 'wait') return { ...withDue, status: 'met', met_at: end.due_at };
    return { ...withDue, status: def.kind === 'duty' ? 'overdue' : 'lapsed' };
  }
  const settings = ctx.settings ?? DEFAULT_DEADLINE_SETTINGS;
  const soon =
    def.period.unit === 'hours' ? settings.dueSoonHours * 3_600_000 : settings.dueSoonDays * 86_400_000;
  return { ...withDue, status: def.kind !== 'wait' && due - now <= soon ? 'due_soon' : 'pending' };
}

function excludedSpans(def: TimerDef, events: readonly ProceedingEvent[]): Deadline['excluded'] {
  const spans: Deadline['excluded'] = [];
  for (const x of def.excludes ?? []) {
    let from: string | null = null;
    for (const e of events) {
      if (e.type === x.from && from === null) from = e.at;
      else if (e.type === x.to && from !== null) {
        spans.push({ label: x.label, from, to: e.at });
        from = null;
      }
    }
    if (from !== null) spans.push({ label: x.label, from, to: null });
  }
  return spans;
}

function dueOf(
  s: Started,
  events: readonly ProceedingEvent[],
  extensions: number,
  excluded: Deadline['excluded'],
  facts: ProceedingFacts,
  calendar: HolidayCalendar,
  now: string,
): PeriodEnd {
  const { def } = s;
  const replaced = def.replacedBy
    ? events
        .filter(
          (e) => e.type === def.replacedBy!.event && typeof e.payload?.[def.replacedBy!.field] === 'string',
        )
        .at(-1)
    : undefined;
  if (replaced) {
    const day = replaced.payload![def.replacedBy!.field] as IsoDate;
    return { due_at: endOfChinaDay(day), due_date: day };
  }
  const chosen = def.lengthBy
    ? def.lengthBy.lengths[String(s.event.payload?.[def.lengthBy.field])]
    : undefined;
  let length = (chosen ?? def.period.length) + extensions * (def.extension?.length ?? 0);
  const spanEnd = (to: string | null) => to ?? now;
  let shiftMs = 0;
  for (const x of excluded) {
    if (def.period.unit === 'hours') shiftMs += ms(spanEnd(x.to)) - ms(x.from);
    else length += daysBetween(chinaDate(x.from), chinaDate(spanEnd(x.to)));
  }
  const period: Period = { length, unit: def.period.unit };
  const rollOver = facts.agency === 'police' && !def.libertyRestriction;
  const end = periodEnd(calendar, s.startAt, period, {
    rollOver,
    direction: def.before ? 'before' : 'after',
  });
  return shiftMs ? { ...end, due_at: new Date(ms(end.due_at) + shiftMs).toISOString() } : end;
}
