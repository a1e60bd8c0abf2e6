/**
 * 互联网信息服务管理办法 (国务院令第292号, 2000-09-25; text as revised 2011-01-08), 第十九条–第二十三条.
 * Source: data/law/互联网信息服务管理办法(2011-01-08).md. The 办法 has no chapters; its penalty articles are 第十九条–第二十五条.
 *
 * Authorities as written: 「省、自治区、直辖市电信管理机构」 (today's 省通信管理局: `telecom`) for 第十九条、第二十一条–第二十三条;
 * 「公安机关、国家安全机关」 (under other laws) and the 「发证机关」/「备案机关」 (the telecom authorities of 第七条、第八条) for
 * 第二十条. Amounts are written in Arabic numerals (5万元, 100万元).
 */
import type { PenaltyRule } from '../model.js';
import {
  ANY_PARTY,
  BASE,
  confiscate,
  FLAG_A2,
  FLAG_A3,
  fine,
  measure,
  multiple,
  range,
  rectify,
  tier,
} from './build.js';

const LAW = '互联网信息服务管理办法';
const VERSION = '2011-01-08';
const PROVINCIAL =
  'The text names 省、自治区、直辖市电信管理机构: every 通信管理局 is a provincial body, so the level is not encoded as `authorityLevel` (the name-based level reader does not know 通信管理局).';
const CYBERSPACE =
  "Flag: content duties (第十五条、第十六条) are today also enforced by the 网信部门 under the State Council's 2014 authorisation of 国家互联网信息办公室 for 互联网信息内容管理 and its 监督管理执法 (国发〔2014〕33号, not held in data/law); `cyberspace` is admitted for that reason, an interpretation beyond this text.";
/** 第二十条's 发证机关/备案机关 (第七条、第八条: the telecom authorities), and the 网信部门 under CYBERSPACE. */
const ISSUER: ('telecom' | 'cyberspace')[] = ['telecom', 'cyberspace'];
/** 「对经营性互联网信息服务提供者…；对非经营性互联网信息服务提供者…」: which measure depends on the provider's type. */
const BY_PROVIDER_TYPE =
  'Which measure applies depends on whether the provider is 经营性 (licence) or 非经营性 (filing), a fact the case record does not carry: encoded as alternatives.';

