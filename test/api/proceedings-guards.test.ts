/**
 * Each guard of the case-handling core that HTTP can reach: the refusal is a 409 whose code names the guard
 * (with its message and details), and nothing is saved. Bad payloads are 400s naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, type Harness, type Who } from './harness.js';
import { act, at, NEW_CASE, openCase, PROPOSAL, walkedTo } from './proceedings.walk.js';

interface GuardCase {
  code: string;
  /** Why the core refuses (the statute sentence the guard implements). */
  why: string;
  /** Steps of the walk to take first, and the case to open. */
  steps: number;
  open?: object;
  who: Exclude<Who, 'anonymous'>;
  body: (h: Harness) => Record<string, unknown>;
}

const GUARDS: GuardCase[] = [
  {
    code: 'WRONG_STAGE',
    why: 'procedure.md §4: 调查终结 only from INVESTIGATING',
    steps: 0,
    who: 'officer',
    body: () => ({ action: 'conclude' }),
  },
  {
    code: 'AT_BEFORE_PREVIOUS',
    why: 'issue 8: `at` never before the previous event',
    steps: 2,
    who: 'officer',
    body: (h) => ({
      action: 'start_investigation',
      at: at('2025-03-01'),
      officers: [h.userIds.officer, h.userIds.officer2],
    }),
  },
  {
    code: 'TOO_FEW_OFFICERS',
    why: '行政处罚法 第四十二条 「执法人员不得少于两人」',
    steps: 2,
    who: 'officer',
    body: (h) => ({
      action: 'start_investigation',
      at: at('2025-03-04', '11:00'),
      officers: [h.userIds.officer],
    }),
  },
  {
    code: 'SAME_PERSON',
    why: '行政处罚法 第六十四条第（四）项 「听证由行政机关指定的非本案调查人员主持」',
    steps: 11,
    who: 'reviewer',
    body: (h) => ({
      action: 'accept_hearing',
      party: 'co',
      hearing_at: at('2025-04-09', '09:00'),
      presider: h.userIds.officer,
      at: at('2025-03-28'),
    }),
  },
  {
    code: 'NOT_CASE_OFFICER',
    why: '行政处罚法 第四十二条 「行政处罚应当由具有行政执法资格的执法人员实施。」: evidence by the officers of the case',
    steps: 3,
    who: 'admin',
    body: () => ({ action: 'add_evidence', at: at('2025-03-05'), kind: '书证', description: '营业执照' }),
  },
  {
    code: 'NO_EVIDENCE',
    why: '行政处罚法 第四十条 「违法事实不清、证据不足的，不得给予行政处罚。」',
    steps: 3,
    who: 'officer',
    body: () => ({ action: 'conclude', at: at('2025-03-24') }),
  },
  {
    code: 'UNLAWFUL_PENALTY',
    why: '网络安全法 第五十九条第一款 「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」: 20 万 is above it',
    steps: 7,
    who: 'officer',
    body: () => ({
      action: 'propose_penalty',
      at: at('2025-03-25'),
      ...PROPOSAL,
      sanctions: [{ party: 'co', kind: 'fine', amount_yuan: 200000, days: null }],
    }),
  },
  {
    code: 'CONDITIONS_NOT_ESTABLISHED',
    why: '网络安全法 第五十九条第一款 「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」, neither established',
    steps: 7,
    who: 'officer',
    body: () => ({ action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL, established_facts: [] }),
  },
  {
    code: 'HEARING_WINDOW_OPEN',
    why: '行政处罚法 第六十四条第（一）项 「当事人要求听证的，应当在行政机关告知后五日内提出」',
    steps: 8,
    who: 'officer',
    body: () => ({ action: 'proceed_to_review', at: at('2025-03-26', '12:00') }),
  },
  {
    code: 'HEARING_WINDOW_CLOSED',
    why: '行政处罚法 第六十四条第（一）项 「当事人要求听证的，应当在行政机关告知后五日内提出」: a week later',
    steps: 8,
    who: 'officer',
    body: () => ({ action: 'request_hearing', party: 'co', at: at('2025-04-07') }),
  },
  {
    code: 'NOT_HEARING_ELIGIBLE',
    why: '行政处罚法 第六十二条 「当事人明确放弃陈述或者申辩权利的除外」: a waived right is not waived twice',
    steps: 10,
    who: 'officer',
    body: () => ({ action: 'waive_hearing', party: 'mgr', at: at('2025-03-27', '12:00') }),
  },
  {
    code: 'HEARING_NOTICE_TOO_SHORT',
    why: '行政处罚法 第六十四条第（二）项 「行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点」',
    steps: 11,
    who: 'reviewer',
    body: (h) => ({
      action: 'accept_hearing',
      party: 'co',
      hearing_at: at('2025-03-31', '09:00'),
      presider: h.userIds.reviewer,
      at: at('2025-03-28'),
    }),
  },
  {
    code: 'HEARING_DEEMED_ACCEPTED',
    why: '程序规定 第一百三十五条 「公安机关收到听证申请后，应当在二日内决定是否受理。」「逾期不通知听证申请人的，视为受理。」',
    steps: 11,
    who: 'reviewer',
    body: () => ({ action: 'refuse_hearing', party: 'co', reason: '不符合条件', at: at('2025-04-03') }),
  },
  {
    code: 'REVIEWER_NOT_QUALIFIED',
    why: '行政处罚法 第五十八条第二款 「行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格。」',
    steps: 14,
    who: 'reviewer',
    body: () => ({ action: 'pass_review', at: at('2025-04-10'), first_time: true, qualified: false }),
  },
  {
    code: 'HEAVIER_THAN_NOTIFIED',
    why: '行政处罚法 第四十五条第二款 「行政机关不得因当事人陈述、申辩而给予更重的处罚。」',
    steps: 15,
    who: 'leader',
    body: () => ({
      action: 'decide',
      at: at('2025-04-11'),
      ...PROPOSAL,
      sanctions: [{ party: 'co', kind: 'fine', amount_yuan: 60000, days: null }],
    }),
  },
  {
    code: 'TIME_LIMIT_EXCEEDED',
    why: '行政处罚法 第六十条 「行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。」',
    steps: 15,
    who: 'leader',
    body: () => ({ action: 'decide', at: at('2025-07-15') }),
  },
  {
    code: 'NOT_COMPETENT',
    why: '行政处罚法 第二十三条 「行政处罚由县级以上地方人民政府具有行政处罚权的行政机关管辖。」: a 派出所 decides no such fine',
    steps: 15,
    open: { ...NEW_CASE, agency: { name: '某县公安局', kind: 'police', level: 'station' } },
    who: 'leader',
    body: () => ({ action: 'decide', at: at('2025-04-11') }),
  },
  {
    code: 'PAYMENT_PERIOD_RUNNING',
    why: '行政处罚法 第七十二条第一款第（一）项 「到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款」: not yet due',
    steps: 18,
    who: 'officer',
    body: () => ({ action: 'mark_fine_overdue', party: 'co', at: at('2025-04-12') }),
  },
  {
    code: 'PARTIES_NOT_CLOSED',
    why: '程序规定 第二百五十八条 「行政案件具有下列情形之一的，应当予以结案」: one party has not paid',
    steps: 18,
    who: 'officer',
    body: () => ({ action: 'close', ground: 'executed', at: at('2025-04-22') }),
  },
  {
    code: 'QUICK_EXCLUDED',
    why: '程序规定 第四十二条 「快速办理行政案件前，公安机关应当书面告知违法嫌疑人快速办理的相关规定，征得其同意」',
    steps: 3,
    who: 'officer',
    body: () => ({
      action: 'start_quick',
      at: at('2025-03-05'),
      arrived_at: at('2025-03-05', '09:00'),
      consent_signed: false,
    }),
  },
  {
    code: 'LIMITATION_EXPIRED',
    why: '行政处罚法 第三十六条第一款 「违法行为在二年内未被发现的，不再给予行政处罚」',
    steps: 1,
    open: { ...NEW_CASE, violation: { start: '2021-01-10', end: '2021-03-01', continuing: false } },
    who: 'officer',
    body: () => ({ action: 'file', at: at('2025-03-04') }),
  },
  {
    code: 'ON_THE_SPOT_LIMIT',
    why: '行政处罚法 第五十一条 「违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。」',
    steps: 0,
    open: { ...NEW_CASE, parties: [{ id: 'p', kind: 'individual', name: '李某' }] },
    who: 'officer',
    body: (h) => ({
      action: 'on_the_spot',
      at: at('2025-03-03', '10:00'),
      officers: [h.userIds.officer],
      ...PROPOSAL,
      established_facts: [],
      sanctions: [{ party: 'p', kind: 'fine', amount_yuan: 5000, days: null }],
    }),
  },
];

