/**
 * The transition period of the 网络安全法 amendment (in force 2026-01-01): 2026 decisions on earlier conduct may cite
 * either numbering; 从旧兼从轻 compares the rule that carried the same conduct, item by item and tier by tier.
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
const cite = (
  article: number,
  paragraph: number | null = null,
  item: number | null = null,
): ProvisionRef => ({
  law: '网络安全法',
  article,
  paragraph,
  item,
});
const fine = (amount: number, target: Sanction['target'] = 'party'): Sanction => ({
  kind: 'fine',
  amount_yuan: amount,
  days: null,
  target,
});
const warning: Sanction = { kind: 'warning', amount_yuan: null, days: null, target: 'party' };

function record(over: Partial<CaseRecord>): CaseRecord {
  return {
    title: '虚构案例',
    date: '2025-06-10',
    decision_date: '2026-03-02',
    region: null,
    agency: '某市公安局网安支队',
    party: { kind: 'organization', name: '某公司' },
    facts: '',
    provisions: [],
    sanctions: [],
    ...over,
  };
}

describe('a 2026 decision citing the 2016 numbers is read in the 2016 numbering', () => {
  it('old 第五十九条第一款 (“拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款”) is the 2016 rule, not nothing', () => {
    const r = check(
      record({
        facts: '该公司未落实网络安全等级保护制度，经责令改正拒不改正',
        provisions: [cite(21), cite(59, 1)],
        sanctions: [warning, fine(50000)],
        established_facts: ['refused_rectification'],
      }),
    );
    expect(r.applied.map((a) => a.rule)).toEqual(['CSL2016.59.1']);
    expect(r.verdict).toBe('lawful');
    expect(r.trace.join()).toMatch(/采用2016-11-07版本/);
  });

  it('old 第六十四条第二款 (selling personal information, “由公安机关没收违法所得，并处违法所得一倍以上十倍以下罚款”) is not the 2025 real-name rule', () => {
    const r = check(
      record({
        party: { kind: 'individual', name: '王某' },
        facts: '王某非法出售公民个人信息2000余条，获利3000元',
        illegal_gains_yuan: 3000,
        provisions: [cite(44), cite(64, 2)],
        sanctions: [{ kind: 'confiscation', amount_yuan: 3000, days: null, target: 'party' }, fine(9000)],
      }),
    );
    expect(r.applied[0]!.rule).toBe('CSL2016.64.2');
    expect(r.verdict).not.toBe('unlawful');
    expect(r.trace.join()).toMatch(/所引第44条是CSL2016\.64\.2所执行的义务/);
  });

  it('old 第六十八条第一款 by a 网信办 (“由有关主管部门责令改正，给予警告，没收违法所得”) is the prohibited-information rule, not the police rule', () => {
    const r = check(
      record({
        agency: '某市委网信办',
        facts: '某平台对用户发布的法律、行政法规禁止发布的信息未停止传输、采取消除等处置措施',
        provisions: [cite(47), cite(68, 1)],
        sanctions: [warning],
      }),
    );
    expect(r.applied[0]!.rule).toBe('CSL2016.68.1');
    expect(codes(r)).not.toContain('AUTHORITY_NOT_EMPOWERED');
    expect(r.verdict).not.toBe('unlawful');
  });

  it('old 第六十六条 (CII data abroad, “处五万元以上五十万元以下罚款”) is not the 2025 attack rule', () => {
    const r = check(
      record({
        agency: '某省通信管理局',
        party: { kind: 'organization', name: '某运营商', roles: ['cii_operator'] },
        facts: '关键信息基础设施的运营者违反规定在境外存储网络数据，向境外提供网络数据',
        provisions: [cite(37), cite(66)],
        sanctions: [warning, fine(300000)],
      }),
    );
    expect(r.applied[0]!.rule).toBe('CSL2016.66');
    expect(r.verdict).not.toBe('unlawful');
  });
});

describe('从旧兼从轻 compares the rule that carried the same conduct, item by item', () => {
  const exportCase = (amount: number) =>
    record({
      agency: '某省通信管理局',
      party: { kind: 'organization', name: '某运营商', roles: ['cii_operator'] },
      facts: '关键信息基础设施的运营者在境外存储重要数据',
      provisions: [cite(71, 1, 3)],
      sanctions: [warning, fine(amount)],
    });

  it('2025 第七十一条第一款第（三）项 for 2025 conduct: the 2016 第六十六条 cap (五十万元) governs, so 600000 is unlawful', () => {
    const r = check(exportCase(600_000));
    expect(r.applied[0]!.rule).toBe('CSL2016.66');
    expect(r.verdict).toBe('unlawful');
    expect(r.findings.find((f) => f.code === 'FINE_ABOVE_MAX')?.message).toMatch(/500000/);
    expect(r.trace.join()).toMatch(/行政处罚法第三十七条/);
  });

  it('… and 400000 is within it', () => {
    expect(check(exportCase(400_000)).verdict).not.toBe('unlawful');
  });

  it('item （二） (personal-information rights) goes back to 2016 第六十四条第一款, not to 第六十六条', () => {
    const r = check(
      record({
        facts: '该公司违反规定收集、使用个人信息，侵害个人信息权益',
        provisions: [cite(71, 1, 2)],
        sanctions: [warning],
      }),
    );
    expect(r.applied[0]!.rule).toBe('CSL2016.64.1');
  });

  it('2016 第七十条 (prohibited information) is the predecessor of item （一）', () => {
    expect(rules.byId('CSL2025.71.1.1')?.items).toEqual([1]);
    expect(
      rules.rules.filter((r) => r.successors?.some((s) => s.rule === 'CSL2025.71.1.3')).map((r) => r.id),
    ).toEqual(['CSL2016.66']);
  });
});

describe('lenience is compared per tier, and 没收违法所得 never makes a rule lighter', () => {
  it('the trace gives the true reason: the ceiling of the tier the case is in (第五十九条第一款 十万元 → 第六十一条第一款 五十万元)', () => {
    const r = check(
      record({
        facts: '未落实网络安全等级保护制度，导致网站被攻击篡改',
        provisions: [cite(23), cite(61, 1)],
        sanctions: [warning, fine(80000)],
        established_facts: ['harm_caused'],
      }),
    );
    const lenience = r.trace.find((t) => t.includes('行政处罚法第三十七条'))!;
    expect(lenience).toMatch(/100000元 → 500000元/);
    expect(lenience).not.toMatch(/没收违法所得/);
    expect(r.applied[0]!.rule).toBe('CSL2016.59.1');
  });

  it('a 2026 decision under the new numbers above the old cap is unlawful (从旧: “适用违法行为发生时的法律”)', () => {
    const r = check(
      record({
        provisions: [cite(23), cite(61, 1)],
        sanctions: [warning, fine(200000)],
        established_facts: ['harm_caused'],
      }),
    );
    expect(r.verdict).toBe('unlawful');
  });
});

describe('从旧兼从轻 over the facts the record leaves open', () => {
  const psal = (article: number) => ({ law: '治安管理处罚法', article, paragraph: null, item: null });
  const person = { kind: 'individual' as const, name: '李某' };

  it('2026 decision, 2025 conduct, old 第六十六条 cited, 700000: unlawful whether or not 拒不改正 (old cap 五十万元; without refusal the new rule reached sets no fine)', () => {
    const r = check(
      record({
        agency: '某省互联网信息办公室',
        party: { kind: 'organization', name: '某运营商', roles: ['cii_operator'] },
        facts: '关键信息基础设施的运营者违反规定向境外提供个人信息',
        provisions: [cite(37), cite(66)],
        sanctions: [warning, fine(700_000)],
      }),
    );
    expect(r.verdict).toBe('unlawful');
    expect(codes(r)).toContain('UNLAWFUL_UNDER_APPLICABLE_LAW');
  });

  it('治安管理处罚法 2012 第二十九条 → 2025 第三十三条 「造成危害的，处五日以下拘留」: with the harm recorded absent the new law does not punish it, so the detention is unlawful', () => {
    const r = check(
      record({
        party: person,
        facts: '李某违反国家规定，对计算机信息系统中存储的数据进行删除',
        provisions: [psal(29)],
        sanctions: [{ kind: 'detention', amount_yuan: null, days: 3, target: 'party' }],
        absent_facts: ['harm_caused'],
      }),
    );
    expect(r.verdict).toBe('unlawful');
    expect(r.trace.join()).toMatch(/不予处罚（不认为是违法）/);
  });

  it('2012 第四十七条 → 2025 第五十五条 with 情节较轻 established: the new 「处五日以下拘留或者三千元以下罚款」 is lighter than 10–15 days, so a 2000 yuan fine alone is lawful', () => {
    const r = check(
      record({
        party: person,
        facts: '李某在网络群组中发布民族歧视内容，情节较轻',
        provisions: [psal(47)],
        sanctions: [fine(2000)],
        established_facts: ['minor_circumstances'],
      }),
    );
    expect(r.verdict).toBe('lawful');
    expect(r.applied[0]!.rule).toBe('PSAL2025.55');
  });

  it('2025 第六十一条第三款 for an ordinary operator’s 2025 conduct goes back to 2016 第五十九条第一款 (not the CII paragraph), so 一百万元 is unlawful', () => {
    const r = check(
      record({
        facts: '某公司未落实网络安全等级保护制度，造成大量数据泄露',
        provisions: [cite(23), cite(61, 3)],
        sanctions: [fine(1_000_000)],
        established_facts: ['serious_consequences'],
      }),
    );
    expect(r.applied[0]!.rule).toBe('CSL2016.59.1');
    expect(r.verdict).toBe('unlawful');
  });

  it('the verdict names the facts it rests on when they decide which rule applies', () => {
    const r = check(
      record({
        agency: '某省互联网信息办公室',
        party: { kind: 'organization', name: '某运营商', roles: ['cii_operator'] },
        facts: '关键信息基础设施的运营者违反规定向境外提供个人信息',
        provisions: [cite(37), cite(66)],
        sanctions: [warning, fine(300_000)],
      }),
    );
    expect(r.verdict).toBe('lawful_if');
    expect(r.requires.join()).toMatch(/拒不改正/);
  });
});
