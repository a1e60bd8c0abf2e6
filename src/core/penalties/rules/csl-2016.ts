/**
 * 网络安全法 (2016-11-07 text, in force 2017-06-01 — 第七十九条), 第六章 法律责任: the penalty paragraphs of
 * 第五十九条–第六十九条. Source: data/law/网络安全法(2016-11-07).md. Successors are in csl-2025.ts (in force 2026-01-01).
 * Bounds: 以上/以下 read as inclusive (Flag A1: the statute does not define them; 治安管理处罚法 第一百一十八条 does).
 */
import type { PenaltyRule, Tier } from '../model.js';
import { attackTiers, crimeSiteTiers } from './csl-police-tiers.js';
import {
  ANY_PARTY,
  BASE,
  CSL2016_MEASURES,
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
const VERSION = '2016-11-07';
const NO_CRIME = '尚不构成犯罪';

/** 第六十八条第一款, shared with 第二款 (「依照前款规定处罚」). */
const ART68_TIERS: Tier[] = [
  // 由有关主管部门责令改正，给予警告，没收违法所得
  BASE([rectify(), warn(), confiscate()]),
  // 拒不改正或者情节严重的，处十万元以上五十万元以下罚款，并可以责令暂停相关业务…，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
  tier(
    'aggravated',
    '拒不改正或者情节严重',
    REFUSED_OR_SERIOUS,
    [
      fine('mandatory', [range(100000, 500000, '处十万元以上五十万元以下罚款')]),
      ...businessMeasures('optional', CSL2016_MEASURES),
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
];

export const CSL2016_RULES: readonly PenaltyRule[] = [
  {
    id: 'CSL2016.59.1',
    law: LAW,
    version: VERSION,
    article: 59,
    paragraph: 1,
    text: '第五十九条 网络运营者不履行本法第二十一条、第二十五条规定的网络安全保护义务的，由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款。',
    enforces: [{ article: 21 }, { article: 25 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: [
      // 由有关主管部门责令改正，给予警告
      BASE([rectify(), warn()]),
      // 拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者导致危害网络安全等后果',
        REFUSED_OR_HARM,
        [
          fine('mandatory', [range(10000, 100000, '处一万元以上十万元以下罚款')]),
          personFine(
            'mandatory',
            5000,
            50000,
            '对直接负责的主管人员处五千元以上五万元以下罚款',
            'direct_supervisor',
          ),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    successors: [
      {
        rule: 'CSL2025.61.1',
        change: 'amended',
        note: '2025年修正：一般情形可以并处一万元以上五万元以下罚款；拒不改正或者导致危害后果的罚款提高为五万元以上五十万元以下；责任人员扩至直接负责的主管人员和其他直接责任人员，罚款一万元以上十万元以下；新增第六十一条第三款严重后果档次。',
      },
      { rule: 'CSL2025.61.3', change: 'amended', note: '新增严重、特别严重危害网络安全后果的处罚档次。' },
    ],
    precedents: [
      { bulletin: 'ningxia-2021', title: '金凤区某公司未落实网络安全等级保护制度案' },
      { bulletin: 'ningxia-2021', title: '中宁县某局未履行网络安全保护义务案' },
      { bulletin: 'ningxia-2021', title: '吴忠市某医院未履行网络安全保护义务案' },
      { bulletin: 'dalian-2019', title: '某电信运营商未落实安全保护制度案（“一案双查”）' },
      { bulletin: 'fujian-xiamen', title: '厦门某教育培训机构未履行网络安全保护义务案' },
      { bulletin: 'jiangxi-jian', title: '吉安某电子公司未履行网络安全保护义务案', cited: false },
    ],
    notes: [
      FLAG_A3,
      'Only 直接负责的主管人员 are named for the personal fine (其他直接责任人员 are not; the 2025 text adds them).',
      'Flag A19: 网络安全法 第七十二条 sends 国家机关政务网络的运营者 to superior-organ correction and 处分; ningxia-2021 案例八 shows a warning under this paragraph to a county 局.',
    ],
  },
  {
    id: 'CSL2016.59.2',
    law: LAW,
    version: VERSION,
    article: 59,
    paragraph: 2,
    text: '关键信息基础设施的运营者不履行本法第三十三条、第三十四条、第三十六条、第三十八条规定的网络安全保护义务的，由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处十万元以上一百万元以下罚款，对直接负责的主管人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 33 }, { article: 34 }, { article: 36 }, { article: 38 }],
    parties: ORGANIZATION,
    roles: ['cii_operator'],
    authorities: ['competent_department'],
    tiers: [
      BASE([rectify(), warn()]),
      // 拒不改正或者导致危害网络安全等后果的，处十万元以上一百万元以下罚款，对直接负责的主管人员处一万元以上十万元以下罚款
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
            '对直接负责的主管人员处一万元以上十万元以下罚款',
            'direct_supervisor',
          ),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    successors: [
      {
        rule: 'CSL2025.61.2',
        change: 'amended',
        note: '2025年修正：一般情形可以并处五万元以上十万元以下罚款；责任人员扩至直接负责的主管人员和其他直接责任人员。',
      },
      { rule: 'CSL2025.61.3', change: 'amended', note: '新增严重、特别严重危害网络安全后果的处罚档次。' },
    ],
    notes: [
      FLAG_A3,
      'Flag A14: many of the same duties are also sanctioned by 关键信息基础设施安全保护条例 第三十九条 (same ranges).',
    ],
  },
  {
    id: 'CSL2016.60',
    law: LAW,
    version: VERSION,
    article: 60,
    paragraph: null,
    text: '第六十条 违反本法第二十二条第一款、第二款和第四十八条第一款规定，有下列行为之一的，由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款，对直接负责的主管人员处一万元以上十万元以下罚款:\n（一）设置恶意程序的；\n（二）对其产品、服务存在的安全缺陷、漏洞等风险未立即采取补救措施，或者未按照规定及时告知用户并向有关主管部门报告的；\n（三）擅自终止为其产品、服务提供安全维护的。',
    enforces: [
      { article: 22, paragraph: 1 },
      { article: 22, paragraph: 2 },
      { article: 48, paragraph: 1 },
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
    successors: [
      {
        rule: 'CSL2025.62.1',
        change: 'renumbered',
        note: '处罚幅度不变；所引条文改为第二十四条、第五十条。',
      },
      {
        rule: 'CSL2025.62.2',
        change: 'amended',
        note: '新增第二款：有第一项、第二项行为造成第六十一条第三款规定后果的，依照该款处罚。',
      },
    ],
    precedents: [
      {
        bulletin: 'ningxia-2021',
        title: '某软件开发公司的网络产品、服务存在安全缺陷、漏洞的风险，未采取补救措施案',
      },
    ],
    notes: [
      FLAG_A3,
      'The liable party is not named in 第六十条; by the enforced articles it is the 网络产品、服务的提供者 (第二十二条) or 任何个人和组织 (第四十八条第一款). When the offender is an individual the responsible-person clause has no object.',
      'Flag A16: non-conformity with mandatory national standards (第二十二条第一款, first sentence) is not among the three listed acts.',
    ],
  },
  {
    id: 'CSL2016.61',
    law: LAW,
    version: VERSION,
    article: 61,
    paragraph: null,
    text: '第六十一条 网络运营者违反本法第二十四条第一款规定，未要求用户提供真实身份信息，或者对不提供真实身份信息的用户提供相关服务的，由有关主管部门责令改正；拒不改正或者情节严重的，处五万元以上五十万元以下罚款，并可以由有关主管部门责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 24, paragraph: 1 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: [
      // 由有关主管部门责令改正 (no warning, no fine)
      BASE([rectify()]),
      // 拒不改正或者情节严重的，处五万元以上五十万元以下罚款，并可以由有关主管部门责令暂停相关业务…，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者情节严重',
        REFUSED_OR_SERIOUS,
        [
          fine('mandatory', [range(50000, 500000, '处五万元以上五十万元以下罚款')]),
          ...businessMeasures('optional', CSL2016_MEASURES),
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
    successors: [
      {
        rule: 'CSL2025.64',
        change: 'amended',
        note: '处罚幅度不变；“关闭网站”改为“关闭网站或者应用程序”。',
      },
    ],
    precedents: [{ bulletin: 'hengyang-2024', title: '某网站未落实用户注册实名制被罚款' }],
    notes: [FLAG_A3, 'Flag A20: 情节严重 is not defined in the text.'],
  },
  {
    id: 'CSL2016.62',
    law: LAW,
    version: VERSION,
    article: 62,
    paragraph: null,
    text: '第六十二条 违反本法第二十六条规定，开展网络安全认证、检测、风险评估等活动，或者向社会发布系统漏洞、计算机病毒、网络攻击、网络侵入等网络安全信息的，由有关主管部门责令改正，给予警告；拒不改正或者情节严重的，处一万元以上十万元以下罚款，并可以由有关主管部门责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处五千元以上五万元以下罚款。',
    enforces: [{ article: 26 }],
    parties: ANY_PARTY,
    roles: ['security_service_provider', 'any'],
    authorities: ['competent_department'],
    tiers: [
      BASE([rectify(), warn()]),
      // 拒不改正或者情节严重的，处一万元以上十万元以下罚款，并可以…，对直接负责的主管人员和其他直接责任人员处五千元以上五万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者情节严重',
        REFUSED_OR_SERIOUS,
        [
          fine('mandatory', [range(10000, 100000, '处一万元以上十万元以下罚款')]),
          ...businessMeasures('optional', CSL2016_MEASURES),
          personFine(
            'mandatory',
            5000,
            50000,
            '对直接负责的主管人员和其他直接责任人员处五千元以上五万元以下罚款',
            'direct_supervisor_and_others',
            { note: FLAG_A4 },
          ),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    successors: [
      {
        rule: 'CSL2025.65.1',
        change: 'amended',
        note: '2025年修正：一般情形可以并处一万元以上十万元以下罚款；拒不改正或者情节严重的罚款提高为十万元以上一百万元以下；责任人员罚款提高为一万元以上十万元以下。',
      },
      {
        rule: 'CSL2025.65.2',
        change: 'amended',
        note: '新增第二款：造成第六十一条第三款规定后果的，依照该款处罚。',
      },
    ],
    notes: [
      FLAG_A3,
      'Liable: whoever carries out 网络安全认证、检测、风险评估 or publishes 网络安全信息 in breach of 第二十六条 (not limited to network operators).',
    ],
  },
  {
    id: 'CSL2016.63.1',
    law: LAW,
    version: VERSION,
    article: 63,
    paragraph: 1,
    text: '第六十三条 违反本法第二十七条规定，从事危害网络安全的活动，或者提供专门用于从事危害网络安全活动的程序、工具，或者为他人从事危害网络安全的活动提供技术支持、广告推广、支付结算等帮助，尚不构成犯罪的，由公安机关没收违法所得，处五日以下拘留，可以并处五万元以上五十万元以下罚款；情节较重的，处五日以上十五日以下拘留，可以并处十万元以上一百万元以下罚款。',
    enforces: [{ article: 27 }],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: attackTiers('party'),
    successors: [
      { rule: 'CSL2025.66.1', change: 'renumbered', note: '处罚幅度不变；所引条文改为第二十九条。' },
    ],
    precedents: [{ bulletin: 'dalian-2019', title: '赵某危害网络安全案' }],
    notes: [
      'Detention is mandatory and the fine optional in both tiers (「处…拘留，可以并处…罚款」). Detention only by a 县级以上 public security organ (公安机关办理行政案件程序规定 第一百七十三条).',
      '第三款 (five-year / lifetime bar on 网络安全管理和网络运营关键岗位 work) is a statutory consequence of a 治安管理处罚 or 刑事处罚, not a sanction with a range: not encoded as a rule (Flag A12).',
    ],
  },
  {
    id: 'CSL2016.63.2',
    law: LAW,
    version: VERSION,
    article: 63,
    paragraph: 2,
    text: '单位有前款行为的，由公安机关没收违法所得，处十万元以上一百万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚。',
    enforces: [{ article: 27 }],
    parties: ORGANIZATION,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: [
      // 单位: 由公安机关没收违法所得，处十万元以上一百万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚
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
          note: "The unit has a single tier; 情节较重 raises only the responsible persons' sanctions (依照前款规定处罚). Whether 情节较重 is assessed per person is not stated.",
        },
      ),
    ],
    successors: [{ rule: 'CSL2025.66.2', change: 'renumbered' }],
  },
  {
    id: 'CSL2016.64.1',
    law: LAW,
    version: VERSION,
    article: 64,
    paragraph: 1,
    text: '第六十四条 网络运营者、网络产品或者服务的提供者违反本法第二十二条第三款、第四十一条至第四十三条规定，侵害个人信息依法得到保护的权利的，由有关主管部门责令改正，可以根据情节单处或者并处警告、没收违法所得、处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款；情节严重的，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照。',
    enforces: [{ article: 22, paragraph: 3 }, { article: 41 }, { article: 42 }, { article: 43 }],
    parties: ANY_PARTY,
    roles: ['network_operator', 'product_service_provider'],
    authorities: ['competent_department'],
    tiers: [
      // 责令改正，可以根据情节单处或者并处警告、没收违法所得、处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款，
      // 对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
      BASE([
        rectify(),
        warn('single_or_combined', '警告', { alternativeGroup: 'CSL2016.64.1' }),
        confiscate('single_or_combined', '没收违法所得', {
          alternativeGroup: 'CSL2016.64.1',
          note: 'Flag A8: optional here, but 行政处罚法 第二十八条第二款 makes confiscation of illegal gains mandatory.',
        }),
        fine(
          'single_or_combined',
          [
            multiple(1, 10, 'illegal_gains', '处违法所得一倍以上十倍以下罚款', { gains: 'positive' }),
            range(null, 1000000, '没有违法所得的，处一百万元以下罚款', { gains: 'none' }),
          ],
          { alternativeGroup: 'CSL2016.64.1' },
        ),
        personFine(
          'optional',
          10000,
          100000,
          '对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款',
          'direct_supervisor_and_others',
          {
            note: 'Flag A4: the clause follows the 「可以根据情节单处或者并处」 list after a comma; encoded as optional because it sits within that discretionary sentence.',
          },
        ),
      ]),
      // 情节严重的，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        businessMeasures('optional', CSL2016_MEASURES),
        {
          extends: 'base',
          note: '「并可以」: the measures are added to the base tier.',
        },
      ),
    ],
    successors: [
      {
        rule: 'CSL2025.71.1.2',
        change: 'referral',
        note: '2025年修正后列入第七十一条第一款第（二）项：依照有关法律、行政法规的规定处理、处罚；网络安全法不再规定罚则。',
      },
      {
        rule: 'PIPL.66.1',
        change: 'referral',
        note: '处罚违法处理个人信息行为的法律（网络安全法2025年修正文本未点名）。',
      },
    ],
    precedents: [{ bulletin: 'ningxia-2021', title: '西吉县某购物中心（有限公司）未履行网络安全保护义务案' }],
    notes: [
      'Flag A7: the 一百万元以下 fallback applies only when there are no illegal gains at all; any gains give the 1×–10× range.',
      'Whether at least one of the single-or-combined sanctions must be chosen is not stated.',
      'Flag A14: overlaps 个人信息保护法 第六十六条.',
    ],
  },
  {
    id: 'CSL2016.64.2',
    law: LAW,
    version: VERSION,
    article: 64,
    paragraph: 2,
    text: '违反本法第四十四条规定，窃取或者以其他非法方式获取、非法出售或者非法向他人提供个人信息，尚不构成犯罪的，由公安机关没收违法所得，并处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款。',
    enforces: [{ article: 44 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: [
      // 由公安机关没收违法所得，并处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款
      BASE([
        confiscate(),
        fine('mandatory', [
          multiple(1, 10, 'illegal_gains', '并处违法所得一倍以上十倍以下罚款', { gains: 'positive' }),
          range(null, 1000000, '没有违法所得的，处一百万元以下罚款', { gains: 'none' }),
        ]),
      ]),
    ],
    successors: [
      {
        rule: 'CSL2025.71.2',
        change: 'referral',
        note: '2025年修正：由公安机关依照有关法律、行政法规的规定处罚，网络安全法不再规定处罚幅度。',
      },
      {
        rule: 'PSAL2025.56.1',
        change: 'referral',
        note: '出售或者提供个人信息：处十日以上十五日以下拘留（情节较轻的，处五日以下拘留）。',
      },
      {
        rule: 'PSAL2025.56.2',
        change: 'referral',
        note: '窃取或者以其他方法非法获取个人信息：依照第五十六条第一款处罚。',
      },
    ],
    precedents: [
      { bulletin: 'ningxia-2021', title: '以其他非法方式获取个人信息案' },
      { bulletin: 'ningxia-2021', title: '某营业厅老板出售公民个人信息案' },
      {
        bulletin: 'kaifeng-2021',
        title: '“净网2021”禹王台公安分局依据《网络安全法》查处某科技公司非法获取公民个人信息案',
      },
    ],
    notes: [
      'Flag A7: the 一百万元以下 fallback applies only when there are no illegal gains; no minimum is stated (Flag A6).',
    ],
  },
  {
    id: 'CSL2016.65',
    law: LAW,
    version: VERSION,
    article: 65,
    paragraph: null,
    text: '第六十五条 关键信息基础设施的运营者违反本法第三十五条规定，使用未经安全审查或者安全审查未通过的网络产品或者服务的，由有关主管部门责令停止使用，处采购金额一倍以上十倍以下罚款；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 35 }],
    parties: ORGANIZATION,
    roles: ['cii_operator'],
    authorities: ['competent_department'],
    tiers: [
      // 责令停止使用，处采购金额一倍以上十倍以下罚款；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
      BASE([
        measure('rectification', 'mandatory', '责令停止使用'),
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
    successors: [
      {
        rule: 'CSL2025.67',
        change: 'amended',
        note: '2025年修正增加“责令限期改正”“消除对国家安全的影响”；罚款幅度不变。',
      },
    ],
    notes: [
      'No warning. Flag A25: no fallback when the procurement amount is zero or unknown.',
      'Flag A14: overlaps 关键信息基础设施安全保护条例 第四十一条.',
    ],
  },
  {
    id: 'CSL2016.66',
    law: LAW,
    version: VERSION,
    article: 66,
    paragraph: null,
    text: '第六十六条 关键信息基础设施的运营者违反本法第三十七条规定，在境外存储网络数据，或者向境外提供网络数据的，由有关主管部门责令改正，给予警告，没收违法所得，处五万元以上五十万元以下罚款，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 37 }],
    parties: ORGANIZATION,
    roles: ['cii_operator'],
    authorities: ['competent_department'],
    tiers: [
      // 责令改正，给予警告，没收违法所得，处五万元以上五十万元以下罚款，并可以责令暂停相关业务…；
      // 对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
      BASE([
        rectify(),
        warn(),
        confiscate(),
        fine('mandatory', [range(50000, 500000, '处五万元以上五十万元以下罚款')]),
        ...businessMeasures('optional', CSL2016_MEASURES),
        personFine(
          'mandatory',
          10000,
          100000,
          '对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款',
          'direct_supervisor_and_others',
        ),
      ]),
    ],
    successors: [
      {
        rule: 'CSL2025.71.1.3',
        change: 'referral',
        note: '2025年修正后列入第七十一条第一款第（三）项：依照有关法律、行政法规的规定处理、处罚；网络安全法不再规定罚则。',
      },
      {
        rule: 'PIPL.66.1',
        change: 'referral',
        note: '向境外提供个人信息（个人信息保护法第三十八条至第四十条）。',
      },
      {
        rule: 'DSL.46',
        change: 'referral',
        note: '向境外提供重要数据。数据安全法第三十一条将关键信息基础设施运营者的重要数据出境交由网络安全法调整，而网络安全法2025年修正文本又转致其他法律；适用数据安全法第四十六条属于解释。',
      },
    ],
    notes: [
      'A single tier: the business measures are discretionary (「并可以」) with no trigger of their own.',
    ],
  },
  {
    id: 'CSL2016.67.1',
    law: LAW,
    version: VERSION,
    article: 67,
    paragraph: 1,
    text: '第六十七条 违反本法第四十六条规定，设立用于实施违法犯罪活动的网站、通讯群组，或者利用网络发布涉及实施违法犯罪活动的信息，尚不构成犯罪的，由公安机关处五日以下拘留，可以并处一万元以上十万元以下罚款；情节较重的，处五日以上十五日以下拘留，可以并处五万元以上五十万元以下罚款。关闭用于实施违法犯罪活动的网站、通讯群组。',
    enforces: [{ article: 46 }],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: crimeSiteTiers('party'),
    successors: [
      { rule: 'CSL2025.68.1', change: 'renumbered', note: '处罚幅度不变；所引条文改为第四十八条。' },
    ],
    precedents: [{ bulletin: 'ningxia-2021', title: '微信网民非法利用信息网络案' }],
    notes: [
      'Flag A21: no confiscation in the text; 行政处罚法 第二十八条第二款 applies if there are illegal gains.',
    ],
  },
  {
    id: 'CSL2016.67.2',
    law: LAW,
    version: VERSION,
    article: 67,
    paragraph: 2,
    text: '单位有前款行为的，由公安机关处十万元以上五十万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚。',
    enforces: [{ article: 46 }],
    parties: ORGANIZATION,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [NO_CRIME],
    tiers: [
      // 单位: 处十万元以上五十万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚
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
    successors: [{ rule: 'CSL2025.68.2', change: 'renumbered' }],
    notes: [
      'Flag A15: whether the closure sentence of 第一款 applies in a unit case is not stated; not encoded here.',
    ],
  },
  {
    id: 'CSL2016.68.1',
    law: LAW,
    version: VERSION,
    article: 68,
    paragraph: 1,
    text: '第六十八条 网络运营者违反本法第四十七条规定，对法律、行政法规禁止发布或者传输的信息未停止传输、采取消除等处置措施、保存有关记录的，由有关主管部门责令改正，给予警告，没收违法所得；拒不改正或者情节严重的，处十万元以上五十万元以下罚款，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 47 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: ART68_TIERS,
    successors: [
      {
        rule: 'CSL2025.69.1',
        change: 'amended',
        note: '2025年修正：一般情形增加“予以通报”，可以并处五万元以上五十万元以下罚款；拒不改正或者情节严重的罚款提高为五十万元以上二百万元以下；责任人员罚款五万元以上二十万元以下；新增第六十九条第二款。',
      },
      {
        rule: 'CSL2025.69.2',
        change: 'amended',
        note: '新增档次：造成特别严重影响、特别严重后果的，处二百万元以上一千万元以下罚款。',
      },
    ],
    notes: [FLAG_A3, 'Flag A16: failure to report under 第四十七条 is not among the listed acts.'],
  },
  {
    id: 'CSL2016.68.2',
    law: LAW,
    version: VERSION,
    article: 68,
    paragraph: 2,
    text: '电子信息发送服务提供者、应用软件下载服务提供者，不履行本法第四十八条第二款规定的安全管理义务的，依照前款规定处罚。',
    enforces: [{ article: 48, paragraph: 2 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: ART68_TIERS,
    successors: [
      {
        rule: 'CSL2025.69.3',
        change: 'amended',
        note: '依照前两款（2025年文本第六十九条第一款、第二款）规定处罚。',
      },
    ],
    notes: [
      '「依照前款规定处罚」: the tiers of 第六十八条第一款. Liable: 电子信息发送服务提供者、应用软件下载服务提供者.',
    ],
  },
  {
    id: 'CSL2016.69',
    law: LAW,
    version: VERSION,
    article: 69,
    paragraph: null,
    text: '第六十九条 网络运营者违反本法规定，有下列行为之一的，由有关主管部门责令改正；拒不改正或者情节严重的，处五万元以上五十万元以下罚款，对直接负责的主管人员和其他直接责任人员，处一万元以上十万元以下罚款:\n（一）不按照有关部门的要求对法律、行政法规禁止发布或者传输的信息，采取停止传输、消除等处置措施的；\n（二）拒绝、阻碍有关部门依法实施的监督检查的；\n（三）拒不向公安机关、国家安全机关提供技术支持和协助的。',
    enforces: [{ article: 50 }, { article: 49, paragraph: 2 }, { article: 28 }],
    parties: ANY_PARTY,
    roles: ['network_operator'],
    authorities: ['competent_department'],
    tiers: [
      // 由有关主管部门责令改正
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
    successors: [
      {
        rule: 'CSL2025.70',
        change: 'amended',
        note: '原第（二）、（三）项成为2025年文本第七十条第（一）、（二）项；处罚幅度不变。',
      },
      {
        rule: 'CSL2025.69.1',
        change: 'amended',
        note: '原第（一）项（不按有关部门要求处置违法信息）并入2025年文本第六十九条（违反第五十二条）。',
      },
    ],
    notes: [
      FLAG_A3,
      'The article cites no obligation article («违反本法规定»); the enforced articles are inferred from the three items: （一）第五十条, （二）第四十九条第二款, （三）第二十八条.',
    ],
  },
  {
    id: 'CSL2016.70',
    law: LAW,
    version: VERSION,
    article: 70,
    paragraph: null,
    text: '第七十条 发布或者传输本法第十二条第二款和其他法律、行政法规禁止发布或者传输的信息的，依照有关法律、行政法规的规定处罚。',
    enforces: [{ article: 12, paragraph: 2 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['competent_department'],
    referral: true,
    referTo: ['INTLNET.20', 'PSAL2012.25', 'PSAL2012.42', 'PSAL2012.47', 'PSAL2012.68'],
    tiers: [],
    successors: [
      {
        rule: 'CSL2025.71.1.1',
        change: 'amended',
        note: '2025年修正后为第七十一条第一款第（一）项：所引条文改为第十三条第二款，“处罚”改为“处理、处罚”；仍为转致条款。',
      },
    ],
    notes: [
      'Referral: 「依照有关法律、行政法规的规定处罚」 — no sanction of its own, and the text names none of the laws. Candidates (an interpretation): 计算机信息网络国际联网安全保护管理办法 第二十条 (第五条 prohibited information); 治安管理处罚法(2012) 第二十五条 (谣言), 第四十二条 (侮辱、诽谤; 多次发送淫秽、侮辱、恐吓信息), 第四十七条 (民族歧视、侮辱内容), 第六十八条 (传播淫秽信息). Others exist outside the rule set (e.g. 互联网信息服务管理办法 for information service providers).',
      'The successor CSL2025.71.1 is one rule for the three items of 第七十一条第一款; this rule is its item （一）.',
    ],
  },
];

/*
 * 第七十条 (prohibited information) is a referral rule (CSL2016.70, like 2025 第七十一条). Not encoded: 第七十一条–第七十五条 set no
 * sanction range of their own.
 * - 第七十一条: 记入信用档案并予以公示 — a consequence, not an administrative penalty.
 * - 第七十二条、第七十三条: 国家机关 / officials — 上级机关责令改正 and 处分 (disciplinary, not administrative penalties).
 * - 第七十四条: civil liability, 治安管理处罚, criminal liability — routing only.
 * - 第七十五条: foreign actors — 「依法追究法律责任」, 冻结财产或者其他必要的制裁措施 with no bounds stated.
 * Also 第六十三条第三款 (employment bar) — see the note on CSL2016.63.1.
 */
