/**
 * The working-day calendar (工作日) as data: weekends are days off unless a 调休 notice makes them working days;
 * the official holidays (法定节假日, with the days added to them by 调休) are days off. The calendar covers only
 * the years whose 国务院办公厅 notice it holds (data/calendar/holidays-cn.json, read by src/law-data/calendar.ts);
 * a question about another year is refused with CALENDAR_NOT_COVERED rather than guessed.
 */
import type { IsoDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';

/** One year of the official arrangement, as the notice gives it. */
export interface CalendarYearData {
  /** Days off: the official holidays and the days joined to them. */
  holidays: IsoDate[];
  /** Weekend days that are working days (调休). */
  workdays: IsoDate[];
  source: string;
}

export interface HolidayCalendar {
  readonly years: ReadonlySet<number>;
  /** A provisional calendar: years not loaded count weekends only (see `provisional`). */
  readonly provisional?: true;
  readonly holidays: ReadonlySet<IsoDate>;
  readonly workdays: ReadonlySet<IsoDate>;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: IsoDate): number {
  const m = ISO_DAY.exec(date);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) {
    throw new DomainError('INVALID_DATE', `“${date}”不是有效的日期（YYYY-MM-DD）`, { value: date });
  }
  return t / DAY_MS;
}

const fromDayNumber = (n: number): IsoDate => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Builds the calendar from the file's years, refusing entries that do not belong to their year. */
export function buildCalendar(data: Readonly<Record<string, CalendarYearData>>): HolidayCalendar {
  const years = new Set<number>();
  const holidays = new Set<IsoDate>();
  const workdays = new Set<IsoDate>();
  for (const [year, entry] of Object.entries(data)) {
    if (!/^\d{4}$/.test(year)) {
      throw new DomainError('INVALID_INPUT', `日历年份“${year}”不是四位年份`, { value: year });
    }
    years.add(Number(year));
    for (const [list, into] of [
      [entry.holidays, holidays],
      [entry.workdays, workdays],
    ] as const) {
      for (const d of list) {
        dayNumber(d);
        if (!d.startsWith(`${year}-`)) {
          throw new DomainError('INVALID_INPUT', `日历条目 ${d} 不属于其所列的 ${year} 年`, {
            year,
            value: d,
          });
        }
        into.add(d);
      }
    }
    for (const d of entry.workdays) {
      if (!isWeekend(d) || holidays.has(d)) {
        throw new DomainError('INVALID_INPUT', `调休 working day ${d} is not a weekend day off`, {
          value: d,
        });
      }
    }
  }
  return { years, holidays, workdays };
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Same day number N months later; a day the month lacks becomes its last day (1-31 + 1 month → 2-28/29). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  dayNumber(date);
  const months = y * 12 + (m - 1) + n;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Whether the calendar holds the official arrangement for the year of `date`. */
export function covers(cal: HolidayCalendar, date: IsoDate): boolean {
  return cal.provisional === true || cal.years.has(Number(date.slice(0, 4)));
}

/**
 * The same calendar, answering for years it does not hold as if they had no official holidays (weekends only).
 * A deadline computed with it is provisional: it is shown as such and recomputed once the year is loaded.
 */
export function provisional(cal: HolidayCalendar): HolidayCalendar {
  return { ...cal, provisional: true };
}

/** A working day: not an official holiday, and either a weekday or a 调休 working day. */
export function isWorkingDay(cal: HolidayCalendar, date: IsoDate): boolean {
  dayNumber(date);
  if (!covers(cal, date)) {
    throw new DomainError(
      'CALENDAR_NOT_COVERED',
      `工作日日历不含 ${date.slice(0, 4)} 年（已载入：${[...cal.years].sort().join('、') || '无'}），无法按工作日计算期间`,
      { date, years: [...cal.years].sort() },
    );
  }
  if (cal.holidays.has(date)) return false;
  return !isWeekend(date) || cal.workdays.has(date);
}

/** The Nth working day after `date` (the day itself not counted); N ≥ 1. */
export function addWorkingDays(cal: HolidayCalendar, date: IsoDate, n: number): IsoDate {
  return stepWorkingDays(cal, date, n, 1);
}

/** The Nth working day before `date` (the day itself not counted): the latest day for an act "N 日前". */
export function subtractWorkingDays(cal: HolidayCalendar, date: IsoDate, n: number): IsoDate {
  return stepWorkingDays(cal, date, n, -1);
}

function stepWorkingDays(cal: HolidayCalendar, date: IsoDate, n: number, step: 1 | -1): IsoDate {
  if (!Number.isInteger(n) || n < 1) {
    throw new DomainError('INVALID_INPUT', `工作日数应为正整数，收到 ${n}`, {
      value: n,
    });
  }
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(cal, day)) left -= 1;
  }
  return day;
}

/** `date` itself when it is a working day, else the first working day after it. */
export function onOrNextWorkingDay(cal: HolidayCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(cal, day)) day = addDays(day, 1);
  return day;
}
