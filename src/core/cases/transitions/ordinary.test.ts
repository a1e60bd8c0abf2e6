import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../law-data/calendar.js';
import { proceedingDeadlines } from '../proceeding-deadlines.js';
import { applyAction } from './apply.js';
import type { Outcome } from './types.js';
import { concluded, fakeCheck, PROPOSAL, walker } from './walk.test-support.js';

const calendar = loadCalendar();
const at = (d: string, t = '10:00') => `${d}T${t}:00+08:00`;
const codeOf = (o: Outcome) => (o.ok ? 'OK' : o.refusal.code);

const noticed = (options: Parameters<typeof concluded>[1] = {}) =>
  concluded(calendar, options).act({ action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL });

const heard = () =>
  noticed()
    .act({ action: 'record_statement', party: 'co', statement: '已开始整改', at: at('2025-03-26') })
    .act({ action: 'waive_hearing', party: 'mgr', at: at('2025-03-26', '11:00') })
    .act({ action: 'request_hearing', party: 'co', at: at('2025-03-27') })
    .act({
      action: 'accept_hearing',
      party: 'co',
      hearing_at: at('2025-04-09', '09:00'),
      presider: 'legal-x',
      at: at('2025-03-28'),
    })
    .act({ action: 'open_hearing', at: at('2025-04-09', '09:00') }, 'legal-x')
    .act(
      { action: 'close_hearing', outcome: 'held', record_signed: true, at: at('2025-04-09', '12:00') },
      'legal-x',
    );

const decided = () =>
  heard()
    .act({ action: 'pass_review', at: at('2025-04-10') }, 'reviewer-r')
    .act({ action: 'decide', at: at('2025-04-11') }, 'leader-l');

describe('the ordinary procedure from lead to archive (procedure.md §3)', () => {
  it('walks the seed case through every stage', () => {
    const w = decided()
      .act({ action: 'serve', party: 'co', method: '直接送达', at: at('2025-04-11', '15:00') })
      .act({ action: 'serve', party: 'mgr', method: '直接送达', at: at('2025-04-11', '15:30') })
      .act({ action: 'record_payment', party: 'co', amount_yuan: 50000, at: at('2025-04-20') })
      .act({ action: 'record_payment', party: 'mgr', amount_yuan: 10000, at: at('2025-04-21') })
      .act({ action: 'close', ground: 'executed', at: at('2025-04-22') })
      .act({ action: 'archive', at: at('2025-04-23') });
    expect(w.state.stage).toBe('ARCHIVED');
    expect(w.state.history.map((e) => e.type)).toContain('propose_penalty');
    expect(w.state.parties.map((p) => [p.id, p.stage, p.hearing])).toEqual([
      ['co', 'FINE_PAID', 'held'],
      ['mgr', 'FINE_PAID', 'waived'],
    ]);
  });

  it('records who acted and when it happened; the deadlines follow the history', () => {
    const w = decided();
    const last = w.state.history.at(-1)!;
    expect([last.type, last.by, last.at]).toEqual(['decide', 'leader-l', at('2025-04-11')]);
    const limit = proceedingDeadlines(w.state, calendar, at('2025-04-12')).find(
      (d) => d.timer === 'case_time_limit',
    )!;
    expect([limit.status, limit.due_date]).toEqual(['met', '2025-06-03']); // 03-04 + 90 = 06-02 (端午 05-31–06-02) → 06-03
  });
});

describe('shared guards (issue 8: at never in the future, never before the previous event)', () => {
  it('refuses an action from a stage the table does not allow (WRONG_STAGE)', () => {
    expect(codeOf(walker(calendar).attempt({ action: 'decide', at: at('2025-03-03', '11:00') }))).toBe(
      'WRONG_STAGE',
    );
  });

  it('refuses a time after now (AT_IN_FUTURE) and before the previous event (AT_BEFORE_PREVIOUS)', () => {
    const state = walker(calendar).state;
    const ctx = { now: at('2025-03-03', '12:00'), by: 'officer-a', calendar };
    expect(codeOf(applyAction(state, { action: 'register', at: at('2025-03-03', '13:00') }, ctx))).toBe(
      'AT_IN_FUTURE',
    );
    expect(codeOf(applyAction(state, { action: 'register', at: at('2025-03-03', '08:00') }, ctx))).toBe(
      'AT_BEFORE_PREVIOUS',
    );
    expect(codeOf(applyAction(state, { action: 'register' }, ctx))).toBe('OK');
  });
});

