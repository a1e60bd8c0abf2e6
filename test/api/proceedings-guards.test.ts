/**
 * Each guard of the case-handling core that HTTP can reach: the refusal is a 409 whose code names the guard
 * (with its message and details), and nothing is saved. Bad payloads are 400s naming the field, and nothing is saved.
 * NO_CHECK is not reachable: the server always gives the core the legality check (routes/proceedings.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../src/db/testing/engines.js';
import { createHarness, type Harness, type Who } from './harness.js';
import {
  act,
  at,
  NEW_CASE,
  openCase,
  PROPOSAL,
  take,
  walkedTo,
  walkSteps,
  zhianCase,
  zhianSteps,
  type Step,
} from './proceedings.walk.js';

interface GuardCase {
  code: string;
  /** Why the core refuses (the statute sentence the guard implements). */
  why: string;
  /** Steps of the walk (the seed walk unless `walk`) to take first, the case to open, and steps taken after them. */
  steps: number;
  open?: object;
  walk?: (h: Harness) => Step[];
  then?: (h: Harness) => Step[];
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
  {
    code: 'RECUSED',
    why: '程序规定 第二十四条第二款 「作出回避决定后，公安机关负责人、办案人民警察不得再参与该行政案件的调查和审核、审批工作。」',
    steps: 3,
    then: (h) => [
      [
        'officer',
        {
          action: 'apply_recusal',
          at: at('2025-03-05'),
          person: h.userIds.officer2,
          reason: '与当事人负责人系近亲属',
          applicant: 'party',
        },
      ],
      [
        'leader',
        {
          action: 'decide_recusal',
          at: at('2025-03-06'),
          person: h.userIds.officer2,
          decided_by: '某县公安局',
          granted: true,
        },
      ],
    ],
    who: 'officer2',
    body: () => ({ action: 'add_evidence', at: at('2025-03-07'), kind: '书证', description: '营业执照' }),
  },
  {
    code: 'RECUSAL_PENDING',
    why: '程序规定 第二十四条第一款 「在公安机关作出回避决定前，办案人民警察不得停止对行政案件的调查。」: only the investigation goes on; the challenged reviewer does not review (NOTES.md “回避”)',
    steps: 14,
    then: (h) => [
      [
        'officer',
        {
          action: 'apply_recusal',
          at: at('2025-04-09', '14:00'),
          person: h.userIds.reviewer,
          reason: '审核人员与当事人有利害关系',
          applicant: 'party',
        },
      ],
    ],
    who: 'reviewer',
    body: () => ({ action: 'pass_review', at: at('2025-04-10') }),
  },
  {
    code: 'NOT_PRESIDER',
    why: '程序规定 第一百三十八条 「听证申请人不能按期参加听证的，可以申请延期，是否准许，由听证主持人决定。」',
    steps: 12,
    who: 'admin',
    body: () => ({
      action: 'postpone_hearing',
      party: 'co',
      hearing_at: at('2025-04-16', '09:00'),
      reason: '听证申请人因病不能按期参加',
      at: at('2025-04-01'),
    }),
  },
  {
    code: 'REFUSAL_NOT_ESTABLISHED',
    why: '行政处罚法 第二十八条第一款 「行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。」: 网络安全法 第五十九条第一款 「拒不改正」 with no order to rectify',
    walk: (h) => walkSteps(h).filter(([, b]) => b['action'] !== 'record_event'),
    steps: 5,
    who: 'officer',
    body: () => ({ action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL }),
  },
  {
    code: 'GUARDIAN_NOT_HEARD',
    why: '治安管理处罚法 (2025) 第一百一十二条第三款 「违反治安管理行为人不满十八周岁的，还应当依照前两款的规定告知未成年人的父母或者其他监护人，充分听取其意见。」',
    open: zhianCase('2010-01-01'),
    walk: zhianSteps,
    steps: 5,
    who: 'officer',
    body: (h) => zhianSteps(h)[5]![1],
  },
  {
    code: 'HEAVIER_WITHOUT_NEW_EVIDENCE',
    why: '程序规定 第一百六十九条第二款 「公安机关不得因违法嫌疑人申辩而加重处罚。」: a heavier proposal after the statement, with no evidence gathered since the notice',
    steps: 9,
    who: 'officer',
    body: () => ({
      action: 'propose_penalty',
      at: at('2025-03-26', '12:00'),
      ...PROPOSAL,
      sanctions: [
        { party: 'co', kind: 'warning', amount_yuan: null, days: null },
        { party: 'co', kind: 'fine', amount_yuan: 80000, days: null },
        { party: 'mgr', kind: 'fine', amount_yuan: 10000, days: null },
      ],
      reason: '听取申辩后重新评估',
    }),
  },
  {
    code: 'DEMAND_PERIOD_RUNNING',
    why: '程序规定 第二百零七条 「申请人民法院强制执行前，公安机关应当催告被处理人履行义务，催告书送达十日后被处理人仍未履行义务的，公安机关可以向人民法院申请强制执行。」',
    steps: 18,
    then: overdueAndDemanded,
    who: 'officer',
    body: () => ({ action: 'apply_court_enforcement', party: 'co', at: at('2025-05-02') }),
  },
  {
    code: 'SURCHARGE_UNDER_30_DAYS',
    why: '程序规定 第二百一十九条 「依法加处罚款超过三十日，经催告被处罚人仍不履行的，作出行政处罚决定的公安机关可以按照本规定第二百零六条的规定向所在地有管辖权的人民法院申请强制执行。」',
    steps: 18,
    then: overdueAndDemanded,
    who: 'officer',
    body: () => ({ action: 'apply_court_enforcement', party: 'co', at: at('2025-05-12') }),
  },
  {
    code: 'COURT_WINDOW_CLOSED',
    why: '程序规定 第二百零六条 「…作出行政处理决定的公安机关可以自期限届满之日起三个月内，向所在地有管辖权的人民法院申请强制执行。」: applied after the three months',
    steps: 18,
    then: overdueAndDemanded,
    who: 'officer',
    body: () => ({ action: 'apply_court_enforcement', party: 'co', at: at('2026-02-02') }),
  },
  {
    code: 'NOT_TO_BE_EXECUTED',
    why: '治安管理处罚法 (2025) 第二十三条第一款 「违反治安管理行为人有下列情形之一，依照本法应当给予行政拘留处罚的，不执行行政拘留处罚」 「（三）七十周岁以上的」',
    open: zhianCase('1950-01-01'),
    walk: zhianSteps,
    steps: 10,
    who: 'officer',
    body: () => ({ action: 'execute_detention', party: 'p', at: at('2026-03-02', '19:00') }),
  },
  {
    code: 'NO_NON_EXECUTION_GROUND',
    why: '治安管理处罚法 (2025) 第二十三条第一款 「违反治安管理行为人有下列情形之一，依照本法应当给予行政拘留处罚的，不执行行政拘留处罚」: an adult under seventy, none of them',
    open: zhianCase(),
    walk: zhianSteps,
    steps: 10,
    who: 'officer',
    body: () => ({ action: 'skip_detention', party: 'p', at: at('2026-03-02', '19:00') }),
  },
  {
    code: 'DEFERRAL_CONDITIONS',
    why: '治安管理处罚法 (2025) 第一百二十六条第一款 「被处罚人不服行政拘留处罚决定，申请行政复议、提起行政诉讼的，遇有参加升学考试、子女出生或者近亲属病危、死亡等情形的，可以向公安机关提出暂缓执行行政拘留的申请。」: no such circumstance',
    open: zhianCase(),
    walk: zhianSteps,
    steps: 10,
    who: 'officer',
    body: () => ({
      action: 'defer_detention',
      party: 'p',
      review_or_litigation_filed: true,
      guarantor: '王某某',
      at: at('2026-03-02', '19:00'),
    }),
  },
  {
    code: 'RECORD_SEALED',
    why: '治安管理处罚法 (2025) 第一百三十六条 「违反治安管理的记录应当予以封存，不得向任何单位和个人提供或者公开」',
    open: zhianCase(),
    walk: zhianSteps,
    steps: 10,
    who: 'officer',
    body: () => ({ action: 'publish', at: at('2026-03-03') }),
  },
];

