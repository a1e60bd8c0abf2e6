/**
 * Test support: an issuing organ and the decided cases of documents.md §4 (Example A: a company under 网络安全法 2016;
 * B-1: an individual, confiscation and fine; B-2: detention under 治安管理处罚法 2025 procedure, conduct and decision in
 * 2026; C: a warning on the spot), with every party item filled, and requests for them.
 */
import { openProceeding, type NewProceeding } from '../cases/open.js';
import type { Proceeding, Proposal } from '../cases/proceeding.js';
import type { AppliedRule, CheckResult } from '../penalties/check-result.js';
import type { DocumentKind, DocumentRequest, IssuingOrgan } from './model.js';

export const ORGAN: IssuingOrgan = {
  agency: '某市公安局某某分局',
  name: '某市公安局某某分局',
  code: '某',
  department: '网安',
  review_bodies: ['某市人民政府', '某市某某区人民政府'],
  superior_organ: '某市公安局',
  court: '某市某某区人民法院',
  bank: '某银行某某支行（地址：某市某某区某某路1号）',
  hearing_office: '某市公安局某某分局法制大队（地址：某市某某区某某路2号，电话：0000-00000000）',
  date_style: 'arabic',
  sentences: {},
  codes: {},
  credit_code: null,
};

const AGENCY = { name: '某市公安局某某分局', kind: 'police', level: 'county' } as const;

function decided(
  input: NewProceeding,
  decision: Proposal,
  evidence: string[],
  procedure: Proceeding['procedure'] = 'ordinary',
): Proceeding {
  const p = openProceeding(input, 'desk');
  return {
    ...p,
    stage: procedure === 'summary' ? 'SUMMARY' : 'DECIDED',
    procedure,
    officers: ['张某某', '刘某某'],
    evidence: evidence.map((description) => ({
      kind: '证据',
      description,
      by: 'officer-a',
      at: input.received_at,
    })),
    proposal: decision,
    decision,
    parties: p.parties.map((x) => ({ ...x, stage: 'DECIDED' })),
  };
}

/** Example A: the company (warning and 10000 元) and its manager (5000 元), CSL2016 第二十一条第（二）项、第五十九条第一款. */
export const COMPANY: Proceeding = decided(
  {
    title: '某某科技有限公司不履行网络安全保护义务案',
    agency: AGENCY,
    case_kind: 'OTHER_ADMIN',
    parties: [
      {
        id: 'co',
        kind: 'organization',
        name: '某某科技有限公司',
        credit_code: '91XXXXXXXXXXXXXXXX',
        address: '某市某某区某某路88号',
        legal_representative: '王某某',
      },
      {
        id: 'mgr',
        kind: 'individual',
        name: '王某某',
        responsible_for: 'co',
        birth_date: '1980-05-01',
        id_type: '居民身份证',
        id_number: '110XXXXXXXXXXXXXXX',
        address: '某市某某区某某小区1号楼101室',
      },
    ],
    facts:
      '某某科技有限公司是门户网站“某某科技”的运营者，未采取防范网络攻击、网络侵入等危害网络安全行为的技术措施。2025年6月8日，该网站被攻击入侵，首页被植入赌博广告，导致危害网络安全的后果。',
    received_at: '2025-06-09T09:00:00+08:00',
  },
  {
    provisions: [
      { law: '网络安全法', article: 21, paragraph: null, item: 2 },
      { law: '网络安全法', article: 59, paragraph: 1, item: null },
    ],
    sanctions: [
      { party: 'co', kind: 'warning', amount_yuan: null, days: null },
      { party: 'co', kind: 'fine', amount_yuan: 10000, days: null },
      { party: 'mgr', kind: 'fine', amount_yuan: 5000, days: null },
    ],
    established_facts: ['harm_caused'],
    absent_facts: [],
    conduct_date: '2025-06-08',
    verdict: 'lawful',
  },
  ['营业执照复印件', '法定代表人王某某的询问笔录', '监督检查记录', '网站被篡改页面截图'],
);

/** Example B-1: 没收违法所得 300 元 and a fine of 1500 元, CSL2016 第四十四条、第六十四条第二款 (2025). */
export const INDIVIDUAL: Proceeding = decided(
  {
    title: '闫某某以其他非法方式获取个人信息案',
    agency: AGENCY,
    case_kind: 'OTHER_ADMIN',
    parties: [
      {
        id: 'p',
        kind: 'individual',
        name: '闫某某',
        birth_date: '1995-03-08',
        id_type: '居民身份证',
        id_number: '640XXXXXXXXXXXXXXX',
        address: '某市某某区某某小区3号楼2单元501室',
      },
    ],
    facts:
      '2025年1月至2月，闫某某为获取互联网平台“拉新”奖励，通过网络向他人购买他人手机号码及短信验证码共计120余组，获利人民币300元。',
    received_at: '2025-02-20T09:00:00+08:00',
  },
  {
    provisions: [
      { law: '网络安全法', article: 44, paragraph: null, item: null },
      { law: '网络安全法', article: 64, paragraph: 2, item: null },
    ],
    sanctions: [
      { party: 'p', kind: 'confiscation', amount_yuan: 300, days: null },
      { party: 'p', kind: 'fine', amount_yuan: 1500, days: null },
    ],
    established_facts: [],
    absent_facts: [],
    figures: { illegal_gains_yuan: 300 },
    conduct_date: '2025-02-15',
    verdict: 'lawful',
  },
  ['闫某某的陈述和申辩', '电子数据提取笔录及电子数据清单', '转账记录'],
);

