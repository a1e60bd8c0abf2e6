/**
 * 治安管理处罚法 (revised 2025-06-27, in force 2026-01-01 — 第一百四十四条), the articles used against network conduct:
 * 第二十九条 (散布谣言…), 第三十三条 (计算机信息系统), 第五十条第一款 (侮辱、诽谤; 多次发送…信息), 第五十五条 (民族仇恨、民族歧视;
 * 在信息网络中刊载民族歧视、侮辱内容), 第五十六条 (个人信息, new), 第八十条第一款 (利用信息网络…传播淫秽信息).
 * Source: data/law/治安管理处罚法(2025-06-27).md. 第一百四十三条: 「本法所称以上、以下、以内，包括本数。」
 * Each article states both the conduct and the penalty, so `enforces` is empty. Units: 第十八条 (responsible persons are punished).
 */
import type { PenaltyRule, Tier } from '../model.js';
import { BASE, INDIVIDUAL, detention, fine, range, tier } from './build.js';

const LAW = '治安管理处罚法';
const VERSION = '2025-06-27';
const UNIT_NOTE =
  "第十八条: a unit's violation is punished on its 直接负责的主管人员和其他直接责任人员 under this article; the rule is applied to natural persons.";

/** 第五十六条第一款, applied also by 第二款 (「依照前款的规定处罚」). */
const ART56_TIERS: Tier[] = [
  // 处十日以上十五日以下拘留
  BASE([detention('party', 'mandatory', 10, 15, '处十日以上十五日以下拘留')]),
  // 情节较轻的，处五日以下拘留
  tier(
    'minor',
    '情节较轻',
    [['minor_circumstances']],
    [detention('party', 'mandatory', null, 5, '处五日以下拘留')],
  ),
];

const ART56_NOTES = [
  '第一百四十一条第三款: where other laws or regulations also provide fines, confiscation of illegal gains or other penalties for this conduct, 「由相关主管部门依照相应规定处罚；需要给予行政拘留处罚的，由公安机关依照本法规定处理」 — this rule bounds detention only.',
  'No fine in either tier; the 情节较轻 tier is lighter, not additive (5 to 10 days is in neither tier).',
  UNIT_NOTE,
];