/**
 * After both parties are served (2025-04-11): the company's 15 days to pay (行政处罚法 第六十七条第三款) run out unpaid, and
 * the demand (程序规定 第二百条) is served.
 */
function overdueAndDemanded(): Step[] {
  return [
    ['officer', { action: 'mark_fine_overdue', party: 'co', at: at('2025-04-28') }],
    ['officer', { action: 'serve_demand', party: 'co', at: at('2025-04-29') }],
  ];
}

/** Takes a refused action, checking that the proceeding is as it was (version, stage, history). */
async function actUnsaved(h: Harness, who: Exclude<Who, 'anonymous'>, id: number, body: object) {
  const read = async () => {
    const p = (await h.as('officer', { method: 'GET', url: `/api/proceedings/${id}` })).json();
    return [p.version, p.stage, p.history.length];
  };
  const before = await read();
  const res = await act(h, who, id, body);
  expect(await read()).toEqual(before);
  return res;
}

describe.each(testEngines())('guards through HTTP on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { caseHandling: true });
  });
  afterAll(async () => h?.close());

  for (const g of GUARDS) {
    it(`${g.code} → 409 (${g.why})`, async () => {
      const id = await walkedTo(h, g.steps, g.open, g.walk?.(h));
      if (g.then) await take(h, id, g.then(h));
      const res = await actUnsaved(h, g.who, id, g.body(h));
      expect(res.statusCode, res.body).toBe(409);
      const { error } = res.json();
      expect(error.code).toBe(g.code);
      expect(error.message).not.toBe('');
      expect(typeof error.details).toBe('object');
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
    // The field, and the code: INVALID_INPUT from the HTTP schema or the server's checks of people and files; the
    // core's payload refusals INVALID_PAYLOAD, AT_IN_FUTURE and UNKNOWN_PARTY (src/server/errors.ts).
    const cases: [string, number, Exclude<Who, 'anonymous'>, (h: Harness) => object, string, string][] = [
      ['no action', 0, 'officer', () => ({ at: at('2025-03-03') }), 'action', 'INVALID_INPUT'],
      ['an unknown action', 0, 'officer', () => ({ action: 'fly' }), 'action', 'INVALID_INPUT'],
      [
        '`at` not a time',
        0,
        'officer',
        () => ({ action: 'register', at: 'yesterday' }),
        'at',
        'INVALID_PAYLOAD',
      ],
      [
        '`at` in the future',
        0,
        'officer',
        () => ({ action: 'register', at: '2999-01-01T00:00:00+08:00' }),
        'at',
        'AT_IN_FUTURE',
      ],
      [
        'an officer who is no account',
        2,
        'officer',
        (h) => ({ action: 'start_investigation', officers: [h.userIds.officer, 99999] }),
        'officers.1',
        'INVALID_INPUT',
      ],
      [
        'a reviewer named as investigator',
        2,
        'officer',
        (h) => ({ action: 'start_investigation', officers: [h.userIds.officer, h.userIds.reviewer] }),
        'officers.1',
        'INVALID_INPUT',
      ],
      [
        'evidence without a description',
        3,
        'officer',
        () => ({ action: 'add_evidence', at: at('2025-03-05'), kind: '书证' }),
        'description',
        'INVALID_PAYLOAD',
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
        'INVALID_PAYLOAD',
      ],
      [
        'a proposal without conduct_date',
        7,
        'officer',
        () => ({ action: 'propose_penalty', at: at('2025-03-25'), ...PROPOSAL, conduct_date: undefined }),
        'conduct_date',
        'INVALID_PAYLOAD',
      ],
      [
        'a statement of an unknown party',
        8,
        'officer',
        () => ({ action: 'record_statement', party: 'nobody', statement: '无', at: at('2025-03-26') }),
        'party',
        'UNKNOWN_PARTY',
      ],
      [
        'a payment of no amount',
        18,
        'officer',
        () => ({ action: 'record_payment', party: 'co', amount_yuan: -5, at: at('2025-04-20') }),
        'amount_yuan',
        'INVALID_PAYLOAD',
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
        'INVALID_INPUT',
      ],
    ];
    for (const [name, steps, who, body, field, code] of cases) {
      it(`${name} → 400 ${code} field ${field}`, async () => {
        const id = await walkedTo(h, steps);
        const res = await actUnsaved(h, who, id, body(h));
        expect(res.statusCode, res.body).toBe(400);
        expect([res.json().error.code, res.json().error.details.field]).toEqual([code, field]);
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
