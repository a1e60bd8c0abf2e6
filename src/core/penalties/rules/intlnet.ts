/**
 * 计算机信息网络国际联网安全保护管理办法 (公安部令第33号, in force 1997-12-30 — 第二十五条; text as revised 2011-01-08),
 * 第四章 法律责任, 第二十条–第二十三条. Source: data/law/计算机信息网络国际联网安全保护管理办法(2011-01-08).md.
 * Every penalty article names 公安机关. Amounts are written in Arabic numerals (5000元, 1.5万元).
 */
import type { PenaltyRule, SanctionRule } from '../model.js';
import { ANY_PARTY, BASE, confiscate, fine, measure, range, rectify, tier, warn } from './build.js';

const LAW = '计算机信息网络国际联网安全保护管理办法';
const VERSION = '2011-01-08';

/** 「有违法所得的，没收违法所得」: mandatory, only when there are gains. */
const CONFISCATE_IF_GAINS = confiscate('mandatory', '有违法所得的，没收违法所得', {
  note: 'Only when there are illegal gains (有违法所得的).',
});

/** 「情节严重的，并可以给予6个月以内（的）停止联网、停机整顿的处罚，必要时可以建议原发证、审批机构吊销经营许可证或者取消联网资格」. */
function seriousMeasures(words: string): SanctionRule[] {
  const flagA17 = 'Flag A17: 「停止联网、停机整顿」 — whether one or both may be given is not stated.';
  return [
    measure('suspension', 'optional', '停止联网', { months: { max: 6, words }, note: flagA17 }),
    measure('suspension', 'optional', '停机整顿', { months: { max: 6, words }, note: flagA17 }),
    measure('other', 'optional', '建议原发证、审批机构吊销经营许可证或者取消联网资格', {
      note: '「必要时可以建议」: a recommendation to another body, not a sanction of the 公安机关 itself.',
    }),
  ];
}

