import { describe, expect, it } from 'vitest';
import {
  basisText,
  chinaTime,
  dueInWords,
  isOpen,
  mostUrgent,
  openDeadlines,
  statusOf,
  todoCounts,
} from './deadlines.js';

const d = (status: string, due_at: string) => ({ status, due_at }) as never;
const NOW = new Date('2026-12-04T00:00:00Z');

describe('deadlines for the 待办 list', () => {
  it('puts overdue deadlines first, then due soon, then by due time; met and lapsed ones drop out', () => {
    const list = [
      d('pending', '2026-12-10T00:00:00Z'),
      d('met', '2026-12-01T00:00:00Z'),
      d('due_soon', '2026-12-06T00:00:00Z'),
      d('overdue', '2026-12-03T00:00:00Z'),
      d('pending', '2026-12-08T00:00:00Z'),
      d('lapsed', '2026-11-01T00:00:00Z'),
    ];
    expect(openDeadlines(list, NOW).map((x: { status: string; due_at: string }) => x.due_at)).toEqual([
      '2026-12-03T00:00:00Z',
      '2026-12-06T00:00:00Z',
      '2026-12-08T00:00:00Z',
      '2026-12-10T00:00:00Z',
    ]);
    expect(mostUrgent([d('met', '2026-12-01T00:00:00Z')], NOW)).toBeNull();
    expect([isOpen('met'), isOpen('lapsed'), isOpen('suspended'), isOpen('overdue')]).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('derives the status of a 待办 row from the due time (due soon within 3 days, or 2 hours for hours)', () => {
    const at = (due_at: string, in_hours = false) => statusOf({ due_at, in_hours }, NOW);
    expect(at('2026-12-03T23:00:00Z')).toBe('overdue');
    expect(at('2026-12-06T23:00:00Z')).toBe('due_soon');
    expect(at('2026-12-07T01:00:00Z')).toBe('pending');
    expect(at('2026-12-04T01:00:00Z', true)).toBe('due_soon');
    expect(at('2026-12-04T03:00:00Z', true)).toBe('pending');
    expect(statusOf({ due_at: '2026-12-01T00:00:00Z', status: 'met' }, NOW)).toBe('met');
  });

  it('says how far off a due time is', () => {
    const now = new Date('2026-12-04T00:00:00Z');
    expect(dueInWords('2026-12-04T05:30:00Z', now)).toBe('还剩 5 小时');
    expect(dueInWords('2026-12-09T00:00:00Z', now)).toBe('还剩 5 天');
    expect(dueInWords('2026-12-01T00:00:00Z', now)).toBe('逾期 3 天');
    expect(dueInWords('2026-12-03T23:50:00Z', now)).toBe('逾期 1 小时');
  });

  it('shows due times in China time and the basis on one line', () => {
    expect(chinaTime('2026-12-04T15:59:59.999Z')).toBe('2026-12-04 23:59');
    expect(basisText(['行政处罚法 第六十条', '行政处罚法 第八十五条'])).toBe(
      '行政处罚法 第六十条；行政处罚法 第八十五条',
    );
    expect(basisText('行政处罚法 第六十条')).toBe('行政处罚法 第六十条');
  });

  it('counts cases with an overdue deadline and, apart, those with one due soon', () => {
    expect(
      todoCounts(
        [
          { deadlines: [d('overdue', 'x'), d('due_soon', 'x')] },
          { deadlines: [d('due_soon', 'x')] },
          { deadlines: [d('pending', 'x')] },
        ],
        NOW,
      ),
    ).toEqual({ overdue: 1, dueSoon: 1 });
  });
});
