/**
 * 关键信息基础设施安全保护条例 (2021-07-30, in force 2021-09-01 — 第五十一条), 第五章 法律责任: 第三十九条–第四十三条.
 * Source: data/law/关键信息基础设施安全保护条例(2021-07-30).md. 运营者 = 关键信息基础设施运营者 (第四条). Amounts are written in
 * Arabic numerals (10万元, 5日).
 */
import type { PenaltyRule, Tier } from '../model.js';
import {
  BASE,
  FLAG_A2,
  FLAG_A3,
  INDIVIDUAL,
  ORGANIZATION,
  REFUSED_OR_HARM,
  confiscate,
  detention,
  fine,
  multiple,
  personFine,
  range,
  rectify,
  tier,
  warn,
} from './build.js';
import type { SanctionTarget } from '../../shared/case-record.js';

const LAW = '关键信息基础设施安全保护条例';
const VERSION = '2021-07-30';
const NO_CRIME = '尚不构成犯罪';
const BOTH = 'direct_supervisor_and_others' as const;

/** 第三十九条、第四十条: 拒不改正或者导致危害网络安全等后果的，处10万元以上100万元以下罚款，对直接负责的主管人员处1万元以上10万元以下罚款. */
const DUTY_TIERS: Tier[] = [
  BASE([rectify(), warn()]),
  tier(
    'aggravated',
    '拒不改正或者导致危害网络安全等后果',
    REFUSED_OR_HARM,
    [
      fine('mandatory', [range(100000, 1000000, '处10万元以上100万元以下罚款')]),
      personFine(
        'mandatory',
        10000,
        100000,
        '对直接负责的主管人员处1万元以上10万元以下罚款',
        'direct_supervisor',
      ),
    ],
    { extends: 'base', note: FLAG_A2 },
  ),
];

/** 第四十三条第一款 (a natural person; also a unit's responsible persons by 第二款). */
function intrusionTiers(target: SanctionTarget): Tier[] {
  const who = target === 'responsible_person' ? { responsiblePersons: BOTH } : {};
  return [
    // 由公安机关没收违法所得，处5日以下拘留，可以并处5万元以上50万元以下罚款
    BASE([
      ...(target === 'party' ? [confiscate()] : []),
      detention(target, 'mandatory', null, 5, '处5日以下拘留'),
      {
        kind: 'fine',
        target,
        modality: 'optional',
        fine: [range(50000, 500000, '可以并处5万元以上50万元以下罚款')],
        ...who,
      },
    ]),
    // 情节较重的，处5日以上15日以下拘留，可以并处10万元以上100万元以下罚款
    tier(
      'relatively_serious',
      '情节较重',
      [['relatively_serious_circumstances']],
      [
        detention(target, 'mandatory', 5, 15, '处5日以上15日以下拘留'),
        {
          kind: 'fine',
          target,
          modality: 'optional',
          fine: [range(100000, 1000000, '可以并处10万元以上100万元以下罚款')],
          ...who,
        },
      ],
      {
        extends: 'base',
        note: 'Detention and fine replace the base ones; confiscation carries over (Flag A21). 5 days is in both ranges (Flag A11).',
      },
    ),
  ];
}