export const INTLNET_RULES: readonly PenaltyRule[] = [
  {
    id: 'INTLNET.20',
    law: LAW,
    version: VERSION,
    article: 20,
    paragraph: null,
    text: '第二十条 违反法律、行政法规，有本办法第五条、第六条所列行为之一的，由公安机关给予警告，有违法所得的，没收违法所得，对个人可以并处5000元以下的罚款，对单位可以并处1.5万元以下的罚款；情节严重的，并可以给予6个月以内停止联网、停机整顿的处罚，必要时可以建议原发证、审批机构吊销经营许可证或者取消联网资格；构成违反治安管理行为的，依照治安管理处罚法的规定处罚；构成犯罪的，依法追究刑事责任。',
    enforces: [{ article: 5 }, { article: 6 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['public_security'],
    preconditions: [
      '违反法律、行政法规',
      '不构成违反治安管理行为（否则依照治安管理处罚法的规定处罚）',
      '尚不构成犯罪',
    ],
    tiers: [
      // 由公安机关给予警告，有违法所得的，没收违法所得，对个人可以并处5000元以下的罚款，对单位可以并处1.5万元以下的罚款
      BASE([
        warn(),
        CONFISCATE_IF_GAINS,
        fine('optional', [range(null, 5000, '对个人可以并处5000元以下的罚款')], { partyKind: 'individual' }),
        fine('optional', [range(null, 15000, '对单位可以并处1.5万元以下的罚款')], {
          partyKind: 'organization',
        }),
      ]),
      // 情节严重的，并可以给予6个月以内停止联网、停机整顿的处罚，必要时可以建议…
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        seriousMeasures('6个月以内停止联网、停机整顿'),
        {
          extends: 'base',
          note: '「并可以」: added to the base tier.',
        },
      ),
    ],
    precedents: [
      { bulletin: 'ningxia-2021', title: '某传媒工作室利用国际联网制作、复制、查阅、传播违法信息案' },
    ],
    notes: [
      'No minimum fine is stated (Flag A6).',
      'Flag A18: the same acts may fall under 网络安全法 第二十七条/第六十三条 (2025: 第二十九条/第六十六条) or 治安管理处罚法 (2012 第二十九条; 2025 第三十三条); the 办法 itself sends 治安 violations to 治安管理处罚法.',
    ],
  },
  {
    id: 'INTLNET.21',
    law: LAW,
    version: VERSION,
    article: 21,
    paragraph: null,
    text: '第二十一条 有下列行为之一的，由公安机关责令限期改正，给予警告，有违法所得的，没收违法所得；在规定的限期内未改正的，对单位的主管负责人员和其他直接责任人员可以并处5000元以下的罚款，对单位可以并处1.5万元以下的罚款；情节严重的，并可以给予6个月以内的停止联网、停机整顿的处罚，必要时可以建议原发证、审批机构吊销经营许可证或者取消联网资格。\n(一)未建立安全保护管理制度的；\n(二)未采取安全技术保护措施的；\n(三)未对网络用户进行安全教育和培训的；\n(四)未提供安全保护管理所需信息、资料及数据文件，或者所提供内容不真实的；\n(五)对委托其发布的信息内容未进行审核或者对委托单位和个人未进行登记的；\n(六)未建立电子公告系统的用户登记和信息管理制度的；\n(七)未按照国家有关规定，删除网络地址、目录或者关闭服务器的；\n(八)未建立公用账号使用登记制度的；\n(九)转借、转让用户账号的。',
    // Mapping inferred from the wording of the items (the article cites no article numbers).
    enforces: [{ article: 10 }, { article: 8 }, { article: 13 }],
    parties: ANY_PARTY,
    roles: ['intl_network_user'],
    authorities: ['public_security'],
    tiers: [
      // 由公安机关责令限期改正，给予警告，有违法所得的，没收违法所得
      BASE([rectify('责令限期改正'), warn(), CONFISCATE_IF_GAINS]),
      // 在规定的限期内未改正的，对单位的主管负责人员和其他直接责任人员可以并处5000元以下的罚款，对单位可以并处1.5万元以下的罚款
      tier(
        'not_rectified',
        '在规定的限期内未改正',
        [['not_rectified_in_time']],
        [
          fine('optional', [range(null, 15000, '对单位可以并处1.5万元以下的罚款')], {
            partyKind: 'organization',
          }),
          {
            kind: 'fine',
            target: 'responsible_person',
            modality: 'optional',
            fine: [range(null, 5000, '对单位的主管负责人员和其他直接责任人员可以并处5000元以下的罚款')],
            responsiblePersons: 'supervisor',
            note: 'Flag A5: 单位的主管负责人员和其他直接责任人员.',
          },
        ],
        { extends: 'base' },
      ),
      // 情节严重的，并可以给予6个月以内的停止联网、停机整顿的处罚，必要时可以建议…
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        seriousMeasures('6个月以内的停止联网、停机整顿'),
        {
          extends: 'not_rectified',
          note: 'Flag A17: whether this tier presupposes the non-correction of the previous one is not stated; encoded as adding to it (the fines stay available when the deadline was also missed, by the 「并可以」).',
        },
      ),
    ],
    notes: [
      'The deadline (限期) length is not stated.',
      'Items map to: （一）–（三） 第十条第（一）–（三）项; （四） 第八条; （五） 第十条第（四）项; （六） 第十条第（五）项; （七） 第十条第（七）项; （八）（九） 第十三条.',
      'Flag A17: item （九） (转借、转让用户账号) by an individual user: the text fines only units and their personnel.',
    ],
  },
  {
    id: 'INTLNET.23',
    law: LAW,
    version: VERSION,
    article: 23,
    paragraph: null,
    text: '第二十三条 违反本办法第十一条、第十二条规定，不履行备案职责的，由公安机关给予警告或者停机整顿不超过6个月的处罚。',
    enforces: [{ article: 11 }, { article: 12 }],
    parties: ANY_PARTY,
    roles: ['intl_network_user'],
    authorities: ['public_security'],
    tiers: [
      // 由公安机关给予警告或者停机整顿不超过6个月的处罚
      BASE([
        warn('alternative', '给予警告', { alternativeGroup: 'INTLNET.23' }),
        measure('suspension', 'alternative', '停机整顿', {
          alternativeGroup: 'INTLNET.23',
          months: { max: 6, words: '停机整顿不超过6个月' },
        }),
      ]),
    ],
    precedents: [
      { bulletin: 'ningxia-2021', title: '利通区某律师事务所不履行国际联网备案职责案' },
      { bulletin: 'dalian-2019', title: '某信息技术公司非法从事支付结算业务案' },
    ],
    notes: [
      'A strict alternative (警告或者停机整顿); no fine. No 责令改正 in the text, though 行政处罚法 第二十八条第一款 still requires one.',
      'Parties: 第十一条 (用户, who may be natural persons) and 第十二条 (互联单位、接入单位、使用计算机信息网络国际联网的法人和其他组织).',
    ],
  },
];

/*
 * Not encoded: 第二十二条 「违反本办法第四条、第七条规定的，依照有关法律、法规予以处罚」 — a referral with no sanction and no
 * law named; nothing for the engine to bound.
 */
