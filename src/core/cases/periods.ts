/**
 * Counting a period (期间) from the instant of the event that starts it.
 *
 * 公安机关办理行政案件程序规定 第三十五条: 「期间以时、日、月、年计算，期间开始之时或者日不计算在内。…期间的最后一日是节假日的，
 * 以节假日后的第一日为期满日期，但违法行为人被限制人身自由的期间，应当至期满之日为止，不得因节假日而延长。」
 * 行政处罚法 第八十五条: 「本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。」
 *
 * Days run on China's clock (UTC+8): the day of an event is its date in China, and a period in days ends at the
 * end of its last day there. Choices (NOTES.md, “Procedure”): a period in hours runs from the instant of the event
 * (the starting hour is not added); 节假日 in 第三十五条 is read as any day that is not a working day (weekends not
 * made working days by 调休, and the official holidays).
 */
import type { IsoDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import {
  addDays,
  addMonths,
  addWorkingDays,
  onOrNextWorkingDay,
  subtractWorkingDays,
  type HolidayCalendar,
} from './calendar.js';

export type PeriodUnit = 'hours' | 'natural_days' | 'working_days' | 'months' | 'years';

export interface Period {
  length: number;
  unit: PeriodUnit;
}

export interface Counting {
  /** The last day, when a day off, moves to the next working day (程序规定 第三十五条); never for hours. */
  rollOver: boolean;
  /** `before`: the latest time for an act due N days before the anchor (举行听证的七日前). */
  direction?: 'after' | 'before';
}

export interface PeriodEnd {
  /** The last instant of the period (ISO, UTC). */
  due_at: string;
  /** The last day, in China, for periods counted in days, months or years; null for hours. */
  due_date: IsoDate | null;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
const HOUR_MS = 3_600_000;

function instantMs(instant: string): number {
  const t = Date.parse(instant);
  if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(instant)) {
    throw new DomainError('INVALID_DATE', `“${instant}”不是 ISO 格式的日期时间`, { value: instant });
  }
  return t;
}

/** The day in China on which an instant falls. */
export function chinaDate(instant: string): IsoDate {
  return new Date(instantMs(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a day in China, as an ISO instant. */
export function endOfChinaDay(date: IsoDate): string {
  return new Date(Date.parse(`${addDays(date, 1)}T00:00:00+08:00`) - 1).toISOString();
}

/** Adds hours to an instant. */
export function addHours(instant: string, hours: number): string {
  return new Date(instantMs(instant) + hours * HOUR_MS).toISOString();
}

/** When a period of `period` counted from `start` ends, under `counting`. */
export function periodEnd(
  cal: HolidayCalendar,
  start: string,
  period: Period,
  counting: Counting,
): PeriodEnd {
  if (!(period.length > 0)) {
    throw new DomainError('INVALID_INPUT', `期间的长度应为正数，收到 ${period.length}`, { period });
  }
  const sign = counting.direction === 'before' ? -1 : 1;
  if (period.unit === 'hours') {
    return { due_at: addHours(start, sign * period.length), due_date: null };
  }
  const day = chinaDate(start);
  let last: IsoDate;
  switch (period.unit) {
    case 'working_days':
      last =
        sign > 0 ? addWorkingDays(cal, day, period.length) : subtractWorkingDays(cal, day, period.length);
      break;
    case 'natural_days':
      last = addDays(day, sign * period.length);
      break;
    case 'months':
      last = addMonths(day, sign * period.length);
      break;
    case 'years':
      last = addMonths(day, sign * 12 * period.length);
      break;
  }
  if (counting.rollOver && sign > 0 && period.unit !== 'working_days') last = onOrNextWorkingDay(cal, last);
  return { due_at: endOfChinaDay(last), due_date: last };
}
