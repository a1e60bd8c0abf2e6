/**
 * 互联网上网服务营业场所管理条例 (国务院令第363号, 2002; fourth revision 2022-03-29, in force 2022-05-01), 第四章 罚则,
 * 第二十七条、第二十九条–第三十四条. Source: data/law/互联网上网服务营业场所管理条例(2022-03-29).md.
 *
 * Authorities, as each paragraph names them (第四条 divides the fields: 文化行政部门 — 设立审批 and 经营活动; 公安机关 —
 * 信息网络安全、治安及消防安全; 工商行政管理部门 — 登记注册、营业执照):
 * - 第二十七条, 第二十九条, 第三十一条: 文化行政部门;
 * - 第三十条第一款, 第三十二条, 第三十四条: 公安机关, except the licence revocation at the top of the 情节严重 tier,
 *   「直至由文化行政部门吊销《网络文化经营许可证》」 (`by: ['culture']` on that sanction);
 * - 第三十三条: 「由文化行政部门、公安机关依据各自职权」, and the revocation again by 文化行政部门.
 * The engine checks authority per rule, so a rule whose sanctions are split lists both authorities (see `notes`).
 * 以上/以下 read as inclusive (Flag A1). Amounts are written in Arabic numerals (15000元, 1万元).
 */
import type { FineRange, PenaltyRule, SanctionRule, Tier } from '../model.js';
import { ANY_PARTY, BASE, confiscate, FLAG_A2, fine, measure, multiple, range, tier, warn } from './build.js';

const LAW = '互联网上网服务营业场所管理条例';
const VERSION = '2022-03-29';
const SERIOUS = [['serious_circumstances' as const]];

const PARTIES_NOTE =
  'Parties: the 经营单位 must be an enterprise (第八条第一款第（一）项), but bulletins often name the 个体 operator (网吧业主) as the party; either kind is admitted.';
const CRIME = '尚不够刑事处罚（触犯刑律的，依法追究刑事责任）';

/**
 * 「违法经营额N元以上的，并处违法经营额A倍以上B倍以下的罚款；违法经营额不足N元的，并处X元以上Y元以下的罚款」 (第二十七条、
 * 第二十九条、第三十条第一款): the fine turns on 违法经营额 (illegal turnover), not 违法所得.
 */
function turnoverFine(
  threshold: number,
  times: [number, number, string],
  fixed: [number, number, string],
): SanctionRule {
  const ranges: FineRange[] = [
    multiple(times[0], times[1], 'illegal_turnover', times[2], {
      gains: 'at_least',
      yuan: threshold,
      of: 'illegal_turnover',
    }),
    range(fixed[0], fixed[1], fixed[2], { gains: 'none_or_below', yuan: threshold, of: 'illegal_turnover' }),
  ];
  return fine('mandatory', ranges);
}

/**
 * 「情节严重的，责令停业整顿，直至（由文化行政部门）吊销《网络文化经营许可证》」: one of the two, 停业整顿 or, at the top,
 * revocation. `revokeByCulture`: the paragraph's own authority is not the 文化行政部门 (第三十条、第三十二条–第三十四条).
 */
function seriousTier(id: string, revokeWords: string, revokeByCulture: boolean): Tier {
  const group = `${id}.serious`;
  return tier(
    'serious',
    '情节严重',
    SERIOUS,
    [
      measure('suspension', 'alternative', '责令停业整顿', { alternativeGroup: group }),
      measure('revocation', 'alternative', revokeWords, {
        alternativeGroup: group,
        ...(revokeByCulture ? { by: ['culture' as const] } : {}),
      }),
    ],
    { extends: 'base', note: `${FLAG_A2} 「直至」: 停业整顿 or, at the top of the tier, revocation.` },
  );
}

/** 第三十一条–第三十四条: 「给予警告，可以并处15000元以下（的）罚款；情节严重的，责令停业整顿，直至…吊销《网络文化经营许可证》」. */
function warningTiers(id: string, fineWords: string, revokeWords: string, revokeByCulture: boolean): Tier[] {
  return [
    BASE([warn(), fine('optional', [range(null, 15000, fineWords)])]),
    seriousTier(id, revokeWords, revokeByCulture),
  ];
}

const REVOKE_BY_CULTURE = '直至由文化行政部门吊销《网络文化经营许可证》';

/**
 * 「由公安机关给予警告…直至由文化行政部门吊销」 (第三十条第一款, 第三十二条, 第三十四条): every sanction of the paragraph but the
 * revocation is the 公安机关's, so a 文化行政部门 warning or fine under it is checked as beyond its power.
 */