/** Example B-2: detention of five days under 治安管理处罚法 2025 第五十六条第二款 (conduct and decision in 2026). */
export const DETENTION: Proceeding = decided(
  {
    title: '闫某某非法获取个人信息案',
    agency: AGENCY,
    case_kind: 'DETENTION_OTHER_LAW',
    parties: [{ ...INDIVIDUAL.parties[0]!, id: 'p' }],
    facts:
      '2026年1月至2月，闫某某为获取互联网平台“拉新”奖励，通过网络向他人购买他人手机号码及短信验证码共计120余组，获利人民币300元。',
    received_at: '2026-02-20T09:00:00+08:00',
  },
  {
    provisions: [
      { law: '网络安全法', article: 46, paragraph: null, item: null },
      { law: '治安管理处罚法', article: 56, paragraph: 2, item: null },
    ],
    sanctions: [{ party: 'p', kind: 'detention', amount_yuan: null, days: 5 }],
    established_facts: ['minor_circumstances'],
    absent_facts: [],
    conduct_date: '2026-02-15',
    verdict: 'lawful',
  },
  ['闫某某的陈述和申辩', '电子数据提取笔录及电子数据清单', '转账记录'],
);

/** Example C: a law firm warned on the spot, 计算机信息网络国际联网安全保护管理办法 第十一条、第十二条、第二十三条 (2025). */
const ON_THE_SPOT_DECIDED: Proceeding = decided(
  {
    title: '某某律师事务所未办理联网备案案',
    agency: AGENCY,
    case_kind: 'OTHER_ADMIN',
    parties: [
      {
        id: 'p',
        kind: 'organization',
        name: '某某律师事务所',
        credit_code: '31XXXXXXXXXXXXXXXX',
        address: '某市某某区某某大厦12层',
        legal_representative: '李某某',
      },
    ],
    facts:
      '该所自2024年11月起开通并使用其网站，自网络正式联通之日起逾三十日未到公安机关指定的受理机关办理联网备案手续。',
    received_at: '2025-04-15T09:30:00+08:00',
  },
  {
    provisions: [
      { law: '计算机信息网络国际联网安全保护管理办法', article: 11, paragraph: null, item: null },
      { law: '计算机信息网络国际联网安全保护管理办法', article: 12, paragraph: null, item: null },
      { law: '计算机信息网络国际联网安全保护管理办法', article: 23, paragraph: null, item: null },
    ],
    sanctions: [{ party: 'p', kind: 'warning', amount_yuan: null, days: null }],
    established_facts: [],
    absent_facts: [],
    conduct_date: '2025-04-15',
    verdict: 'undetermined',
  },
  ['现场检查笔录', '网站首页截图'],
  'summary',
);

export const ON_THE_SPOT: Proceeding = {
  ...ON_THE_SPOT_DECIDED,
  history: [
    ...ON_THE_SPOT_DECIDED.history,
    { type: 'on_the_spot', at: '2025-04-15T10:30:00+08:00', by: 'officer-a' },
  ],
};

/** A check that applied `applied` (what the citation block reads), lawful. */
export const checkApplying = (...applied: AppliedRule[]): CheckResult => ({
  title: 'test',
  verdict: 'lawful',
  lawful: true,
  applied,
  findings: [],
  requires: [],
  ranges: [],
  current: [],
  trace: [],
});

export const applied = (
  rule: string,
  law: string,
  version: string,
  article: number,
  paragraph: number | null,
): AppliedRule => ({
  rule,
  law,
  version,
  article,
  paragraph,
  tier: 'base',
  tier_label: '一般情形',
  how: '援引罚则',
});

/** The items a Party does not hold, for an individual. */
export const PERSON_FIELDS = {
  'party.sex': '男',
  'party.household': '某省某市某区某某村',
  'party.employer': '无',
  'party.record': '无',
};

export function request(
  kind: DocumentKind,
  proceeding: Proceeding,
  over: Partial<Omit<DocumentRequest, 'kind' | 'proceeding'>> = {},
): DocumentRequest {
  return {
    kind,
    proceeding,
    check: null,
    organ: ORGAN,
    number: null,
    date: '2025-07-01',
    fields: {},
    ...over,
  };
}
