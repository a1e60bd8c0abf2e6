/**
 * 网络安全法 as amended 2025-10-28 (in force 2026-01-01), 第六章 法律责任: the penalty paragraphs of 第六十一条–第七十条 and the
 * referral paragraphs of 第七十一条. Source: data/law/网络安全法(2025-10-28).md. Obligation articles are cited in the 2025 numbering.
 */
import type { PenaltyRule, Tier } from '../model.js';
import { attackTiers, crimeSiteTiers } from './csl-police-tiers.js';
import {
  ANY_PARTY,
  BASE,
  CSL2025_MEASURES,
  DATA_MEASURES,
  FLAG_A2,
  FLAG_A3,
  FLAG_A4,
  INDIVIDUAL,
  ORGANIZATION,
  REFUSED_OR_HARM,
  REFUSED_OR_SERIOUS,
  businessMeasures,
  confiscate,
  fine,
  measure,
  multiple,
  personFine,
  range,
  rectify,
  tier,
  warn,
} from './build.js';

const LAW = '网络安全法';
const VERSION = '2025-10-28';
const NO_CRIME = '尚不构成犯罪';

/**
 * 第六十一条第三款, also applied by 第六十二条第二款 and 第六十五条第二款 (「依照该款规定处罚」).
 * 造成大量数据泄露、关键信息基础设施丧失局部功能等严重危害网络安全后果的，由有关主管部门处五十万元以上二百万元以下罚款，
 * 对直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下罚款；造成关键信息基础设施丧失主要功能等特别严重危害网络安全后果的，
 * 处二百万元以上一千万元以下罚款，对直接负责的主管人员和其他直接责任人员处二十万元以上一百万元以下罚款。
 */
const ART61_3_TIERS: Tier[] = [
  tier(
    'serious',
    '造成严重危害网络安全后果',
    [['serious_consequences']],
    [
      fine('mandatory', [range(500000, 2000000, '处五十万元以上二百万元以下罚款')]),
      personFine(
        'mandatory',
        50000,
        200000,
        '对直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下罚款',
        'direct_supervisor_and_others',
      ),
    ],
  ),
  tier(
    'especially_serious',
    '造成特别严重危害网络安全后果',
    [['especially_serious_consequences']],
    [
      fine('mandatory', [range(2000000, 10000000, '处二百万元以上一千万元以下罚款')]),
      personFine(
        'mandatory',
        200000,
        1000000,
        '对直接负责的主管人员和其他直接责任人员处二十万元以上一百万元以下罚款',
        'direct_supervisor_and_others',
      ),
    ],
  ),
];

const ART61_3_NOTE =
  'Flag A2/A20: whether the sanctions of the paragraph that describes the conduct (责令改正、警告) also attach is not stated; the line between 「危害网络安全等后果」 and 「严重危害网络安全后果」 is not defined.';

/** 第六十九条第一款 (also applied by 第三款). */
const ART69_1_TIERS: Tier[] = [
  // 由有关主管部门责令改正，给予警告、予以通报，可以处五万元以上五十万元以下罚款
  BASE([
    rectify(),
    warn(),
    measure('other', 'mandatory', '予以通报', {
      note: 'Flag A27: 予以通报 is not defined; reading it as 通报批评 (行政处罚法 第九条第（一）项) is an interpretation.',
    }),
    fine('optional', [range(50000, 500000, '可以处五万元以上五十万元以下罚款')]),
  ]),
  // 拒不改正或者情节严重的，处五十万元以上二百万元以下罚款，并可以责令暂停相关业务…，对直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下罚款
  tier(
    'aggravated',
    '拒不改正或者情节严重',
    REFUSED_OR_SERIOUS,
    [
      fine('mandatory', [range(500000, 2000000, '处五十万元以上二百万元以下罚款')]),
      ...businessMeasures('optional', CSL2025_MEASURES),
      personFine(
        'mandatory',
        50000,
        200000,
        '对直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下罚款',
        'direct_supervisor_and_others',
        { note: FLAG_A4 },
      ),
    ],
    { extends: 'base', note: FLAG_A2 },
  ),
];

