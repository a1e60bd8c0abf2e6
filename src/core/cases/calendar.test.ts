import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCalendar, parseCalendar } from '../../law-data/calendar.js';
import { DomainError } from '../shared/errors.js';
import {
  addDays,
  addMonths,
  addWorkingDays,
  buildCalendar,
  isWorkingDay,
  onOrNextWorkingDay,
  provisional,
  subtractWorkingDays,
} from './calendar.js';

const cal = loadCalendar();

const errorOf = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
};

describe('working days (行政处罚法 第八十五条: 工作日，不含法定节假日)', () => {
  it('a weekday is a working day, a weekend is not', () => {
    expect(isWorkingDay(cal, '2025-03-05')).toBe(true); // Wednesday
    expect(isWorkingDay(cal, '2025-03-08')).toBe(false); // Saturday
    expect(isWorkingDay(cal, '2025-03-09')).toBe(false); // Sunday
  });

  it('an official holiday on a weekday is a day off (国庆 2025-10-08, a Wednesday)', () => {
    expect(isWorkingDay(cal, '2025-10-08')).toBe(false);
  });

  it('a 调休 Saturday is a working day (2025-10-11; 2026-01-04 a Sunday)', () => {
    expect(isWorkingDay(cal, '2025-10-11')).toBe(true);
    expect(isWorkingDay(cal, '2026-01-04')).toBe(true);
  });

  it('adds working days across 春节 2026, the event day not counted', () => {
    // Friday 2026-02-13; 2026-02-14 (Saturday) is a 调休 working day; 02-15..02-23 off.
    expect(addWorkingDays(cal, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(cal, '2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays(cal, '2026-02-13', 5)).toBe('2026-02-27');
  });

  it('counts back working days for an act due "七日前" (行政处罚法 第六十四条第（二）项)', () => {
    expect(subtractWorkingDays(cal, '2026-02-27', 5)).toBe('2026-02-13');
    expect(subtractWorkingDays(cal, '2025-03-14', 7)).toBe('2025-03-05');
  });

  it('moves a day off to the first working day after it (程序规定 第三十五条)', () => {
    expect(onOrNextWorkingDay(cal, '2025-10-01')).toBe('2025-10-09');
    expect(onOrNextWorkingDay(cal, '2025-10-09')).toBe('2025-10-09');
  });

  it('refuses a day outside the years the calendar covers, naming the day and the years', () => {
    const e = errorOf(() => isWorkingDay(cal, '2027-03-01'));
    expect(e.code).toBe('CALENDAR_NOT_COVERED');
    expect(e.details).toMatchObject({ date: '2027-03-01', years: [2024, 2025, 2026] });
    expect(errorOf(() => addWorkingDays(cal, '2026-12-28', 10)).code).toBe('CALENDAR_NOT_COVERED');
  });

  it('a provisional calendar answers for unloaded years with weekends only', () => {
    expect(isWorkingDay(provisional(cal), '2027-03-01')).toBe(true);
    expect(isWorkingDay(provisional(cal), '2027-03-06')).toBe(false);
    expect(isWorkingDay(provisional(cal), '2026-10-07')).toBe(false);
  });

  it('refuses malformed calendar data and dates', () => {
    expect(
      errorOf(() => buildCalendar({ 2025: { holidays: ['2024-01-01'], workdays: [], source: '' } })).code,
    ).toBe('INVALID_INPUT');
    expect(
      errorOf(() => buildCalendar({ 2025: { holidays: [], workdays: ['2025-03-05'], source: '' } })).code,
    ).toBe('INVALID_INPUT');
    expect(errorOf(() => parseCalendar('{"2025": {"holidays": []}}', 'x.json')).code).toBe(
      'UNREADABLE_INPUT',
    );
    expect(errorOf(() => isWorkingDay(cal, '2025-02-30')).code).toBe('INVALID_DATE');
  });
});

describe('natural days and months', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('adds months, a missing day becoming the last of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
  });
});

describe('properties', () => {
  const day = fc
    .integer({ min: Date.UTC(2024, 0, 1) / 86_400_000, max: Date.UTC(2026, 9, 31) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

  it('a working-day deadline never falls on an official day off or an ordinary weekend', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const due = addWorkingDays(cal, d, n);
        return !cal.holidays.has(due) && isWorkingDay(cal, due) && due > d;
      }),
    );
  });

  it('N working days after a day, counted back N, return to the last working day on or before it', () => {
    fc.assert(
      fc.property(
        day.filter((d) => d >= '2024-03-01'),
        fc.integer({ min: 1, max: 20 }),
        (d, n) => {
          const back = subtractWorkingDays(cal, addWorkingDays(cal, d, n), n);
          return back <= d && (back === d || !isWorkingDay(cal, d));
        },
      ),
    );
  });
});
