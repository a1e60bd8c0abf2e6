/**
 * 网络数据安全管理条例 (2024-09-24, in force 2025-01-01 — 第六十四条), 第八章 法律责任: 第五十五条–第五十七条.
 * Source: data/law/网络数据安全管理条例(2024-09-24).md. Authorities: 「网信、电信、公安等主管部门依据各自职责」 (第五十六条 adds
 * 国家安全, encoded as competent_department). Amounts in Arabic numerals.
 */
import type { PenaltyRule } from '../model.js';
import {
  ANY_PARTY,
  BASE,
  DATA_MEASURES,
  FLAG_A2,
  FLAG_A3,
  REFUSED_OR_SERIOUS,
  REFUSED_OR_SERIOUS_CONSEQUENCES,
  businessMeasures,
  confiscate,
  fine,
  personFine,
  range,
  rectify,
  tier,
  warn,
} from './build.js';

const LAW = '网络数据安全管理条例';
const VERSION = '2024-09-24';
const BOTH = 'direct_supervisor_and_others' as const;
const PERSONS = '对直接负责的主管人员和其他直接责任人员';

export const NDSR_RULES: readonly PenaltyRule[] = [
  {
    id: 'NDSR.55',
    law: LAW,
    version: VERSION,
    article: 55,
    paragraph: null,
    text: '第五十五条 违反本条例第十二条、第十六条至第二十条、第二十二条、第四十条第一款和第二款、第四十一条、第四十二条规定的，由网信、电信、公安等主管部门依据各自职责责令改正，给予警告，没收违法所得；拒不改正或者情节严重的，处100万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员可以处1万元以上10万元以下罚款。',
    enforces: [
      { article: 12 },
      { article: 16 },
      { article: 17 },
      { article: 18 },
      { article: 19 },
      { article: 20 },
      { article: 22 },
      { article: 40, paragraph: 1 },
      { article: 40, paragraph: 2 },
      { article: 41 },
      { article: 42 },
    ],
    parties: ANY_PARTY,
    roles: ['data_processor'],
    authorities: ['cyberspace', 'telecom', 'public_security', 'competent_department'],
    tiers: [
      // 责令改正，给予警告，没收违法所得
      BASE([rectify(), warn(), confiscate()]),
      // 拒不改正或者情节严重的，处100万元以下罚款，并可以责令暂停相关业务…，对…可以处1万元以上10万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者情节严重',
        REFUSED_OR_SERIOUS,
        [
          fine('mandatory', [range(null, 1000000, '处100万元以下罚款')]),
          ...businessMeasures('optional', DATA_MEASURES),
          personFine('optional', 10000, 100000, `${PERSONS}可以处1万元以上10万元以下罚款`, BOTH),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    notes: [
      FLAG_A3,
      'No minimum fine is stated (Flag A6). The responsible-person fine is explicitly optional (「可以处」).',
    ],
  },
  {
    id: 'NDSR.56',
    law: LAW,
    version: VERSION,
    article: 56,
    paragraph: null,
    text: '第五十六条 违反本条例第十三条规定的，由网信、电信、公安、国家安全等主管部门依据各自职责责令改正，给予警告，可以并处10万元以上100万元以下罚款，对直接负责的主管人员和其他直接责任人员可以处1万元以上10万元以下罚款；拒不改正或者情节严重的，处100万元以上1000万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处10万元以上100万元以下罚款。',
    enforces: [{ article: 13 }],
    parties: ANY_PARTY,
    roles: ['data_processor'],
    authorities: ['cyberspace', 'telecom', 'public_security', 'competent_department'],
    tiers: [
      // 责令改正，给予警告，可以并处10万元以上100万元以下罚款，对…可以处1万元以上10万元以下罚款
      BASE([
        rectify(),
        warn(),
        fine('optional', [range(100000, 1000000, '可以并处10万元以上100万元以下罚款')]),
        personFine('optional', 10000, 100000, `${PERSONS}可以处1万元以上10万元以下罚款`, BOTH),
      ]),
      // 拒不改正或者情节严重的，处100万元以上1000万元以下罚款，并可以…，对…处10万元以上100万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者情节严重',
        REFUSED_OR_SERIOUS,
        [
          fine('mandatory', [range(1000000, 10000000, '处100万元以上1000万元以下罚款')]),
          ...businessMeasures('optional', DATA_MEASURES),
          personFine('mandatory', 100000, 1000000, `${PERSONS}处10万元以上100万元以下罚款`, BOTH),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    notes: [
      FLAG_A3,
      '国家安全 authorities are also named (网信、电信、公安、国家安全等主管部门): covered by competent_department.',
    ],
  },
  {
    id: 'NDSR.57',
    law: LAW,
    version: VERSION,
    article: 57,
    paragraph: null,
    text: '第五十七条 违反本条例第二十九条第二款、第三十条第二款和第三款、第三十一条、第三十二条规定的，由网信、电信、公安等主管部门依据各自职责责令改正，给予警告，可以并处5万元以上50万元以下罚款，对直接负责的主管人员和其他直接责任人员可以处1万元以上10万元以下罚款；拒不改正或者造成大量数据泄露等严重后果的，处50万元以上200万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处5万元以上20万元以下罚款。',
    enforces: [
      { article: 29, paragraph: 2 },
      { article: 30, paragraph: 2 },
      { article: 30, paragraph: 3 },
      { article: 31 },
      { article: 32 },
    ],
    parties: ANY_PARTY,
    roles: ['data_processor'],
    authorities: ['cyberspace', 'telecom', 'public_security', 'competent_department'],
    tiers: [
      // 责令改正，给予警告，可以并处5万元以上50万元以下罚款，对…可以处1万元以上10万元以下罚款
      BASE([
        rectify(),
        warn(),
        fine('optional', [range(50000, 500000, '可以并处5万元以上50万元以下罚款')]),
        personFine('optional', 10000, 100000, `${PERSONS}可以处1万元以上10万元以下罚款`, BOTH),
      ]),
      // 拒不改正或者造成大量数据泄露等严重后果的，处50万元以上200万元以下罚款，并可以…，对…处5万元以上20万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者造成大量数据泄露等严重后果',
        REFUSED_OR_SERIOUS_CONSEQUENCES,
        [
          fine('mandatory', [range(500000, 2000000, '处50万元以上200万元以下罚款')]),
          ...businessMeasures('optional', DATA_MEASURES),
          personFine('mandatory', 50000, 200000, `${PERSONS}处5万元以上20万元以下罚款`, BOTH),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    notes: [
      FLAG_A3,
      'Flag A22: 第三十条第一款 and 第三十三条 are not listed; they fall to 第五十八条 (→ 数据安全法 etc.).',
    ],
  },
];

/*
 * Not encoded: 第五十八条 (other violations → 网络安全法、数据安全法、个人信息保护法: a referral), 第五十九条 (从轻、减轻或者不予处罚 under
 * 行政处罚法 — cross-cutting), 第六十条 (state organs: 处分), 第六十一条 (civil/治安/criminal routing). None sets a range.
 */