function byPolice(tiers: Tier[]): Tier[] {
  return tiers.map((t) => ({
    ...t,
    sanctions: t.sanctions.map((s) => (s.by ? s : { ...s, by: ['public_security' as const] })),
  }));
}
const SPLIT_AUTHORITY_NOTE =
  'Authority split within the paragraph: 公安机关 for the warning, fine and 停业整顿; 文化行政部门 for the revocation (`by`). The engine checks authority per rule, so the rule lists both and a 文化行政部门 decision imposing the fine is not flagged (a per-sanction check needs check-case.ts to read `by`).';

export const NETCAFE_RULES: readonly PenaltyRule[] = [
  {
    id: 'NETCAFE.27',
    law: LAW,
    version: VERSION,
    article: 27,
    paragraph: null,
    text: '第二十七条 违反本条例的规定，擅自从事互联网上网服务经营活动的，由文化行政部门或者由文化行政部门会同公安机关依法予以取缔，查封其从事违法经营活动的场所，扣押从事违法经营活动的专用工具、设备；触犯刑律的，依照刑法关于非法经营罪的规定，依法追究刑事责任；尚不够刑事处罚的，由文化行政部门没收违法所得及其从事违法经营活动的专用工具、设备；违法经营额1万元以上的，并处违法经营额5倍以上10倍以下的罚款；违法经营额不足1万元的，并处1万元以上5万元以下的罚款。',
    // 第七条 未经许可，任何组织和个人不得从事互联网上网服务经营活动.
    enforces: [{ article: 7 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['culture'],
    preconditions: [CRIME],
    tiers: [
      // 依法予以取缔…；尚不够刑事处罚的，由文化行政部门没收违法所得及其从事违法经营活动的专用工具、设备；
      // 违法经营额1万元以上的，并处违法经营额5倍以上10倍以下的罚款；违法经营额不足1万元的，并处1万元以上5万元以下的罚款
      BASE([
        measure('other', 'mandatory', '予以取缔', {
          note: '取缔 of the unlicensed business; 查封 the premises and 扣押 the tools are 行政强制措施, not encoded as sanctions.',
        }),
        confiscate('mandatory', '没收违法所得及其从事违法经营活动的专用工具、设备'),
        turnoverFine(
          10000,
          [5, 10, '并处违法经营额5倍以上10倍以下的罚款'],
          [10000, 50000, '违法经营额不足1万元的，并处1万元以上5万元以下的罚款'],
        ),
      ]),
    ],
    notes: [
      '取缔 by 「文化行政部门或者由文化行政部门会同公安机关」; the confiscation and fine by 文化行政部门 alone: a 公安机关 decision imposing the fine is outside the text.',
      '违法经营额 is not a case-record field yet: the check asks for it (`requires`) when a fine is recorded.',
    ],
  },
  {
    id: 'NETCAFE.29',
    law: LAW,
    version: VERSION,
    article: 29,
    paragraph: null,
    text: '第二十九条 互联网上网服务营业场所经营单位违反本条例的规定，涂改、出租、出借或者以其他方式转让《网络文化经营许可证》，触犯刑律的，依照刑法关于伪造、变造、买卖国家机关公文、证件、印章罪的规定，依法追究刑事责任；尚不够刑事处罚的，由文化行政部门吊销《网络文化经营许可证》，没收违法所得；违法经营额5000元以上的，并处违法经营额2倍以上5倍以下的罚款；违法经营额不足5000元的，并处5000元以上1万元以下的罚款。',
    enforces: [{ article: 12 }],
    parties: ANY_PARTY,
    roles: ['internet_cafe_operator'],
    authorities: ['culture'],
    preconditions: [CRIME],
    tiers: [
      // 由文化行政部门吊销《网络文化经营许可证》，没收违法所得；违法经营额5000元以上的，并处违法经营额2倍以上5倍以下的罚款；
      // 违法经营额不足5000元的，并处5000元以上1万元以下的罚款
      BASE([
        measure('revocation', 'mandatory', '吊销《网络文化经营许可证》'),
        confiscate(),
        turnoverFine(
          5000,
          [2, 5, '并处违法经营额2倍以上5倍以下的罚款'],
          [5000, 10000, '违法经营额不足5000元的，并处5000元以上1万元以下的罚款'],
        ),
      ]),
    ],
    notes: [PARTIES_NOTE],
  },
  {
    id: 'NETCAFE.30.1',
    law: LAW,
    version: VERSION,
    article: 30,
    paragraph: 1,
    text: '第三十条 互联网上网服务营业场所经营单位违反本条例的规定，利用营业场所制作、下载、复制、查阅、发布、传播或者以其他方式使用含有本条例第十四条规定禁止含有的内容的信息，触犯刑律的，依法追究刑事责任；尚不够刑事处罚的，由公安机关给予警告，没收违法所得；违法经营额1万元以上的，并处违法经营额2倍以上5倍以下的罚款；违法经营额不足1万元的，并处1万元以上2万元以下的罚款；情节严重的，责令停业整顿，直至由文化行政部门吊销《网络文化经营许可证》。',
    enforces: [{ article: 14 }],
    parties: ANY_PARTY,
    roles: ['internet_cafe_operator'],
    authorities: ['public_security', 'culture'],
    preconditions: [CRIME],
    tiers: byPolice([
      // 由公安机关给予警告，没收违法所得；违法经营额1万元以上的，并处违法经营额2倍以上5倍以下的罚款；
      // 违法经营额不足1万元的，并处1万元以上2万元以下的罚款
      BASE([
        warn(),
        confiscate(),
        turnoverFine(
          10000,
          [2, 5, '并处违法经营额2倍以上5倍以下的罚款'],
          [10000, 20000, '违法经营额不足1万元的，并处1万元以上2万元以下的罚款'],
        ),
      ]),
      // 情节严重的，责令停业整顿，直至由文化行政部门吊销《网络文化经营许可证》
      seriousTier('NETCAFE.30.1', REVOKE_BY_CULTURE, true),
    ]),
    notes: [
      SPLIT_AUTHORITY_NOTE,
      PARTIES_NOTE,
      'The fine is mandatory (并处) and turns on 违法经营额, even where the content use earned nothing.',
    ],
  },
  {
    id: 'NETCAFE.31',
    law: LAW,
    version: VERSION,
    article: 31,
    paragraph: null,
    text: '第三十一条 互联网上网服务营业场所经营单位违反本条例的规定，有下列行为之一的，由文化行政部门给予警告，可以并处15000元以下的罚款；情节严重的，责令停业整顿，直至吊销《网络文化经营许可证》：\n（一）在规定的营业时间以外营业的；\n（二）接纳未成年人进入营业场所的；\n（三）经营非网络游戏的；\n（四）擅自停止实施经营管理技术措施的；\n（五）未悬挂《网络文化经营许可证》或者未成年人禁入标志的。',
    // （一） 第二十二条; （二） 第二十一条第一款; （三） 第十七条; （四） 第十九条 (经营管理技术措施); （五） 第二十条、第二十一条第二款.
    enforces: [
      { article: 22 },
      { article: 21, paragraph: 1 },
      { article: 17 },
      { article: 19 },
      { article: 20 },
      { article: 21, paragraph: 2 },
    ],
    parties: ANY_PARTY,
    roles: ['internet_cafe_operator'],
    authorities: ['culture'],
    tiers: warningTiers('NETCAFE.31', '可以并处15000元以下的罚款', '直至吊销《网络文化经营许可证》', false),
    notes: [
      PARTIES_NOTE,
      "All five items are the 文化行政部门's (经营活动, 第四条): one rule for the article.",
      'No minimum fine is stated (Flag A6).',
    ],
  },
  {
    id: 'NETCAFE.32',
    law: LAW,
    version: VERSION,
    article: 32,
    paragraph: null,
    text: '第三十二条 公安机关应当自互联网上网服务营业场所经营单位正式开展经营活动20个工作日内，对其依法履行信息网络安全职责情况进行实地检查。检查发现互联网上网服务营业场所经营单位未履行承诺的信息网络安全责任的，由公安机关给予警告，可以并处15000元以下罚款；情节严重的，责令停业整顿，直至由文化行政部门吊销《网络文化经营许可证》。',
    // 第十一条第二款: 申请人…应当向同级公安机关承诺符合信息网络安全审核条件，并…签署承诺书.
    enforces: [{ article: 11, paragraph: 2 }],
    parties: ANY_PARTY,
    roles: ['internet_cafe_operator'],
    authorities: ['public_security', 'culture'],
    tiers: byPolice(warningTiers('NETCAFE.32', '可以并处15000元以下罚款', REVOKE_BY_CULTURE, true)),
    notes: [
      SPLIT_AUTHORITY_NOTE,
      PARTIES_NOTE,
      'Bulletins often cite 第三十二条 for 实名登记 (第二十三条): that was the numbering before the 2019 revision inserted this article; in this text 实名登记 is 第三十三条第（三）、（四）项. The sanctions are the same, so such a decision is judged under this rule without harm.',
    ],
  },
  {
    id: 'NETCAFE.33',
    law: LAW,
    version: VERSION,
    article: 33,
    paragraph: null,
    text: '第三十三条 互联网上网服务营业场所经营单位违反本条例的规定，有下列行为之一的，由文化行政部门、公安机关依据各自职权给予警告，可以并处15000元以下的罚款；情节严重的，责令停业整顿，直至由文化行政部门吊销《网络文化经营许可证》：\n（一）向上网消费者提供的计算机未通过局域网的方式接入互联网的；\n（二）未建立场内巡查制度，或者发现上网消费者的违法行为未予制止并向文化行政部门、公安机关举报的；\n（三）未按规定核对、登记上网消费者的有效身份证件或者记录有关上网信息的；\n（四）未按规定时间保存登记内容、记录备份，或者在保存期内修改、删除登记内容、记录备份的；\n（五）变更名称、住所、法定代表人或者主要负责人、注册资本、网络地址或者终止经营活动，未向文化行政部门、公安机关办理有关手续或者备案的。',
    // （一） 第十六条第二款; （二） 第十九条; （三）（四） 第二十三条 (实名登记); （五） 第十三条第二款.
    enforces: [
      { article: 16, paragraph: 2 },
      { article: 19 },
      { article: 23 },
      { article: 13, paragraph: 2 },
    ],
    parties: ANY_PARTY,
    roles: ['internet_cafe_operator'],
    authorities: ['culture', 'public_security'],
    tiers: warningTiers('NETCAFE.33', '可以并处15000元以下的罚款', REVOKE_BY_CULTURE, true),
    notes: [
      '「依据各自职权」: the text does not assign items to one authority. Items （二）–（五） name both (举报, 查询 under 第二十三条, 手续或者备案 with both); item （一） (局域网接入) falls under either field of 第四条 (信息网络安全 / 经营活动). Not split into per-item rules: each item may be enforced by both, within its field (Flag: which field an item falls in is for the officer).',
      'The revocation is by 文化行政部门 only (`by`).',
      PARTIES_NOTE,
    ],
  },
  {
    id: 'NETCAFE.34',
    law: LAW,
    version: VERSION,
    article: 34,
    paragraph: null,
    text: '第三十四条 互联网上网服务营业场所经营单位违反本条例的规定，有下列行为之一的，由公安机关给予警告，可以并处15000元以下的罚款；情节严重的，责令停业整顿，直至由文化行政部门吊销《网络文化经营许可证》：\n（一）利用明火照明或者发现吸烟不予制止，或者未悬挂禁止吸烟标志的；\n（二）允许带入或者存放易燃、易爆物品的；\n（三）在营业场所安装固定的封闭门窗栅栏的；\n（四）营业期间封堵或者锁闭门窗、安全疏散通道或者安全出口的；\n（五）擅自停止实施安全技术措施的。',
    // （一）–（五） 第二十四条第（一）–（五）项.
    enforces: [{ article: 24 }],
    parties: ANY_PARTY,
    roles: ['internet_cafe_operator'],
    authorities: ['public_security', 'culture'],
    tiers: byPolice(warningTiers('NETCAFE.34', '可以并处15000元以下的罚款', REVOKE_BY_CULTURE, true)),
    notes: [
      SPLIT_AUTHORITY_NOTE,
      'Items （一）–（四） are fire safety: since the 2018 reform 消防救援机构 (no longer part of the 公安机关) supervise fire safety, but this text still names 公安机关; the text is encoded, and a 消防救援 unit is not recognised as any kind of authority.',
      PARTIES_NOTE,
    ],
  },
];

/*
 * Not encoded (第四章 罚则):
 * - 第二十五条, 第二十六条: 行政处分 of officials; 第二十八条: 信用监管 duties; 第三十六条: an employment bar (a consequence of
 *   revocation, no range); 第三十七条: 罚缴分离.
 * - 第三十条第二款: 上网消费者 「由公安机关依照治安管理处罚法的规定给予处罚」 — a referral naming no article; the decision cites the
 *   治安管理处罚法 article, which its own rule judges.
 * - 第三十五条: 「由公安机关、工商行政管理部门、电信管理机构依法给予处罚」 under other regulations — a referral with no sanction
 *   and no law named.
 */