describe.each(testEngines())('guards through HTTP on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { caseHandling: true });
  });
  afterAll(async () => h?.close());

  for (const g of GUARDS) {
    it(`${g.code} → 409 (${g.why})`, async () => {
      const id = await walkedTo(h, g.steps, g.open);
      const before = (await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}` })).json();
      const res = await act(h, g.who, id, g.body(h));
      expect(res.statusCode, res.body).toBe(409);
      const { error } = res.json();
      expect(error.code).toBe(g.code);
      expect(error.message).not.toBe('');
      expect(typeof error.details).toBe('object');
      const after = (await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}` })).json();
      expect([after.version, after.stage, after.history.length]).toEqual([
        before.version,
        before.stage,
        before.history.length,
      ]);
    });
  }

  it('an unlawful penalty is refused with the check’s findings', async () => {
    const id = await walkedTo(h, 7);
    const res = await act(h, 'officer', id, {
      action: 'propose_penalty',
      at: at('2025-03-25'),
      ...PROPOSAL,
      sanctions: [{ party: 'co', kind: 'fine', amount_yuan: 200000, days: null }],
    });
    expect(res.json().error.details.findings.length).toBeGreaterThan(0);
  });

  describe('bad payloads are 400 naming the field', () => {
    const cases: [string, number, Exclude<Who, 'anonymous'>, (h: Harness) => object, string][] = [
      ['no action', 0, 'officer', () => ({ at: at('2025-03-03') }), 'action'],
      ['an unknown action', 0, 'officer', () => ({ action: 'fly' }), 'action'],
      ['`at` not a time', 0, 'officer', () => ({ action: 'register', at: 'yesterday' }), 'at'],
      [
        '`at` in the future',
        0,
        'officer',
        () => ({ action: 'register', at: '2999-01-01T00:00:00+08:00' }),
        'at',
      ],
      [
        'an officer who is no account',
        2,
        'officer',
        (h) => ({ action: 'start_investigation', officers: [h.userIds.officer, 99999] }),
        'officers.1',
      ],
      [
        'a reviewer named as investigator',
        2,
        'officer',
        (h) => ({ action: 'start_investigation', officers: [h.userIds.officer, h.userIds.reviewer] }),
        'officers.1',
      ],
      [
        'evidence without a description',
        3,
        'officer',
        () => ({ action: 'add_evidence', at: at('2025-03-05'), kind: '书证' }),
        'description',
      ],
      [
        'a sanction of an unknown kind',
        7,
        'officer',
        () => ({
          action: 'propose_penalty',
          at: at('2025-03-25'),
          ...PROPOSAL,
          sanctions: [{ party: 'co', kind: 'flogging', amount_yuan: null, days: null }],
        }),
        'sanctions.0.kind',
      ],
      [
        'a proposal without conduct_date',
        7,
        'officer',
        () => ({ action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL, conduct_date: undefined }),
        'conduct_date',
      ],
      [
        'a statement of an unknown party',
        8,
        'officer',
        () => ({ action: 'record_statement', party: 'nobody', statement: '无', at: at('2025-03-26') }),
        'party',
      ],
      [
        'a payment of no amount',
        18,
        'officer',
        () => ({ action: 'record_payment', party: 'co', amount_yuan: -5, at: at('2025-04-20') }),
        'amount_yuan',
      ],
      [
        'evidence naming a file of no proceeding',
        3,
        'officer',
        () => ({
          action: 'add_evidence',
          at: at('2025-03-05'),
          kind: '书证',
          description: '照片',
          file_ids: [424242],
        }),
        'file_ids.0',
      ],
    ];
    for (const [name, steps, who, body, field] of cases) {
      it(`${name} → 400 field ${field}`, async () => {
        const id = await walkedTo(h, steps);
        const res = await act(h, who, id, body(h));
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error.details.field).toBe(field);
      });
    }
  });

  it('opening a proceeding: a bad body is 400 naming the field', async () => {
    const bad: [object, string][] = [
      [{ ...NEW_CASE, title: '' }, 'title'],
      [{ ...NEW_CASE, received_at: '2025-03-03' }, 'received_at'],
      [{ ...NEW_CASE, received_at: '2999-01-01T00:00:00+08:00' }, 'received_at'],
      [{ ...NEW_CASE, parties: [{ kind: 'robot', name: 'x' }] }, 'parties.0.kind'],
    ];
    for (const [body, field] of bad) {
      const res = await h.as('officer', { method: 'POST', url: '/api/proceedings', payload: body });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details.field).toBe(field);
    }
  });

  it('an unknown proceeding is 404', async () => {
    expect((await act(h, 'officer', 999999, { action: 'register' })).statusCode).toBe(404);
    expect((await h.as('officer', { method: 'GET', url: '/api/proceedings/999999' })).statusCode).toBe(404);
    await openCase(h);
  });
});
