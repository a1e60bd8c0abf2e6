import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../law-data/calendar.js';
import { chinaDate, endOfChinaDay, periodEnd } from './periods.js';

const cal = loadCalendar();

describe('期间 (程序规定 第三十五条: 期间开始之时或者日不计算在内)', () => {
  it('the day of an event is its date in China', () => {
    expect(chinaDate('2025-03-04T17:30:00Z')).toBe('2025-03-05');
    expect(chinaDate('2025-03-05T09:00:00+08:00')).toBe('2025-03-05');
    expect(endOfChinaDay('2025-03-05')).toBe('2025-03-05T15:59:59.999Z');
  });

  it('natural days: the event day is not counted (行政处罚法 第六十七条第三款 十五日内 from 2025-03-05)', () => {
    expect(
      periodEnd(cal, '2025-03-05T10:00:00+08:00', { length: 15, unit: 'natural_days' }, { rollOver: false }),
    ).toEqual({ due_date: '2025-03-20', due_at: endOfChinaDay('2025-03-20') });
  });

  it('「期间的最后一日是节假日的，以节假日后的第一日为期满日期」: 2025-09-23 + 15 days = 10-08 (国庆) → 10-09', () => {
    const end = periodEnd(
      cal,
      '2025-09-23T10:00:00+08:00',
      { length: 15, unit: 'natural_days' },
      { rollOver: true },
    );
    expect(end.due_date).toBe('2025-10-09');
  });

  it('「…限制人身自由的期间，应当至期满之日为止，不得因节假日而延长」: no roll-over when the timer says so', () => {
    const end = periodEnd(
      cal,
      '2025-09-23T10:00:00+08:00',
      { length: 15, unit: 'natural_days' },
      { rollOver: false },
    );
    expect(end.due_date).toBe('2025-10-08');
  });

  it('a last day on an ordinary Sunday also rolls to Monday (节假日 read as any day off)', () => {
    const end = periodEnd(
      cal,
      '2025-03-02T10:00:00+08:00',
      { length: 7, unit: 'natural_days' },
      { rollOver: true },
    );
    expect(end.due_date).toBe('2025-03-10');
  });

  it('working days (行政处罚法 第八十五条): 5 working days after a Friday notice before 国庆 2025', () => {
    const end = periodEnd(
      cal,
      '2025-09-26T10:00:00+08:00',
      { length: 5, unit: 'working_days' },
      { rollOver: false },
    );
    expect(end.due_date).toBe('2025-10-10');
  });

  it('hours run from the instant (程序规定 第六十九条 八小时)', () => {
    expect(
      periodEnd(cal, '2025-03-05T22:15:00+08:00', { length: 8, unit: 'hours' }, { rollOver: true }),
    ).toEqual({
      due_at: '2025-03-05T22:15:00.000Z',
      due_date: null,
    });
  });

  it('months (程序规定 第二百零六条 三个月内): same day number, clamped to the month end', () => {
    expect(
      periodEnd(cal, '2025-11-30T10:00:00+08:00', { length: 3, unit: 'months' }, { rollOver: false })
        .due_date,
    ).toBe('2026-02-28');
  });

  it('years (程序规定 第二百一十条 满三年)', () => {
    expect(
      periodEnd(cal, '2024-02-29T10:00:00+08:00', { length: 1, unit: 'years' }, { rollOver: false }).due_date,
    ).toBe('2025-02-28');
  });

  it('before: the latest day for a notice "在举行听证的七日前" counted in working days', () => {
    const end = periodEnd(
      cal,
      '2025-03-14T09:00:00+08:00',
      { length: 7, unit: 'working_days' },
      {
        rollOver: false,
        direction: 'before',
      },
    );
    expect(end.due_date).toBe('2025-03-05');
  });
});
