/**
 * 治安管理处罚法 (text as amended 2012-10-26, in force 2013-01-01), the articles used against network conduct:
 * 第二十五条 (散布谣言…扰乱公共秩序), 第二十九条 (计算机信息系统), 第四十二条 (侮辱、诽谤; 多次发送淫秽、侮辱、恐吓等信息),
 * 第四十七条 (煽动民族仇恨、民族歧视; 在计算机信息网络中刊载民族歧视、侮辱内容), 第六十八条 (利用计算机信息网络…传播淫秽信息).
 * Source: data/law/治安管理处罚法(2012-10-26).md. 第一百一十八条: 「本法所称以上、以下、以内，包括本数。」
 * Each article states both the conduct and the penalty, so `enforces` is empty: citing the article cites the rule.
 * Units: 第十八条 — 「单位违反治安管理的，对其直接负责的主管人员和其他直接责任人员依照本法的规定处罚」, so the party is a natural person.
 */
import type { PenaltyRule } from '../model.js';
import { BASE, INDIVIDUAL, detention, fine, range, tier } from './build.js';

const LAW = '治安管理处罚法';
const VERSION = '2012-10-26';
const UNIT_NOTE =
  "第十八条: a unit's violation is punished on its 直接负责的主管人员和其他直接责任人员 under this article; the rule is applied to natural persons.";