describe('T5 file — 行政处罚法 第三十六条 「违法行为在二年内未被发现的，不再给予行政处罚」', () => {
  it('refuses a case discovered more than two years after a continuing act ended (LIMITATION_EXPIRED)', () => {
    const old = walker(calendar).state;
    const w = walker(calendar, {
      state: { ...old, violation: { start: '2022-01-01', end: '2023-03-02', continuing: true } },
    }).act({
      action: 'register',
      at: at('2025-03-03', '10:00'),
    });
    const out = w.attempt({ action: 'file', at: at('2025-03-04') });
    expect(codeOf(out)).toBe('LIMITATION_EXPIRED');
  });

  it('files a case discovered on the last day of the two years', () => {
    const old = walker(calendar).state;
    const w = walker(calendar, {
      state: { ...old, violation: { start: '2022-01-01', end: '2023-03-03', continuing: true } },
    }).act({
      action: 'register',
      at: at('2025-03-03', '10:00'),
    });
    expect(w.act({ action: 'file', at: at('2025-03-04') }).state.stage).toBe('FILED');
  });
});

describe('T6 start_investigation — 行政处罚法 第四十二条 「执法人员不得少于两人」', () => {
  const filed = () =>
    walker(calendar)
      .act({ action: 'register', at: at('2025-03-03') })
      .act({ action: 'file', at: at('2025-03-04') });
  it('refuses one officer (TOO_FEW_OFFICERS) and one officer named twice (SAME_PERSON)', () => {
    expect(
      codeOf(
        filed().attempt({ action: 'start_investigation', officers: ['a'], at: at('2025-03-04', '11:00') }),
      ),
    ).toBe('TOO_FEW_OFFICERS');
    expect(
      codeOf(
        filed().attempt({
          action: 'start_investigation',
          officers: ['a', 'a'],
          at: at('2025-03-04', '11:00'),
        }),
      ),
    ).toBe('SAME_PERSON');
    expect(
      codeOf(
        filed().attempt({ action: 'start_investigation', officers: 'a', at: at('2025-03-04', '11:00') }),
      ),
    ).toBe('INVALID_PAYLOAD');
  });
});

describe('T9 add_evidence and conclude — 行政处罚法 第四十条 「违法事实不清、证据不足的，不得给予行政处罚」', () => {
  const investigating = () =>
    walker(calendar)
      .act({ action: 'register', at: at('2025-03-03') })
      .act({ action: 'file', at: at('2025-03-04') })
      .act({
        action: 'start_investigation',
        officers: ['officer-a', 'officer-b'],
        at: at('2025-03-04', '11:00'),
      });
  it('refuses to conclude without evidence (NO_EVIDENCE)', () => {
    expect(codeOf(investigating().attempt({ action: 'conclude', at: at('2025-03-05') }))).toBe('NO_EVIDENCE');
  });
  it('takes evidence only from an officer of the case (NOT_CASE_OFFICER)', () => {
    const out = investigating().attempt(
      { action: 'add_evidence', kind: '书证', description: 'x', at: at('2025-03-05') },
      'stranger',
    );
    expect(codeOf(out)).toBe('NOT_CASE_OFFICER');
  });
});

