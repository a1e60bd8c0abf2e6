import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../law-data/calendar.js';
import { computeDeadlines, type Deadline, type ProceedingFacts } from './deadlines.js';
import type { EventType, ProceedingEvent } from './events.js';
import type { AgencyKind, CaseKind } from './timer-model.js';

const calendar = loadCalendar();

const ev = (type: EventType, at: string, extra: Partial<ProceedingEvent> = {}): ProceedingEvent => ({
  type,
  at: at.includes('T') ? at : `${at}T10:00:00+08:00`,
  ...extra,
});
const facts = (
  agency: AgencyKind = 'police',
  caseKind: CaseKind = 'OTHER_ADMIN',
  more: Partial<ProceedingFacts> = {},
) => ({
  agency,
  caseKind,
  parties: ['p1'],
  ...more,
});
const run = (events: ProceedingEvent[], f: ProceedingFacts, now: string) =>
  computeDeadlines(events, f, { calendar, now: now.includes('T') ? now : `${now}T10:00:00+08:00` });
const one = (list: Deadline[], timer: string, party: string | null = null) => {
  const found = list.filter((d) => d.timer === timer && (party === null || d.party === party));
  expect(found, timer).toHaveLength(1);
  return found[0]!;
};

interface Row {
  timer: string;
  article: string;
  f?: ProceedingFacts;
  events: ProceedingEvent[];
  now: string;
  due: string;
  status: Deadline['status'];
}

