/**
 * Who may punish whom, what a sentence allows together, and verdicts that say what they rest on.
 * Invented records; each test names the statute sentence it relies on.
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecord, ProvisionRef, Sanction } from '../shared/case-record.js';
import { checkCase } from './check-case.js';
import { RuleIndex } from './rule-index.js';
import { ALL_RULES } from './rules/index.js';

const rules = new RuleIndex(ALL_RULES);
const check = (r: CaseRecord) => checkCase(r, { rules, today: '2026-12-04' });
const codes = (r: ReturnType<typeof check>) => r.findings.map((f) => f.code);
const p = (law: string, article: number, paragraph: number | null = null): ProvisionRef => ({
  law,
  article,
  paragraph,
  item: null,
});
const s = (kind: Sanction['kind'], extra: Partial<Sanction> = {}): Sanction => ({
  kind,
  amount_yuan: null,
  days: null,
  target: 'party',
  ...extra,
});
const fine = (amount: number, target: Sanction['target'] = 'party') =>
  s('fine', { amount_yuan: amount, target });
const detention = (days: number, target: Sanction['target'] = 'party') => s('detention', { days, target });

function record(over: Partial<CaseRecord>): CaseRecord {
  return {
    title: '虚构案例',
    date: '2023-05-10',
    decision_date: '2023-06-01',
    region: null,
    agency: '某县公安局',
    party: { kind: 'individual', name: '张某' },
    facts: '',
    provisions: [],
    sanctions: [],
    ...over,
  };
}

/** 网络安全法(2016) 第六十三条第一款: 违反本法第二十七条规定…尚不构成犯罪的，由公安机关没收违法所得，处五日以下拘留，可以并处五万元以上五十万元以下罚款 */
const attack = (over: Partial<CaseRecord>) =>
  record({ provisions: [p('网络安全法', 27), p('网络安全法', 63, 1)], sanctions: [detention(5)], ...over });

describe('who may punish (行政处罚法 第十八条第三款; 程序规定 第一百七十三条; 治安管理处罚法 第九十一条 / 第一百零九条)', () => {
  it('an agency whose kind the name does not show is never a silent pass: verdict undetermined, with a finding', () => {
    const r = check(attack({ agency: '某某综合执法队伍' }));
    expect(r.lawful).toBeNull();
    expect(r.verdict).toBe('undetermined');
    expect(codes(r)).toContain('AUTHORITY_UNKNOWN');
  });

  it('no agency named: the verdict rests on the agency being one the rule names', () => {
    const r = check(attack({ agency: null }));
    expect(r.verdict).toBe('lawful_if');
    expect(r.requires.join()).toMatch(/公安机关/);
  });

  it.each(['某市市场监督管理局', '某市委网信办', '某县教育局'])(
    '%s imposing detention is unlawful (“限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使”)',
    (agency) => {
      const r = check(attack({ agency }));
      expect(r.verdict).toBe('unlawful');
      expect(codes(r)).toContain('DETENTION_AUTHORITY');
    },
  );

  it('a 派出所 may not decide detention (“行政拘留处罚由县级以上公安机关或者出入境边防检查机关决定”)', () => {
    const r = check(attack({ agency: '某县公安局城关派出所' }));
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('NOT_COMPETENT');
  });

  const rumour = (agency: string, amount: number, decided: string) =>
    record({
      agency,
      date: decided,
      decision_date: decided,
      facts: '在微信群散布谣言，谎报疫情',
      provisions: [p('治安管理处罚法', decided >= '2026' ? 29 : 25)],
      sanctions: [fine(amount)],
      established_facts: ['minor_circumstances'],
    });
  it('2012 第九十一条 “警告、五百元以下的罚款可以由公安派出所决定”: 500 yes, 800 no', () => {
    expect(check(rumour('某派出所', 500, '2023-03-01')).verdict).toBe('lawful');
    const r = check(rumour('某派出所', 800, '2023-03-01'));
    expect(r.verdict).toBe('unlawful');
    expect(r.findings.find((f) => f.code === 'NOT_COMPETENT')?.message).toMatch(/500元/);
  });
  it('a 派出所 decides nothing under 网络安全法 (行政处罚法 第二十三条 “由县级以上地方人民政府具有行政处罚权的行政机关管辖”)', () => {
    const r = check(
      record({
        agency: '某派出所',
        party: { kind: 'organization', name: '某公司' },
        provisions: [p('网络安全法', 21), p('网络安全法', 59, 1)],
        sanctions: [s('warning')],
      }),
    );
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('NOT_COMPETENT');
  });
  it('2025 第一百零九条 “警告、一千元以下的罚款，可以由公安派出所决定”: 800 yes in 2026', () => {
    expect(check(rumour('某派出所', 800, '2026-03-01')).verdict).toBe('lawful');
  });

  /** 个人信息保护法 第六十条: 国务院有关部门依照本法和有关法律、行政法规的规定，在各自职责范围内负责个人信息保护和监督管理工作. */
  const soldCustomerData = (agency: string) =>
    check(
      record({
        date: '2023-04-10',
        decision_date: '2023-07-20',
        agency,
        party: { kind: 'organization', name: '某县甲商贸有限公司' },
        provisions: [p('个人信息保护法', 10), p('个人信息保护法', 66, 1)],
        sanctions: [s('rectification'), s('warning'), fine(20000, 'responsible_person')],
      }),
    );
  it('a 市场监督管理局 may decide under 个人信息保护法 第六十六条 (第六十条 “在各自职责范围内”): the whole case is lawful', () => {
    const r = soldCustomerData('某市市场监督管理局');
    expect(codes(r)).not.toContain('AUTHORITY_NOT_EMPOWERED');
    expect(r.verdict).toBe('lawful');
  });
  it('… a 文化和旅游局 may not: the same case is unlawful, naming the authority', () => {
    const r = soldCustomerData('某市文化和旅游局');
    expect(codes(r)).toContain('AUTHORITY_NOT_EMPOWERED');
    expect(r.verdict).toBe('unlawful');
  });
});

