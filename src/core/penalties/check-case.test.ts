import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/case-record.js';
import { checkCase } from './check-case.js';
import { RuleIndex } from './rule-index.js';
import { ALL_RULES } from './rules/index.js';

const rules = new RuleIndex(ALL_RULES);
const TODAY = '2026-11-28';
const check = (r: CaseRecord, today = TODAY) => checkCase(r, { rules, today });

/** 宁夏网安 2021 typical cases, as hand-labelled (fixtures/bulletins/dev/ningxia-2021.json). */
const NINGXIA: CaseRecord[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../fixtures/bulletins/dev/ningxia-2021.json'), 'utf8'),
);
const byTitle = (needle: string): CaseRecord => {
  const r = NINGXIA.find((c) => c.title.includes(needle));
  if (!r) throw new Error(`no case ${needle}`);
  return structuredClone(r);
};
const codes = (r: ReturnType<typeof check>) => r.findings.map((f) => f.code);

describe('legality check on the Ningxia 2021 bulletin', () => {
  const expected: [string, string, string[]][] = [
    // title fragment, applied rule, current-law equivalents
    ['以其他非法方式获取个人信息', 'CSL2016.64.2', ['CSL2025.71.2', 'PSAL2025.56.1']],
    ['营业厅老板', 'CSL2016.64.2', ['CSL2025.71.2', 'PSAL2025.56.1']],
    ['传媒工作室', 'INTLNET.20', ['INTLNET.20']],
    ['微信网民', 'CSL2016.67.1', ['CSL2025.68.1']],
    ['律师事务所', 'INTLNET.23', ['INTLNET.23']],
    ['等级保护', 'CSL2016.59.1', ['CSL2025.61.1']],
    ['购物中心', 'CSL2016.64.1', ['CSL2025.71.1.2', 'PIPL.66.1']],
    ['中宁县某局', 'CSL2016.59.1', ['CSL2025.61.1']],
    ['吴忠市某医院', 'CSL2016.59.1', ['CSL2025.61.1']],
    ['软件开发公司', 'CSL2016.60', ['CSL2025.62.1']],
  ];
  it.each(expected)('%s → %s, today %j', (title, rule, current) => {
    const r = check(byTitle(title));
    expect(['lawful', 'lawful_if'], JSON.stringify(r.findings)).toContain(r.verdict);
    expect(r.applied.map((a) => a.rule)).toEqual([rule]);
    for (const c of current) expect(r.current.map((x) => x.rule)).toContain(c);
  });

  it('covers all ten cases', () => expect(NINGXIA).toHaveLength(10));

  it('reads the 等级保护 fine as the aggravated tier and asks for its facts (第五十九条第一款 拒不改正或者导致危害网络安全等后果)', () => {
    const r = check(byTitle('等级保护'));
    expect(r.applied[0]!.tier).toBe('aggravated');
    expect(r.requires.join()).toMatch(/拒不改正.*导致危害网络安全等后果/);
  });

  it('chooses the 2016 text for an undated case by the citations and says so', () => {
    const r = check(byTitle('吴忠市某医院'));
    expect(r.applied[0]!.version).toBe('2016-11-07');
    expect(codes(r)).toContain('VERSION_BY_FIT');
  });

  it('gives the current range of new 第六十一条 for the 等级保护 case', () => {
    const cur = check(byTitle('等级保护')).current.find((c) => c.rule === 'CSL2025.61.1')!;
    const fines = cur.ranges.flatMap((t) =>
      t.sanctions.filter((s) => s.kind === 'fine' && s.target === 'party'),
    );
    expect(fines.map((f) => [f.min_yuan, f.max_yuan])).toEqual(
      expect.arrayContaining([
        [10000, 50000],
        [50000, 500000],
      ]),
    );
  });
});

