/**
 * 反电信网络诈骗法 (2022-09-02, in force 2022-12-01 — 第五十条), 第六章 法律责任: 第三十八条第二款, 第三十九条–第四十四条.
 * Source: data/law/反电信网络诈骗法(2022-09-02).md. The law does not define 以上/以下 (Flag A1: read as inclusive).
 *
 * Authorities: 第三十九条–第四十一条、第四十三条 name 「有关主管部门」 — by 第六条第三款 and 第二十八条 the 金融、电信、网信 departments
 * that supervise the sector (电信业务经营者: 电信主管部门; 银行业金融机构、非银行支付机构: 金融管理部门); 第三十八条第二款 and
 * 第四十四条 name 公安机关 alone; 第四十二条 names 「公安机关或者有关主管部门」 for the fine and 公安机关 alone for detention.
 * Every item of 第三十九条–第四十一条 carries the same sanctions and authority, so each article is one rule.
 */
import type { PenaltyRule, Tier } from '../model.js';
import {
  ANY_PARTY,
  BASE,
  FLAG_A4,
  INDIVIDUAL,
  ORGANIZATION,
  businessMeasures,
  confiscate,
  detention,
  fine,
  measure,
  multiple,
  personFine,
  range,
  rectify,
  tier,
  warn,
  type BusinessMeasure,
} from './build.js';

const LAW = '反电信网络诈骗法';
const VERSION = '2022-09-02';
const NO_CRIME = '尚不构成犯罪';
const BOTH = 'direct_supervisor_and_others' as const;

const GAP_NOTE =
  'The text sets sanctions for 情节较轻 (警告、通报批评，或者五万元以上五十万元以下罚款) and 情节严重 (五十万元以上五百万元以下罚款…) only; circumstances that are neither leave 责令改正 alone. Encoded literally: a fine needs one of the two findings, which the check lists under `requires`.';
const ALTERNATIVES_NOTE =
  '「给予警告、通报批评，或者处…罚款」: whether 警告 and 通报批评 go together is not stated; encoded as one group of alternatives (警告, 通报批评, the fine). 通报批评 is a penalty (行政处罚法 第九条) the case-record schema has no kind for: kind `other`.';
const DEPARTMENTS_NOTE =
  '有关主管部门: 第六条第三款 「金融、电信、网信、市场监管等有关部门依照职责履行监管主体责任」 and 第二十八条 (金融、电信、网信部门 supervise compliance); 公安机关 「牵头负责」 but is not the sector regulator. Encoded as `competent_department` (any department), as elsewhere.';
const INTERNAL_CONTROL_NOTE =
  'Item （一） (内部控制机制, 第六条第五款) is shared by 第三十九条, 第四十条 and 第四十一条: which applies turns on who the party is (电信业务经营者 / 银行业金融机构、非银行支付机构 / 互联网服务提供者).';

/**
 * 第三十九条、第四十条、第四十一条、第四十三条: 「由有关主管部门责令改正，情节较轻的，给予警告、通报批评，或者处五万元以上五十万元以下罚款；
 * 情节严重的，处五十万元以上五百万元以下罚款，并可以由有关主管部门责令…，对其直接负责的主管人员和其他直接责任人员，处一万元以上二十万元以下罚款」.
 */
function operatorTiers(rule: string, measures: readonly BusinessMeasure[]): Tier[] {
  const group = { alternativeGroup: `${rule}.minor` };
  return [
    // 由有关主管部门责令改正
    BASE([rectify()]),
    // 情节较轻的，给予警告、通报批评，或者处五万元以上五十万元以下罚款
    tier(
      'minor',
      '情节较轻',
      [['minor_circumstances']],
      [
        warn('alternative', '给予警告', group),
        measure('other', 'alternative', '通报批评', group),
        fine('alternative', [range(50000, 500000, '或者处五万元以上五十万元以下罚款')], group),
      ],
      { extends: 'base' },
    ),
    // 情节严重的，处五十万元以上五百万元以下罚款，并可以由有关主管部门责令…，对其直接负责的主管人员和其他直接责任人员，处一万元以上二十万元以下罚款
    tier(
      'serious',
      '情节严重',
      [['serious_circumstances']],
      [
        fine('mandatory', [range(500000, 5000000, '处五十万元以上五百万元以下罚款')]),
        ...businessMeasures('optional', measures),
        personFine(
          'mandatory',
          10000,
          200000,
          '对其直接负责的主管人员和其他直接责任人员，处一万元以上二十万元以下罚款',
          BOTH,
          { note: FLAG_A4 },
        ),
      ],
      { extends: 'base' },
    ),
  ];
}

