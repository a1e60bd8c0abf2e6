/**
 * 数据安全法 (2021-06-10, in force 2021-09-01 — 第五十五条), 第六章 法律责任: 第四十五条–第四十八条.
 * Source: data/law/数据安全法(2021-06-10).md. Authority: 有关主管部门 (第六条: sector regulators, 公安机关、国家安全机关, 网信部门).
 *
 * 第四十四条 is not encoded: 约谈 and 要求…采取措施进行整改，消除隐患 are supervisory measures taken on 「较大安全风险」, not
 * administrative penalties (行政处罚法 第九条 does not list them) and carry no sanction a decision could exceed. A record that
 * cites only 第四十四条 (e.g. a 约谈) has no penalty rule to check against — the engine should say so rather than bound it.
 */
import type { PenaltyRule } from '../model.js';
import {
  ANY_PARTY,
  BASE,
  DATA_MEASURES,
  FLAG_A2,
  FLAG_A3,
  ORGANIZATION,
  REFUSED_OR_SERIOUS_CONSEQUENCES,
  businessMeasures,
  confiscate,
  fine,
  multiple,
  personFine,
  range,
  rectify,
  tier,
  warn,
} from './build.js';

const LAW = '数据安全法';
const VERSION = '2021-06-10';
const BOTH = 'direct_supervisor_and_others' as const;
const PERSONS = '对直接负责的主管人员和其他直接责任人员';

