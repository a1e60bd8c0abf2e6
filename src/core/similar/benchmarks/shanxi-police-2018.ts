/**
 * 《山西省公安机关网络安全管理行政处罚裁量基准（试行）》 (山西省公安厅, January 2018), built on the 2016 网络安全法.
 * Only its worked example for 第五十九条第一款 (应急预案 duty, 第二十五条) was reported; the full text was not reached
 * (discretion.md section 3, status PARTIAL).
 */
import type { Benchmark } from './model.js';

const REFUSED = 'refused_rectification';
const HARM = 'harm_caused';

export const SHANXI_POLICE_2018: Benchmark = {
  id: 'shanxi-police-2018',
  title: '山西省公安机关网络安全管理行政处罚裁量基准（试行）',
  issuer: '山西省公安厅',
  date: '2018-01',
  status: 'PARTIAL',
  source:
    'discretion.md §3: fx361.cc (reprint of 今日农业 2018 No. 2) and mtj.sxxz.gov.cn (2018-01-19); full text not reached',
  binds: { province: '山西省', authority: 'public_security' },
  rules: ['CSL2016.59.1'],
  bands: [
    {
      label: '初次违反规定且未导致危害网络安全等后果',
      when: [
        [
          { fact: REFUSED, holds: false },
          { fact: HARM, holds: false },
        ],
      ],
      unverified: ['初次违反规定'],
      party: '责令改正，给予警告',
    },
    {
      label: '拒不改正或导致危害网络安全等后果',
      when: [
        [
          { fact: REFUSED, holds: true },
          { fact: HARM, holds: false },
        ],
        [
          { fact: REFUSED, holds: false },
          { fact: HARM, holds: true },
        ],
      ],
      party: '处一万元以上五万元以下罚款',
      fine: { min_yuan: 10000, max_yuan: 50000, words: '10,000–50,000 yuan' },
      responsible_person_fine: { min_yuan: 5000, max_yuan: 20000, words: '5,000–20,000 yuan' },
    },
    {
      label: '拒不改正且导致危害网络安全等后果',
      when: [
        [
          { fact: REFUSED, holds: true },
          { fact: HARM, holds: true },
        ],
      ],
      party: '处五万元以上十万元以下罚款',
      fine: { min_yuan: 50000, max_yuan: 100000, words: '50,000–100,000 yuan' },
      responsible_person_fine: { min_yuan: 20000, max_yuan: 50000, words: '20,000–50,000 yuan' },
    },
  ],
  notes: [
    'The report gives the band amounts as figures; the band words of the party column are ours, from those figures.',
    'The bands meet at 50,000 (operator) and 20,000 (person); a fine of exactly that amount fits both neighbouring bands.',
    'Built on the 2016 law: not for conduct judged under 网络安全法(2025) 第六十一条, whose statutory tiers differ.',
    'The 或 band is read as one trigger without the other: the 且 band takes the case where both hold.',
    'Issue date reported as 17 or 19 January 2018 (unresolved).',
  ],
};