// 2025-03-03 is a Monday; March 2025 has no official holiday.
const rows: Row[] = [
  {
    timer: 'transfer_out',
    article: '程序规定 第六十一条第（二）项 二十四小时内移送',
    events: [ev('receive', '2025-03-03T09:00:00+08:00')],
    now: '2025-03-04T10:00:00+08:00',
    due: '2025-03-04T01:00:00.000Z',
    status: 'overdue',
  },
  {
    timer: 'recusal_decision',
    article: '程序规定 第二十一条 二日内作出决定',
    events: [ev('apply_recusal', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-03-05',
    status: 'due_soon',
  },
  {
    timer: 'summons_questioning',
    article: '程序规定 第六十九条 询问查证的时间不得超过八小时',
    events: [ev('summons_arrival', '2025-03-03T09:00:00+08:00')],
    now: '2025-03-03T12:00:00+08:00',
    due: '2025-03-03T09:00:00.000Z',
    status: 'pending',
  },
  {
    timer: 'continued_questioning',
    article: '程序规定 第五十七条第二款 继续盘问…可以延长至四十八小时',
    events: [
      ev('continued_questioning_started', '2025-03-03T09:00:00+08:00', {
        payload: { grade: 'identity_refused' },
      }),
    ],
    now: '2025-03-03T12:00:00+08:00',
    due: '2025-03-05T01:00:00.000Z',
    status: 'pending',
  },
  {
    timer: 'appraisal_copy',
    article: '程序规定 第九十七条第二款 收到鉴定意见之日起五日内',
    events: [ev('appraisal_opinion_received', '2025-03-03'), ev('appraisal_copy_served', '2025-03-07')],
    now: '2025-03-20',
    due: '2025-03-10',
    status: 'met',
  },
  {
    timer: 'reappraisal_request',
    article: '程序规定 第九十七条第四款 三日内提出重新鉴定的申请',
    events: [ev('appraisal_copy_served', '2025-03-03', { party: 'p1' })],
    now: '2025-03-10',
    due: '2025-03-06',
    status: 'lapsed',
  },
  {
    timer: 'reappraisal_refusal_notice',
    article: '程序规定 第九十八条第二款 三日以内书面通知申请人',
    events: [ev('reappraisal_refused', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-03-06',
    status: 'due_soon',
  },
  {
    timer: 'preservation_decision',
    article: '程序规定 第一百一十条 七日内作出处理决定 (Saturday 03-15 → Monday)',
    events: [ev('preservation', '2025-03-08')],
    now: '2025-03-09',
    due: '2025-03-17',
    status: 'pending',
  },
  {
    timer: 'preservation_decision',
    article: '行政处罚法 第五十六条、第八十五条 七日 = 七个工作日',
    f: facts('other'),
    events: [ev('preservation', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-03-12',
    status: 'pending',
  },
  {
    timer: 'seizure',
    article: '程序规定 第一百一十二条 扣押期限为三十日',
    events: [ev('seizure', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-04-02',
    status: 'pending',
  },
  {
    timer: 'property_handover',
    article: '程序规定 第一百九十条 二十四小时内将财物移交',
    events: [
      ev('seizure', '2025-03-03T09:00:00+08:00'),
      ev('property_handed_over', '2025-03-04T11:00:00+08:00'),
    ],
    now: '2025-03-05',
    due: '2025-03-04T01:00:00.000Z',
    status: 'met',
  },
  {
    timer: 'on_the_spot_filing',
    article: '程序规定 第三十九条第二款 二十四小时内…备案',
    events: [ev('on_the_spot', '2025-03-03T09:00:00+08:00')],
    now: '2025-03-03T10:00:00+08:00',
    due: '2025-03-04T01:00:00.000Z',
    status: 'pending',
  },
  {
    timer: 'on_the_spot_filing',
    article: '治安管理处罚法(2025) 第一百二十条第四款 二十四小时以内报所属公安机关备案',
    f: facts('police', 'ZHIAN'),
    events: [ev('on_the_spot', '2026-03-03T09:00:00+08:00')],
    now: '2026-03-04T08:00:00+08:00',
    due: '2026-03-04T01:00:00.000Z',
    status: 'due_soon',
  },
  {
    timer: 'quick_decision',
    article: '程序规定 第四十七条 到案后四十八小时内',
    events: [
      ev('start_quick', '2025-03-03T12:00:00+08:00', {
        payload: { arrived_at: '2025-03-03T08:00:00+08:00' },
      }),
    ],
    now: '2025-03-03T12:00:00+08:00',
    due: '2025-03-05T00:00:00.000Z',
    status: 'pending',
  },
  {
    timer: 'absconder_notice',
    article: '程序规定 第一百六十八条 自公告之日起七日内',
    events: [ev('absconder_notice_announced', '2025-03-03')],
    now: '2025-03-11',
    due: '2025-03-10',
    status: 'met',
  },
  {
    timer: 'hearing_request_window',
    article: '行政处罚法 第六十四条第（一）项、第八十五条 告知后五个工作日',
    events: [ev('propose_penalty', '2025-03-07', { payload: { hearing_eligible: ['p1'] } })],
    now: '2025-03-10',
    due: '2025-03-14',
    status: 'pending',
  },
  {
    timer: 'hearing_acceptance',
    article: '程序规定 第一百三十五条 二日内决定是否受理',
    events: [ev('request_hearing', '2025-03-03', { party: 'p1' })],
    now: '2025-03-06',
    due: '2025-03-05',
    status: 'overdue',
  },
  {
    timer: 'hearing_notice_lead',
    article: '行政处罚法 第六十四条第（二）项 举行听证的七日前 (working days)',
    events: [
      ev('accept_hearing', '2025-03-04', {
        party: 'p1',
        payload: { hearing_at: '2025-03-14T09:00:00+08:00' },
      }),
    ],
    now: '2025-03-04',
    due: '2025-03-05',
    status: 'due_soon',
  },
  {
    timer: 'hearing_held',
    article: '程序规定 第一百三十七条 收到听证申请之日起十日内举行',
    events: [ev('request_hearing', '2025-03-03', { party: 'p1' })],
    now: '2025-03-04',
    due: '2025-03-13',
    status: 'pending',
  },
  {
    timer: 'case_time_limit',
    article: '行政处罚法 第六十条 立案之日起九十日内',
    f: facts('other'),
    events: [ev('file', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-06-01',
    status: 'pending',
  },
  {
    timer: 'case_time_limit',
    article: '程序规定 第一百六十五条 治安案件自受理之日起三十日 (Saturday → Monday)',
    f: facts('police', 'ZHIAN'),
    events: [ev('register', '2025-03-01')],
    now: '2025-03-04',
    due: '2025-03-31',
    status: 'pending',
  },
  {
    timer: 'case_time_limit',
    article: '治安管理处罚法(2025) 第一百一十八条 自立案之日起三十日',
    f: facts('police', 'ZHIAN'),
    events: [ev('register', '2026-03-02'), ev('file', '2026-03-03')],
    now: '2026-03-04',
    due: '2026-04-02',
    status: 'pending',
  },
  {
    timer: 'service',
    article: '行政处罚法 第六十一条 七日内送达 (working days)',
    f: facts('other'),
    events: [ev('decide', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-03-12',
    status: 'pending',
  },
  {
    timer: 'service',
    article: '程序规定 第三十六条 作出决定的七日内',
    events: [ev('decide', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-03-10',
    status: 'pending',
  },
  {
    timer: 'service',
    article: '治安管理处罚法(2025) 第一百一十六条 二日以内送达',
    f: facts('police', 'ZHIAN'),
    events: [ev('decide', '2026-03-03')],
    now: '2026-03-06',
    due: '2026-03-05',
    status: 'overdue',
  },
  {
    timer: 'victim_copy',
    article: '程序规定 第一百七十二条 二日内将决定书复印件送达被侵害人',
    f: facts('police', 'ZHIAN', { flags: { has_victim: true } }),
    events: [ev('decide', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-03-05',
    status: 'due_soon',
  },
  {
    timer: 'public_notice_service',
    article: '程序规定 第三十六条第四款 公告期限不得少于六十日',
    events: [ev('service_by_public_notice', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-05-06',
    status: 'pending',
  },
  {
    timer: 'fine_payment',
    article: '行政处罚法 第六十七条第三款 收到决定书之日起十五日内',
    f: facts('other'),
    events: [ev('serve', '2025-03-03', { party: 'p1' })],
    now: '2025-03-19',
    due: '2025-03-18',
    status: 'overdue',
  },
  {
    timer: 'cash_to_organ',
    article: '行政处罚法 第七十一条 二日内交至行政机关 (working days)',
    f: facts('other'),
    events: [ev('cash_collected', '2025-03-07')],
    now: '2025-03-08',
    due: '2025-03-11',
    status: 'pending',
  },
  {
    timer: 'cash_to_organ',
    article: '程序规定 第二百一十六条 自返回之日起二日内',
    events: [ev('cash_collected', '2025-03-03', { payload: { returned_at: '2025-03-05T20:00:00+08:00' } })],
    now: '2025-03-06',
    due: '2025-03-07',
    status: 'due_soon',
  },
  {
    timer: 'cash_to_bank',
    article: '程序规定 第二百一十六条第二款 收到罚款之日起二日内',
    events: [ev('cash_handed_over', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-03-05',
    status: 'due_soon',
  },
  {
    timer: 'court_after_demand',
    article: '程序规定 第二百零七条 催告书送达十日后',
    events: [ev('serve_demand', '2025-03-03', { party: 'p1' })],
    now: '2025-03-04',
    due: '2025-03-13',
    status: 'pending',
  },
  {
    timer: 'surcharge_over_30_days',
    article: '程序规定 第二百一十九条 加处罚款超过三十日',
    events: [ev('mark_fine_overdue', '2025-03-03', { party: 'p1' })],
    now: '2025-04-03',
    due: '2025-04-02',
    status: 'met',
  },
  {
    timer: 'court_filing_window',
    article: '程序规定 第二百零六条 期限届满之日起三个月内',
    events: [ev('serve', '2025-03-03', { party: 'p1' })],
    now: '2025-03-04',
    due: '2025-12-03',
    status: 'pending',
  },
  {
    timer: 'court_refusal_objection',
    article: '程序规定 第二百零九条 十五日内向上一级人民法院申请复议',
    events: [ev('court_refused', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-03-18',
    status: 'pending',
  },
  {
    timer: 'enforcement_abandoned',
    article: '程序规定 第二百一十条第二款 中止执行满三年',
    events: [ev('suspend_enforcement', '2025-03-03', { party: 'p1' })],
    now: '2025-03-04',
    due: '2028-03-03',
    status: 'pending',
  },
  {
    timer: 'detention_deferral_decision',
    article: '程序规定 第二百二十三条 二十四小时内作出决定',
    events: [ev('detention_deferral_applied', '2025-03-03T09:00:00+08:00', { party: 'p1' })],
    now: '2025-03-04T10:00:00+08:00',
    due: '2025-03-04T01:00:00.000Z',
    status: 'overdue',
  },
  {
    timer: 'deferred_change_report',
    article: '程序规定 第二百二十六条第（二）项 二十四小时以内向决定机关报告',
    events: [ev('deferred_person_changed', '2025-03-03T09:00:00+08:00', { party: 'p1' })],
    now: '2025-03-03T10:00:00+08:00',
    due: '2025-03-04T01:00:00.000Z',
    status: 'pending',
  },
  {
    timer: 'deposit_banked',
    article: '程序规定 第二百三十一条 收到保证金后的三日内存入',
    events: [ev('deposit_received_out_of_hours', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-03-06',
    status: 'due_soon',
  },
  {
    timer: 'foreign_detainee_report',
    article: '程序规定 第二百五十四条 四十八小时内',
    f: facts('police', 'OTHER_ADMIN', { flags: { foreign_detainee: true } }),
    events: [ev('decide', '2025-03-03T09:00:00+08:00')],
    now: '2025-03-03T10:00:00+08:00',
    due: '2025-03-05T01:00:00.000Z',
    status: 'pending',
  },
  {
    timer: 'publication_withdrawal',
    article: '行政处罚法 第四十八条第二款、第八十五条 三日内撤回 (working days)',
    f: facts('other'),
    events: [ev('published_decision_changed', '2025-03-07')],
    now: '2025-03-08',
    due: '2025-03-12',
    status: 'pending',
  },
  {
    timer: 'unclaimed_property',
    article: '程序规定 第一百九十七条 六个月内无人认领',
    events: [ev('unclaimed_property_notice', '2025-03-03')],
    now: '2025-03-04',
    due: '2025-09-03',
    status: 'pending',
  },
];

describe('every timer of procedure.md §5', () => {
  it.each(rows.map((r) => [r.timer, r.article, r] as const))('%s — %s', (_t, _a, r) => {
    const d = one(run(r.events, r.f ?? facts(), r.now), r.timer);
    if (r.due.includes('T')) expect(d.due_at).toBe(r.due);
    else expect(d.due_date).toBe(r.due);
    expect(d.status).toBe(r.status);
    expect(d.basis.length).toBeGreaterThan(0);
  });

  it('covers every timer id of the catalogue', async () => {
    const { TIMERS } = await import('./timers/index.js');
    expect(new Set(rows.map((r) => r.timer))).toEqual(new Set(TIMERS.map((t) => t.id)));
  });
});

describe('counting rules inside the engine', () => {
  // 行政处罚法 第四十八条第二款 「…行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。」 (第八十五条: working days)
  it('withdrawal: three working days from the day the decision was changed, per party, met by its withdrawal', () => {
    const changed = ev('published_decision_changed', '2025-03-10', {
      party: 'p1',
      payload: { changed_on: '2025-03-07' },
    });
    const open = one(run([changed], facts('other'), '2025-03-11'), 'publication_withdrawal', 'p1');
    expect([open.due_date, open.status]).toEqual(['2025-03-12', 'due_soon']);
    expect(run([changed], facts('other'), '2025-03-11').filter((d) => d.party === 'p2')).toEqual([]);
    const other = ev('publication_withdrawn', '2025-03-11', { party: 'p2' });
    expect(one(run([changed, other], facts('other'), '2025-03-13'), 'publication_withdrawal').status).toBe(
      'overdue',
    );
    const done = ev('publication_withdrawn', '2025-03-13', { party: 'p1' });
    const met = one(run([changed, done], facts('other'), '2025-03-14'), 'publication_withdrawal');
    expect([met.status, met.late]).toEqual(['met', true]);
  });

  it('程序规定 第三十五条 但书: a liberty-restricting period is not extended past a day off', () => {
    const d = one(
      run([ev('summons_arrival', '2025-10-01T09:00:00+08:00')], facts(), '2025-10-01T10:00:00+08:00'),
      'summons_questioning',
    );
    expect(d.due_at).toBe('2025-10-01T09:00:00.000Z');
  });

  it('a non-police agency gets no roll-over: 行政处罚法 has no 节假日 rule for 十五日', () => {
    const d = one(
      run([ev('serve', '2025-09-23', { party: 'p1' })], facts('other'), '2025-09-24'),
      'fine_payment',
    );
    expect(d.due_date).toBe('2025-10-08');
  });

  it('a police case rolls the 15 days past 国庆 (程序规定 第三十五条)', () => {
    const d = one(run([ev('serve', '2025-09-23', { party: 'p1' })], facts(), '2025-09-24'), 'fine_payment');
    expect(d.due_date).toBe('2025-10-09');
  });

  it('治安 2025 第一百一十八条: extension by 30 days at most twice', () => {
    const events = [
      ev('file', '2026-03-02'),
      ev('extend_time_limit', '2026-03-20'),
      ev('extend_time_limit', '2026-04-20'),
      ev('extend_time_limit', '2026-05-20'),
    ];
    const d = one(run(events, facts('police', 'ZHIAN'), '2026-05-21'), 'case_time_limit');
    expect(d.extensions).toBe(2);
    expect(d.due_date).toBe('2026-06-01'); // 03-02 + 90 days = 05-31, a Sunday → Monday
  });

  it('程序规定 第一百六十五条 (2012 law): one extension only', () => {
    const events = [
      ev('register', '2025-03-03'),
      ev('extend_time_limit', '2025-03-20'),
      ev('extend_time_limit', '2025-04-20'),
    ];
    expect(one(run(events, facts('police', 'ZHIAN'), '2025-04-21'), 'case_time_limit').extensions).toBe(1);
  });

  it('「鉴定的期间、听证的期间，不计入」: the limit is suspended during a hearing and moves by its days', () => {
    const events = [
      ev('file', '2026-03-02'),
      ev('request_hearing', '2026-03-10', { party: 'p1' }),
      ev('close_hearing', '2026-03-20', { party: 'p1' }),
      ev('start_appraisal', '2026-03-25'),
    ];
    const during = one(run(events.slice(0, 2), facts('police', 'ZHIAN'), '2026-03-12'), 'case_time_limit');
    expect(during.status).toBe('suspended');
    const d = one(run(events.slice(0, 3), facts('police', 'ZHIAN'), '2026-03-21'), 'case_time_limit');
    expect(d.excluded).toHaveLength(1);
    expect(d.due_date).toBe('2026-04-13'); // 04-01 + 10 days = 04-11 (Saturday) → Monday 04-13
    expect(one(run(events, facts('police', 'ZHIAN'), '2026-03-26'), 'case_time_limit').status).toBe(
      'suspended',
    );
  });

  it('行政处罚法 第六十条 has no exclusion: a hearing does not move the 90 days', () => {
    const events = [ev('file', '2025-03-03'), ev('request_hearing', '2025-03-10', { party: 'p1' })];
    const d = one(run(events, facts('other'), '2025-03-12'), 'case_time_limit');
    expect([d.status, d.due_date]).toEqual(['pending', '2025-06-01']);
  });

  it('a case received in 2025 and filed in 2026 runs under the newer law (程序从新, Flag P9)', () => {
    const events = [ev('register', '2025-12-29'), ev('file', '2026-01-05')];
    const d = one(run(events, facts('police', 'ZHIAN'), '2026-01-06'), 'case_time_limit');
    expect(d.basis[0]).toContain('治安管理处罚法 第一百一十八条');
  });

  it('行政处罚法 第六十六条第二款: an approved deferral replaces the payment day; the court window counts from its end (第七十二条第二款)', () => {
    const events = [
      ev('serve', '2025-03-03', { party: 'p1' }),
      ev('defer_payment', '2025-03-10', { party: 'p1', payload: { until: '2025-06-30' } }),
    ];
    const list = run(events, facts(), '2025-03-11');
    expect(one(list, 'fine_payment').due_date).toBe('2025-06-30');
    expect(one(list, 'court_filing_window').due_date).toBe('2025-09-30');
  });

  it('a partial payment does not meet the payment timer; a settling one does', () => {
    const events = [
      ev('serve', '2025-03-03', { party: 'p1' }),
      ev('record_payment', '2025-03-05', { party: 'p1', payload: { partial: true } }),
    ];
    expect(one(run(events, facts(), '2025-03-06'), 'fine_payment').status).toBe('pending');
    events.push(ev('record_payment', '2025-03-20', { party: 'p1' }));
    const d = one(run(events, facts(), '2025-03-21'), 'fine_payment');
    expect([d.status, d.late, d.met_at]).toEqual(['met', true, '2025-03-20T10:00:00+08:00']);
  });

  it('per party: the hearing window runs for each party entitled to a hearing, and a request meets only its own', () => {
    const events = [
      ev('propose_penalty', '2025-03-03', { payload: { hearing_eligible: ['unit', 'manager'] } }),
      ev('request_hearing', '2025-03-04', { party: 'unit' }),
    ];
    const list = run(
      events,
      facts('police', 'OTHER_ADMIN', { parties: ['unit', 'manager', 'clerk'] }),
      '2025-03-05',
    );
    expect(one(list, 'hearing_request_window', 'unit').status).toBe('met');
    expect(one(list, 'hearing_request_window', 'manager').status).toBe('pending');
    expect(list.filter((d) => d.party === 'clerk')).toEqual([]);
  });

  it('a working-day timer past the calendar is provisional (weekends only) and says CALENDAR_NOT_COVERED', () => {
    const d = one(run([ev('decide', '2026-12-29')], facts('other'), '2026-12-30'), 'service');
    expect(d.due_date).toBe('2027-01-07');
    expect(d.provisional).toBe(true);
    expect(d.problem?.code).toBe('CALENDAR_NOT_COVERED');
    const inside = one(run([ev('decide', '2026-03-03')], facts('other'), '2026-03-04'), 'service');
    expect(inside.provisional).toBeUndefined();
  });

  it('程序规定 第二百零六条 「自期限届满之日起三个月内」: a window opened after a period in a year not loaded is provisional, not an error', () => {
    const d = one(
      run([ev('serve', '2021-05-10', { party: 'p1' })], facts(), '2021-05-11'),
      'court_filing_window',
      'p1',
    );
    expect(d.started_at.slice(0, 10)).toBe('2021-11-10');
    expect(d.provisional).toBe(true);
    expect(d.problem?.code).toBe('CALENDAR_NOT_COVERED');
  });

  it('a window opening after a period that ends past the calendar is provisional, not an error (程序规定 第二百零六条 「作出行政处理决定的公安机关可以自期限届满之日起三个月内，向所在地有管辖权的人民法院申请强制执行」)', () => {
    // served in December 2026: the six months for 行政诉讼 end in 2027, whose calendar is not loaded
    const list = run(
      [ev('decide', '2026-12-04'), ev('serve', '2026-12-05', { party: 'p1' })],
      facts(),
      '2026-12-05',
    );
    const d = one(list, 'court_filing_window', 'p1');
    expect(d.provisional).toBe(true);
    expect(d.problem?.code).toBe('CALENDAR_NOT_COVERED');
  });

  it('timers of another agency, case kind or flag do not start', () => {
    const list = run([ev('decide', '2025-03-03')], facts('police', 'ZHIAN'), '2025-03-04');
    expect(list.map((d) => d.timer).sort()).toEqual(['service']);
  });
});
