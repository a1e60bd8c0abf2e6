import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import type { Outcome } from './types.js';
import { concluded, PROPOSAL } from './walk.test-support.js';

const calendar = loadCalendar();
const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;
const codeOf = (o: Outcome) => (o.ok ? 'OK' : o.refusal.code);

const scheduled = () =>
  concluded(calendar)
    .act({ action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL })
    .act({ action: 'waive_hearing', party: 'mgr', at: at('2025-03-25', '11:00') })
    .act({ action: 'request_hearing', party: 'co', at: at('2025-03-26') })
    .act({
      action: 'accept_hearing',
      party: 'co',
      hearing_at: at('2025-04-09', '09:00'),
      presider: 'legal-x',
      at: at('2025-03-27'),
    });
const opened = () => scheduled().act({ action: 'open_hearing', at: at('2025-04-09', '09:00') }, 'legal-x');

describe('postponement (程序规定 第一百三十八条 「听证申请人不能按期参加听证的，可以申请延期，是否准许，由听证主持人决定。」)', () => {
  const postpone = {
    action: 'postpone_hearing' as const,
    party: 'co',
    reason: '法定代表人出差',
    at: at('2025-04-01'),
  };
  it('the presider grants it (NOT_PRESIDER for anyone else); the hearing stays scheduled at the new time', () => {
    const w = scheduled();
    expect(codeOf(w.attempt({ ...postpone, hearing_at: at('2025-04-16') }, 'officer-a'))).toBe(
      'NOT_PRESIDER',
    );
    const later = w.act({ ...postpone, hearing_at: at('2025-04-16') }, 'legal-x');
    expect(later.state.stage).toBe('HEARING_SCHEDULED');
    expect(later.state.history.at(-1)?.payload).toMatchObject({ hearing_at: at('2025-04-16') });
  });
  it('the new time is after the decision to postpone (INVALID_PAYLOAD naming hearing_at)', () => {
    const out = scheduled().attempt({ ...postpone, hearing_at: at('2025-03-31') }, 'legal-x');
    expect(out.ok ? null : out.refusal.details).toMatchObject({ field: 'hearing_at' });
  });
});

describe('suspension (程序规定 第一百四十八条 「听证过程中，遇有下列情形之一，听证主持人可以中止听证」)', () => {
  it('第（一）项 new evidence: suspended by the presider, then resumed (「中止听证的情形消除后，听证主持人应当及时恢复听证」) and held', () => {
    const w = opened();
    expect(
      codeOf(
        w.attempt(
          { action: 'suspend_hearing', ground: 'new_evidence', at: at('2025-04-09', '10:00') },
          'officer-a',
        ),
      ),
    ).toBe('NOT_PRESIDER');
    const suspended = w.act(
      { action: 'suspend_hearing', ground: 'new_evidence', at: at('2025-04-09', '10:00') },
      'legal-x',
    );
    expect(suspended.state.stage).toBe('HEARING_SUSPENDED');
    expect(
      codeOf(
        suspended.attempt(
          { action: 'close_hearing', outcome: 'held', record_signed: true, at: at('2025-04-10') },
          'legal-x',
        ),
      ),
    ).toBe('INVALID_PAYLOAD');
    const done = suspended
      .act({ action: 'resume_hearing', at: at('2025-04-14', '09:00') }, 'legal-x')
      .act(
        { action: 'close_hearing', outcome: 'held', record_signed: true, at: at('2025-04-14', '12:00') },
        'legal-x',
      );
    expect(done.state.stage).toBe('REVIEW');
  });

  it('第（二）项 「因回避致使听证不能继续进行的」: the recused presider is replaced by one who is not an officer', () => {
    const suspended = opened()
      .act({ action: 'suspend_hearing', ground: 'recusal', at: at('2025-04-09', '10:00') }, 'legal-x')
      .act({
        action: 'apply_recusal',
        person: 'legal-x',
        reason: '近亲属',
        applicant: 'party',
        at: at('2025-04-09', '10:05'),
      })
      .act(
        {
          action: 'decide_recusal',
          person: 'legal-x',
          granted: true,
          decided_by: '某县公安局',
          at: at('2025-04-10'),
        },
        'leader-l',
      );
    expect(codeOf(suspended.attempt({ action: 'resume_hearing', at: at('2025-04-11') }, 'legal-x'))).toBe(
      'RECUSED',
    );
    expect(
      codeOf(
        suspended.attempt(
          { action: 'resume_hearing', presider: 'officer-b', at: at('2025-04-11') },
          'officer-b',
        ),
      ),
    ).toBe('SAME_PERSON');
    const resumed = suspended.act(
      { action: 'resume_hearing', presider: 'legal-y', at: at('2025-04-11') },
      'legal-y',
    );
    expect([resumed.state.stage, resumed.state.hearing_presider]).toEqual(['HEARING', 'legal-y']);
  });

  it('第（三）项 other grounds state their reason; 第一百四十九条: a suspended hearing may be terminated', () => {
    const w = opened();
    expect(
      codeOf(
        w.attempt({ action: 'suspend_hearing', ground: 'other', at: at('2025-04-09', '10:00') }, 'legal-x'),
      ),
    ).toBe('INVALID_PAYLOAD');
    const ended = w
      .act(
        { action: 'suspend_hearing', ground: 'other', reason: '停电', at: at('2025-04-09', '10:00') },
        'legal-x',
      )
      .act({ action: 'close_hearing', outcome: 'terminated', at: at('2025-04-10') }, 'legal-x');
    expect(ended.state.stage).toBe('REVIEW');
  });
});