describe('T13 propose_penalty — the legality check, 拒不改正, hearing rights per party', () => {
  it("refuses an unlawful penalty with the check's findings (UNLAWFUL_PENALTY)", () => {
    const out = concluded(calendar, { check: fakeCheck('unlawful') }).attempt({
      action: 'propose_penalty',
      at: at('2025-03-25'),
      ...PROPOSAL,
    });
    expect(codeOf(out)).toBe('UNLAWFUL_PENALTY');
    expect(!out.ok && out.refusal.details['findings']).toHaveLength(1);
  });

  it('refuses a penalty lawful only on facts not established (CONDITIONS_NOT_ESTABLISHED)', () => {
    const out = concluded(calendar, { check: fakeCheck('lawful_if', ['情节严重']) }).attempt({
      action: 'propose_penalty',
      at: at('2025-03-25'),
      ...PROPOSAL,
    });
    expect(!out.ok && out.refusal).toMatchObject({
      code: 'CONDITIONS_NOT_ESTABLISHED',
      details: { requires: ['情节严重'] },
    });
  });

  it('refuses without a legality check (NO_CHECK)', () => {
    const out = applyAction(
      concluded(calendar).state,
      { action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL },
      { now: at('2025-03-25'), by: 'officer-a', calendar },
    );
    expect(codeOf(out)).toBe('NO_CHECK');
  });

  it('拒不改正 needs a served order whose deadline passed unmet (REFUSAL_NOT_ESTABLISHED)', () => {
    const w = walker(calendar)
      .act({ action: 'register', at: at('2025-03-03') })
      .act({ action: 'file', at: at('2025-03-04') })
      .act({
        action: 'start_investigation',
        officers: ['officer-a', 'officer-b'],
        at: at('2025-03-04', '11:00'),
      })
      .act({ action: 'add_evidence', kind: '书证', description: 'x', at: at('2025-03-05') })
      .act({
        action: 'record_event',
        event: 'rectification_ordered',
        party: 'co',
        due: '2025-03-20',
        at: at('2025-03-05', '11:00'),
      })
      .act({
        action: 'record_event',
        event: 'rectification_checked',
        party: 'co',
        complied: false,
        at: at('2025-03-20'),
      })
      .act({ action: 'conclude', at: at('2025-03-24') });
    expect(codeOf(w.attempt({ action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL }))).toBe(
      'REFUSAL_NOT_ESTABLISHED',
    );
  });

  it('computes hearing rights per party (程序规定 第一百二十三条: 单位一万元以上、个人二千元以上)', () => {
    const small = {
      ...PROPOSAL,
      sanctions: [
        { party: 'co', kind: 'fine', amount_yuan: 9999, days: null },
        { party: 'mgr', kind: 'fine', amount_yuan: 2000, days: null },
      ],
    };
    const w = concluded(calendar).act({ action: 'propose_penalty', at: at('2025-03-25'), ...small });
    expect(w.state.parties.map((p) => [p.id, p.hearing])).toEqual([
      ['co', 'not_eligible'],
      ['mgr', 'eligible'],
    ]);
    expect(w.state.history.at(-1)!.payload).toMatchObject({ hearing_eligible: ['mgr'] });
  });
});

