/**
 * Timers of intake and investigation (procedure.md §5, rows 1–12).
 */
import { basis, GAGD, XZCFF, ZAF2025 } from '../basis.js';
import type { TimerDef } from '../timer-model.js';
import { forEach, GAGD_POLICE, ZAF2025_CASES } from './scope.js';

export const INVESTIGATION_TIMERS: TimerDef[] = [
  {
    id: 'transfer_out',
    name: '移送有管辖权的单位',
    kind: 'duty',
    start: [{ event: 'receive' }],
    stop: ['register', 'transfer', 'refuse', 'on_the_spot'],
    period: { length: 24, unit: 'hours' },
    applies: { agency: ['police'] },
    basis: [
      basis(
        GAGD,
        61,
        '对属于公安机关职责范围，但不属于本单位管辖的，应当在二十四小时内移送有管辖权的单位处理',
        { paragraph: 1, item: 2 },
      ),
    ],
    notes: [
      "A case of the unit's own jurisdiction is to be handled 「立即」 (第六十一条第（一）项): the 24 hours are shown for every lead as the outer bound for deciding between 受案, transfer and refusal.",
    ],
  },
  {
    id: 'recusal_decision',
    name: '回避申请决定',
    kind: 'duty',
    start: [{ event: 'apply_recusal' }],
    stop: ['decide_recusal'],
    period: { length: 2, unit: 'natural_days' },
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 21, '公安机关应当在收到申请之日起二日内作出决定并通知申请人')],
  },
  ...forEach(GAGD_POLICE, {
    id: 'summons_questioning',
    name: '询问查证时限',
    kind: 'duty',
    start: [{ event: 'summons_arrival' }],
    stop: ['questioning_ended'],
    period: { length: 8, unit: 'hours' },
    lengthBy: { field: 'grade', lengths: { ordinary: 8, complex_detention: 24 } },
    libertyRestriction: true,
    basis: [
      basis(
        GAGD,
        69,
        '询问查证的时间不得超过八小时；案情复杂，违法行为依法可能适用行政拘留处罚的，询问查证的时间不得超过二十四小时',
      ),
    ],
  }),
  {
    id: 'summons_questioning',
    name: '询问查证时限',
    kind: 'duty',
    start: [{ event: 'summons_arrival' }],
    stop: ['questioning_ended'],
    period: { length: 8, unit: 'hours' },
    lengthBy: { field: 'grade', lengths: { ordinary: 8, many_or_unknown: 12, complex_detention: 24 } },
    libertyRestriction: true,
    applies: ZAF2025_CASES,
    basis: [
      basis(
        ZAF2025,
        97,
        '询问查证的时间不得超过八小时；涉案人数众多、违反治安管理行为人身份不明的，询问查证的时间不得超过十二小时；情况复杂，依照本法规定可能适用行政拘留处罚的，询问查证的时间不得超过二十四小时',
      ),
    ],
  },
  {
    id: 'continued_questioning',
    name: '继续盘问时限',
    kind: 'duty',
    start: [{ event: 'continued_questioning_started' }],
    stop: ['continued_questioning_ended'],
    period: { length: 12, unit: 'hours' },
    lengthBy: { field: 'grade', lengths: { ordinary: 12, extended: 24, identity_refused: 48 } },
    libertyRestriction: true,
    applies: { agency: ['police'] },
    basis: [
      basis(
        GAGD,
        57,
        '继续盘问的时限一般为十二小时；对在十二小时以内确实难以证实或者排除其违法犯罪嫌疑的，可以延长至二十四小时',
        { paragraph: 2 },
      ),
    ],
  },
  {
    id: 'appraisal_copy',
    name: '鉴定意见复印件送达',
    kind: 'duty',
    start: [{ event: 'appraisal_opinion_received' }],
    stop: ['appraisal_copy_served'],
    period: { length: 5, unit: 'natural_days' },
    applies: { agency: ['police'] },
    basis: [
      basis(GAGD, 97, '公安机关应当在收到鉴定意见之日起五日内将鉴定意见复印件送达违法嫌疑人和被侵害人', {
        paragraph: 2,
      }),
    ],
  },
  {
    id: 'reappraisal_request',
    name: '申请重新鉴定',
    kind: 'window',
    start: [{ event: 'appraisal_copy_served' }],
    stop: ['reappraisal_requested'],
    period: { length: 3, unit: 'natural_days' },
    perParty: {},
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 97, '可以在收到鉴定意见复印件之日起三日内提出重新鉴定的申请', { paragraph: 4 })],
  },
  {
    id: 'reappraisal_refusal_notice',
    name: '不准予重新鉴定通知',
    kind: 'duty',
    start: [{ event: 'reappraisal_refused' }],
    stop: ['reappraisal_refusal_notified'],
    period: { length: 3, unit: 'natural_days' },
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 98, '并在作出决定之日起的三日以内书面通知申请人', { paragraph: 2 })],
  },
  {
    id: 'preservation_decision',
    name: '先行登记保存处理决定',
    kind: 'duty',
    start: [{ event: 'preservation' }],
    stop: ['preservation_decided'],
    period: { length: 7, unit: 'natural_days' },
    applies: { agency: ['police'] },
    basis: [
      basis(
        GAGD,
        110,
        '对先行登记保存的证据，应当在七日内作出处理决定。逾期不作出处理决定的，视为自动解除。',
        {
          paragraph: 3,
        },
      ),
    ],
    notes: [
      '行政处罚法 第五十六条 「七日内」 is 7 working days (第八十五条); 程序规定 第一百一十条 gives 7 days. Both bind a police unit; 7 days (with the 第三十五条 roll-over) never ends later than 7 working days, so it is the one shown.',
    ],
  },
  {
    id: 'preservation_decision',
    name: '先行登记保存处理决定',
    kind: 'duty',
    start: [{ event: 'preservation' }],
    stop: ['preservation_decided'],
    period: { length: 7, unit: 'working_days' },
    applies: { agency: ['other'] },
    basis: [
      basis(XZCFF, 56, '经行政机关负责人批准，可以先行登记保存，并应当在七日内及时作出处理决定'),
      basis(XZCFF, 85, '本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。'),
    ],
  },
  {
    id: 'seizure',
    name: '扣押、扣留、查封期限',
    kind: 'duty',
    start: [{ event: 'seizure' }],
    stop: ['seizure_ended'],
    period: { length: 30, unit: 'natural_days' },
    extension: { event: 'seizure_extended', length: 30, max: 1 },
    excludes: [{ from: 'start_appraisal', to: 'end_appraisal', label: '鉴定期间' }],
    applies: { agency: ['police'] },
    basis: [
      basis(
        GAGD,
        112,
        '扣押、扣留、查封期限为三十日，情况复杂的，经县级以上公安机关负责人批准，可以延长三十日',
      ),
      basis(GAGD, 112, '鉴定期间不计入扣押、扣留、查封期间', { paragraph: 2 }),
    ],
  },
  {
    id: 'property_handover',
    name: '涉案财物移交管理人员',
    kind: 'duty',
    start: [{ event: 'seizure' }],
    stop: ['property_handed_over'],
    period: { length: 24, unit: 'hours' },
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 190, '办案人民警察应当在依法提取涉案财物后的二十四小时内将财物移交涉案财物管理人员')],
  },
  ...forEach(GAGD_POLICE, {
    id: 'on_the_spot_filing',
    name: '当场处罚决定备案',
    kind: 'duty',
    start: [{ event: 'on_the_spot' }],
    stop: ['on_the_spot_filed'],
    period: { length: 24, unit: 'hours' },
    basis: [
      basis(GAGD, 39, '应当于作出决定后的二十四小时内将当场处罚决定书报所属公安机关备案', { paragraph: 2 }),
    ],
  }),
  {
    id: 'on_the_spot_filing',
    name: '当场处罚决定备案',
    kind: 'duty',
    start: [{ event: 'on_the_spot' }],
    stop: ['on_the_spot_filed'],
    period: { length: 24, unit: 'hours' },
    applies: ZAF2025_CASES,
    basis: [
      basis(
        ZAF2025,
        120,
        '当场作出治安管理处罚决定的，经办的人民警察应当在二十四小时以内报所属公安机关备案。',
        {
          paragraph: 4,
        },
      ),
    ],
  },
  {
    id: 'quick_decision',
    name: '快速办理作出决定',
    kind: 'duty',
    start: [{ event: 'start_quick', field: 'arrived_at' }],
    stop: ['decide', 'convert_to_ordinary'],
    period: { length: 48, unit: 'hours' },
    applies: { agency: ['police'] },
    basis: [basis(GAGD, 47, '公安机关应当在违法嫌疑人到案后四十八小时内作出处理决定')],
  },
];