/** Detention of 第四十二条、第四十四条 (「情节严重的，…并处十五日以下拘留」): natural persons only. */
const SERIOUS_DETENTION_NOTE =
  'Detention (行政拘留) is a penalty on natural persons; for a unit the 情节严重 tier adds nothing the text states (it names no responsible persons).';

export const ACTF_RULES: readonly PenaltyRule[] = [
  {
    id: 'ACTF.38.2',
    law: LAW,
    version: VERSION,
    article: 38,
    paragraph: 2,
    text: '前款行为尚不构成犯罪的，由公安机关处十日以上十五日以下拘留；没收违法所得，处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足一万元的，处十万元以下罚款。',
    enforces: [{ article: 38, paragraph: 1 }],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: [
      // 由公安机关处十日以上十五日以下拘留；没收违法所得，处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足一万元的，处十万元以下罚款
      BASE([
        detention('party', 'mandatory', 10, 15, '处十日以上十五日以下拘留'),
        confiscate(),
        fine('mandatory', [
          multiple(1, 10, 'illegal_gains', '处违法所得一倍以上十倍以下罚款', {
            gains: 'at_least',
            yuan: 10000,
          }),
          range(null, 100000, '没有违法所得或者违法所得不足一万元的，处十万元以下罚款', {
            gains: 'none_or_below',
            yuan: 10000,
          }),
        ]),
      ]),
    ],
    notes: [
      'Conduct (第一款): 组织、策划、实施、参与电信网络诈骗活动或者为电信网络诈骗活动提供帮助, not a crime. Detention and the fine are both mandatory (「处…拘留；没收违法所得，处…罚款」).',
      'Flag A7: the multiple applies from 一万元 of gains; below that, or with none, the fixed range (十万元以下) governs. The two meet at 一万元 (1× = 10000 ≤ 100000).',
      'Parties: natural persons. The text states no sanction for a unit (detention cannot be imposed on one).',
      'Overlap with 第四十四条: selling, renting or lending 电话卡、银行账户… (第三十一条第一款) to someone committing fraud may also be 「为电信网络诈骗活动提供帮助」. Under 第三十八条第二款 detention (10–15 days) and the fine are mandatory; under 第四十四条 the fine is mandatory and detention (≤ 15 days) needs 情节严重. The text does not rank them; the check judges under the article the decision cites.',
    ],
  },
  {
    id: 'ACTF.39',
    law: LAW,
    version: VERSION,
    article: 39,
    paragraph: null,
    items: [1, 2, 3, 4, 5],
    text: '第三十九条 电信业务经营者违反本法规定，有下列情形之一的，由有关主管部门责令改正，情节较轻的，给予警告、通报批评，或者处五万元以上五十万元以下罚款；情节严重的，处五十万元以上五百万元以下罚款，并可以由有关主管部门责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对其直接负责的主管人员和其他直接责任人员，处一万元以上二十万元以下罚款：\n（一）未落实国家有关规定确定的反电信网络诈骗内部控制机制的；\n（二）未履行电话卡、物联网卡实名制登记职责的；\n（三）未履行对电话卡、物联网卡的监测识别、监测预警和相关处置职责的；\n（四）未对物联网卡用户进行风险评估，或者未限定物联网卡的开通功能、使用场景和适用设备的；\n（五）未采取措施对改号电话、虚假主叫或者具有相应功能的非法设备进行监测处置的。',
    // （一）第六条第五款; （二）第九条; （三）第十一条、第十二条第三款; （四）第十二条第一款; （五）第十三条
    enforces: [
      { article: 6, paragraph: 5 },
      { article: 9 },
      { article: 11 },
      { article: 12 },
      { article: 13 },
    ],
    parties: ORGANIZATION,
    roles: ['telecom_operator'],
    authorities: ['competent_department'],
    tiers: operatorTiers('ACTF.39', ['责令暂停相关业务', '停业整顿', '吊销相关业务许可证', '吊销营业执照']),
    notes: [
      'Liable: 电信业务经营者 (the sector regulator is the 电信主管部门).',
      GAP_NOTE,
      ALTERNATIVES_NOTE,
      DEPARTMENTS_NOTE,
      INTERNAL_CONTROL_NOTE,
      'The article cites no obligation article (「违反本法规定」); the enforced articles are inferred from the items.',
    ],
  },
  {
    id: 'ACTF.40',
    law: LAW,
    version: VERSION,
    article: 40,
    paragraph: null,
    items: [1, 2, 3, 4],
    text: '第四十条 银行业金融机构、非银行支付机构违反本法规定，有下列情形之一的，由有关主管部门责令改正，情节较轻的，给予警告、通报批评，或者处五万元以上五十万元以下罚款；情节严重的，处五十万元以上五百万元以下罚款，并可以由有关主管部门责令停止新增业务、缩减业务类型或者业务范围、暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对其直接负责的主管人员和其他直接责任人员，处一万元以上二十万元以下罚款：\n（一）未落实国家有关规定确定的反电信网络诈骗内部控制机制的；\n（二）未履行尽职调查义务和有关风险管理措施的；\n（三）未履行对异常账户、可疑交易的风险监测和相关处置义务的；\n（四）未按照规定完整、准确传输有关交易信息的。',
    // （一）第六条第五款; （二）第十五条; （三）第十八条; （四）第十九条
    enforces: [{ article: 6, paragraph: 5 }, { article: 15 }, { article: 18 }, { article: 19 }],
    parties: ORGANIZATION,
    roles: ['financial_institution'],
    authorities: ['competent_department'],
    tiers: operatorTiers('ACTF.40', [
      '责令停止新增业务',
      '缩减业务类型或者业务范围',
      '暂停相关业务',
      '停业整顿',
      '吊销相关业务许可证',
      '吊销营业执照',
    ]),
    notes: [
      'Liable: 银行业金融机构、非银行支付机构 (the sector regulator is the 金融管理部门: 中国人民银行, the banking regulator).',
      GAP_NOTE,
      ALTERNATIVES_NOTE,
      DEPARTMENTS_NOTE,
      INTERNAL_CONTROL_NOTE,
      'Item （二） 「有关风险管理措施」 may also reach 第十六条 (开户数量) and 第十七条第一款 (企业账户风险防控); only 第十五条 (尽职调查) is listed as enforced. 停止新增业务 and 暂停相关业务 are recorded as suspension, 缩减业务类型或者业务范围 as other.',
    ],
  },
  {
    id: 'ACTF.41',
    law: LAW,
    version: VERSION,
    article: 41,
    paragraph: null,
    items: [1, 2, 3, 4, 5, 6],
    text: '第四十一条 电信业务经营者、互联网服务提供者违反本法规定，有下列情形之一的，由有关主管部门责令改正，情节较轻的，给予警告、通报批评，或者处五万元以上五十万元以下罚款；情节严重的，处五十万元以上五百万元以下罚款，并可以由有关主管部门责令暂停相关业务、停业整顿、关闭网站或者应用程序、吊销相关业务许可证或者吊销营业执照，对其直接负责的主管人员和其他直接责任人员，处一万元以上二十万元以下罚款：\n（一）未落实国家有关规定确定的反电信网络诈骗内部控制机制的；\n（二）未履行网络服务实名制职责，或者未对涉案、涉诈电话卡关联注册互联网账号进行核验的；\n（三）未按照国家有关规定，核验域名注册、解析信息和互联网协议地址的真实性、准确性，规范域名跳转，或者记录并留存所提供相应服务的日志信息的；\n（四）未登记核验移动互联网应用程序开发运营者的真实身份信息或者未核验应用程序的功能、用途，为其提供应用程序封装、分发服务的；\n（五）未履行对涉诈互联网账号和应用程序，以及其他电信网络诈骗信息、活动的监测识别和处置义务的；\n（六）拒不依法为查处电信网络诈骗犯罪提供技术支持和协助，或者未按规定移送有关违法犯罪线索、风险信息的。',
    // （一）第六条第五款; （二）第二十一条、第二十二条第二款; （三）第二十四条; （四）第二十三条第二款; （五）第二十二条第一款; （六）第二十六条
    enforces: [
      { article: 6, paragraph: 5 },
      { article: 21 },
      { article: 22 },
      { article: 24 },
      { article: 23, paragraph: 2 },
      { article: 26 },
    ],
    parties: ORGANIZATION,
    roles: ['telecom_operator', 'internet_service_provider'],
    authorities: ['competent_department'],
    tiers: operatorTiers('ACTF.41', [
      '责令暂停相关业务',
      '停业整顿',
      '关闭网站或者应用程序',
      '吊销相关业务许可证',
      '吊销营业执照',
    ]),
    notes: [
      'Liable: 电信业务经营者、互联网服务提供者 (regulators: 电信主管部门, 网信部门).',
      GAP_NOTE,
      ALTERNATIVES_NOTE,
      DEPARTMENTS_NOTE,
      INTERNAL_CONTROL_NOTE,
      'The article cites no obligation article (「违反本法规定」); the enforced articles are inferred from the items.',
    ],
  },
  {
    id: 'ACTF.42',
    law: LAW,
    version: VERSION,
    article: 42,
    paragraph: null,
    text: '第四十二条 违反本法第十四条、第二十五条第一款规定的，没收违法所得，由公安机关或者有关主管部门处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足五万元的，处五十万元以下罚款；情节严重的，由公安机关并处十五日以下拘留。',
    enforces: [{ article: 14 }, { article: 25, paragraph: 1 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['public_security', 'competent_department'],
    tiers: [
      // 没收违法所得，由公安机关或者有关主管部门处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足五万元的，处五十万元以下罚款
      BASE([
        confiscate(),
        fine('mandatory', [
          multiple(1, 10, 'illegal_gains', '处违法所得一倍以上十倍以下罚款', {
            gains: 'at_least',
            yuan: 50000,
          }),
          range(null, 500000, '没有违法所得或者违法所得不足五万元的，处五十万元以下罚款', {
            gains: 'none_or_below',
            yuan: 50000,
          }),
        ]),
      ]),
      // 情节严重的，由公安机关并处十五日以下拘留
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        [
          detention('party', 'mandatory', null, 15, '由公安机关并处十五日以下拘留', {
            partyKind: 'individual',
            note: 'Only 公安机关 may detain (「由公安机关并处」; 行政处罚法 第十八条第三款): the check rejects detention by any other agency (DETENTION_AUTHORITY).',
          }),
        ],
        { extends: 'base' },
      ),
    ],
    notes: [
      'Conduct: 第十四条 (非法制造、买卖、提供或者使用 电话卡批量插入设备、改号设备… ) and 第二十五条第一款 (为他人实施电信网络诈骗活动提供支持或者帮助: 出售、提供个人信息, 帮助洗钱…). 「违反本法第十四条」 literally includes 第二款 (operators must block such devices), whose failure is rather 第三十九条／第四十一条 conduct.',
      'Authority: the fine 「由公安机关或者有关主管部门」; detention 「由公安机关」 only. One rule names both; the detention limit is the check’s DETENTION_AUTHORITY rule.',
      'Flag A7: the multiple applies from 五万元 of gains; below that, or with none, the fixed range (五十万元以下) governs.',
      SERIOUS_DETENTION_NOTE,
      'Overlap with 第三十八条第二款: helping fraud (第二十五条第一款) that is 「为电信网络诈骗活动提供帮助」 not amounting to a crime is also 第三十八条 conduct (mandatory 10–15 days detention).',
    ],
  },
  {
    id: 'ACTF.43',
    law: LAW,
    version: VERSION,
    article: 43,
    paragraph: null,
    text: '第四十三条 违反本法第二十五条第二款规定，由有关主管部门责令改正，情节较轻的，给予警告、通报批评，或者处五万元以上五十万元以下罚款；情节严重的，处五十万元以上五百万元以下罚款，并可以由有关主管部门责令暂停相关业务、停业整顿、关闭网站或者应用程序，对其直接负责的主管人员和其他直接责任人员，处一万元以上二十万元以下罚款。',
    enforces: [{ article: 25, paragraph: 2 }],
    parties: ORGANIZATION,
    roles: ['telecom_operator', 'internet_service_provider'],
    authorities: ['competent_department'],
    tiers: operatorTiers('ACTF.43', ['责令暂停相关业务', '停业整顿', '关闭网站或者应用程序']),
    notes: [
      'Liable: 电信业务经营者、互联网服务提供者 (第二十五条第二款: 合理注意义务 over network-resource, promotion, production and payment services). No revocation of licences here.',
      GAP_NOTE,
      ALTERNATIVES_NOTE,
      DEPARTMENTS_NOTE,
    ],
  },
  {
    id: 'ACTF.44',
    law: LAW,
    version: VERSION,
    article: 44,
    paragraph: null,
    text: '第四十四条 违反本法第三十一条第一款规定的，没收违法所得，由公安机关处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足二万元的，处二十万元以下罚款；情节严重的，并处十五日以下拘留。',
    enforces: [{ article: 31, paragraph: 1 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 没收违法所得，由公安机关处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足二万元的，处二十万元以下罚款
      BASE([
        confiscate(),
        fine('mandatory', [
          multiple(1, 10, 'illegal_gains', '处违法所得一倍以上十倍以下罚款', {
            gains: 'at_least',
            yuan: 20000,
          }),
          range(null, 200000, '没有违法所得或者违法所得不足二万元的，处二十万元以下罚款', {
            gains: 'none_or_below',
            yuan: 20000,
          }),
        ]),
      ]),
      // 情节严重的，并处十五日以下拘留
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        [detention('party', 'mandatory', null, 15, '并处十五日以下拘留', { partyKind: 'individual' })],
        { extends: 'base' },
      ),
    ],
    notes: [
      'Conduct (第三十一条第一款): 非法买卖、出租、出借电话卡、物联网卡、电信线路、短信端口、银行账户、支付账户、互联网账号等, 提供实名核验帮助, 假冒他人身份或者虚构代理关系开立上述卡、账户、账号. 第三十一条第二款 (信用记录, 限制功能) are measures, not penalties: not encoded.',
      '「情节严重的，并处…拘留」: detention is added to the fine; a record with detention and no fine is admitted in the 情节严重 tier and the missing fine is a finding (REQUIRED_SANCTION_MISSING), since published records are abridged.',
      'Flag A7: the multiple applies from 二万元 of gains; below that, or with none, the fixed range (二十万元以下) governs.',
      SERIOUS_DETENTION_NOTE,
      'Overlap with 第三十八条第二款 (see ACTF.38.2): knowingly helping fraud with the cards or accounts is also 第三十八条 conduct.',
    ],
  },
];

/*
 * Not encoded: 第三十八条第一款 (criminal liability), 第三十一条第二款 (信用记录 and function limits: measures with no range),
 * 第四十五条 (officials: criminal liability / 处分), 第四十六条 (civil liability), 第四十七条 (public-interest litigation),
 * 第四十八条 (review and litigation).
 */