describe('whom (治安管理处罚法 第十八条; 行政处罚法 第十条第二款)', () => {
  it('a company cannot be detained', () => {
    const r = check(attack({ party: { kind: 'organization', name: '某公司' } }));
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('DETENTION_OF_ORGANIZATION');
  });

  it('治安管理处罚法 punishes a unit’s responsible persons, not the unit (“对其直接负责的主管人员和其他直接责任人员依照本法的规定处罚”)', () => {
    const base = {
      party: { kind: 'organization' as const, name: '某公司' },
      facts: '该公司故意制作、传播计算机病毒',
      provisions: [p('治安管理处罚法', 29)],
    };
    const onUnit = check(record({ ...base, sanctions: [detention(5)] }));
    expect(onUnit.verdict).toBe('unlawful');
    expect(codes(onUnit)).toContain('PARTY_NOT_LIABLE');
    const onPersons = check(record({ ...base, sanctions: [detention(5, 'responsible_person')] }));
    expect(onPersons.verdict).not.toBe('unlawful');
  });

  it('a responsible-person fine needs an organisation as the party', () => {
    const r = check(
      record({
        provisions: [p('网络安全法', 21), p('网络安全法', 59, 1)],
        sanctions: [s('warning'), fine(5000, 'responsible_person')],
      }),
    );
    expect(codes(r)).toContain('RESPONSIBLE_PERSON_WITHOUT_UNIT');
    expect(r.verdict).toBe('unlawful');
  });

  it('detention needs a law: a decision resting only on a 规章 cannot detain (“限制人身自由的行政处罚，只能由法律设定”)', () => {
    const r = check(
      record({ provisions: [p('计算机信息网络国际联网安全保护管理办法', 20)], sanctions: [detention(5)] }),
    );
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('DETENTION_NEEDS_LAW');
  });
});

describe('what the sentence allows together', () => {
  it('「警告或者停机整顿」 (办法 第二十三条): both together is unlawful', () => {
    const r = check(
      record({
        party: { kind: 'organization', name: '某律师事务所' },
        provisions: [p('计算机信息网络国际联网安全保护管理办法', 23)],
        sanctions: [s('warning'), s('suspension')],
      }),
    );
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('ALTERNATIVES_COMBINED');
  });

  it('「处五日以下拘留或者五百元以下罚款」 (治安管理处罚法 2012 第四十二条): both together is unlawful', () => {
    const r = check(
      record({
        facts: '多次发送侮辱信息',
        provisions: [p('治安管理处罚法', 42)],
        sanctions: [detention(3), fine(300)],
        established_facts: ['minor_circumstances'],
      }),
    );
    expect(r.verdict).toBe('unlawful');
  });

  it('one fine per act (行政处罚法 第二十九条 “不得给予两次以上罚款的行政处罚”): fines under two laws for one act are unlawful, naming the heavier rule', () => {
    const r = check(
      record({
        party: { kind: 'organization', name: '某公司' },
        provisions: [
          p('网络安全法', 21),
          p('网络安全法', 59, 1),
          p('计算机信息网络国际联网安全保护管理办法', 21),
        ],
        sanctions: [s('warning'), fine(50000), fine(5000)],
        established_facts: ['refused_rectification'],
      }),
    );
    const f = r.findings.find((x) => x.code === 'ONE_FINE_PER_ACT');
    expect(f?.message).toMatch(/CSL2016\.59\.1/);
    expect(r.verdict).toBe('unlawful');
  });

  it('「处…拘留，可以并处…罚款」 (网络安全法 2016 第六十三条第一款): the fine alone, without the detention, is unlawful', () => {
    const r = check(attack({ sanctions: [fine(60000)] }));
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('ACCESSORY_WITHOUT_MAIN');
  });

  it('没收违法所得 when the gains are stated as 0 is unlawful (“当事人有违法所得……应当予以没收”)', () => {
    const r = check(attack({ illegal_gains_yuan: 0, sanctions: [detention(5), s('confiscation')] }));
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('CONFISCATION_WITHOUT_GAINS');
  });
});