/** 第六十九条第二款: 造成特别严重影响、特别严重后果的，由有关主管部门处二百万元以上一千万元以下罚款，责令暂停相关业务…，对…处二十万元以上一百万元以下罚款. */
const ART69_2_TIER: Tier = tier(
  'especially_serious',
  '造成特别严重影响、特别严重后果',
  [['especially_serious_impact']],
  [
    fine('mandatory', [range(2000000, 10000000, '处二百万元以上一千万元以下罚款')]),
    ...businessMeasures('alternative', CSL2025_MEASURES, 'CSL2025.69.2'),
    personFine(
      'mandatory',
      200000,
      1000000,
      '对直接负责的主管人员和其他直接责任人员处二十万元以上一百万元以下罚款',
      'direct_supervisor_and_others',
    ),
  ],
  {
    note: 'Flag A26: the business measures are imposed without 可以 but joined by 或者: at least one must be chosen; whether several may be combined is not stated.',
  },
);

const ART71_1_TEXT =
  '第七十一条 有下列行为之一的，依照有关法律、行政法规的规定处理、处罚：\n（一）发布或者传输本法第十三条第二款和其他法律、行政法规禁止发布或者传输的信息的；\n（二）违反本法第二十四条第三款、第四十三条至第四十五条规定，侵害个人信息权益的；\n（三）违反本法第三十九条规定，关键信息基础设施的运营者在境外存储个人信息和重要数据，或者向境外提供个人信息和重要数据的。';

/**
 * 第七十一条第一款, one rule per item: 「有下列行为之一的，依照有关法律、行政法规的规定处理、处罚」. The three items had three
 * different 2016 predecessors (第七十条, 第六十四条第一款, 第六十六条), so 从旧兼从轻 compares each with its own.
 */
function referralItem(
  item: number,
  enforces: PenaltyRule['enforces'],
  referTo: string[],
  note: string,
  liable: Pick<PenaltyRule, 'parties' | 'roles'> = { parties: ANY_PARTY, roles: ['any'] },
): PenaltyRule {
  return {
    id: `CSL2025.71.1.${item}`,
    law: LAW,
    version: VERSION,
    article: 71,
    paragraph: 1,
    items: [item],
    text: ART71_1_TEXT,
    enforces,
    ...liable,
    authorities: ['competent_department'],
    referral: true,
    referTo,
    tiers: [],
    notes: [`Referral: 「依照有关法律、行政法规的规定处理、处罚」 — no sanction of its own. ${note}`],
  };
}

