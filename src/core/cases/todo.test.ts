import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../law-data/calendar.js';
import { todoFor, todoOf } from './todo.js';
import { concluded, PROPOSAL } from './transitions/walk.test-support.js';

const calendar = loadCalendar();
const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;

const requested = () =>
  concluded(calendar)
    .act({ action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL })
    .act({ action: 'request_hearing', party: 'co', at: at('2025-03-26') });

describe('待办: the overdue and due-soon deadlines of a proceeding with the actions that meet them', () => {
  it('程序规定 第一百三十五条 「应当在二日内决定是否受理」: due soon after the request, met by accepting or refusing, both allowed now', () => {
    const items = todoOf(requested().state, { calendar, now: at('2025-03-26', '11:00') });
    const acceptance = items.find((i) => i.timer === 'hearing_acceptance')!;
    expect(acceptance).toMatchObject({
      status: 'due_soon',
      party: 'co',
      due_date: '2025-03-28',
      responsible: ['officer-a', 'officer-b'],
    });
    expect(acceptance.meets).toEqual([
      { action: 'accept_hearing', allowed_now: true },
      { action: 'refuse_hearing', allowed_now: true },
    ]);
    expect(acceptance.basis[0]).toContain('第一百三十五条');
  });

  it('a deadline not yet near is not listed (行政处罚法 第六十四条第（一）项: the manager has five working days)', () => {
    const items = todoOf(requested().state, { calendar, now: at('2025-03-26', '11:00') });
    expect(items.some((i) => i.timer === 'hearing_request_window')).toBe(false);
  });

  it('overdue items come first; 行政处罚法 第六十条 (90 days from 立案) overdue is met by a decision, not allowed at this stage', () => {
    const items = todoOf(requested().state, { calendar, now: at('2025-06-10') });
    expect(items[0]!.status).toBe('overdue');
    const limit = items.find((i) => i.timer === 'case_time_limit')!;
    expect(limit.status).toBe('overdue');
    expect(limit.meets.find((m) => m.action === 'decide')).toEqual({ action: 'decide', allowed_now: false });
    const order = items.map((i) => i.status);
    expect(order).toEqual([...order].sort((a, b) => (a === b ? 0 : a === 'overdue' ? -1 : 1)));
  });

  it('a recorded event meets the 7-day hearing notice (行政处罚法 第六十四条第（二）项); the presider sees hearing items, the reviewer none', () => {
    const w = requested().act({
      action: 'accept_hearing',
      party: 'co',
      hearing_at: at('2025-04-09', '09:00'),
      presider: 'legal-x',
      at: at('2025-03-27'),
    });
    const ctx = { calendar, now: at('2025-03-27', '11:00') };
    const lead = todoFor(w.state, 'legal-x', ctx).find((i) => i.timer === 'hearing_notice_lead')!;
    expect(lead.meets).toEqual([
      { action: 'record_event', event: 'hearing_notice_served', allowed_now: true },
    ]);
    expect(todoFor(w.state, 'reviewer-r', ctx)).toEqual([]);
  });
});