describe('verdicts that say what they rest on', () => {
  /** 网络安全法(2016) 第五十九条第一款: “拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款” */
  const operator = (over: Partial<CaseRecord>) =>
    record({
      party: { kind: 'organization', name: '某公司' },
      provisions: [p('网络安全法', 21), p('网络安全法', 59, 1)],
      sanctions: [s('warning'), fine(50000)],
      ...over,
    });

  it('a fine that needs 拒不改正 or 危害后果 is lawful_if, with the facts in plain words', () => {
    const r = check(operator({}));
    expect(r.verdict).toBe('lawful_if');
    expect(r.lawful).toBeNull();
    expect(r.requires).toEqual(['拒不改正 或 导致危害网络安全等后果']);
  });
  it('… lawful once one of them is established', () => {
    expect(check(operator({ established_facts: ['harm_caused'] })).verdict).toBe('lawful');
  });
  it('… unlawful when both are recorded as absent', () => {
    const r = check(operator({ absent_facts: ['refused_rectification', 'harm_caused'] }));
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('FACT_ABSENT');
  });
  it('… and still lawful_if on the other fact when only one is absent', () => {
    const r = check(operator({ absent_facts: ['refused_rectification'] }));
    expect(r.verdict).toBe('lawful_if');
    expect(r.requires).toEqual(['导致危害网络安全等后果']);
  });

  it('unknown illegal gains: a 2000万 fine on an individual is not lawful (第六十四条第二款 “处违法所得一倍以上十倍以下罚款”)', () => {
    const r = check(
      record({
        provisions: [p('网络安全法', 44), p('网络安全法', 64, 2)],
        sanctions: [fine(20_000_000)],
      }),
    );
    expect(r.lawful).not.toBe(true);
    expect(r.requires).toContain('违法所得数额');
  });

  it('the tier is the one the established facts put the case in, when it admits the sanctions', () => {
    const warned = operator({ sanctions: [s('warning')] });
    expect(check(warned).applied[0]!.tier).toBe('base');
    expect(check({ ...warned, established_facts: ['refused_rectification'] }).applied[0]!.tier).toBe(
      'aggravated',
    );
  });

  it('a decision dated before the conduct keeps the verdict undetermined', () => {
    const r = check(
      operator({ date: '2023-08-01', decision_date: '2023-06-01', established_facts: ['harm_caused'] }),
    );
    expect(r.verdict).toBe('undetermined');
    expect(codes(r)).toContain('DECISION_BEFORE_CONDUCT');
  });

  it('conduct before the law was in force keeps the verdict from lawful (个人信息保护法 from 2021-11-01)', () => {
    const r = check(
      record({
        date: '2021-07-15',
        decision_date: '2022-03-01',
        agency: '某省网信办',
        party: { kind: 'organization', name: '某公司' },
        provisions: [p('个人信息保护法', 66, 1)],
        sanctions: [s('warning')],
      }),
    );
    expect(r.verdict).not.toBe('lawful');
    expect(codes(r)).toContain('CONDUCT_BEFORE_LAW');
  });

  it('a 2026 decision with no conduct date keeps the verdict from lawful', () => {
    const r = check(
      operator({
        date: null,
        decision_date: '2026-04-01',
        provisions: [p('网络安全法', 23), p('网络安全法', 61, 1)],
        established_facts: ['harm_caused'],
      }),
    );
    expect(r.verdict).toBe('lawful_if');
    expect(codes(r)).toContain('CONDUCT_DATE_MISSING');
  });
});