export const CIIR_RULES: readonly PenaltyRule[] = [
  {
    id: 'CIIR.39',
    law: LAW,
    version: VERSION,
    article: 39,
    paragraph: null,
    text: '第三十九条 运营者有下列情形之一的，由有关主管部门依据职责责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处10万元以上100万元以下罚款，对直接负责的主管人员处1万元以上10万元以下罚款：\n（一）在关键信息基础设施发生较大变化，可能影响其认定结果时未及时将相关情况报告保护工作部门的；\n（二）安全保护措施未与关键信息基础设施同步规划、同步建设、同步使用的；\n（三）未建立健全网络安全保护制度和责任制的；\n（四）未设置专门安全管理机构的；\n（五）未对专门安全管理机构负责人和关键岗位人员进行安全背景审查的；\n（六）开展与网络安全和信息化有关的决策没有专门安全管理机构人员参与的；\n（七）专门安全管理机构未履行本条例第十五条规定的职责的；\n（八）未对关键信息基础设施每年至少进行一次网络安全检测和风险评估，未对发现的安全问题及时整改，或者未按照保护工作部门要求报送情况的；\n（九）采购网络产品和服务，未按照国家有关规定与网络产品和服务提供者签订安全保密协议的；\n（十）发生合并、分立、解散等情况，未及时报告保护工作部门，或者未按照保护工作部门的要求对关键信息基础设施进行处置的。',
    // Inferred from the items' wording (only item （七） cites an article).
    enforces: [
      { article: 11 },
      { article: 12 },
      { article: 13 },
      { article: 14 },
      { article: 15 },
      { article: 16 },
      { article: 17 },
      { article: 20 },
      { article: 21 },
    ],
    parties: ORGANIZATION,
    roles: ['cii_operator'],
    authorities: ['competent_department'],
    tiers: DUTY_TIERS,
    notes: [
      FLAG_A3,
      'Only 直接负责的主管人员 are named for the personal fine. Flag A14: overlaps 网络安全法(2016) 第五十九条第二款 (same ranges).',
      'Items map to: （一）第十一条; （二）第十二条; （三）第十三条; （四）（五）第十四条; （六）第十六条; （七）第十五条; （八）第十七条; （九）第二十条; （十）第二十一条.',
    ],
  },
  {
    id: 'CIIR.40',
    law: LAW,
    version: VERSION,
    article: 40,
    paragraph: null,
    text: '第四十条 运营者在关键信息基础设施发生重大网络安全事件或者发现重大网络安全威胁时，未按照有关规定向保护工作部门、公安机关报告的，由保护工作部门、公安机关依据职责责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处10万元以上100万元以下罚款，对直接负责的主管人员处1万元以上10万元以下罚款。',
    enforces: [{ article: 18, paragraph: 1 }],
    parties: ORGANIZATION,
    roles: ['cii_operator'],
    authorities: ['competent_department', 'public_security'],
    tiers: DUTY_TIERS,
    notes: [
      FLAG_A3,
      "由保护工作部门、公安机关依据职责: 保护工作部门 is the sector's competent department (第八条).",
    ],
  },
  {
    id: 'CIIR.41',
    law: LAW,
    version: VERSION,
    article: 41,
    paragraph: null,
    text: '第四十一条 运营者采购可能影响国家安全的网络产品和服务，未按照国家网络安全规定进行安全审查的，由国家网信部门等有关主管部门依据职责责令改正，处采购金额1倍以上10倍以下罚款，对直接负责的主管人员和其他直接责任人员处1万元以上10万元以下罚款。',
    enforces: [{ article: 19 }],
    parties: ORGANIZATION,
    roles: ['cii_operator'],
    authorities: ['cyberspace', 'competent_department'],
    tiers: [
      // 由国家网信部门等有关主管部门依据职责责令改正，处采购金额1倍以上10倍以下罚款，对…处1万元以上10万元以下罚款
      BASE([
        rectify(),
        fine('mandatory', [multiple(1, 10, 'procurement_amount', '处采购金额1倍以上10倍以下罚款')]),
        personFine(
          'mandatory',
          10000,
          100000,
          '对直接负责的主管人员和其他直接责任人员处1万元以上10万元以下罚款',
          BOTH,
        ),
      ]),
    ],
    notes: [
      'No warning. Flag A25: no fallback when the procurement amount is zero or unknown. Flag A14: overlaps 网络安全法(2016) 第六十五条.',
      '国家网信部门等有关主管部门: the national cyberspace administration is named; a local 网信办 is not.',
    ],
  },
  {
    id: 'CIIR.42',
    law: LAW,
    version: VERSION,
    article: 42,
    paragraph: null,
    text: '第四十二条 运营者对保护工作部门开展的关键信息基础设施网络安全检查检测工作，以及公安、国家安全、保密行政管理、密码管理等有关部门依法开展的关键信息基础设施网络安全检查工作不予配合的，由有关主管部门责令改正；拒不改正的，处5万元以上50万元以下罚款，对直接负责的主管人员和其他直接责任人员处1万元以上10万元以下罚款；情节严重的，依法追究相应法律责任。',
    enforces: [{ article: 28 }],
    parties: ORGANIZATION,
    roles: ['cii_operator'],
    authorities: ['competent_department'],
    tiers: [
      BASE([rectify()]),
      // 拒不改正的，处5万元以上50万元以下罚款，对直接负责的主管人员和其他直接责任人员处1万元以上10万元以下罚款
      tier(
        'refused',
        '拒不改正',
        [['refused_rectification']],
        [
          fine('mandatory', [range(50000, 500000, '处5万元以上50万元以下罚款')]),
          personFine(
            'mandatory',
            10000,
            100000,
            '对直接负责的主管人员和其他直接责任人员处1万元以上10万元以下罚款',
            BOTH,
          ),
        ],
        { extends: 'base' },
      ),
    ],
    notes: [
      FLAG_A3,
      '「情节严重的，依法追究相应法律责任」 sets no sanction of its own (a referral to other law): not encoded as a tier.',
    ],
  },
  {
    id: 'CIIR.43.1',
    law: LAW,
    version: VERSION,
    article: 43,
    paragraph: 1,
    text: '第四十三条 实施非法侵入、干扰、破坏关键信息基础设施，危害其安全的活动尚不构成犯罪的，依照《中华人民共和国网络安全法》有关规定，由公安机关没收违法所得，处5日以下拘留，可以并处5万元以上50万元以下罚款；情节较重的，处5日以上15日以下拘留，可以并处10万元以上100万元以下罚款。',
    enforces: [{ article: 5, paragraph: 2 }],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: intrusionTiers('party'),
    notes: [
      '「依照《中华人民共和国网络安全法》有关规定」: the numbers are those of 网络安全法 第六十三条第一款 (2025: 第六十六条第一款).',
      '第三款 (employment bar) has no range: not encoded (Flag A12).',
    ],
  },
  {
    id: 'CIIR.43.2',
    law: LAW,
    version: VERSION,
    article: 43,
    paragraph: 2,
    text: '单位有前款行为的，由公安机关没收违法所得，处10万元以上100万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚。',
    enforces: [{ article: 5, paragraph: 2 }],
    parties: ORGANIZATION,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: [
      // 由公安机关没收违法所得，处10万元以上100万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚
      BASE([
        confiscate(),
        fine('mandatory', [range(100000, 1000000, '处10万元以上100万元以下罚款')]),
        ...intrusionTiers('responsible_person')[0]!.sanctions,
      ]),
      tier(
        'relatively_serious',
        '直接责任人员情节较重',
        [['relatively_serious_circumstances']],
        intrusionTiers('responsible_person')[1]!.sanctions,
        {
          extends: 'base',
          note: "The unit has a single tier; 情节较重 raises only the responsible persons' sanctions.",
        },
      ),
    ],
  },
];

/*
 * Not encoded: 第四十三条第三款 (employment bar, no range); 第四十四条–第四十九条 (处分 of officials, refunds, 责任事故 investigation,
 * 电子政务 operators sent to 网络安全法, civil/治安/criminal routing) — none sets a sanction range.
 */
