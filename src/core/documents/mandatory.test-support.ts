/**
 * The four cases of issue 9's acceptance — a company, an individual, detention under 治安管理处罚法 2025 and the 当场处罚
 * case — with the items the law makes mandatory in each decision as they must read. The template tests find them in
 * documentText; src/documents/mandatory-items.test.ts finds them in the .docx read back.
 */
import { createChecker } from '../../law-data/checker.js';
import { caseRecordOf } from '../cases/guards/legality.js';
import {
  applied,
  checkApplying,
  COMPANY,
  DETENTION,
  INDIVIDUAL,
  ON_THE_SPOT,
  PERSON_FIELDS,
  request,
} from './cases.test-support.js';
import type { DocumentRequest } from './model.js';

export interface MandatoryCase {
  name: string;
  /** The articles whose items `items` are. */
  basis: string;
  request: () => DocumentRequest;
  items: readonly string[];
  /** Text a decision of this kind must not carry (the surcharge where there is no fine). */
  absent?: readonly string[];
}

export const COMPANY_DECISION = (over: Partial<DocumentRequest> = {}) =>
  request('penalty_decision', COMPANY, {
    number: '某公（网安）行罚决字〔2025〕123号',
    check: checkApplying(applied('CSL2016.59.1', '网络安全法', '2016-11-07', 59, 1)),
    ...over,
  });

/** 行政处罚法 第五十九条第一款 (一)–(六) and the seal (第二款), as they read in the company's decision. */
export const ITEMS_59 = [
  '某某科技有限公司',
  '地址：某市某某区某某路88号',
  '现查明：某某科技有限公司是门户网站',
  '以上事实有营业执照复印件',
  '违反了《中华人民共和国网络安全法》第二十一条第（二）项的规定',
  '根据《中华人民共和国网络安全法》第五十九条第一款之规定',
  '给予警告，并处罚款人民币10000元',
  '执行方式和期限：',
  '自收到本决定书之日起十五日内，到某银行某某支行',
  '六十日内向某市人民政府或者某市某某区人民政府申请行政复议',
  '六个月内依法向某市某某区人民法院提起行政诉讼',
  '某市公安局某某分局（印）',
  '2025年7月1日',
];

export const INDIVIDUAL_DECISION = () =>
  request('penalty_decision', INDIVIDUAL, {
    date: '2025-03-12',
    fields: PERSON_FIELDS,
    check: checkApplying(applied('CSL2016.64.2', '网络安全法', '2016-11-07', 64, 2)),
  });

/** The real legality check: 网络安全法 (2025) 第四十六条 with 治安管理处罚法 (2025) 第五十六条第二款, 情节较轻. */
export const detentionCheck = () =>
  createChecker({ now: () => new Date('2026-03-03T04:00:00Z') })(
    caseRecordOf(DETENTION, DETENTION.decision!, '2026-03-03'),
  );

export const DETENTION_DECISION = () =>
  request('penalty_decision', DETENTION, {
    date: '2026-03-03',
    fields: { ...PERSON_FIELDS, 'detention.place': '某市拘留所', 'detention.start': '2026-03-03' },
    check: detentionCheck(),
  });

export const ON_THE_SPOT_REQUEST = (over: Partial<DocumentRequest> = {}) =>
  request('on_the_spot_decision', ON_THE_SPOT, {
    date: '2025-04-15',
    number: '某公（网安）当罚决字〔2025〕12号',
    fields: { place: '某市某某区某某大厦12层', officers: '张某某、刘某某' },
    check: checkApplying(
      applied('INTLNET.23', '计算机信息网络国际联网安全保护管理办法', '2011-01-08', 23, null),
    ),
    ...over,
  });

export const MANDATORY_CASES: readonly MandatoryCase[] = [
  {
    name: 'a company fined (网络安全法 2016 第五十九条第一款)',
    basis: '行政处罚法 第五十九条; 程序规定 第一百七十五条 (法定代表人, the surcharge standard)',
    request: () => COMPANY_DECISION(),
    items: [
      ...ITEMS_59,
      '法定代表人：王某某',
      '每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款本数',
    ],
  },
  {
    name: 'an individual fined, gains confiscated (网络安全法 2016 第六十四条第二款)',
    basis:
      '程序规定 第一百七十五条第一款第（一）项 「姓名、性别、出生日期、身份证件种类及号码、户籍所在地、现住址、工作单位、违法经历」, 第二款',
    request: INDIVIDUAL_DECISION,
    items: [
      '违法行为人：闫某某，男，1995年3月8日出生',
      '居民身份证号码：640XXXXXXXXXXXXXXX',
      '户籍所在地：某省某市某区某某村',
      '现住址：某市某某区某某小区3号楼2单元501室',
      '工作单位：无',
      '违法经历：无',
      '违反了《中华人民共和国网络安全法》第四十四条的规定',
      '根据《中华人民共和国网络安全法》第六十四条第二款之规定',
      '没收违法所得人民币300元，并处罚款人民币1500元',
      '缴纳罚款及没收的违法所得',
      '加处罚款的数额不超过罚款本数',
      '附：没收违法所得、非法财物清单1份',
      '某市公安局某某分局（印）',
      '2025年3月12日',
    ],
  },
  {
    name: 'detention under 治安管理处罚法 2025 (conduct and decision in 2026)',
    basis:
      '治安管理处罚法 (2025) 第一百一十五条 「被处罚人的姓名、性别、年龄、身份证件的名称和号码、住址；违法事实和证据；处罚的种类和依据；处罚的执行方式和期限…」',
    request: DETENTION_DECISION,
    items: [
      '闫某某，男，30岁，1995年3月8日出生，居民身份证号码：640XXXXXXXXXXXXXXX',
      '现住址：某市某某区某某小区3号楼2单元501室',
      '现查明：2026年1月至2月',
      '以上事实有',
      '根据《中华人民共和国治安管理处罚法》第五十六条第二款之规定，现决定对闫某某行政拘留五日',
      '执行方式和期限：送某市拘留所执行，拘留期限自2026年3月3日至2026年3月7日',
      '申请行政复议',
      '提起行政诉讼',
      '某市公安局某某分局（印）',
      '2026年3月3日',
    ],
    absent: ['加处罚款'],
  },
  {
    name: 'the 当场处罚 case (a law firm warned, 国际联网安全保护管理办法 第二十三条)',
    basis:
      '行政处罚法 第五十二条第二款 「当事人的违法行为，行政处罚的种类和依据、罚款数额、时间、地点，申请行政复议、提起行政诉讼的途径和期限以及行政机关名称」',
    request: () => ON_THE_SPOT_REQUEST(),
    items: [
      '某公（网安）当罚决字〔2025〕12号',
      '被处罚人：某某律师事务所',
      '现查明：该所自2024年11月起开通并使用其网站',
      '违反了《计算机信息网络国际联网安全保护管理办法》第十一条、第十二条的规定',
      '根据《计算机信息网络国际联网安全保护管理办法》第二十三条之规定，决定对某某律师事务所给予警告',
      '处罚时间：2025年4月15日10时30分',
      '处罚地点：某市某某区某某大厦12层',
      '应当自收到本决定书之日起六十日内先向某市人民政府或者某市某某区人民政府申请行政复议（可以通过本机关提交行政复议申请）',
      '提起行政诉讼',
      '办案人民警察：张某某、刘某某',
      '某市公安局某某分局（印）',
      '2025年4月15日',
    ],
  },
];