describe('T14–T20 statements and hearings', () => {
  it('T15 refuses a hearing request from a party without the right (NOT_HEARING_ELIGIBLE)', () => {
    const small = {
      ...PROPOSAL,
      sanctions: [{ party: 'co', kind: 'warning', amount_yuan: null, days: null }],
    };
    const w = concluded(calendar).act({ action: 'propose_penalty', at: at('2025-03-25'), ...small });
    expect(codeOf(w.attempt({ action: 'request_hearing', party: 'co', at: at('2025-03-26') }))).toBe(
      'NOT_HEARING_ELIGIBLE',
    );
  });

  it('T15 行政处罚法 第六十四条第（一）项: a request after 5 working days is refused (HEARING_WINDOW_CLOSED)', () => {
    // notice Tuesday 03-25 → 03-26, 27, 28, 31, 04-01: the window closes at the end of 04-01
    expect(
      codeOf(noticed().attempt({ action: 'request_hearing', party: 'co', at: at('2025-04-01', '23:00') })),
    ).toBe('OK');
    expect(
      codeOf(noticed().attempt({ action: 'request_hearing', party: 'co', at: at('2025-04-02', '09:00') })),
    ).toBe('HEARING_WINDOW_CLOSED');
  });

  it('T15 程序规定 第一百三十四条: a waiver may be reversed within the window', () => {
    const w = noticed()
      .act({ action: 'waive_hearing', party: 'co', at: at('2025-03-26') })
      .act({ action: 'request_hearing', party: 'co', at: at('2025-03-27') });
    expect(w.state.stage).toBe('HEARING_REQUESTED');
  });

  it('T20 行政处罚法 第六十二条: no review while a party may still ask for a hearing (HEARING_WINDOW_OPEN)', () => {
    expect(codeOf(noticed().attempt({ action: 'proceed_to_review', at: at('2025-03-31') }))).toBe(
      'HEARING_WINDOW_OPEN',
    );
    expect(codeOf(noticed().attempt({ action: 'proceed_to_review', at: at('2025-04-02') }))).toBe('OK');
    const waived = noticed()
      .act({ action: 'waive_hearing', party: 'co', at: at('2025-03-26') })
      .act({ action: 'waive_hearing', party: 'mgr', at: at('2025-03-26', '11:00') });
    expect(codeOf(waived.attempt({ action: 'proceed_to_review', at: at('2025-03-27') }))).toBe('OK');
  });

  it('T14 a statement moves NOTICE to DEFENCE (行政处罚法 第四十五条)', () => {
    expect(
      noticed().act({ action: 'record_statement', party: 'co', statement: 's', at: at('2025-03-26') }).state
        .stage,
    ).toBe('DEFENCE');
  });

  const requested = () => noticed().act({ action: 'request_hearing', party: 'co', at: at('2025-03-26') });

  it('T16 程序规定 第一百三十五条: after 2 days silence the request is accepted (HEARING_DEEMED_ACCEPTED)', () => {
    expect(
      codeOf(
        requested().attempt({ action: 'refuse_hearing', party: 'co', reason: 'r', at: at('2025-03-28') }),
      ),
    ).toBe('OK');
    expect(
      codeOf(
        requested().attempt({ action: 'refuse_hearing', party: 'co', reason: 'r', at: at('2025-03-29') }),
      ),
    ).toBe('HEARING_DEEMED_ACCEPTED');
  });

  it('T17 行政处罚法 第六十四条第（四）项: the presider is not an investigator (SAME_PERSON)', () => {
    const out = requested().attempt({
      action: 'accept_hearing',
      party: 'co',
      hearing_at: at('2025-04-15'),
      presider: 'officer-b',
      at: at('2025-03-27'),
    });
    expect(codeOf(out)).toBe('SAME_PERSON');
  });

  it('T17 行政处罚法 第六十四条第（二）项: notice 7 working days before the hearing (HEARING_NOTICE_TOO_SHORT)', () => {
    const out = requested().attempt({
      action: 'accept_hearing',
      party: 'co',
      hearing_at: at('2025-04-07'),
      presider: 'legal-x',
      at: at('2025-03-27'),
    });
    expect(codeOf(out)).toBe('HEARING_NOTICE_TOO_SHORT');
  });

  it('T19 行政处罚法 第六十四条第（八）项: the record is signed or the refusal noted', () => {
    const w = requested()
      .act({
        action: 'accept_hearing',
        party: 'co',
        hearing_at: at('2025-04-09'),
        presider: 'legal-x',
        at: at('2025-03-27'),
      })
      .act({ action: 'open_hearing', at: at('2025-04-09') }, 'legal-x');
    expect(
      codeOf(w.attempt({ action: 'close_hearing', outcome: 'held', at: at('2025-04-09', '12:00') })),
    ).toBe('INVALID_PAYLOAD');
    expect(
      w.act({ action: 'close_hearing', outcome: 'terminated', at: at('2025-04-09', '12:00') }).state.stage,
    ).toBe('DEFENCE'); // the manager has neither used nor waived his right
  });

  it('T19–T20 行政处罚法 第六十四条第（一）项 「当事人要求听证的，应当在行政机关告知后五日内提出」: a hearing held for one party leaves the other its window', () => {
    const scheduled = requested().act({
      action: 'accept_hearing',
      party: 'co',
      hearing_at: at('2025-04-09'),
      presider: 'legal-x',
      at: at('2025-03-27'),
    });
    const closed = (w: typeof scheduled) =>
      w.act({ action: 'open_hearing', at: at('2025-04-09') }, 'legal-x').act({
        action: 'close_hearing',
        outcome: 'held',
        record_signed: true,
        at: at('2025-04-09', '12:00'),
      });
    expect(closed(scheduled).state.stage).toBe('DEFENCE');
    const waived = scheduled.act({ action: 'waive_hearing', party: 'mgr', at: at('2025-03-28') });
    expect(waived.state.stage).toBe('HEARING_SCHEDULED');
    expect(closed(waived).state.stage).toBe('REVIEW');
  });
});