export const PSAL2012_RULES: readonly PenaltyRule[] = [
  {
    id: 'PSAL2012.25',
    law: LAW,
    version: VERSION,
    article: 25,
    paragraph: null,
    text: '第二十五条 有下列行为之一的，处五日以上十日以下拘留，可以并处五百元以下罚款；情节较轻的，处五日以下拘留或者五百元以下罚款:\n（一）散布谣言，谎报险情、疫情、警情或者以其他方法故意扰乱公共秩序的；\n（二）投放虚假的爆炸性、毒害性、放射性、腐蚀性物质或者传染病病原体等危险物质扰乱公共秩序的；\n（三）扬言实施放火、爆炸、投放危险物质扰乱公共秩序的。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 处五日以上十日以下拘留，可以并处五百元以下罚款
      BASE([
        detention('party', 'mandatory', 5, 10, '处五日以上十日以下拘留'),
        fine('optional', [range(null, 500, '可以并处五百元以下罚款')]),
      ]),
      // 情节较轻的，处五日以下拘留或者五百元以下罚款
      tier(
        'minor',
        '情节较轻',
        [['minor_circumstances']],
        [
          detention('party', 'alternative', null, 5, '处五日以下拘留', {
            alternativeGroup: 'PSAL2012.25.minor',
          }),
          fine('alternative', [range(null, 500, '或者五百元以下罚款')], {
            alternativeGroup: 'PSAL2012.25.minor',
          }),
        ],
      ),
    ],
    successors: [
      {
        rule: 'PSAL2025.29',
        change: 'amended',
        note: '2025年修订第二十九条：罚款上限由五百元提高到一千元；增加“灾情”。',
      },
    ],
    notes: [
      'Network relevance: item （一） 散布谣言，谎报险情、疫情、警情 (online rumours); the sanctions are the same for every item.',
      'The 情节较轻 tier is lighter, not additive: detention or a fine, one of them.',
      UNIT_NOTE,
    ],
  },
  {
    id: 'PSAL2012.29',
    law: LAW,
    version: VERSION,
    article: 29,
    paragraph: null,
    text: '第二十九条 有下列行为之一的，处五日以下拘留；情节较重的，处五日以上十日以下拘留:\n（一）违反国家规定，侵入计算机信息系统，造成危害的；\n（二）违反国家规定，对计算机信息系统功能进行删除、修改、增加、干扰，造成计算机信息系统不能正常运行的；\n（三）违反国家规定，对计算机信息系统中存储、处理、传输的数据和应用程序进行删除、修改、增加的；\n（四）故意制作、传播计算机病毒等破坏性程序，影响计算机信息系统正常运行的。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 处五日以下拘留
      BASE([detention('party', 'mandatory', null, 5, '处五日以下拘留')]),
      // 情节较重的，处五日以上十日以下拘留
      tier(
        'relatively_serious',
        '情节较重',
        [['relatively_serious_circumstances']],
        [detention('party', 'mandatory', 5, 10, '处五日以上十日以下拘留')],
      ),
    ],
    successors: [
      {
        rule: 'PSAL2025.33',
        change: 'amended',
        note: '2025年修订第三十三条：情节较重的拘留上限由十日提高到十五日；增加新的项；“造成危害”适用于各项。',
      },
    ],
    notes: [
      'Detention only: no fine in either tier. Items （一）（二）（四） carry their own harm conditions (造成危害 / 不能正常运行 / 影响…正常运行).',
      'Flag A18: the same acts may fall under 网络安全法(2016) 第六十三条 (detention plus fines) and 国际联网安全保护管理办法 第二十条.',
      UNIT_NOTE,
    ],
  },
  {
    id: 'PSAL2012.42',
    law: LAW,
    version: VERSION,
    article: 42,
    paragraph: null,
    text: '第四十二条 有下列行为之一的，处五日以下拘留或者五百元以下罚款；情节较重的，处五日以上十日以下拘留，可以并处五百元以下罚款:\n（一）写恐吓信或者以其他方法威胁他人人身安全的；\n（二）公然侮辱他人或者捏造事实诽谤他人的；\n（三）捏造事实诬告陷害他人，企图使他人受到刑事追究或者受到治安管理处罚的；\n（四）对证人及其近亲属进行威胁、侮辱、殴打或者打击报复的；\n（五）多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的；\n（六）偷窥、偷拍、窃听、散布他人隐私的。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 处五日以下拘留或者五百元以下罚款
      BASE([
        detention('party', 'alternative', null, 5, '处五日以下拘留', {
          alternativeGroup: 'PSAL2012.42.base',
        }),
        fine('alternative', [range(null, 500, '或者五百元以下罚款')], {
          alternativeGroup: 'PSAL2012.42.base',
        }),
      ]),
      // 情节较重的，处五日以上十日以下拘留，可以并处五百元以下罚款
      tier(
        'relatively_serious',
        '情节较重',
        [['relatively_serious_circumstances']],
        [
          detention('party', 'mandatory', 5, 10, '处五日以上十日以下拘留'),
          fine('optional', [range(null, 500, '可以并处五百元以下罚款')]),
        ],
      ),
    ],
    successors: [
      {
        rule: 'PSAL2025.50.1',
        change: 'amended',
        note: '2025年修订第五十条第一款：罚款上限由五百元提高到一千元；第（五）项增加“滋扰、纠缠、跟踪”。',
      },
    ],
    notes: [
      'Network relevance: items （二） 公然侮辱、诽谤 and （五） 多次发送淫秽、侮辱、恐吓或者其他信息; （六） 散布他人隐私. The sanctions are the same for every item.',
      UNIT_NOTE,
    ],
  },
  {
    id: 'PSAL2012.47',
    law: LAW,
    version: VERSION,
    article: 47,
    paragraph: null,
    text: '第四十七条 煽动民族仇恨、民族歧视，或者在出版物、计算机信息网络中刊载民族歧视、侮辱内容的，处十日以上十五日以下拘留，可以并处一千元以下罚款。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 处十日以上十五日以下拘留，可以并处一千元以下罚款
      BASE([
        detention('party', 'mandatory', 10, 15, '处十日以上十五日以下拘留'),
        fine('optional', [range(null, 1000, '可以并处一千元以下罚款')]),
      ]),
    ],
    successors: [
      {
        rule: 'PSAL2025.55',
        change: 'amended',
        note: '2025年修订第五十五条：罚款上限由一千元提高到三千元；增加“情节较轻的，处五日以下拘留或者三千元以下罚款”；“计算机信息网络”改为“信息网络”。',
      },
    ],
    notes: [
      'Network relevance: 在…计算机信息网络中刊载民族歧视、侮辱内容 (and 煽动 online). A single tier: the 2012 text has no 情节较轻 tier.',
      UNIT_NOTE,
    ],
  },
  {
    id: 'PSAL2012.68',
    law: LAW,
    version: VERSION,
    article: 68,
    paragraph: null,
    text: '第六十八条 制作、运输、复制、出售、出租淫秽的书刊、图片、影片、音像制品等淫秽物品或者利用计算机信息网络、电话以及其他通讯工具传播淫秽信息的，处十日以上十五日以下拘留，可以并处三千元以下罚款；情节较轻的，处五日以下拘留或者五百元以下罚款。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 处十日以上十五日以下拘留，可以并处三千元以下罚款
      BASE([
        detention('party', 'mandatory', 10, 15, '处十日以上十五日以下拘留'),
        fine('optional', [range(null, 3000, '可以并处三千元以下罚款')]),
      ]),
      // 情节较轻的，处五日以下拘留或者五百元以下罚款
      tier(
        'minor',
        '情节较轻',
        [['minor_circumstances']],
        [
          detention('party', 'alternative', null, 5, '处五日以下拘留', {
            alternativeGroup: 'PSAL2012.68.minor',
          }),
          fine('alternative', [range(null, 500, '或者五百元以下罚款')], {
            alternativeGroup: 'PSAL2012.68.minor',
          }),
        ],
      ),
    ],
    successors: [
      {
        rule: 'PSAL2025.80.1',
        change: 'amended',
        note: '2025年修订第八十条第一款：罚款上限由三千元提高到五千元；情节较轻的罚款改为一千元以上三千元以下；“计算机信息网络”改为“信息网络”；新增第二款（涉及未成年人的，从重处罚）。',
      },
    ],
    notes: [
      'Network relevance: 利用计算机信息网络…传播淫秽信息. The 情节较轻 tier is lighter, not additive: detention or a fine, one of them.',
      UNIT_NOTE,
    ],
  },
];

/*
 * No 2012 article punishes selling or providing personal information as such (2025 第五十六条 is new); before 2026 that conduct
 * falls under 网络安全法(2016) 第六十四条第二款.
 */