describe('unlawful decisions are flagged with the bound they break', () => {
  it('等级保护 case: party fine 150000 is above 第五十九条第一款 十万元', () => {
    const r = byTitle('等级保护');
    r.sanctions = r.sanctions.map((s) =>
      s.target === 'party' && s.kind === 'fine' ? { ...s, amount_yuan: 150000 } : s,
    );
    const out = check(r);
    expect(out.lawful).toBe(false);
    expect(out.findings.find((f) => f.code === 'FINE_ABOVE_MAX')?.message).toMatch(/100000/);
  });

  it('等级保护 case: responsible-person fine 60000 is above 五万元', () => {
    const r = byTitle('等级保护');
    r.sanctions = r.sanctions.map((s) =>
      s.target === 'responsible_person' ? { ...s, amount_yuan: 60000 } : s,
    );
    const out = check(r);
    expect(out.lawful).toBe(false);
    expect(out.findings.find((f) => f.code === 'FINE_ABOVE_MAX')?.message).toMatch(/50000/);
  });

  it('驾驶证分 case: 16 days of detention exceed 第六十七条 十五日', () => {
    const r = byTitle('微信网民');
    r.sanctions = [{ kind: 'detention', amount_yuan: null, days: 16, target: 'party' }];
    const out = check(r);
    expect(out.lawful).toBe(false);
    expect(out.findings.find((f) => f.code === 'DETENTION_ABOVE_MAX')?.message).toMatch(/15日/);
  });

  it('驾驶证分 case: detention decided by a 网信办 is beyond its power', () => {
    const r = byTitle('微信网民');
    r.agency = '平罗县网信办';
    const out = check(r);
    expect(out.lawful).toBe(false);
    expect(codes(out)).toEqual(expect.arrayContaining(['AUTHORITY_NOT_EMPOWERED', 'DETENTION_AUTHORITY']));
  });

  it('studio case: 办法 第二十条 caps a unit fine at 一万五千元, so 20000 is unlawful', () => {
    const r = byTitle('传媒工作室');
    r.sanctions = r.sanctions.map((s) => (s.kind === 'fine' ? { ...s, amount_yuan: 20000 } : s));
    const out = check(r);
    expect(out.lawful).toBe(false);
    expect(out.findings.find((f) => f.code === 'FINE_ABOVE_MAX')?.message).toMatch(/15000/);
  });

  it('闫某 with no illegal gains: 2000000 exceeds 没有违法所得的，处一百万元以下罚款', () => {
    const r = byTitle('以其他非法方式获取个人信息');
    r.illegal_gains_yuan = 0;
    r.sanctions = [{ kind: 'fine', amount_yuan: 2000000, days: null, target: 'party' }];
    const out = check(r);
    expect(out.lawful).toBe(false);
    expect(out.findings.find((f) => f.code === 'FINE_ABOVE_MAX')?.message).toMatch(/1000000/);
  });

  it('phone-number seller with 1000 yuan of gains: 30000 exceeds 违法所得十倍 (10000)', () => {
    const r = byTitle('营业厅老板');
    r.illegal_gains_yuan = 1000;
    r.sanctions = [{ kind: 'fine', amount_yuan: 30000, days: null, target: 'party' }];
    const out = check(r);
    expect(out.lawful).toBe(false);
    expect(out.findings.find((f) => f.code === 'FINE_ABOVE_MAX')?.message).toMatch(/10000元/);
  });

  it('phone-number seller with 1000 yuan of gains: 10000 (十倍) is lawful, 999 (below 一倍) is not', () => {
    const r = byTitle('营业厅老板');
    r.illegal_gains_yuan = 1000;
    r.sanctions = [{ kind: 'fine', amount_yuan: 10000, days: null, target: 'party' }];
    expect(check(r).lawful).toBe(true);
    r.sanctions = [{ kind: 'fine', amount_yuan: 999, days: null, target: 'party' }];
    expect(check(r).lawful).toBe(false);
  });
});

describe('从旧兼从轻 (行政处罚法 第三十七条) across the 2025 amendment', () => {
  const operatorCase = (conduct: string): CaseRecord => ({
    title: '某公司未履行网络安全保护义务案',
    date: conduct,
    decision_date: '2026-02-01',
    region: null,
    agency: '某市公安局网安支队',
    party: { kind: 'organization', name: '某公司' },
    facts: '未落实网络安全等级保护制度',
    provisions: [
      { law: '网络安全法', article: 23, paragraph: null, item: null },
      { law: '网络安全法', article: 61, paragraph: 1, item: null },
    ],
    sanctions: [{ kind: 'fine', amount_yuan: 120000, days: null, target: 'party' }],
  });

  it('conduct 2025-12-01: the old 第五十九条 applies (the new one is heavier), so 120000 is above its 十万元', () => {
    const r = check(operatorCase('2025-12-01'));
    expect(r.lawful).toBe(false);
    expect(r.applied[0]!.rule).toBe('CSL2016.59.1');
    expect(r.trace.join()).toMatch(/从旧兼从轻/);
    expect(r.findings.find((f) => f.code === 'FINE_ABOVE_MAX')?.message).toMatch(/100000/);
  });

  it('conduct 2026-01-15: new 第六十一条第一款 applies and 120000 is lawful if 拒不改正 or 危害后果', () => {
    const r = check(operatorCase('2026-01-15'));
    expect(r.verdict).toBe('lawful_if');
    expect(r.lawful).toBeNull();
    expect(r.applied[0]!.rule).toBe('CSL2025.61.1');
    expect(r.requires.join()).toMatch(/拒不改正.*导致危害网络安全等后果/);
  });
});

