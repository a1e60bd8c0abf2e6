/**
 * 治安管理处罚法 2012 第四十七条、第六十八条 and 2025 第五十五条、第八十条第一款 on invented decisions: every tier lawful at
 * its bounds and unlawful just outside, 公安机关 only, and 从旧兼从轻 between the versions. Each test names its sentence.
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecord, Sanction } from '../../shared/case-record.js';
import { checkCase } from '../check-case.js';
import type { Fact } from '../model.js';
import { RuleIndex } from '../rule-index.js';
import { ALL_RULES } from './index.js';

const rules = new RuleIndex(ALL_RULES);
const fine = (yuan: number): Sanction => ({ kind: 'fine', amount_yuan: yuan, days: null, target: 'party' });
const days = (n: number): Sanction => ({ kind: 'detention', amount_yuan: null, days: n, target: 'party' });

function check(
  article: number,
  sanctions: Sanction[],
  opts: { date?: string; decided?: string; agency?: string; facts?: Fact[] } = {},
) {
  const record: CaseRecord = {
    title: `治安管理处罚法第${article}条（虚构）`,
    date: opts.date ?? '2020-06-01',
    decision_date: opts.decided ?? opts.date ?? '2020-06-01',
    region: null,
    agency: opts.agency ?? '某县公安局',
    party: { kind: 'individual', name: '王某' },
    facts: '',
    provisions: [{ law: '治安管理处罚法', article, paragraph: null, item: null }],
    sanctions,
    established_facts: opts.facts ?? [],
  };
  return checkCase(record, { rules, today: '2026-11-28' });
}
const verdict = (...a: Parameters<typeof check>) => check(...a).verdict;
const MINOR: Fact[] = ['minor_circumstances'];
const IN_2026 = { date: '2026-03-01' };

describe('PSAL2012.47 第四十七条 「处十日以上十五日以下拘留，可以并处一千元以下罚款」', () => {
  it('lawful at 10 and 15 days, with a fine up to 一千元', () => {
    expect(verdict(47, [days(10)])).toBe('lawful');
    expect(verdict(47, [days(15), fine(1000)])).toBe('lawful');
    expect(check(47, [days(10)]).applied[0]!.rule).toBe('PSAL2012.47');
  });
  it('unlawful at 9 or 16 days, or a fine of 1001 yuan; no 情节较轻 tier in 2012', () => {
    expect(verdict(47, [days(9)])).toBe('unlawful');
    expect(verdict(47, [days(16)])).toBe('unlawful');
    expect(verdict(47, [days(10), fine(1001)])).toBe('unlawful');
    expect(verdict(47, [days(5)], { facts: MINOR })).toBe('unlawful');
  });
  it('only 公安机关: a 网信办 decision is unlawful', () => {
    expect(verdict(47, [days(10)], { agency: '某市网信办' })).toBe('unlawful');
  });
});

describe('PSAL2012.68 第六十八条 「处十日以上十五日以下拘留，可以并处三千元以下罚款；情节较轻的，处五日以下拘留或者五百元以下罚款」', () => {
  it('base: 10–15 days with up to 三千元; unlawful at 16 days or 3001 yuan', () => {
    expect(verdict(68, [days(15), fine(3000)])).toBe('lawful');
    expect(verdict(68, [days(16)])).toBe('unlawful');
    expect(verdict(68, [days(10), fine(3001)])).toBe('unlawful');
  });
  it('情节较轻: up to 5 days or up to 五百元; 6 days is in neither tier; 5 days with 501 yuan is outside', () => {
    expect(verdict(68, [days(5)], { facts: MINOR })).toBe('lawful');
    expect(verdict(68, [fine(500)], { facts: MINOR })).toBe('lawful');
    expect(verdict(68, [days(6)], { facts: MINOR })).toBe('unlawful');
    expect(verdict(68, [days(5), fine(501)], { facts: MINOR })).toBe('unlawful');
  });
  it('a fine above 五百元 alone is unlawful: 「可以并处三千元以下罚款」 goes with the detention, and 「情节较轻的…或者五百元以下罚款」 stops at 500', () => {
    const r = check(68, [fine(501)], { facts: MINOR });
    expect(r.verdict).toBe('unlawful');
    // 情节较轻 is established: the reason is that tier's bound.
    expect(r.findings.map((f) => f.code)).toContain('FINE_ABOVE_MAX');
    const unstated = check(68, [fine(501)]);
    expect(unstated.verdict).toBe('unlawful');
    expect(unstated.findings.map((f) => f.code)).toContain('ACCESSORY_WITHOUT_MAIN');
  });
  it('only 公安机关', () =>
    expect(verdict(68, [days(5)], { agency: '某市网信办', facts: MINOR })).toBe('unlawful'));
});

describe('PSAL2025.55 第五十五条 「处十日以上十五日以下拘留，可以并处三千元以下罚款；情节较轻的，处五日以下拘留或者三千元以下罚款」', () => {
  it('base: 10–15 days with up to 三千元; 16 days or 3001 yuan are outside', () => {
    expect(verdict(55, [days(10), fine(3000)], IN_2026)).toBe('lawful');
    expect(check(55, [days(10)], IN_2026).applied[0]!.rule).toBe('PSAL2025.55');
    expect(verdict(55, [days(16)], IN_2026)).toBe('unlawful');
    expect(verdict(55, [days(15), fine(3001)], IN_2026)).toBe('unlawful');
  });
  it('情节较轻: up to 5 days or up to 三千元; 3001 yuan is outside', () => {
    expect(verdict(55, [days(5)], { ...IN_2026, facts: MINOR })).toBe('lawful');
    expect(verdict(55, [fine(3000)], { ...IN_2026, facts: MINOR })).toBe('lawful');
    expect(verdict(55, [fine(3001)], { ...IN_2026, facts: MINOR })).toBe('unlawful');
  });
  it('only 公安机关', () =>
    expect(verdict(55, [days(10)], { ...IN_2026, agency: '某市网信办' })).toBe('unlawful'));
});

describe('PSAL2025.80.1 第八十条第一款 「处十日以上十五日以下拘留，可以并处五千元以下罚款；情节较轻的，处五日以下拘留或者一千元以上三千元以下罚款」', () => {
  it('base: 10–15 days with up to 五千元; 5001 yuan is outside', () => {
    expect(verdict(80, [days(15), fine(5000)], IN_2026)).toBe('lawful');
    expect(check(80, [days(15)], IN_2026).applied[0]!.rule).toBe('PSAL2025.80.1');
    expect(verdict(80, [days(10), fine(5001)], IN_2026)).toBe('unlawful');
  });
  it('情节较轻: up to 5 days or a fine of 一千元 to 三千元; with 5 days, 999 or 3001 yuan are outside', () => {
    expect(verdict(80, [days(5)], { ...IN_2026, facts: MINOR })).toBe('lawful');
    expect(verdict(80, [fine(1000)], { ...IN_2026, facts: MINOR })).toBe('lawful');
    expect(verdict(80, [fine(3000)], { ...IN_2026, facts: MINOR })).toBe('lawful');
    expect(verdict(80, [days(5), fine(999)], { ...IN_2026, facts: MINOR })).toBe('unlawful');
    expect(verdict(80, [days(5), fine(3001)], { ...IN_2026, facts: MINOR })).toBe('unlawful');
  });
  it('only 公安机关', () =>
    expect(verdict(80, [days(10)], { ...IN_2026, agency: '某市网信办' })).toBe('unlawful'));
});

describe('从旧兼从轻 (行政处罚法 第三十七条) between 2012 第六十八条 and 2025 第八十条', () => {
  it('conduct in 2025, decision in 2026 citing 第八十条: the old 第六十八条 applies (the new ceilings are higher)', () => {
    const r = check(80, [days(10), fine(3000)], { date: '2025-10-01', decided: '2026-02-01' });
    expect(r.applied[0]!.rule).toBe('PSAL2012.68');
    expect(r.verdict).toBe('lawful');
    expect(verdict(80, [days(10), fine(4000)], { date: '2025-10-01', decided: '2026-02-01' })).toBe(
      'unlawful',
    );
  });
});

describe('治安管理处罚法 in force 2006-03-01 to 2012-12-31 (第一百一十九条 「本法自2006年3月1日起施行」)', () => {
  it('a 2010 decision on 第二十九条 is judged under the 2005 version (the 2012 text, unchanged for this article)', () => {
    const r = check(29, [days(5)], { date: '2010-04-01' });
    expect(r.applied[0]).toMatchObject({ rule: 'PSAL2005.29', version: '2005-08-28' });
    expect(r.verdict).toBe('lawful');
    expect(verdict(29, [days(11)], { date: '2010-04-01' })).toBe('unlawful');
    expect(r.current.map((c) => c.rule)).toEqual(['PSAL2025.33']);
  });

  it('conduct in 2012, decision in 2013 citing 第六十八条: the same rule in both versions (从旧)', () => {
    const r = check(68, [days(10)], { date: '2012-11-01', decided: '2013-02-01' });
    expect(r.applied[0]!.rule).toBe('PSAL2005.68');
    expect(r.verdict).toBe('lawful');
  });

  it("conduct in 2012, decision in 2026 citing 2025 第五十五条: the 2005 version's 第四十七条 applies (the new ceiling is higher)", () => {
    const r = check(55, [days(10), fine(1000)], { date: '2012-11-01', decided: '2026-02-01' });
    expect(r.applied[0]!.rule).toBe('PSAL2005.47');
    expect(r.verdict).toBe('lawful');
  });

  it('before 2006-03-01 the law was not in force', () => {
    const r = check(29, [days(5)], { date: '2006-02-28' });
    expect(r.verdict).toBe('undetermined');
    expect(r.findings.map((f) => f.code)).toContain('LAW_NOT_IN_FORCE');
  });
});