describe('T21–T24 review and decision', () => {
  it('T21 the reviewer is not an officer of the case (SAME_PERSON) and a first-time reviewer is qualified (REVIEWER_NOT_QUALIFIED)', () => {
    expect(codeOf(heard().attempt({ action: 'pass_review', at: at('2025-04-10') }, 'officer-b'))).toBe(
      'SAME_PERSON',
    );
    expect(
      codeOf(heard().attempt({ action: 'pass_review', first_time: true, at: at('2025-04-10') }, 'r')),
    ).toBe('REVIEWER_NOT_QUALIFIED');
    expect(
      codeOf(
        heard().attempt(
          { action: 'pass_review', first_time: true, qualified: true, at: at('2025-04-10') },
          'r',
        ),
      ),
    ).toBe('OK');
  });

  it('T22 collective discussion, then approval', () => {
    const w = heard()
      .act({ action: 'escalate_collective', at: at('2025-04-10') }, 'reviewer-r')
      .act({
        action: 'collective_decision',
        participants: ['head-1', 'head-2'],
        at: at('2025-04-10', '15:00'),
      });
    expect(w.state.stage).toBe('APPROVAL');
  });

  it('T23 review returns the case for investigation', () => {
    expect(
      heard().act({ action: 'return_for_investigation', reason: '证据不足', at: at('2025-04-10') }).state
        .stage,
    ).toBe('INVESTIGATING');
  });

  const approval = () => heard().act({ action: 'pass_review', at: at('2025-04-10') }, 'reviewer-r');

  it('T24 the approver is not an officer of the case (SAME_PERSON)', () => {
    expect(codeOf(approval().attempt({ action: 'decide', at: at('2025-04-11') }, 'officer-a'))).toBe(
      'SAME_PERSON',
    );
  });

  it('T24 行政处罚法 第四十五条第二款: no heavier penalty than notified (HEAVIER_THAN_NOTIFIED)', () => {
    const heavier = {
      ...PROPOSAL,
      sanctions: [{ party: 'co', kind: 'fine', amount_yuan: 60000, days: null }],
    };
    expect(
      codeOf(approval().attempt({ action: 'decide', at: at('2025-04-11'), ...heavier }, 'leader-l')),
    ).toBe('HEAVIER_THAN_NOTIFIED');
    const lighter = {
      ...PROPOSAL,
      sanctions: [{ party: 'co', kind: 'fine', amount_yuan: 30000, days: null }],
    };
    expect(
      codeOf(approval().attempt({ action: 'decide', at: at('2025-04-11'), ...lighter }, 'leader-l')),
    ).toBe('OK');
  });

  it('T24 the legality check runs again at the decision (UNLAWFUL_PENALTY)', () => {
    const w = approval();
    const strict = walker(calendar, { state: w.state, check: fakeCheck('unlawful') });
    expect(codeOf(strict.attempt({ action: 'decide', at: at('2025-04-11') }, 'leader-l'))).toBe(
      'UNLAWFUL_PENALTY',
    );
  });

  it('T24 行政处罚法 第六十条: after 90 days from 立案 a decision needs the recorded approval (TIME_LIMIT_EXCEEDED)', () => {
    // 立案 2025-03-04 → 90 days end 06-02, a holiday (端午) → 06-03
    expect(codeOf(approval().attempt({ action: 'decide', at: at('2025-06-04') }, 'leader-l'))).toBe(
      'TIME_LIMIT_EXCEEDED',
    );
    expect(codeOf(approval().attempt({ action: 'decide', at: at('2025-06-03', '20:00') }, 'leader-l'))).toBe(
      'OK',
    );
    expect(
      codeOf(
        approval().attempt(
          { action: 'decide', late_approval: '延期批准 2025-05-30', at: at('2025-06-04') },
          'leader-l',
        ),
      ),
    ).toBe('OK');
  });

  it('T24 程序规定 第一百七十三条: a 派出所 may not decide this penalty (NOT_COMPETENT)', () => {
    const w = approval();
    const station = walker(calendar, {
      state: { ...w.state, agency: { name: '某派出所', kind: 'police', level: 'station' } },
    });
    expect(codeOf(station.attempt({ action: 'decide', at: at('2025-04-11') }, 'leader-l'))).toBe(
      'NOT_COMPETENT',
    );
  });
});