export const ICP_RULES: readonly PenaltyRule[] = [
  {
    id: 'ICP.19.1',
    law: LAW,
    version: VERSION,
    article: 19,
    paragraph: 1,
    text: '第十九条 违反本办法的规定，未取得经营许可证，擅自从事经营性互联网信息服务，或者超出许可的项目提供服务的，由省、自治区、直辖市电信管理机构责令限期改正，有违法所得的，没收违法所得，处违法所得3倍以上5倍以下的罚款；没有违法所得或者违法所得不足5万元的，处10万元以上100万元以下的罚款；情节严重的，责令关闭网站。',
    // 第四条 许可制度; 第七条 经营许可证; 第十一条第一款 不得超出许可的项目; 第十一条第二款 非经营性提供者不得从事有偿服务.
    enforces: [{ article: 4 }, { article: 7 }, { article: 11, paragraph: 1 }, { article: 11, paragraph: 2 }],
    parties: ANY_PARTY,
    roles: ['information_service_provider'],
    authorities: ['telecom'],
    tiers: [
      // 责令限期改正，有违法所得的，没收违法所得，处违法所得3倍以上5倍以下的罚款；
      // 没有违法所得或者违法所得不足5万元的，处10万元以上100万元以下的罚款
      BASE([
        rectify('责令限期改正'),
        confiscate('mandatory', '有违法所得的，没收违法所得', {
          note: 'Only when there are illegal gains (有违法所得的).',
        }),
        fine('mandatory', [
          multiple(3, 5, 'illegal_gains', '处违法所得3倍以上5倍以下的罚款', {
            gains: 'at_least',
            yuan: 50000,
          }),
          range(100000, 1000000, '没有违法所得或者违法所得不足5万元的，处10万元以上100万元以下的罚款', {
            gains: 'none_or_below',
            yuan: 50000,
          }),
        ]),
      ]),
      // 情节严重的，责令关闭网站
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        [measure('other', 'mandatory', '责令关闭网站')],
        {
          extends: 'base',
          note: FLAG_A2,
        },
      ),
    ],
    notes: [
      PROVINCIAL,
      'The 3–5 times range applies where the gains are 5万元 or more: below that the fixed 10万–100万 range applies (「没有违法所得或者违法所得不足5万元的」).',
      '第十一条第二款 (非经营性提供者从事有偿服务) is read as 擅自从事经营性互联网信息服务.',
    ],
  },
  {
    id: 'ICP.19.2',
    law: LAW,
    version: VERSION,
    article: 19,
    paragraph: 2,
    text: '违反本办法的规定，未履行备案手续，擅自从事非经营性互联网信息服务，或者超出备案的项目提供服务的，由省、自治区、直辖市电信管理机构责令限期改正；拒不改正的，责令关闭网站。',
    // 第四条 备案制度; 第八条 备案手续; 第十一条第一款 不得超出备案的项目.
    enforces: [{ article: 4 }, { article: 8 }, { article: 11, paragraph: 1 }],
    parties: ANY_PARTY,
    roles: ['information_service_provider'],
    authorities: ['telecom'],
    tiers: [
      // 责令限期改正
      BASE([rectify('责令限期改正')]),
      // 拒不改正的，责令关闭网站
      tier(
        'refused',
        '拒不改正',
        [['refused_rectification']],
        [measure('other', 'mandatory', '责令关闭网站')],
        {
          extends: 'base',
        },
      ),
    ],
    notes: [
      PROVINCIAL,
      FLAG_A3,
      'No fine: a decision fining an unfiled non-commercial service under this paragraph is outside it.',
    ],
  },
  {
    id: 'ICP.20',
    law: LAW,
    version: VERSION,
    article: 20,
    paragraph: null,
    text: '第二十条 制作、复制、发布、传播本办法第十五条所列内容之一的信息，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由公安机关、国家安全机关依照《中华人民共和国治安管理处罚法》、《计算机信息网络国际联网安全保护管理办法》等有关法律、行政法规的规定予以处罚；对经营性互联网信息服务提供者，并由发证机关责令停业整顿直至吊销经营许可证，通知企业登记机关；对非经营性互联网信息服务提供者，并由备案机关责令暂时关闭网站直至关闭网站。',
    enforces: [{ article: 15 }],
    parties: ANY_PARTY,
    roles: ['any'],
    authorities: ['public_security', 'state_security', 'telecom', 'cyberspace'],
    preconditions: ['尚不构成犯罪'],
    // 由公安机关、国家安全机关依照《中华人民共和国治安管理处罚法》、《计算机信息网络国际联网安全保护管理办法》等有关法律、行政法规的规定予以处罚
    referralFor: {
      authorities: ['public_security', 'state_security'],
      referTo: [
        'INTLNET.20',
        'PSAL2012.25',
        'PSAL2012.42',
        'PSAL2012.47',
        'PSAL2012.68',
        'PSAL2025.29',
        'PSAL2025.50.1',
        'PSAL2025.55',
        'PSAL2025.80.1',
      ],
    },
    tiers: [
      // 对经营性…并由发证机关责令停业整顿直至吊销经营许可证…；对非经营性…并由备案机关责令暂时关闭网站直至关闭网站
      BASE([
        measure('suspension', 'alternative', '责令停业整顿', { alternativeGroup: 'ICP.20', by: ISSUER }),
        measure('revocation', 'alternative', '吊销经营许可证', { alternativeGroup: 'ICP.20', by: ISSUER }),
        measure('suspension', 'alternative', '责令暂时关闭网站', { alternativeGroup: 'ICP.20', by: ISSUER }),
        measure('other', 'alternative', '关闭网站', { alternativeGroup: 'ICP.20', by: ISSUER }),
      ]),
    ],
    notes: [
      'The 公安机关 and 国家安全机关 punish 「依照…治安管理处罚法、计算机信息网络国际联网安全保护管理办法等」: their sanctions are set by those laws (`referralFor`): for them a decision citing only this article is judged under the candidate that fits (INTLNET.20, the 治安管理处罚法 articles on prohibited content), and the verdict rests on that being its basis.',
      'Not a referral rule (`referral`): the paragraph does set measures of its own, for the 发证机关/备案机关 (`by`), 「直至」 graded without facts.',
      BY_PROVIDER_TYPE,
      CYBERSPACE,
    ],
  },
  {
    id: 'ICP.21',
    law: LAW,
    version: VERSION,
    article: 21,
    paragraph: null,
    text: '第二十一条 未履行本办法第十四条规定的义务的，由省、自治区、直辖市电信管理机构责令改正；情节严重的，责令停业整顿或者暂时关闭网站。',
    enforces: [{ article: 14 }],
    parties: ANY_PARTY,
    roles: ['information_service_provider'],
    authorities: ['telecom'],
    tiers: [
      // 责令改正
      BASE([rectify()]),
      // 情节严重的，责令停业整顿或者暂时关闭网站
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        [
          measure('suspension', 'alternative', '责令停业整顿', { alternativeGroup: 'ICP.21.serious' }),
          measure('suspension', 'alternative', '暂时关闭网站', { alternativeGroup: 'ICP.21.serious' }),
        ],
        { extends: 'base' },
      ),
    ],
    notes: [
      PROVINCIAL,
      '第十四条 binds both 互联网信息服务提供者 (第一款: content records) and 互联网接入服务提供者 (access records); no fine.',
      '暂时关闭网站 is read as a suspension (temporary), unlike 关闭网站.',
    ],
  },
  {
    id: 'ICP.22',
    law: LAW,
    version: VERSION,
    article: 22,
    paragraph: null,
    text: '第二十二条 违反本办法的规定，未在其网站主页上标明其经营许可证编号或者备案编号的，由省、自治区、直辖市电信管理机构责令改正，处5000元以上5万元以下的罚款。',
    enforces: [{ article: 12 }],
    parties: ANY_PARTY,
    roles: ['information_service_provider'],
    authorities: ['telecom'],
    tiers: [
      // 责令改正，处5000元以上5万元以下的罚款
      BASE([rectify(), fine('mandatory', [range(5000, 50000, '处5000元以上5万元以下的罚款')])]),
    ],
    notes: [PROVINCIAL],
  },
  {
    id: 'ICP.23',
    law: LAW,
    version: VERSION,
    article: 23,
    paragraph: null,
    text: '第二十三条 违反本办法第十六条规定的义务的，由省、自治区、直辖市电信管理机构责令改正；情节严重的，对经营性互联网信息服务提供者，并由发证机关吊销经营许可证，对非经营性互联网信息服务提供者，并由备案机关责令关闭网站。',
    enforces: [{ article: 16 }],
    parties: ANY_PARTY,
    roles: ['information_service_provider'],
    authorities: ['telecom', 'cyberspace'],
    tiers: [
      // 责令改正
      BASE([rectify()]),
      // 情节严重的，对经营性…并由发证机关吊销经营许可证，对非经营性…并由备案机关责令关闭网站
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        [
          measure('revocation', 'alternative', '吊销经营许可证', { alternativeGroup: 'ICP.23.serious' }),
          measure('other', 'alternative', '责令关闭网站', { alternativeGroup: 'ICP.23.serious' }),
        ],
        { extends: 'base', note: '「并由」: added to the order to rectify.' },
      ),
    ],
    notes: [PROVINCIAL, BY_PROVIDER_TYPE, CYBERSPACE],
  },
];

/*
 * Not encoded:
 * - 第二十四条: 违反其他法律、法规的，由新闻、出版、教育、卫生、药品监督管理和工商行政管理等有关主管部门依照有关法律、法规的规定处罚
 *   — a referral with no sanction and no law named.
 * - 第二十五条: 行政处分 of officials.
 */