export const CSL2025_RULES: readonly PenaltyRule[] = [
  {
    id: 'CSL2025.61.1',
    law: LAW,
    version: VERSION,
    article: 61,
    paragraph: 1,
    text: '第六十一条 网络运营者不履行本法第二十三条、第二十七条规定的网络安全保护义务的，由有关主管部门责令改正，给予警告，可以处一万元以上五万元以下罚款；拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 23 }, { article: 27 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: [
      // 由有关主管部门责令改正，给予警告，可以处一万元以上五万元以下罚款
      BASE([rectify(), warn(), fine('optional', [range(10000, 50000, '可以处一万元以上五万元以下罚款')])]),
      // 拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者导致危害网络安全等后果',
        REFUSED_OR_HARM,
        [
          fine('mandatory', [range(50000, 500000, '处五万元以上五十万元以下罚款')]),
          personFine(
            'mandatory',
            10000,
            100000,
            '对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款',
            'direct_supervisor_and_others',
          ),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    notes: [FLAG_A3, 'Further tiers for 严重 / 特别严重危害网络安全后果: CSL2025.61.3.'],
  },
  {
    id: 'CSL2025.61.2',
    law: LAW,
    version: VERSION,
    article: 61,
    paragraph: 2,
    text: '关键信息基础设施的运营者不履行本法第三十五条、第三十六条、第三十八条、第四十条规定的网络安全保护义务的，由有关主管部门责令改正，给予警告，可以处五万元以上十万元以下罚款；拒不改正或者导致危害网络安全等后果的，处十万元以上一百万元以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 35 }, { article: 36 }, { article: 38 }, { article: 40 }],
    parties: ORGANIZATION,
    roles: ['cii_operator'],
    authorities: ['competent_department'],
    tiers: [
      // 责令改正，给予警告，可以处五万元以上十万元以下罚款
      BASE([rectify(), warn(), fine('optional', [range(50000, 100000, '可以处五万元以上十万元以下罚款')])]),
      // 拒不改正或者导致危害网络安全等后果的，处十万元以上一百万元以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者导致危害网络安全等后果',
        REFUSED_OR_HARM,
        [
          fine('mandatory', [range(100000, 1000000, '处十万元以上一百万元以下罚款')]),
          personFine(
            'mandatory',
            10000,
            100000,
            '对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款',
            'direct_supervisor_and_others',
          ),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    notes: [FLAG_A3, 'Further tiers for 严重 / 特别严重危害网络安全后果: CSL2025.61.3.'],
  },
  {
    id: 'CSL2025.61.3',
    law: LAW,
    version: VERSION,
    article: 61,
    paragraph: 3,
    text: '有前两款行为，造成大量数据泄露、关键信息基础设施丧失局部功能等严重危害网络安全后果的，由有关主管部门处五十万元以上二百万元以下罚款，对直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下罚款；造成关键信息基础设施丧失主要功能等特别严重危害网络安全后果的，处二百万元以上一千万元以下罚款，对直接负责的主管人员和其他直接责任人员处二十万元以上一百万元以下罚款。',
    enforces: [
      { article: 23 },
      { article: 27 },
      { article: 35 },
      { article: 36 },
      { article: 38 },
      { article: 40 },
    ],
    parties: ANY_PARTY,
    roles: ['network_operator', 'cii_operator'],
    authorities: ['competent_department'],
    tiers: ART61_3_TIERS,
    notes: [
      '「有前两款行为」: the conduct of 第六十一条第一款 or 第二款 with the stated consequences; no tier applies without them.',
      ART61_3_NOTE,
    ],
  },
  {
    id: 'CSL2025.62.1',
    law: LAW,
    version: VERSION,
    article: 62,
    paragraph: 1,
    text: '第六十二条 违反本法第二十四条第一款、第二款和第五十条第一款规定，有下列行为之一的，由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款，对直接负责的主管人员处一万元以上十万元以下罚款：\n（一）设置恶意程序的；\n（二）对其产品、服务存在的安全缺陷、漏洞等风险未立即采取补救措施，或者未按照规定及时告知用户并向有关主管部门报告的；\n（三）擅自终止为其产品、服务提供安全维护的。',
    enforces: [
      { article: 24, paragraph: 1 },
      { article: 24, paragraph: 2 },
      { article: 50, paragraph: 1 },
    ],
    parties: ANY_PARTY,
    roles: ['product_service_provider', 'any'],
    authorities: ['competent_department'],
    tiers: [
      BASE([rectify(), warn()]),
      // 拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款，对直接负责的主管人员处一万元以上十万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者导致危害网络安全等后果',
        REFUSED_OR_HARM,
        [
          fine('mandatory', [range(50000, 500000, '处五万元以上五十万元以下罚款')]),
          personFine(
            'mandatory',
            10000,
            100000,
            '对直接负责的主管人员处一万元以上十万元以下罚款',
            'direct_supervisor',
          ),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    notes: [FLAG_A3, 'Only 直接负责的主管人员 are named (unlike 第六十一条 in 2025).'],
  },
  {
    id: 'CSL2025.62.2',
    law: LAW,
    version: VERSION,
    article: 62,
    paragraph: 2,
    items: [1, 2],
    text: '有前款第一项、第二项行为，造成本法第六十一条第三款规定的后果的，依照该款规定处罚。',
    enforces: [
      { article: 24, paragraph: 1 },
      { article: 24, paragraph: 2 },
      { article: 50, paragraph: 1 },
    ],
    parties: ANY_PARTY,
    roles: ['product_service_provider', 'any'],
    authorities: ['competent_department'],
    tiers: ART61_3_TIERS,
    notes: [
      '「依照该款规定处罚」: the tiers of 第六十一条第三款, for the acts of 第六十二条第一款 第（一）项、第（二）项 only.',
      ART61_3_NOTE,
    ],
  },
  {
    id: 'CSL2025.63',
    law: LAW,
    version: VERSION,
    article: 63,
    paragraph: null,
    text: '第六十三条 违反本法第二十五条规定，销售或者提供未经安全认证、安全检测或者安全认证不合格、安全检测不符合要求的网络关键设备和网络安全专用产品的，由有关主管部门责令停止销售或者提供，给予警告，没收违法所得；没有违法所得或者违法所得不足十万元的，并处二万元以上十万元以下罚款；违法所得十万元以上的，并处违法所得一倍以上五倍以下罚款；情节严重的，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照。法律、行政法规另有规定的，依照其规定。',
    enforces: [{ article: 25 }],
    parties: ANY_PARTY,
    roles: ['product_service_provider', 'any'],
    authorities: ['competent_department'],
    preconditions: ['法律、行政法规另有规定的，依照其规定'],
    tiers: [
      // 责令停止销售或者提供，给予警告，没收违法所得；没有违法所得或者违法所得不足十万元的，并处二万元以上十万元以下罚款；
      // 违法所得十万元以上的，并处违法所得一倍以上五倍以下罚款
      BASE([
        measure('rectification', 'mandatory', '责令停止销售或者提供'),
        warn(),
        confiscate(),
        fine('mandatory', [
          range(20000, 100000, '没有违法所得或者违法所得不足十万元的，并处二万元以上十万元以下罚款', {
            gains: 'none_or_below',
            yuan: 100000,
          }),
          multiple(1, 5, 'illegal_gains', '违法所得十万元以上的，并处违法所得一倍以上五倍以下罚款', {
            gains: 'at_least',
            yuan: 100000,
          }),
        ]),
      ]),
      // 情节严重的，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照
      tier('serious', '情节严重', [['serious_circumstances']], businessMeasures('optional', DATA_MEASURES), {
        extends: 'base',
        note: '「并可以」: added to the base tier.',
      }),
    ],
    notes: [
      'New in 2025: 2016 第二十三条 (the same duty) had no penalty article.',
      'No responsible-person fine. The range jumps at 100000 of gains: 99999 → 20000–100000; 100000 → 100000–500000.',
    ],
  },
  {
    id: 'CSL2025.64',
    law: LAW,
    version: VERSION,
    article: 64,
    paragraph: null,
    text: '第六十四条 网络运营者违反本法第二十六条第一款规定，未要求用户提供真实身份信息，或者对不提供真实身份信息的用户提供相关服务的，由有关主管部门责令改正；拒不改正或者情节严重的，处五万元以上五十万元以下罚款，并可以责令暂停相关业务、停业整顿、关闭网站或者应用程序、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 26, paragraph: 1 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: [
      BASE([rectify()]),
      // 拒不改正或者情节严重的，处五万元以上五十万元以下罚款，并可以责令暂停相关业务、停业整顿、关闭网站或者应用程序…，
      // 对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者情节严重',
        REFUSED_OR_SERIOUS,
        [
          fine('mandatory', [range(50000, 500000, '处五万元以上五十万元以下罚款')]),
          ...businessMeasures('optional', CSL2025_MEASURES),
          personFine(
            'mandatory',
            10000,
            100000,
            '对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款',
            'direct_supervisor_and_others',
            { note: FLAG_A4 },
          ),
        ],
        { extends: 'base' },
      ),
    ],
    notes: [FLAG_A3],
  },
  {
    id: 'CSL2025.65.1',
    law: LAW,
    version: VERSION,
    article: 65,
    paragraph: 1,
    text: '第六十五条 违反本法第二十八条规定，开展网络安全认证、检测、风险评估等活动，或者向社会发布系统漏洞、计算机病毒、网络攻击、网络侵入等网络安全信息的，由有关主管部门责令改正，给予警告，可以处一万元以上十万元以下罚款；拒不改正或者情节严重的，处十万元以上一百万元以下罚款，并可以责令暂停相关业务、停业整顿、关闭网站或者应用程序、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 28 }],
    parties: ANY_PARTY,
    roles: ['security_service_provider', 'any'],
    authorities: ['competent_department'],
    tiers: [
      // 责令改正，给予警告，可以处一万元以上十万元以下罚款
      BASE([rectify(), warn(), fine('optional', [range(10000, 100000, '可以处一万元以上十万元以下罚款')])]),
      // 拒不改正或者情节严重的，处十万元以上一百万元以下罚款，并可以…，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者情节严重',
        REFUSED_OR_SERIOUS,
        [
          fine('mandatory', [range(100000, 1000000, '处十万元以上一百万元以下罚款')]),
          ...businessMeasures('optional', CSL2025_MEASURES),
          personFine(
            'mandatory',
            10000,
            100000,
            '对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款',
            'direct_supervisor_and_others',
            { note: FLAG_A4 },
          ),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    notes: [FLAG_A3],
  },
  {
    id: 'CSL2025.65.2',
    law: LAW,
    version: VERSION,
    article: 65,
    paragraph: 2,
    text: '有前款行为，造成本法第六十一条第三款规定的后果的，依照该款规定处罚。',
    enforces: [{ article: 28 }],
    parties: ANY_PARTY,
    roles: ['security_service_provider', 'any'],
    authorities: ['competent_department'],
    tiers: ART61_3_TIERS,
    notes: ['「依照该款规定处罚」: the tiers of 第六十一条第三款.', ART61_3_NOTE],
  },
  {
    id: 'CSL2025.66.1',
    law: LAW,
    version: VERSION,
    article: 66,
    paragraph: 1,
    text: '第六十六条 违反本法第二十九条规定，从事危害网络安全的活动，或者提供专门用于从事危害网络安全活动的程序、工具，或者为他人从事危害网络安全的活动提供技术支持、广告推广、支付结算等帮助，尚不构成犯罪的，由公安机关没收违法所得，处五日以下拘留，可以并处五万元以上五十万元以下罚款；情节较重的，处五日以上十五日以下拘留，可以并处十万元以上一百万元以下罚款。',
    enforces: [{ article: 29 }],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: attackTiers('party'),
    notes: [
      'Same words and bounds as 2016 第六十三条第一款. Detention is mandatory and the fine optional in both tiers.',
      '第三款 (employment bar) is a statutory consequence with no range: not encoded (Flag A12).',
    ],
  },
  {
    id: 'CSL2025.66.2',
    law: LAW,
    version: VERSION,
    article: 66,
    paragraph: 2,
    text: '单位有前款行为的，由公安机关没收违法所得，处十万元以上一百万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚。',
    enforces: [{ article: 29 }],
    parties: ORGANIZATION,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: [
      BASE([
        confiscate(),
        fine('mandatory', [range(100000, 1000000, '处十万元以上一百万元以下罚款')]),
        ...attackTiers('responsible_person')[0]!.sanctions,
      ]),
      tier(
        'relatively_serious',
        '直接责任人员情节较重',
        [['relatively_serious_circumstances']],
        attackTiers('responsible_person')[1]!.sanctions,
        {
          extends: 'base',
          note: "The unit has a single tier; 情节较重 raises only the responsible persons' sanctions.",
        },
      ),
    ],
  },
  {
    id: 'CSL2025.67',
    law: LAW,
    version: VERSION,
    article: 67,
    paragraph: null,
    text: '第六十七条 关键信息基础设施的运营者违反本法第三十七条规定，使用未经安全审查或者安全审查未通过的网络产品或者服务的，由有关主管部门责令限期改正、停止使用、消除对国家安全的影响，处采购金额一倍以上十倍以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 37 }],
    parties: ORGANIZATION,
    roles: ['cii_operator'],
    authorities: ['competent_department'],
    tiers: [
      // 责令限期改正、停止使用、消除对国家安全的影响，处采购金额一倍以上十倍以下罚款，对…处一万元以上十万元以下罚款
      BASE([
        rectify('责令限期改正、停止使用、消除对国家安全的影响'),
        fine('mandatory', [multiple(1, 10, 'procurement_amount', '处采购金额一倍以上十倍以下罚款')]),
        personFine(
          'mandatory',
          10000,
          100000,
          '对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款',
          'direct_supervisor_and_others',
        ),
      ]),
    ],
    notes: ['No warning. Flag A25: no fallback when the procurement amount is zero or unknown.'],
  },
  {
    id: 'CSL2025.68.1',
    law: LAW,
    version: VERSION,
    article: 68,
    paragraph: 1,
    text: '第六十八条 违反本法第四十八条规定，设立用于实施违法犯罪活动的网站、通讯群组，或者利用网络发布涉及实施违法犯罪活动的信息，尚不构成犯罪的，由公安机关处五日以下拘留，可以并处一万元以上十万元以下罚款；情节较重的，处五日以上十五日以下拘留，可以并处五万元以上五十万元以下罚款。关闭用于实施违法犯罪活动的网站、通讯群组。',
    enforces: [{ article: 48 }],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: crimeSiteTiers('party'),
    notes: ['Same words and bounds as 2016 第六十七条第一款. Flag A21: no confiscation in the text.'],
  },
  {
    id: 'CSL2025.68.2',
    law: LAW,
    version: VERSION,
    article: 68,
    paragraph: 2,
    text: '单位有前款行为的，由公安机关处十万元以上五十万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚。',
    enforces: [{ article: 48 }],
    parties: ORGANIZATION,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: [
      BASE([
        fine('mandatory', [range(100000, 500000, '处十万元以上五十万元以下罚款')]),
        ...crimeSiteTiers('responsible_person')[0]!.sanctions,
      ]),
      tier(
        'relatively_serious',
        '直接责任人员情节较重',
        [['relatively_serious_circumstances']],
        crimeSiteTiers('responsible_person')[1]!.sanctions,
        {
          extends: 'base',
          note: "The unit has a single tier; 情节较重 raises only the responsible persons' sanctions.",
        },
      ),
    ],
    notes: ['Flag A15: whether the closure sentence of 第一款 applies in a unit case is not stated.'],
  },
  {
    id: 'CSL2025.69.1',
    law: LAW,
    version: VERSION,
    article: 69,
    paragraph: 1,
    text: '第六十九条 网络运营者违反本法第四十九条规定，对法律、行政法规禁止发布或者传输的信息未停止传输、采取消除等处置措施、保存有关记录、向有关主管部门报告，或者违反本法第五十二条规定，不按照有关部门的要求对法律、行政法规禁止发布或者传输的信息停止传输、采取消除等处置措施、保存有关记录的，由有关主管部门责令改正，给予警告、予以通报，可以处五万元以上五十万元以下罚款；拒不改正或者情节严重的，处五十万元以上二百万元以下罚款，并可以责令暂停相关业务、停业整顿、关闭网站或者应用程序、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下罚款。',
    enforces: [{ article: 49 }, { article: 52 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: ART69_1_TIERS,
    notes: [
      FLAG_A3,
      'No 没收违法所得 in the text (2016 第六十八条 had it); 行政处罚法 第二十八条第二款 still applies.',
      'Further tier for 特别严重影响、特别严重后果: CSL2025.69.2.',
    ],
  },
  {
    id: 'CSL2025.69.2',
    law: LAW,
    version: VERSION,
    article: 69,
    paragraph: 2,
    text: '有前款行为，造成特别严重影响、特别严重后果的，由有关主管部门处二百万元以上一千万元以下罚款，责令暂停相关业务、停业整顿、关闭网站或者应用程序、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处二十万元以上一百万元以下罚款。',
    enforces: [{ article: 49 }, { article: 52 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: [ART69_2_TIER],
    notes: ["Whether 第一款's 责令改正、警告、予以通报 also attach is not stated (Flag A2)."],
  },
  {
    id: 'CSL2025.69.3',
    law: LAW,
    version: VERSION,
    article: 69,
    paragraph: 3,
    text: '电子信息发送服务提供者、应用软件下载服务提供者，不履行本法第五十条第二款规定的安全管理义务的，依照前两款规定处罚。',
    enforces: [{ article: 50, paragraph: 2 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: [...ART69_1_TIERS, ART69_2_TIER],
    notes: [
      '「依照前两款规定处罚」: the tiers of 第六十九条第一款 and 第二款. Liable: 电子信息发送服务提供者、应用软件下载服务提供者.',
    ],
  },
  {
    id: 'CSL2025.70',
    law: LAW,
    version: VERSION,
    article: 70,
    paragraph: null,
    text: '第七十条 网络运营者违反本法规定，有下列行为之一的，由有关主管部门责令改正；拒不改正或者情节严重的，处五万元以上五十万元以下罚款，对直接负责的主管人员和其他直接责任人员，处一万元以上十万元以下罚款：\n（一）拒绝、阻碍有关部门依法实施的监督检查的；\n（二）拒不向公安机关、国家安全机关提供技术支持和协助的。',
    enforces: [{ article: 51, paragraph: 2 }, { article: 30 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: [
      BASE([rectify()]),
      // 拒不改正或者情节严重的，处五万元以上五十万元以下罚款，对直接负责的主管人员和其他直接责任人员，处一万元以上十万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者情节严重',
        REFUSED_OR_SERIOUS,
        [
          fine('mandatory', [range(50000, 500000, '处五万元以上五十万元以下罚款')]),
          personFine(
            'mandatory',
            10000,
            100000,
            '对直接负责的主管人员和其他直接责任人员，处一万元以上十万元以下罚款',
            'direct_supervisor_and_others',
          ),
        ],
        { extends: 'base' },
      ),
    ],
    notes: [
      FLAG_A3,
      'The article cites no obligation article; inferred: （一）第五十一条第二款 (supervision and inspection), （二）第三十条 (technical support to 公安机关、国家安全机关).',
    ],
  },
  referralItem(
    1,
    [{ article: 13, paragraph: 2 }],
    ['INTLNET.20'],
    '（一） prohibited information: the laws that punish it are not named; candidates: 计算机信息网络国际联网安全保护管理办法 第二十条 (and 治安管理处罚法 for the police, 互联网信息服务管理办法 for providers). 2016 predecessor: 第七十条 (itself a referral).',
  ),
  referralItem(
    2,
    [{ article: 24, paragraph: 3 }, { article: 43 }, { article: 44 }, { article: 45 }],
    ['PIPL.66.1', 'PIPL.66.2'],
    '（二） personal-information rights: 个人信息保护法 第六十六条 (the law that now governs them). 2016 predecessor: 第六十四条第一款, with its own ranges.',
  ),
  referralItem(
    3,
    [{ article: 39 }],
    ['PIPL.66.1', 'PIPL.66.2', 'DSL.46'],
    '（三） CII data export: 个人信息保护法 第六十六条 (personal information), 数据安全法 第四十六条 (important data; an interpretation, since 数据安全法 第三十一条 sends CII operators back to 网络安全法). 2016 predecessor: 第六十六条 (五万元以上五十万元以下), which stays the measure for conduct before 2026-01-01 unless the rule reached is lighter.',
    { parties: ORGANIZATION, roles: ['cii_operator'] },
  ),
  {
    id: 'CSL2025.71.2',
    law: LAW,
    version: VERSION,
    article: 71,
    paragraph: 2,
    text: '违反本法第四十六条规定，窃取或者以其他非法方式获取、非法出售或者非法向他人提供个人信息，尚不构成犯罪的，由公安机关依照有关法律、行政法规的规定处罚。',
    enforces: [{ article: 46 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    referral: true,
    referTo: ['PSAL2025.56.1', 'PSAL2025.56.2', 'PIPL.66.1', 'PIPL.66.2'],
    tiers: [],
    notes: [
      'Referral: 「由公安机关依照有关法律、行政法规的规定处罚」 — the laws are not named. For the police: 治安管理处罚法(2025) 第五十六条 (detention 10–15 days; 情节较轻 ≤ 5 days). Its 第一百四十一条第三款 leaves fines and confiscation for that conduct to 「相关主管部门依照相应规定」 (e.g. 个人信息保护法 第六十六条 for a processor).',
      'The 2016 text (第六十四条第二款) had its own ranges (没收违法所得 + 1–10× gains, or ≤ 1000000 without gains); under 从旧兼从轻 they remain the measure for conduct before 2026-01-01.',
    ],
  },
];

/*
 * Not encoded: 第七十二条 (信用档案), 第七十三条 (从轻、减轻或者不予处罚 under 行政处罚法 — a cross-cutting rule the engine applies),
 * 第七十四条、第七十五条 (state organs and officials: 处分), 第七十六条 (civil / 治安 / criminal routing), 第七十七条 (foreign actors:
 * 冻结财产或者其他必要的制裁措施, no bounds). None sets a sanction range. 第六十六条第三款 — see CSL2025.66.1.
 */
