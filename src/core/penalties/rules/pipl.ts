/**
 * 个人信息保护法 (2021-08-20, in force 2021-11-01 — 第七十四条), 第七章 法律责任: 第六十六条.
 * Source: data/law/个人信息保护法(2021-08-20).md. Authority: 履行个人信息保护职责的部门 (第六十条).
 */
import type { Enforced } from './build.js';
import type { PenaltyRule } from '../model.js';
import {
  ANY_PARTY,
  BASE,
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

const LAW = '个人信息保护法';
const VERSION = '2021-08-20';

/**
 * 「违反本法规定处理个人信息，或者处理个人信息未履行本法规定的个人信息保护义务」 names no article. The obligations sit in
 * 第二章 个人信息处理规则, 第三章 跨境提供, 第四章 个人的权利 and 第五章 处理者的义务 (第十三条–第五十九条, by the chapter headings),
 * less 第二章第三节 第三十三条–第三十六条: duties of 国家机关, whose breaches go to 第六十八条 (上级机关责令改正; 处分), not here.
 * 第三十七条 (organisations authorised by law to manage public affairs) is kept: they are not 国家机关, so 第六十八条 does not
 * reach them — an interpretation.
 */
const STATE_ORGAN_ARTICLES = new Set([33, 34, 35, 36]);
const PROCESSING_OBLIGATIONS: Enforced[] = Array.from({ length: 59 - 13 + 1 }, (_, i) => 13 + i)
  .filter((article) => !STATE_ORGAN_ARTICLES.has(article))
  .map((article) => ({ article }));

export const PIPL_RULES: readonly PenaltyRule[] = [
  {
    id: 'PIPL.66.1',
    law: LAW,
    version: VERSION,
    article: 66,
    paragraph: 1,
    text: '第六十六条 违反本法规定处理个人信息，或者处理个人信息未履行本法规定的个人信息保护义务的，由履行个人信息保护职责的部门责令改正，给予警告，没收违法所得，对违法处理个人信息的应用程序，责令暂停或者终止提供服务；拒不改正的，并处一百万元以下罚款；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。',
    enforces: PROCESSING_OBLIGATIONS,
    parties: ANY_PARTY,
    roles: ['pi_processor'],
    authorities: ['pi_protection'],
    tiers: [
      // 责令改正，给予警告，没收违法所得，对违法处理个人信息的应用程序，责令暂停或者终止提供服务；
      // …；对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款
      BASE([
        rectify(),
        warn(),
        confiscate(),
        measure('suspension', 'mandatory', '对违法处理个人信息的应用程序，责令暂停或者终止提供服务', {
          note: "Only where an application processes personal information illegally; 暂停 or 终止 is the authority's choice, no duration stated (Flag A10).",
        }),
        personFine(
          'mandatory',
          10000,
          100000,
          '对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款',
          'direct_supervisor_and_others',
          {
            note: 'Flag A4: the clause follows the 拒不改正 clause after a semicolon; whether it applies in the base case or only after 拒不改正 is not stated. Encoded in the base tier (inherited by the next), the reading that does not turn a published decision unlawful.',
          },
        ),
      ]),
      // 拒不改正的，并处一百万元以下罚款
      tier(
        'refused',
        '拒不改正',
        [['refused_rectification']],
        [fine('mandatory', [range(null, 1000000, '并处一百万元以下罚款')])],
        {
          extends: 'base',
          note: '「并处」: added to the base tier.',
        },
      ),
    ],
    precedents: [{ bulletin: 'jiangsu-pipl-2022', title: '处理个人信息未告知及征得个人同意' }],
    notes: [
      'Flag A3: 拒不改正 presupposes an order to rectify that was served and not complied with.',
      'No minimum fine is stated (Flag A6). Flag A14: overlaps 网络安全法(2016) 第六十四条第一款.',
    ],
  },
  {
    id: 'PIPL.66.2',
    law: LAW,
    version: VERSION,
    article: 66,
    paragraph: 2,
    text: '有前款规定的违法行为，情节严重的，由省级以上履行个人信息保护职责的部门责令改正，没收违法所得，并处五千万元以下或者上一年度营业额百分之五以下罚款，并可以责令暂停相关业务或者停业整顿、通报有关主管部门吊销相关业务许可或者吊销营业执照；对直接负责的主管人员和其他直接责任人员处十万元以上一百万元以下罚款，并可以决定禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人。',
    enforces: PROCESSING_OBLIGATIONS,
    parties: ANY_PARTY,
    roles: ['pi_processor'],
    authorities: ['pi_protection'],
    authorityLevel: 'provincial_or_above',
    tiers: [
      // 情节严重的，由省级以上履行个人信息保护职责的部门责令改正，没收违法所得，并处五千万元以下或者上一年度营业额百分之五以下罚款，
      // 并可以责令暂停相关业务或者停业整顿、通报有关主管部门吊销相关业务许可或者吊销营业执照；
      // 对直接负责的主管人员和其他直接责任人员处十万元以上一百万元以下罚款，并可以决定禁止其在一定期限内担任…
      tier(
        'serious',
        '情节严重',
        [['serious_circumstances']],
        [
          rectify(),
          confiscate(),
          fine(
            'mandatory',
            [
              range(null, 50000000, '并处五千万元以下或者上一年度营业额百分之五以下罚款'),
              multiple(
                null,
                0.05,
                'previous_year_turnover',
                '并处五千万元以下或者上一年度营业额百分之五以下罚款',
              ),
            ],
            {
              note: "Flag A9: two alternative ceilings (50000000, or 5% of the previous year's turnover); the text states no rule for choosing between them, so a fine within either is admitted. 营业额 and the reference year are not defined.",
            },
          ),
          measure('suspension', 'optional', '责令暂停相关业务'),
          measure('suspension', 'optional', '停业整顿'),
          measure('other', 'optional', '通报有关主管部门吊销相关业务许可或者吊销营业执照', {
            note: 'A notification to another body, which revokes; not a revocation by this authority.',
          }),
          personFine(
            'mandatory',
            100000,
            1000000,
            '对直接负责的主管人员和其他直接责任人员处十万元以上一百万元以下罚款',
            'direct_supervisor_and_others',
          ),
          {
            kind: 'other',
            target: 'responsible_person',
            modality: 'optional',
            words: '决定禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人',
            responsiblePersons: 'direct_supervisor_and_others',
            note: 'Flag A10: 「一定期限」 — no duration stated.',
          },
        ],
      ),
    ],
    notes: [
      'Only a 省级以上 履行个人信息保护职责的部门 may decide (authorityLevel).',
      'No warning listed; whether the 第一款 sanctions (警告, the application order) also attach is not stated (Flag A2). No minimum fine is stated.',
    ],
  },
];