export const DSL_RULES: readonly PenaltyRule[] = [
  {
    id: 'DSL.45.1',
    law: LAW,
    version: VERSION,
    article: 45,
    paragraph: 1,
    text: '第四十五条 开展数据处理活动的组织、个人不履行本法第二十七条、第二十九条、第三十条规定的数据安全保护义务的，由有关主管部门责令改正，给予警告，可以并处五万元以上五十万元以下罚款，对直接负责的主管人员和其他直接责任人员可以处一万元以上十万元以下罚款；拒不改正或者造成大量数据泄露等严重后果的，处五十万元以上二百万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处五万元以上二十万元以下罚款。',
    enforces: [{ article: 27 }, { article: 29 }, { article: 30 }],
    parties: ANY_PARTY,
    roles: ['data_processor'],
    authorities: ['competent_department'],
    tiers: [
      // 责令改正，给予警告，可以并处五万元以上五十万元以下罚款，对…可以处一万元以上十万元以下罚款
      BASE([
        rectify(),
        warn(),
        fine('optional', [range(50000, 500000, '可以并处五万元以上五十万元以下罚款')]),
        personFine('optional', 10000, 100000, `${PERSONS}可以处一万元以上十万元以下罚款`, BOTH),
      ]),
      // 拒不改正或者造成大量数据泄露等严重后果的，处五十万元以上二百万元以下罚款，并可以责令暂停相关业务…，对…处五万元以上二十万元以下罚款
      tier(
        'aggravated',
        '拒不改正或者造成大量数据泄露等严重后果',
        REFUSED_OR_SERIOUS_CONSEQUENCES,
        [
          fine('mandatory', [range(500000, 2000000, '处五十万元以上二百万元以下罚款')]),
          ...businessMeasures('optional', DATA_MEASURES),
          personFine('mandatory', 50000, 200000, `${PERSONS}处五万元以上二十万元以下罚款`, BOTH),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    precedents: [
      { bulletin: 'beijing-2023', title: '数据泄漏' },
      { bulletin: 'beijing-2023', title: '弱口令账号' },
      { bulletin: 'qinghai-wangxin', title: '海西州某公司不履行网络安全、数据安全保护义务案' },
    ],
    notes: [FLAG_A3, 'No 关闭网站 in the list of measures. Flag A20: 严重后果 is not defined.'],
  },
  {
    id: 'DSL.45.2',
    law: LAW,
    version: VERSION,
    article: 45,
    paragraph: 2,
    text: '违反国家核心数据管理制度，危害国家主权、安全和发展利益的，由有关主管部门处二百万元以上一千万元以下罚款，并根据情况责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照；构成犯罪的，依法追究刑事责任。',
    enforces: [{ article: 21, paragraph: 2 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['competent_department'],
    preconditions: ['危害国家主权、安全和发展利益', '尚不构成犯罪'],
    tiers: [
      // 由有关主管部门处二百万元以上一千万元以下罚款，并根据情况责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照
      BASE([
        fine('mandatory', [range(2000000, 10000000, '处二百万元以上一千万元以下罚款')]),
        ...businessMeasures('optional', DATA_MEASURES),
      ]),
    ],
    notes: [
      'A separate violation (国家核心数据管理制度), not a tier of 第一款. 「并根据情况」 read as optional. No warning, no 责令改正 in the text, no responsible-person fine.',
      'Enforces: 第二十一条第二款 (国家核心数据 … 实行更加严格的管理制度) — inferred; the paragraph cites no article.',
    ],
  },
  {
    id: 'DSL.46',
    law: LAW,
    version: VERSION,
    article: 46,
    paragraph: null,
    text: '第四十六条 违反本法第三十一条规定，向境外提供重要数据的，由有关主管部门责令改正，给予警告，可以并处十万元以上一百万元以下罚款，对直接负责的主管人员和其他直接责任人员可以处一万元以上十万元以下罚款；情节严重的，处一百万元以上一千万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处十万元以上一百万元以下罚款。',
    enforces: [{ article: 31 }],
    parties: ANY_PARTY,
    roles: ['data_processor', 'cii_operator'],
    authorities: ['competent_department'],
    tiers: [
      // 责令改正，给予警告，可以并处十万元以上一百万元以下罚款，对…可以处一万元以上十万元以下罚款
      BASE([
        rectify(),
        warn(),
        fine('optional', [range(100000, 1000000, '可以并处十万元以上一百万元以下罚款')]),
        personFine('optional', 10000, 100000, `${PERSONS}可以处一万元以上十万元以下罚款`, BOTH),
      ]),
      // 情节严重的，处一百万元以上一千万元以下罚款，并可以…，对…处十万元以上一百万元以下罚款
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        [
          fine('mandatory', [range(1000000, 10000000, '处一百万元以上一千万元以下罚款')]),
          ...businessMeasures('optional', DATA_MEASURES),
          personFine('mandatory', 100000, 1000000, `${PERSONS}处十万元以上一百万元以下罚款`, BOTH),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    notes: [
      "Flag A14: 第三十一条 sends a CII operator's important-data export to 网络安全法 (2016 第三十七条/第六十六条; 2025 第三十九条/第七十一条第一款第（三）项).",
    ],
  },
  {
    id: 'DSL.47',
    law: LAW,
    version: VERSION,
    article: 47,
    paragraph: null,
    text: '第四十七条 从事数据交易中介服务的机构未履行本法第三十三条规定的义务的，由有关主管部门责令改正，没收违法所得，处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足十万元的，处十万元以上一百万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 33 }],
    parties: ORGANIZATION,
    roles: ['any'],
    authorities: ['competent_department'],
    tiers: [
      // 责令改正，没收违法所得，处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足十万元的，处十万元以上一百万元以下罚款，
      // 并可以责令暂停相关业务…；对…处一万元以上十万元以下罚款
      BASE([
        rectify(),
        confiscate(),
        fine('mandatory', [
          multiple(1, 10, 'illegal_gains', '处违法所得一倍以上十倍以下罚款', {
            gains: 'at_least',
            yuan: 100000,
          }),
          range(100000, 1000000, '没有违法所得或者违法所得不足十万元的，处十万元以上一百万元以下罚款', {
            gains: 'none_or_below',
            yuan: 100000,
          }),
        ]),
        ...businessMeasures('optional', DATA_MEASURES),
        personFine('mandatory', 10000, 100000, `${PERSONS}处一万元以上十万元以下罚款`, BOTH),
      ]),
    ],
    notes: [
      'Liable: 从事数据交易中介服务的机构. No warning.',
      'Flag A7: the multiple applies from 100000 of gains (below that, or with none, the fixed range governs) — the text states the fallback for 「不足十万元」, so the multiple is read as the rule for the rest. The two meet at 100000 (1× = 100000).',
    ],
  },
  {
    id: 'DSL.48.1',
    law: LAW,
    version: VERSION,
    article: 48,
    paragraph: 1,
    text: '第四十八条 违反本法第三十五条规定，拒不配合数据调取的，由有关主管部门责令改正，给予警告，并处五万元以上五十万元以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: [{ article: 35 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['competent_department'],
    tiers: [
      // 责令改正，给予警告，并处五万元以上五十万元以下罚款，对…处一万元以上十万元以下罚款
      BASE([
        rectify(),
        warn(),
        fine('mandatory', [range(50000, 500000, '并处五万元以上五十万元以下罚款')]),
        personFine('mandatory', 10000, 100000, `${PERSONS}处一万元以上十万元以下罚款`, BOTH),
      ]),
    ],
  },
  {
    id: 'DSL.48.2',
    law: LAW,
    version: VERSION,
    article: 48,
    paragraph: 2,
    text: '违反本法第三十六条规定，未经主管机关批准向外国司法或者执法机构提供数据的，由有关主管部门给予警告，可以并处十万元以上一百万元以下罚款，对直接负责的主管人员和其他直接责任人员可以处一万元以上十万元以下罚款；造成严重后果的，处一百万元以上五百万元以下罚款，并可以责令暂停相关业务、停业整顿、吊销相关业务许可证或者吊销营业执照，对直接负责的主管人员和其他直接责任人员处五万元以上五十万元以下罚款。',
    enforces: [{ article: 36 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['competent_department'],
    tiers: [
      // 由有关主管部门给予警告，可以并处十万元以上一百万元以下罚款，对…可以处一万元以上十万元以下罚款
      BASE([
        warn(),
        fine('optional', [range(100000, 1000000, '可以并处十万元以上一百万元以下罚款')]),
        personFine('optional', 10000, 100000, `${PERSONS}可以处一万元以上十万元以下罚款`, BOTH),
      ]),
      // 造成严重后果的，处一百万元以上五百万元以下罚款，并可以…，对…处五万元以上五十万元以下罚款
      tier(
        'serious_consequences',
        '造成严重后果',
        [['serious_consequences']],
        [
          fine('mandatory', [range(1000000, 5000000, '处一百万元以上五百万元以下罚款')]),
          ...businessMeasures('optional', DATA_MEASURES),
          personFine('mandatory', 50000, 500000, `${PERSONS}处五万元以上五十万元以下罚款`, BOTH),
        ],
        { extends: 'base', note: FLAG_A2 },
      ),
    ],
    notes: ['Flag A23: no 责令改正 in the text; 行政处罚法 第二十八条第一款 still requires one.'],
  },
];
