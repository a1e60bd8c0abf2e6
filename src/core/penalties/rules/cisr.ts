/**
 * 中华人民共和国计算机信息系统安全保护条例 (国务院令第147号, 1994-02-18; text as revised 2011-01-08), 第四章 法律责任.
 * Source: data/law/计算机信息系统安全保护条例(2011-01-08).md. Both encoded articles name 公安机关 (第六条: 公安部主管).
 * Amounts are written in Arabic numerals (5000元, 1.5万元).
 */
import type { PenaltyRule } from '../model.js';
import { ANY_PARTY, BASE, confiscate, fine, measure, multiple, range, warn } from './build.js';

const LAW = '计算机信息系统安全保护条例';
const VERSION = '2011-01-08';

export const CISR_RULES: readonly PenaltyRule[] = [
  {
    id: 'CISR.20',
    law: LAW,
    version: VERSION,
    article: 20,
    paragraph: null,
    text: '第二十条 违反本条例的规定，有下列行为之一的，由公安机关处以警告或者停机整顿：\n(一)违反计算机信息系统安全等级保护制度，危害计算机信息系统安全的；\n(二)违反计算机信息系统国际联网备案制度的；\n(三)不按照规定时间报告计算机信息系统中发生的案件的；\n(四)接到公安机关要求改进安全状况的通知后，在限期内拒不改进的；\n(五)有危害计算机信息系统安全的其他行为的。',
    // (一) 第九条 安全等级保护; (二) 第十一条 国际联网备案; (三) 第十四条 24小时内报告; (四) 第十八条 通知采取安全保护措施;
    // (五) 第七条 不得危害计算机信息系统的安全.
    enforces: [{ article: 9 }, { article: 11 }, { article: 14 }, { article: 18 }, { article: 7 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 由公安机关处以警告或者停机整顿
      BASE([
        warn('alternative', '处以警告', { alternativeGroup: 'CISR.20' }),
        measure('suspension', 'alternative', '停机整顿', {
          alternativeGroup: 'CISR.20',
          note: 'No length is stated (compare 计算机信息网络国际联网安全保护管理办法 第二十三条: 停机整顿不超过6个月).',
        }),
      ]),
    ],
    notes: [
      'A strict alternative (警告或者停机整顿); no fine, no tier. No 责令改正 in the text, though 行政处罚法 第二十八条第一款 still requires one.',
      'Items （一）–（四） are duties of the 使用单位 (第十一条, 第十四条, 第十八条); item （五） reaches anyone (第七条 任何组织或者个人): parties of both kinds.',
      'Item （二） overlaps 计算机信息网络国际联网安全保护管理办法 第二十三条 (不履行备案职责: 警告或者停机整顿不超过6个月); 第十三条 (安全管理制度) has no penalty of its own here.',
    ],
  },
  {
    id: 'CISR.23',
    law: LAW,
    version: VERSION,
    article: 23,
    paragraph: null,
    text: '第二十三条 故意输入计算机病毒以及其他有害数据危害计算机信息系统安全的，或者未经许可出售计算机信息系统安全专用产品的，由公安机关处以警告或者对个人处以5000元以下的罚款、对单位处以1.5万元以下的罚款；有违法所得的，除予以没收外，可以处以违法所得1至3倍的罚款。',
    // 第七条 不得危害计算机信息系统的安全 (病毒、有害数据); 第十六条 安全专用产品销售许可证制度.
    enforces: [{ article: 7 }, { article: 16 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['public_security'],
    tiers: [
      // 由公安机关处以警告或者对个人处以5000元以下的罚款、对单位处以1.5万元以下的罚款；
      // 有违法所得的，除予以没收外，可以处以违法所得1至3倍的罚款
      BASE([
        warn('alternative', '处以警告', { alternativeGroup: 'CISR.23' }),
        fine('alternative', [range(null, 5000, '对个人处以5000元以下的罚款')], {
          alternativeGroup: 'CISR.23',
          partyKind: 'individual',
        }),
        fine('alternative', [range(null, 15000, '对单位处以1.5万元以下的罚款')], {
          alternativeGroup: 'CISR.23',
          partyKind: 'organization',
        }),
        confiscate('mandatory', '有违法所得的，除予以没收外', {
          note: 'Only when there are illegal gains (有违法所得的).',
        }),
        fine(
          'optional',
          [multiple(1, 3, 'illegal_gains', '可以处以违法所得1至3倍的罚款', { gains: 'positive' })],
          {
            note: 'Flag: with illegal gains the text allows 违法所得1至3倍 «可以»; whether this replaces or adds to the 5000元/1.5万元 fine is not stated. Encoded as a further range: a fine is admitted if either range admits it.',
          },
        ),
      ]),
    ],
    notes: [
      '警告 or the fine (「处以警告或者…罚款」): a strict alternative by the words; the engine admits each and does not enforce the 或者.',
      'No minimum fine is stated (Flag A6). 「1至3倍」 read as inclusive (一倍以上三倍以下).',
      '「除予以没收外」: confiscation of the gains, although the words 没收违法所得 do not occur.',
    ],
  },
];

/*
 * Not encoded (第四章 法律责任):
 * - 第二十一条 (计算机机房 / 附近施工): 「由公安机关会同有关单位进行处理」 — no sanction and no range named.
 * - 第二十二条 (媒体进出境不如实申报): 由海关依照海关法处理 — not a 公安机关 sanction, and no range here.
 * - 第二十四条: 构成违反治安管理行为的，依照治安管理处罚法处罚 — a referral naming no article; the decision cites the
 *   治安管理处罚法 article, which its own rule judges.
 * - 第二十五条 (民事责任), 第二十六条 (复议、诉讼), 第二十七条 (公务员处分): not administrative penalties of a 公安机关.
 */
