/**
 * Timers of execution: fines, enforcement, detention deferral, publication, property (procedure.md §5, rows 23–37).
 * The 加处罚款 itself (3% a day, capped at the fine) is computed in fines.ts.
 */
import { basis, GAGD, XZCFF, ZAF2012, ZAF2025 } from '../basis.js';
import type { TimerDef } from '../timer-model.js';
import { ZAF2025_CASES } from './scope.js';

const WORKING_DAYS = basis(XZCFF, 85, '本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。');
const POLICE_BEFORE_ZAF2025: TimerDef['applies'][] = [
  { agency: ['police'], caseKinds: ['OTHER_ADMIN'] },
  { agency: ['police'], caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW'], until: '2025-12-31' },
];

const payment = {
  id: 'fine_payment',
  name: '缴纳罚款',
  kind: 'duty',
  start: [{ event: 'serve' }],
  stop: ['record_payment'],
  period: { length: 15, unit: 'natural_days' },
  replacedBy: { event: 'defer_payment', field: 'until' },
  perParty: {},
} as const satisfies Partial<TimerDef>;

const cashToOrgan = {
  id: 'cash_to_organ',
  name: '当场收缴罚款交至机关',
  kind: 'duty',
  start: [{ event: 'cash_collected', field: 'returned_at' }],
  stop: ['cash_handed_over'],
  period: { length: 2, unit: 'natural_days' },
} as const satisfies Partial<TimerDef>;

const cashToBank = {
  id: 'cash_to_bank',
  name: '罚款缴付指定银行',
  kind: 'duty',
  start: [{ event: 'cash_handed_over' }],
  stop: ['cash_banked'],
  period: { length: 2, unit: 'natural_days' },
} as const satisfies Partial<TimerDef>;

export const EXECUTION_TIMERS: TimerDef[] = [
  ...[{ caseKinds: ['OTHER_ADMIN'] }, { caseKinds: ['DETENTION_OTHER_LAW'], until: '2025-12-31' }].map(
    (applies): TimerDef => ({
      ...payment,
      applies: applies as TimerDef['applies'],
      basis: [
        basis(
          XZCFF,
          67,
          '当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款',
          {
            paragraph: 3,
          },
        ),
      ],
    }),
  ),
  {
    ...payment,
    applies: { caseKinds: ['ZHIAN'], until: '2025-12-31' },
    basis: [basis(ZAF2012, 104, '受到罚款处罚的人应当自收到处罚决定书之日起十五日内，到指定的银行缴纳罚款')],
  },
  {
    ...payment,
    applies: ZAF2025_CASES,
    basis: [
      basis(
        ZAF2025,
        123,
        '受到罚款处罚的人应当自收到处罚决定书之日起十五日以内，到指定的银行或者通过电子支付系统缴纳罚款',
      ),
    ],
  },
  ...POLICE_BEFORE_ZAF2025.map((applies): TimerDef => ({
    ...cashToOrgan,
    applies,
    basis: [basis(GAGD, 216, '人民警察应当自收缴罚款之日起二日内，将当场收缴的罚款交至其所属公安机关')],
  })),
  {
    ...cashToOrgan,
    applies: ZAF2025_CASES,
    basis: [basis(ZAF2025, 124, '人民警察当场收缴的罚款，应当自收缴罚款之日起二日以内，交至所属的公安机关')],
  },
  {
    ...cashToOrgan,
    period: { length: 2, unit: 'working_days' },
    applies: { agency: ['other'] },
    basis: [
      basis(XZCFF, 71, '执法人员当场收缴的罚款，应当自收缴罚款之日起二日内，交至行政机关'),
      WORKING_DAYS,
    ],
  },
  ...POLICE_BEFORE_ZAF2025.map((applies): TimerDef => ({
    ...cashToBank,
    applies,
    basis: [basis(GAGD, 216, '公安机关应当自收到罚款之日起二日内将罚款缴付指定的银行。', { paragraph: 2 })],
  })),
  {
    ...cashToBank,
    applies: ZAF2025_CASES,
    basis: [basis(ZAF2025, 124, '公安机关应当自收到罚款之日起二日以内将罚款缴付指定的银行')],
  },
  {
    ...cashToBank,
    period: { length: 2, unit: 'working_days' },
    applies: { agency: ['other'] },
    basis: [basis(XZCFF, 71, '行政机关应当在二日内将罚款缴付指定的银行'), WORKING_DAYS],
  },
  {
    id: 'court_after_demand',
    name: '催告后申请法院强制执行',
    kind: 'wait',
    start: [{ event: 'serve_demand' }],
    stop: ['record_payment'],
    period: { length: 10, unit: 'natural_days' },
    perParty: {},
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 207, '催告书送达十日后被处理人仍未履行义务的，公安机关可以向人民法院申请强制执行')],
  },
  {
    id: 'surcharge_over_30_days',
    name: '加处罚款超过三十日',
    kind: 'wait',
    start: [{ event: 'mark_fine_overdue' }],
    stop: ['record_payment'],
    period: { length: 30, unit: 'natural_days' },
    perParty: {},
    applies: { agency: ['police'] },
    basis: [
      basis(
        GAGD,
        219,
        '依法加处罚款超过三十日，经催告被处罚人仍不履行的，作出行政处罚决定的公安机关可以按照本规定第二百零六条的规定向所在地有管辖权的人民法院申请强制执行。',
      ),
    ],
    notes: ['「超过三十日」: the wait is met when the 30th day of the surcharge has ended.'],
  },
  {
    id: 'court_filing_window',
    name: '申请人民法院强制执行期限',
    kind: 'window',
    start: [
      {
        event: 'serve',
        after: {
          length: 6,
          unit: 'months',
          basis: '行政诉讼法 第四十六条第一款（六个月；行政复议法 第二十条的六十日较短）— 不在 data/law',
        },
      },
      { event: 'defer_payment', field: 'until' },
    ],
    stop: ['apply_court_enforcement', 'record_payment'],
    period: { length: 3, unit: 'months' },
    perParty: {},
    applies: { agency: ['police'] },
    basis: [
      basis(
        GAGD,
        206,
        '当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政处理决定的，法律没有规定公安机关强制执行的，作出行政处理决定的公安机关可以自期限届满之日起三个月内，向所在地有管辖权的人民法院申请强制执行。',
      ),
      basis(
        XZCFF,
        72,
        '行政机关批准延期、分期缴纳罚款的，申请人民法院强制执行的期限，自暂缓或者分期缴纳罚款期限结束之日起计算。',
        {
          paragraph: 2,
        },
      ),
    ],
    notes: [
      'The 6-month period before the window (行政诉讼法 第四十六条, 行政复议法 第二十条) comes from laws not in data/law (procedure.md Errata 1).',
    ],
  },
  {
    id: 'court_refusal_objection',
    name: '对法院不予执行裁定申请复议',
    kind: 'window',
    start: [{ event: 'court_refused' }],
    stop: ['objection_filed'],
    period: { length: 15, unit: 'natural_days' },
    applies: { agency: ['police'] },
    basis: [
      basis(
        GAGD,
        209,
        '公安机关对人民法院不予受理强制执行申请、不予强制执行的裁定有异议的，可以在十五日内向上一级人民法院申请复议。',
      ),
    ],
    notes: [
      'The starting event is not stated (procedure.md Errata 13): counted from the day the ruling is received.',
    ],
  },
  {
    id: 'enforcement_abandoned',
    name: '中止执行满三年',
    kind: 'wait',
    start: [{ event: 'suspend_enforcement' }],
    stop: ['resume_enforcement'],
    perParty: {},
    period: { length: 3, unit: 'years' },
    applies: { agency: ['police'] },
    basis: [
      basis(GAGD, 210, '对没有明显社会危害，当事人确无能力履行，中止执行满三年未恢复执行的，不再执行。', {
        paragraph: 2,
      }),
    ],
  },
  {
    id: 'detention_deferral_decision',
    name: '暂缓执行行政拘留决定',
    kind: 'duty',
    start: [{ event: 'detention_deferral_applied' }],
    stop: ['defer_detention', 'detention_deferral_decided'],
    period: { length: 24, unit: 'hours' },
    libertyRestriction: true,
    perParty: {},
    applies: { agency: ['police'] },
    basis: [
      basis(GAGD, 223, '公安机关应当在收到被处罚人提出暂缓执行行政拘留申请之时起二十四小时内作出决定。'),
    ],
  },
  {
    id: 'deferred_change_report',
    name: '暂缓执行期间变动报告',
    kind: 'duty',
    start: [{ event: 'deferred_person_changed' }],
    stop: ['deferred_change_reported'],
    period: { length: 24, unit: 'hours' },
    perParty: {},
    applies: { agency: ['police'] },
    basis: [
      basis(GAGD, 226, '住址、工作单位和联系方式发生变动的，在二十四小时以内向决定机关报告', { item: 2 }),
    ],
  },
  {
    id: 'deposit_banked',
    name: '保证金存入银行',
    kind: 'duty',
    start: [{ event: 'deposit_received_out_of_hours' }],
    stop: ['deposit_banked'],
    period: { length: 3, unit: 'natural_days' },
    applies: { agency: ['police'] },
    basis: [
      basis(
        GAGD,
        231,
        '在银行非营业时间，公安机关可以先行收取，并在收到保证金后的三日内存入指定的银行账户。',
      ),
    ],
  },
  {
    id: 'foreign_detainee_report',
    name: '外国人被拘留报告',
    kind: 'duty',
    start: [{ event: 'decide' }],
    stop: ['foreign_detainee_reported'],
    period: { length: 48, unit: 'hours' },
    applies: { agency: ['police'], flag: 'foreign_detainee' },
    basis: [basis(GAGD, 254, '决定机关应当在四十八小时内将外国人的姓名')],
  },
  {
    id: 'publication_withdrawal',
    name: '撤回公开的处罚决定信息',
    kind: 'duty',
    // The day the decision was changed (payload `changed_on`) may precede its recording; the record is per party.
    start: [{ event: 'published_decision_changed', field: 'changed_on' }],
    stop: ['publication_withdrawn'],
    period: { length: 3, unit: 'working_days' },
    perParty: {},
    applies: {},
    basis: [
      basis(XZCFF, 48, '行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。', { paragraph: 2 }),
      WORKING_DAYS,
    ],
    notes: [
      '三日 counted from the day the decision was changed, revoked or confirmed illegal or void (payload changed_on, default the day it is recorded), that day not counted; one timer per party published (the event names the party, else every party).',
    ],
  },
  {
    id: 'unclaimed_property',
    name: '财物认领期',
    kind: 'wait',
    start: [{ event: 'unclaimed_property_notice' }],
    stop: ['unclaimed_property_disposed'],
    period: { length: 6, unit: 'months' },
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 197, '在通知原主、当事人或者公告后六个月内，无人认领的，按无主财物处理')],
  },
];