describe('T25–T30, T36 service, payment and enforcement', () => {
  const served = () =>
    decided()
      .act({ action: 'serve', party: 'co', method: '直接送达', at: at('2025-04-11', '15:00') })
      .act({ action: 'serve', party: 'mgr', method: '直接送达', at: at('2025-04-11', '15:30') });

  it('T25 service is per party; the case is SERVED when every party is', () => {
    const one = decided().act({
      action: 'serve',
      party: 'co',
      method: '直接送达',
      at: at('2025-04-11', '15:00'),
    });
    expect(one.state.stage).toBe('DECIDED');
    expect(served().state.stage).toBe('SERVED');
    expect(served().state.parties.map((p) => p.stage)).toEqual(['FINE_DUE', 'FINE_DUE']);
    expect(
      codeOf(served().attempt({ action: 'serve', party: 'co', method: 'x', at: at('2025-04-12') })),
    ).toBe('WRONG_STAGE');
  });

  it('T28 行政处罚法 第六十七条第三款: not overdue within 15 days (PAYMENT_PERIOD_RUNNING)', () => {
    // served 04-11 → 15 days end 04-26, a Saturday → 04-27, a Sunday made a working day (调休)
    const early = served().attempt({
      action: 'mark_fine_overdue',
      party: 'co',
      at: at('2025-04-27', '23:00'),
    });
    expect(codeOf(early)).toBe('PAYMENT_PERIOD_RUNNING');
    const late = served().attempt({ action: 'mark_fine_overdue', party: 'co', at: at('2025-04-28') });
    expect(codeOf(late)).toBe('OK');
    // the event keeps the last day of payment, from which the 加处罚款 runs (the 催告书 states it)
    expect(late.ok && late.state.history.at(-1)?.payload?.['payment_due']).toBe('2025-04-27');
  });

  it('T28 行政处罚法 第七十二条: an overdue fine is settled only with the 3% daily surcharge', () => {
    const w = served()
      .act({ action: 'mark_fine_overdue', party: 'mgr', at: at('2025-04-28') })
      .act({ action: 'record_payment', party: 'mgr', amount_yuan: 10000, at: at('2025-04-29') }); // 04-28, 04-29: 2 × 3%
    expect(w.state.parties[1]!.stage).toBe('FINE_OVERDUE');
    expect(w.state.history.at(-1)!.payload).toMatchObject({
      owed_yuan: 10600,
      surcharge_yuan: 600,
      partial: true,
    });
    const paid = w.act({
      action: 'record_payment',
      party: 'mgr',
      amount_yuan: 600,
      at: at('2025-04-29', '11:00'),
    });
    expect(paid.state.parties[1]!.stage).toBe('FINE_PAID');
  });

  it('T27 an approved deferral (行政处罚法 第六十六条第二款) moves the payment day', () => {
    const w = served().act({
      action: 'defer_payment',
      party: 'co',
      until: '2025-07-31',
      approved_by: 'leader-l',
      at: at('2025-04-20'),
    });
    expect(w.state.parties[0]!.stage).toBe('FINE_DEFERRED');
    expect(codeOf(w.attempt({ action: 'mark_fine_overdue', party: 'co', at: at('2025-05-10') }))).toBe(
      'PAYMENT_PERIOD_RUNNING',
    );
  });

  it('T30 程序规定 第二百零七条、第二百一十九条、第二百零六条: court enforcement only after 10 days, 30 days of surcharge, inside the window', () => {
    const demanded = served()
      .act({ action: 'mark_fine_overdue', party: 'co', at: at('2025-04-29') })
      .act({ action: 'serve_demand', party: 'co', at: at('2025-05-06') });
    expect(
      codeOf(demanded.attempt({ action: 'apply_court_enforcement', party: 'co', at: at('2025-05-12') })),
    ).toBe('DEMAND_PERIOD_RUNNING');
    expect(
      codeOf(demanded.attempt({ action: 'apply_court_enforcement', party: 'co', at: at('2025-05-20') })),
    ).toBe('SURCHARGE_UNDER_30_DAYS');
    expect(
      codeOf(demanded.attempt({ action: 'apply_court_enforcement', party: 'co', at: at('2025-06-10') })),
    ).toBe('COURT_WINDOW_CLOSED');
    expect(
      codeOf(demanded.attempt({ action: 'apply_court_enforcement', party: 'co', at: at('2025-10-20') })),
    ).toBe('OK');
    expect(
      codeOf(demanded.attempt({ action: 'apply_court_enforcement', party: 'co', at: at('2026-01-20') })),
    ).toBe('COURT_WINDOW_CLOSED');
  });

  it("T36 程序规定 第二百五十八条: closed only when every party's penalty is executed (PARTIES_NOT_CLOSED)", () => {
    expect(codeOf(served().attempt({ action: 'close', ground: 'executed', at: at('2025-04-20') }))).toBe(
      'PARTIES_NOT_CLOSED',
    );
    expect(
      codeOf(
        served().attempt({
          action: 'close',
          ground: 'impossible',
          reason: '单位已注销',
          at: at('2025-04-20'),
        }),
      ),
    ).toBe('OK');
  });
});

