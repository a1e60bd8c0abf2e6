/**
 * Timers from the pre-decision notice to the service of the decision (procedure.md §5, rows 13–22).
 */
import { basis, GAGD, XZCFF, ZAF2012, ZAF2025 } from '../basis.js';
import type { TimerDef } from '../timer-model.js';
import { forEach, ZAF2025_CASES, ZAF2025_FROM } from './scope.js';

const WORKING_DAYS = basis(XZCFF, 85, '本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。');
const DECISION_MADE = ['decide', 'terminate', 'transfer_criminal'] as const;

export const DECISION_TIMERS: TimerDef[] = [
  {
    id: 'absconder_notice',
    name: '公告告知后申辩期',
    kind: 'wait',
    start: [{ event: 'absconder_notice_announced' }],
    stop: ['record_statement'],
    period: { length: 7, unit: 'natural_days' },
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 168, '自公告之日起七日内，违法嫌疑人未提出申辩的，可以依法作出行政处罚决定')],
  },
  {
    id: 'hearing_request_window',
    name: '要求听证期限',
    kind: 'window',
    start: [{ event: 'propose_penalty' }],
    stop: ['request_hearing'],
    period: { length: 5, unit: 'working_days' },
    perParty: { field: 'hearing_eligible' },
    applies: {},
    basis: [basis(XZCFF, 64, '当事人要求听证的，应当在行政机关告知后五日内提出', { item: 1 }), WORKING_DAYS],
    notes: [
      '程序规定 第一百三十三条 gives 3 days; the law (行政处罚法 第六十四条第（一）项 with 第八十五条) gives 5 working days and prevails (procedure.md Errata 3).',
    ],
  },
  {
    id: 'hearing_acceptance',
    name: '决定是否受理听证',
    kind: 'duty',
    start: [{ event: 'request_hearing' }],
    stop: ['accept_hearing', 'refuse_hearing'],
    period: { length: 2, unit: 'natural_days' },
    perParty: {},
    applies: { agency: ['police'] },
    basis: [
      basis(
        GAGD,
        135,
        '公安机关收到听证申请后，应当在二日内决定是否受理。认为听证申请人的要求不符合听证条件，决定不予受理的，应当制作不予受理听证通知书，告知听证申请人。逾期不通知听证申请人的，视为受理。',
      ),
    ],
  },
  {
    id: 'hearing_notice_lead',
    name: '举行听证通知送达',
    kind: 'duty',
    start: [{ event: 'accept_hearing', field: 'hearing_at' }],
    stop: ['hearing_notice_served'],
    period: { length: 7, unit: 'working_days' },
    before: true,
    perParty: {},
    applies: {},
    basis: [
      basis(XZCFF, 64, '行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点', { item: 2 }),
      WORKING_DAYS,
      basis(GAGD, 136, '公安机关受理听证后，应当在举行听证的七日前将举行听证通知书送达听证申请人'),
    ],
  },
  {
    id: 'hearing_held',
    name: '举行听证',
    kind: 'duty',
    start: [{ event: 'request_hearing' }],
    stop: ['open_hearing', 'refuse_hearing'],
    period: { length: 10, unit: 'natural_days' },
    perParty: {},
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 137, '听证应当在公安机关收到听证申请之日起十日内举行。')],
    notes: [
      "Flag P2: with the 7 working days' notice of 行政处罚法 第六十四条第（二）项 a hearing within 10 days of the request cannot always be held; both timers are shown and neither is moved.",
    ],
  },
  {
    id: 'case_time_limit',
    name: '办案期限',
    kind: 'duty',
    start: [{ event: 'file' }],
    stop: [...DECISION_MADE],
    period: { length: 90, unit: 'natural_days' },
    applies: { caseKinds: ['OTHER_ADMIN'] },
    basis: [basis(XZCFF, 60, '行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定')],
  },
  {
    id: 'case_time_limit',
    name: '办案期限',
    kind: 'duty',
    start: [{ event: 'file' }],
    stop: [...DECISION_MADE],
    period: { length: 90, unit: 'natural_days' },
    applies: { caseKinds: ['DETENTION_OTHER_LAW'], until: '2025-12-31' },
    basis: [basis(XZCFF, 60, '行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定')],
  },
  {
    id: 'case_time_limit',
    name: '治安案件办案期限',
    kind: 'duty',
    start: [{ event: 'register' }],
    stop: [...DECISION_MADE],
    period: { length: 30, unit: 'natural_days' },
    extension: { event: 'extend_time_limit', length: 30, max: 1 },
    excludes: [{ from: 'start_appraisal', to: 'end_appraisal', label: '鉴定期间' }],
    applies: { caseKinds: ['ZHIAN'], until: '2025-12-31' },
    basis: [
      basis(
        GAGD,
        165,
        '公安机关办理治安案件的期限，自受理之日起不得超过三十日；案情重大、复杂的，经上一级公安机关批准，可以延长三十日。',
      ),
      basis(GAGD, 165, '为了查明案情进行鉴定的期间，不计入办案期限。', { paragraph: 2 }),
      basis(ZAF2012, 99, '公安机关办理治安案件的期限，自受理之日起不得超过三十日'),
    ],
  },
  {
    id: 'case_time_limit',
    name: '治安案件办案期限',
    kind: 'duty',
    start: [{ event: 'file' }],
    stop: [...DECISION_MADE],
    period: { length: 30, unit: 'natural_days' },
    extension: { event: 'extend_time_limit', length: 30, max: 2 },
    excludes: [
      { from: 'start_appraisal', to: 'end_appraisal', label: '鉴定期间' },
      { from: 'request_hearing', to: 'close_hearing', label: '听证期间' },
    ],
    applies: { caseKinds: ['ZHIAN', 'DETENTION_OTHER_LAW'], from: ZAF2025_FROM },
    basis: [
      basis(
        ZAF2025,
        118,
        '公安机关办理治安案件的期限，自立案之日起不得超过三十日；案情重大、复杂的，经上一级公安机关批准，可以延长三十日。期限延长以二次为限。',
      ),
      basis(ZAF2025, 118, '为了查明案情进行鉴定的期间、听证的期间，不计入办理治安案件的期限。', {
        paragraph: 2,
      }),
    ],
    notes: [
      'The text does not say when the excluded 听证的期间 starts and ends (procedure.md Errata 5): it is counted from the hearing request to the close of the hearing.',
    ],
  },
  {
    id: 'service',
    name: '决定书送达',
    kind: 'duty',
    start: [{ event: 'decide' }],
    stop: ['serve'],
    period: { length: 7, unit: 'working_days' },
    perParty: {},
    applies: { agency: ['other'] },
    basis: [
      basis(
        XZCFF,
        61,
        '当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人',
      ),
      WORKING_DAYS,
    ],
  },
  ...forEach(
    [
      { agency: ['police'], caseKinds: ['OTHER_ADMIN'] },
      { agency: ['police'], caseKinds: ['DETENTION_OTHER_LAW'], until: '2025-12-31' },
    ],
    {
      id: 'service',
      name: '决定书送达',
      kind: 'duty',
      start: [{ event: 'decide' }],
      stop: ['serve'],
      period: { length: 7, unit: 'natural_days' },
      perParty: {},
      basis: [
        basis(GAGD, 36, '被处理人不在场的，公安机关应当在作出决定的七日内将决定书送达被处理人', { item: 2 }),
      ],
      notes: [
        '行政处罚法 第六十一条 also binds a police unit (7 working days); 7 days with the 第三十五条 roll-over never end later, so they are shown.',
      ],
    },
  ),
  {
    id: 'service',
    name: '治安管理处罚决定书送达',
    kind: 'duty',
    start: [{ event: 'decide' }],
    stop: ['serve'],
    period: { length: 2, unit: 'natural_days' },
    perParty: {},
    applies: { agency: ['police'], caseKinds: ['ZHIAN'], until: '2025-12-31' },
    basis: [
      basis(GAGD, 36, '治安管理处罚决定应当在二日内送达', { item: 2 }),
      basis(ZAF2012, 97, '无法当场向被处罚人宣告的，应当在二日内送达被处罚人'),
    ],
  },
  {
    id: 'service',
    name: '治安管理处罚决定书送达',
    kind: 'duty',
    start: [{ event: 'decide' }],
    stop: ['serve'],
    period: { length: 2, unit: 'natural_days' },
    perParty: {},
    applies: ZAF2025_CASES,
    basis: [basis(ZAF2025, 116, '无法当场向被处罚人宣告的，应当在二日以内送达被处罚人')],
  },
  {
    id: 'victim_copy',
    name: '决定书复印件送达被侵害人',
    kind: 'duty',
    start: [{ event: 'decide' }],
    stop: ['victim_copy_sent'],
    period: { length: 2, unit: 'natural_days' },
    applies: { agency: ['police'], caseKinds: ['ZHIAN'], until: '2025-12-31', flag: 'has_victim' },
    basis: [
      basis(
        GAGD,
        172,
        '治安案件有被侵害人的，公安机关应当在作出不予行政处罚或者处罚决定之日起二日内将决定书复印件送达被侵害人。',
      ),
    ],
    notes: [
      '治安管理处罚法 (2025) 第一百一十六条第二款 requires service on the victim but states no period; from 2026-01-01 no victim timer is kept (procedure.md §4 reads a 2-day period into it).',
    ],
  },
  {
    id: 'public_notice_service',
    name: '公告送达期',
    kind: 'wait',
    start: [{ event: 'service_by_public_notice' }],
    stop: [],
    period: { length: 60, unit: 'natural_days' },
    perParty: {},
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 36, '公告期限不得少于六十日', { paragraph: 4 })],
  },
];