describe('records the check cannot decide', () => {
  const base = byTitle('等级保护');
  it('unknown law → null with a finding naming it', () => {
    const r = check({
      ...base,
      provisions: [{ law: '网络信息内容生态治理规定', article: 35, paragraph: null, item: null }],
    });
    expect(r.lawful).toBeNull();
    expect(r.findings.find((f) => f.code === 'UNKNOWN_LAW')?.message).toMatch(/网络信息内容生态治理规定/);
  });
  it('a law named without an article → null', () => {
    const r = check({
      ...base,
      provisions: [{ law: '网络安全法', article: null, paragraph: null, item: null }],
    });
    expect(r.lawful).toBeNull();
  });
  it('a sanction of kind other is noted, not held against the decision', () => {
    const r = check({
      ...base,
      sanctions: [...base.sanctions, { kind: 'other', amount_yuan: null, days: null, target: 'party' }],
    });
    expect(r.verdict).toBe('lawful_if');
    expect(codes(r)).toContain('SANCTION_KIND_UNKNOWN');
  });
  it('a kind the rule does not provide (detention under 第五十九条) is unlawful', () => {
    const r = check({
      ...base,
      sanctions: [{ kind: 'detention', amount_yuan: null, days: 3, target: 'party' }],
    });
    expect(r.lawful).toBe(false);
    expect(codes(r)).toContain('SANCTION_NOT_PROVIDED');
  });
});

describe('a referral rule is judged under the rule it refers to', () => {
  // 网络安全法(2025) 第七十一条第二款: “…由公安机关依照有关法律、行政法规的规定处罚。” → 治安管理处罚法(2025) 第五十六条
  const seller = (days: number): CaseRecord => ({
    title: '某人出售公民个人信息案',
    date: '2026-03-01',
    decision_date: '2026-03-20',
    region: null,
    agency: '某县公安局',
    party: { kind: 'individual', name: '王某' },
    facts: '非法出售公民个人信息',
    provisions: [
      { law: '网络安全法', article: 46, paragraph: null, item: null },
      { law: '网络安全法', article: 71, paragraph: 2, item: null },
    ],
    sanctions: [{ kind: 'detention', amount_yuan: null, days, target: 'party' }],
  });
  it('10 days of detention: lawful under 治安管理处罚法 第五十六条, if that is the basis (the referral names no law)', () => {
    const r = check(seller(10));
    expect(r.verdict).toBe('lawful_if');
    expect(r.requires).toEqual([expect.stringMatching(/处罚依据为《治安管理处罚法》第56条/)]);
    const cited = check({
      ...seller(10),
      provisions: [
        ...seller(10).provisions,
        { law: '治安管理处罚法', article: 56, paragraph: 1, item: null },
      ],
    });
    expect(cited.verdict).toBe('lawful');
    expect(r.applied[0]!.rule).toMatch(/^PSAL2025\.56/);
    expect(r.applied[0]!.how).toMatch(/CSL2025\.71\.2转致/);
  });
  it('20 days: above its 十五日', () => {
    const r = check(seller(20));
    expect(r.lawful).toBe(false);
    expect(codes(r)).toContain('DETENTION_ABOVE_MAX');
  });
});

describe('个人信息保护法 第六十六条第二款 is reserved to 省级以上 departments', () => {
  const pipl = (agency: string): CaseRecord => ({
    title: '某公司违法处理个人信息案',
    date: '2023-05',
    region: null,
    agency,
    party: { kind: 'organization', name: '某公司' },
    facts: '违法处理个人信息，情节严重',
    provisions: [{ law: '个人信息保护法', article: 66, paragraph: 2, item: null }],
    sanctions: [{ kind: 'fine', amount_yuan: 2_000_000, days: null, target: 'party' }],
  });
  it('a provincial 网信办 may, if 情节严重 is established', () =>
    expect(check(pipl('某省互联网信息办公室')).verdict).toBe('lawful_if'));
  it('a city 网信办 may not', () => {
    const r = check(pipl('某市网信办'));
    expect(r.lawful).toBe(false);
    expect(codes(r)).toContain('AUTHORITY_LEVEL');
  });
});