export const PSAL2025_RULES: readonly PenaltyRule[] = [
  {
    id: 'PSAL2025.29',
    law: LAW,
    version: VERSION,
    article: 29,
    paragraph: null,
    text: '第二十九条 有下列行为之一的，处五日以上十日以下拘留，可以并处一千元以下罚款；情节较轻的，处五日以下拘留或者一千元以下罚款：\n（一）故意散布谣言，谎报险情、疫情、灾情、警情或者以其他方法故意扰乱公共秩序的；\n（二）投放虚假的爆炸性、毒害性、放射性、腐蚀性物质或者传染病病原体等危险物质扰乱公共秩序的；\n（三）扬言实施放火、爆炸、投放危险物质等危害公共安全犯罪行为扰乱公共秩序的。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 处五日以上十日以下拘留，可以并处一千元以下罚款
      BASE([
        detention('party', 'mandatory', 5, 10, '处五日以上十日以下拘留'),
        fine('optional', [range(null, 1000, '可以并处一千元以下罚款')]),
      ]),
      // 情节较轻的，处五日以下拘留或者一千元以下罚款
      tier(
        'minor',
        '情节较轻',
        [['minor_circumstances']],
        [
          detention('party', 'alternative', null, 5, '处五日以下拘留', {
            alternativeGroup: 'PSAL2025.29.minor',
          }),
          fine('alternative', [range(null, 1000, '或者一千元以下罚款')], {
            alternativeGroup: 'PSAL2025.29.minor',
          }),
        ],
      ),
    ],
    notes: [
      'Network relevance: item （一） 故意散布谣言，谎报险情、疫情、灾情、警情 (online rumours); the sanctions are the same for every item.',
      UNIT_NOTE,
    ],
  },
  {
    id: 'PSAL2025.33',
    law: LAW,
    version: VERSION,
    article: 33,
    paragraph: null,
    text: '第三十三条 有下列行为之一，造成危害的，处五日以下拘留；情节较重的，处五日以上十五日以下拘留：\n（一）违反国家规定，侵入计算机信息系统或者采用其他技术手段，获取计算机信息系统中存储、处理或者传输的数据，或者对计算机信息系统实施非法控制的；\n（二）违反国家规定，对计算机信息系统功能进行删除、修改、增加、干扰的；\n（三）违反国家规定，对计算机信息系统中存储、处理、传输的数据和应用程序进行删除、修改、增加的；\n（四）故意制作、传播计算机病毒等破坏性程序的；\n（五）提供专门用于侵入、非法控制计算机信息系统的程序、工具，或者明知他人实施侵入、非法控制计算机信息系统的违法犯罪行为而为其提供程序、工具的。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 有下列行为之一，造成危害的，处五日以下拘留 — the harm is an element of every item: without it nothing is punished.
      tier(
        'harm',
        '造成危害',
        [['harm_caused']],
        [detention('party', 'mandatory', null, 5, '处五日以下拘留')],
      ),
      // 情节较重的，处五日以上十五日以下拘留
      tier(
        'relatively_serious',
        '造成危害且情节较重',
        [['harm_caused', 'relatively_serious_circumstances']],
        [detention('party', 'mandatory', 5, 15, '处五日以上十五日以下拘留')],
      ),
    ],
    notes: [
      'Detention only. 「造成危害的」 governs every item (2012: only some items carried a harm condition), so it is a fact every tier requires: conduct that caused no harm is not punished under this article (行政处罚法 第三十七条 「不认为是违法的」 for conduct before 2026).',
      'Flag A18: overlaps 网络安全法(2025) 第六十六条 (detention plus optional fines).',
      UNIT_NOTE,
    ],
  },
  {
    id: 'PSAL2025.50.1',
    law: LAW,
    version: VERSION,
    article: 50,
    paragraph: 1,
    text: '第五十条 有下列行为之一的，处五日以下拘留或者一千元以下罚款；情节较重的，处五日以上十日以下拘留，可以并处一千元以下罚款：\n（一）写恐吓信或者以其他方法威胁他人人身安全的；\n（二）公然侮辱他人或者捏造事实诽谤他人的；\n（三）捏造事实诬告陷害他人，企图使他人受到刑事追究或者受到治安管理处罚的；\n（四）对证人及其近亲属进行威胁、侮辱、殴打或者打击报复的；\n（五）多次发送淫秽、侮辱、恐吓等信息或者采取滋扰、纠缠、跟踪等方法，干扰他人正常生活的；\n（六）偷窥、偷拍、窃听、散布他人隐私的。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 处五日以下拘留或者一千元以下罚款
      BASE([
        detention('party', 'alternative', null, 5, '处五日以下拘留', {
          alternativeGroup: 'PSAL2025.50.1.base',
        }),
        fine('alternative', [range(null, 1000, '或者一千元以下罚款')], {
          alternativeGroup: 'PSAL2025.50.1.base',
        }),
      ]),
      // 情节较重的，处五日以上十日以下拘留，可以并处一千元以下罚款
      tier(
        'relatively_serious',
        '情节较重',
        [['relatively_serious_circumstances']],
        [
          detention('party', 'mandatory', 5, 10, '处五日以上十日以下拘留'),
          fine('optional', [range(null, 1000, '可以并处一千元以下罚款')]),
        ],
      ),
    ],
    notes: [
      'Network relevance: items （二） 公然侮辱、诽谤, （五） 多次发送淫秽、侮辱、恐吓等信息, （六） 散布他人隐私.',
      UNIT_NOTE,
    ],
  },
  {
    id: 'PSAL2025.55',
    law: LAW,
    version: VERSION,
    article: 55,
    paragraph: null,
    text: '第五十五条 煽动民族仇恨、民族歧视，或者在出版物、信息网络中刊载民族歧视、侮辱内容的，处十日以上十五日以下拘留，可以并处三千元以下罚款；情节较轻的，处五日以下拘留或者三千元以下罚款。',
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
      // 情节较轻的，处五日以下拘留或者三千元以下罚款
      tier(
        'minor',
        '情节较轻',
        [['minor_circumstances']],
        [
          detention('party', 'alternative', null, 5, '处五日以下拘留', {
            alternativeGroup: 'PSAL2025.55.minor',
          }),
          fine('alternative', [range(null, 3000, '或者三千元以下罚款')], {
            alternativeGroup: 'PSAL2025.55.minor',
          }),
        ],
      ),
    ],
    notes: [
      'Network relevance: 在…信息网络中刊载民族歧视、侮辱内容 (and 煽动 online). The 情节较轻 tier (new in 2025) is lighter, not additive.',
      UNIT_NOTE,
    ],
  },
  {
    id: 'PSAL2025.56.1',
    law: LAW,
    version: VERSION,
    article: 56,
    paragraph: 1,
    text: '第五十六条 违反国家有关规定，向他人出售或者提供个人信息的，处十日以上十五日以下拘留；情节较轻的，处五日以下拘留。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: ART56_TIERS,
    notes: ['New in 2025: 违反国家有关规定，向他人出售或者提供个人信息.', ...ART56_NOTES],
  },
  {
    id: 'PSAL2025.56.2',
    law: LAW,
    version: VERSION,
    article: 56,
    paragraph: 2,
    text: '窃取或者以其他方法非法获取个人信息的，依照前款的规定处罚。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: ART56_TIERS,
    notes: ['窃取或者以其他方法非法获取个人信息: 「依照前款的规定处罚」.', ...ART56_NOTES],
  },
  {
    id: 'PSAL2025.80.1',
    law: LAW,
    version: VERSION,
    article: 80,
    paragraph: 1,
    text: '第八十条 制作、运输、复制、出售、出租淫秽的书刊、图片、影片、音像制品等淫秽物品或者利用信息网络、电话以及其他通讯工具传播淫秽信息的，处十日以上十五日以下拘留，可以并处五千元以下罚款；情节较轻的，处五日以下拘留或者一千元以上三千元以下罚款。',
    enforces: [],
    parties: INDIVIDUAL,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 处十日以上十五日以下拘留，可以并处五千元以下罚款
      BASE([
        detention('party', 'mandatory', 10, 15, '处十日以上十五日以下拘留'),
        fine('optional', [range(null, 5000, '可以并处五千元以下罚款')]),
      ]),
      // 情节较轻的，处五日以下拘留或者一千元以上三千元以下罚款
      tier(
        'minor',
        '情节较轻',
        [['minor_circumstances']],
        [
          detention('party', 'alternative', null, 5, '处五日以下拘留', {
            alternativeGroup: 'PSAL2025.80.1.minor',
          }),
          fine('alternative', [range(1000, 3000, '或者一千元以上三千元以下罚款')], {
            alternativeGroup: 'PSAL2025.80.1.minor',
          }),
        ],
      ),
    ],
    notes: [
      'Network relevance: 利用信息网络…传播淫秽信息. The 情节较轻 tier is lighter, not additive; its fine has a floor (一千元).',
      '第二款 「前款规定的淫秽物品或者淫秽信息中涉及未成年人的，从重处罚」: heavier within these ranges (行政处罚 从重 does not leave the range); not a tier of its own, not encoded.',
      UNIT_NOTE,
    ],
  },
];

/*
 * Not encoded: 第八十条第二款 (涉及未成年人的，从重处罚: aggravation within 第一款's ranges, see PSAL2025.80.1).
 * 第五十条第二款 — the 禁止接触 order (经公安机关负责人批准，可以责令其一定期限内禁止接触被侵害人) is a protective measure with
 * no range, and the detention it provides (五日以上十日以下拘留，可以并处一千元以下罚款) punishes a different conduct (breaching the
 * order), not network conduct.
 */
