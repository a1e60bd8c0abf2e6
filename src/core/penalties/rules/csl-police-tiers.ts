/**
 * Tiers of the 公安机关 paragraphs of 网络安全法 whose words are the same in the 2016 and 2025 texts
 * (2016 第六十三条 = 2025 第六十六条; 2016 第六十七条 = 2025 第六十八条). Data only.
 */
import type { Tier } from '../model.js';
import { BASE, confiscate, detention, measure, range, tier } from './build.js';

/**
 * 网络安全法 2016 第六十三条第一款 = 2025 第六十六条第一款 (same words): tiers for a natural person, also applied to a unit's
 * responsible persons by 第二款 (「依照前款规定处罚」).
 */
export function attackTiers(target: 'party' | 'responsible_person'): Tier[] {
  return [
    // 由公安机关没收违法所得，处五日以下拘留，可以并处五万元以上五十万元以下罚款
    BASE([
      ...(target === 'party' ? [confiscate()] : []),
      detention(target, 'mandatory', null, 5, '处五日以下拘留'),
      {
        kind: 'fine',
        target,
        modality: 'optional',
        fine: [range(50000, 500000, '可以并处五万元以上五十万元以下罚款')],
        ...(target === 'responsible_person'
          ? { responsiblePersons: 'direct_supervisor_and_others' as const }
          : {}),
      },
    ]),
    // 情节较重的，处五日以上十五日以下拘留，可以并处十万元以上一百万元以下罚款
    tier(
      'relatively_serious',
      '情节较重',
      [['relatively_serious_circumstances']],
      [
        detention(target, 'mandatory', 5, 15, '处五日以上十五日以下拘留'),
        {
          kind: 'fine',
          target,
          modality: 'optional',
          fine: [range(100000, 1000000, '可以并处十万元以上一百万元以下罚款')],
          ...(target === 'responsible_person'
            ? { responsiblePersons: 'direct_supervisor_and_others' as const }
            : {}),
        },
      ],
      {
        extends: 'base',
        note: 'Detention and fine replace the base ones; confiscation (written once, before the base tier) carries over (Flag A21). Both detention ranges include 5 days (Flag A11).',
      },
    ),
  ];
}

/**
 * 网络安全法 2016 第六十七条第一款 = 2025 第六十八条第一款 (same words): tiers for a natural person, also applied to a unit's
 * responsible persons by 第二款.
 */
export function crimeSiteTiers(target: 'party' | 'responsible_person'): Tier[] {
  const who =
    target === 'responsible_person' ? { responsiblePersons: 'direct_supervisor_and_others' as const } : {};
  return [
    // 由公安机关处五日以下拘留，可以并处一万元以上十万元以下罚款 … 关闭用于实施违法犯罪活动的网站、通讯群组。
    BASE([
      detention(target, 'mandatory', null, 5, '处五日以下拘留'),
      {
        kind: 'fine',
        target,
        modality: 'optional',
        fine: [range(10000, 100000, '可以并处一万元以上十万元以下罚款')],
        ...who,
      },
      ...(target === 'party'
        ? [
            measure('other', 'mandatory', '关闭用于实施违法犯罪活动的网站、通讯群组', {
              note: 'A separate sentence at the end of the paragraph; the acting body is not restated.',
            }),
          ]
        : []),
    ]),
    // 情节较重的，处五日以上十五日以下拘留，可以并处五万元以上五十万元以下罚款
    tier(
      'relatively_serious',
      '情节较重',
      [['relatively_serious_circumstances']],
      [
        detention(target, 'mandatory', 5, 15, '处五日以上十五日以下拘留'),
        {
          kind: 'fine',
          target,
          modality: 'optional',
          fine: [range(50000, 500000, '可以并处五万元以上五十万元以下罚款')],
          ...who,
        },
      ],
      {
        extends: 'base',
        note: 'Detention and fine replace the base ones; the closure sentence applies to both tiers (Flag A11: 5 days in both ranges).',
      },
    ),
  ];
}