describe('other outcomes', () => {
  it('T10 termination with approval, then archive (程序规定 第二百五十九条、第二百六十条)', () => {
    const w = concluded(calendar)
      .act({ action: 'terminate', ground: 'no_violation', approved_by: 'head', at: at('2025-03-25') })
      .act({ action: 'archive', at: at('2025-03-26') });
    expect(w.state.stage).toBe('ARCHIVED');
  });

  it('T11 criminal transfer, then closure (程序规定 第二百五十八条第（四）项)', () => {
    const w = concluded(calendar)
      .act({ action: 'transfer_criminal', to_organ: '刑侦大队', at: at('2025-03-25') })
      .act({ action: 'close', ground: 'criminal', at: at('2025-03-26') });
    expect(w.state.stage).toBe('CLOSED');
  });

  it('T12 a no-penalty decision goes through review and approval, needs no notice, and closes after service', () => {
    const w = concluded(calendar)
      .act({ action: 'propose_no_penalty', ground: 'minor_and_corrected', at: at('2025-03-25') })
      .act({ action: 'proceed_to_review', at: at('2025-03-25', '11:00') })
      .act({ action: 'pass_review', at: at('2025-03-26') }, 'reviewer-r')
      .act({ action: 'decide', at: at('2025-03-27') }, 'leader-l')
      .act({ action: 'serve', party: 'co', method: '直接送达', at: at('2025-03-27', '11:00') })
      .act({ action: 'serve', party: 'mgr', method: '直接送达', at: at('2025-03-27', '12:00') })
      .act({ action: 'close', ground: 'no_penalty', at: at('2025-03-28') });
    expect(w.state.stage).toBe('CLOSED');
  });

  it('T2, T3 a lead transferred or refused', () => {
    expect(
      walker(calendar).act({
        action: 'transfer',
        to_unit: '某市公安局网安支队',
        at: at('2025-03-03', '11:00'),
      }).state.stage,
    ).toBe('TRANSFERRED_OUT');
    expect(codeOf(walker(calendar).attempt({ action: 'refuse', at: at('2025-03-03', '11:00') }))).toBe(
      'INVALID_PAYLOAD',
    );
  });
});

