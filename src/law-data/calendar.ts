/**
 * Reads the working-day calendar (data/calendar/holidays-cn.json) once per process and hands it to the core
 * as data (src/core/cases/calendar.ts stays free of I/O).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../paths.js';
import { buildCalendar, type CalendarYearData, type HolidayCalendar } from '../core/cases/calendar.js';
import { DomainError } from '../core/shared/errors.js';

export const CALENDAR_PATH = resolve(packageRoot, 'data', 'calendar', 'holidays-cn.json');

export function parseCalendar(text: string, source: string): HolidayCalendar {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DomainError('UNREADABLE_INPUT', `${source}：不是有效的 JSON（${(e as Error).message}）`, {
      source,
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DomainError('UNREADABLE_INPUT', `${source}：应为以年份为键的对象`, { source });
  }
  for (const [year, entry] of Object.entries(data)) {
    const e = entry as Partial<CalendarYearData> | null;
    const ok =
      e !== null &&
      typeof e === 'object' &&
      Array.isArray(e.holidays) &&
      Array.isArray(e.workdays) &&
      [...e.holidays, ...e.workdays].every((d) => typeof d === 'string') &&
      typeof e.source === 'string';
    if (!ok) {
      throw new DomainError(
        'UNREADABLE_INPUT',
        `${source}：${year} 年须有 holidays[]、workdays[] 和 source`,
        { source, year },
      );
    }
  }
  return buildCalendar(data as Record<string, CalendarYearData>);
}

let cached: HolidayCalendar | undefined;

/** The calendar of data/calendar, read on first use. */
export function loadCalendar(path: string = CALENDAR_PATH): HolidayCalendar {
  if (path !== CALENDAR_PATH) return parseCalendar(readFileSync(path, 'utf8'), path);
  cached ??= parseCalendar(readFileSync(path, 'utf8'), path);
  return cached;
}