describe('T13 again: a new notice when the proposal changes after the notice (DEFENCE → NOTICE)', () => {
  const defended = () =>
    noticed().act({ action: 'record_statement', party: 'co', statement: '已开始整改', at: at('2025-03-26') });
  const heavier = {
    ...PROPOSAL,
    sanctions: [
      { party: 'co', kind: 'fine', amount_yuan: 80000, days: null },
      { party: 'mgr', kind: 'fine', amount_yuan: 10000, days: null },
    ],
  };

  it('the new notice states its reason (INVALID_PAYLOAD naming reason)', () => {
    const out = defended().attempt({ action: 'propose_penalty', at: at('2025-03-27'), ...heavier });
    expect(out.ok ? null : out.refusal.details).toMatchObject({ field: 'reason' });
  });

  it('程序规定 第一百六十九条 「公安机关不得因违法嫌疑人申辩而加重处罚」: heavier only on evidence gathered after the notice (HEAVIER_WITHOUT_NEW_EVIDENCE)', () => {
    const renotice = { action: 'propose_penalty' as const, reason: '查明新的违法事实', ...heavier };
    expect(codeOf(defended().attempt({ ...renotice, at: at('2025-03-27') }))).toBe(
      'HEAVIER_WITHOUT_NEW_EVIDENCE',
    );
    const w = defended()
      .act({
        action: 'add_evidence',
        kind: '电子数据',
        description: '复核发现日志被删除',
        at: at('2025-03-27'),
      })
      .act({ ...renotice, at: at('2025-03-28') });
    expect(w.state.stage).toBe('NOTICE');
    expect(w.state.parties.map((p) => [p.id, p.heard, p.hearing])).toEqual([
      ['co', false, 'eligible'],
      ['mgr', false, 'eligible'],
    ]);
    const window = proceedingDeadlines(w.state, calendar, at('2025-03-28', '11:00')).find(
      (d) => d.timer === 'hearing_request_window' && d.party === 'co',
    )!;
    expect(window.started_at).toBe(at('2025-03-28'));
  });

  it('行政处罚法 第四十五条第二款: the decision is measured against the last notice', () => {
    const w = defended()
      .act({
        action: 'add_evidence',
        kind: '电子数据',
        description: '复核发现日志被删除',
        at: at('2025-03-27'),
      })
      .act({ action: 'propose_penalty', reason: '查明新的违法事实', ...heavier, at: at('2025-03-28') })
      .act({ action: 'waive_hearing', party: 'co', at: at('2025-03-28', '11:00') })
      .act({ action: 'waive_hearing', party: 'mgr', at: at('2025-03-28', '11:30') })
      .act({ action: 'proceed_to_review', at: at('2025-03-28', '12:00') })
      .act({ action: 'pass_review', at: at('2025-03-31') }, 'reviewer-r');
    expect(codeOf(w.attempt({ action: 'decide', at: at('2025-04-01') }, 'leader-l'))).toBe('OK');
    expect(
      w.act({ action: 'decide', at: at('2025-04-01') }, 'leader-l').state.decision?.sanctions[0],
    ).toMatchObject({
      amount_yuan: 80000,
    });
  });

  it('a change that is not heavier (another basis, the same penalty) needs only its reason', () => {
    const out = defended().attempt({
      action: 'propose_penalty',
      reason: '更正法律依据',
      ...PROPOSAL,
      at: at('2025-03-27'),
    });
    expect(codeOf(out)).toBe('OK');
  });
});
