/**
 * 反电信网络诈骗法 rules on invented decisions: for every tier, lawful at its bounds, unlawful just outside, and the
 * authority the text names. Each test names the statute sentence it relies on.
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecord, PartyKind, Sanction } from '../../shared/case-record.js';
import { checkCase } from '../check-case.js';
import type { Fact } from '../model.js';
import { RuleIndex } from '../rule-index.js';
import { ALL_RULES } from './index.js';

const rules = new RuleIndex(ALL_RULES);

const fine = (yuan: number, target: Sanction['target'] = 'party'): Sanction => ({
  kind: 'fine',
  amount_yuan: yuan,
  days: null,
  target,
});
const days = (n: number): Sanction => ({ kind: 'detention', amount_yuan: null, days: n, target: 'party' });
const of = (kind: Sanction['kind']): Sanction => ({ kind, amount_yuan: null, days: null, target: 'party' });

interface Decision {
  article: number;
  paragraph?: number;
  agency: string;
  party: PartyKind;
  sanctions: Sanction[];
  gains?: number;
  facts?: Fact[];
}

function check(d: Decision) {
  const record: CaseRecord = {
    title: `反电信网络诈骗法第${d.article}条（虚构）`,
    date: '2024-03-01',
    decision_date: '2024-05-10',
    region: null,
    agency: d.agency,
    party: { kind: d.party, name: d.party === 'individual' ? '张某' : '某公司' },
    facts: '',
    provisions: [{ law: '反电信网络诈骗法', article: d.article, paragraph: d.paragraph ?? null, item: null }],
    sanctions: d.sanctions,
    illegal_gains_yuan: d.gains ?? null,
    established_facts: d.facts ?? [],
  };
  return checkCase(record, { rules, today: '2026-11-28' });
}

const verdict = (d: Decision) => check(d).verdict;
const POLICE = '某县公安局';
const CYBER = '某市网信办';

describe('ACTF.38.2 第三十八条第二款 「由公安机关处十日以上十五日以下拘留；没收违法所得，处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足一万元的，处十万元以下罚款」', () => {
  const d = (sanctions: Sanction[], gains: number, agency = POLICE): Decision => ({
    article: 38,
    paragraph: 2,
    agency,
    party: 'individual',
    sanctions,
    gains,
  });

  it('lawful at the bounds: 10 and 15 days; 十万元 without gains; 1× and 10× of gains from 一万元', () => {
    expect(verdict(d([days(10), fine(100000)], 0))).toBe('lawful');
    expect(verdict(d([days(15), fine(1)], 9999))).toBe('lawful');
    expect(verdict(d([days(15), fine(20000), of('confiscation')], 20000))).toBe('lawful');
    expect(verdict(d([days(10), fine(200000)], 20000))).toBe('lawful');
    expect(check(d([days(10), fine(100000)], 0)).applied[0]!.rule).toBe('ACTF.38.2');
  });

  it('unlawful just outside: 9 or 16 days; 100001 yuan with gains under 一万元; below 1× or above 10× of gains', () => {
    expect(verdict(d([days(9), fine(1000)], 0))).toBe('unlawful');
    expect(verdict(d([days(16), fine(1000)], 0))).toBe('unlawful');
    expect(verdict(d([days(10), fine(100001)], 9999))).toBe('unlawful');
    expect(verdict(d([days(10), fine(19999)], 20000))).toBe('unlawful');
    expect(verdict(d([days(10), fine(200001)], 20000))).toBe('unlawful');
  });

  it('「由公安机关」: a 网信办 may neither detain nor fine under it', () => {
    const r = check(d([days(10), fine(1000)], 0, CYBER));
    expect(r.verdict).toBe('unlawful');
    expect(r.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['AUTHORITY_NOT_EMPOWERED', 'DETENTION_AUTHORITY']),
    );
  });
});

/** 第三十九条、第四十条、第四十一条、第四十三条: the same tiers, different parties and measures. */
describe.each([
  [39, '某省通信管理局', 'suspension'],
  [40, '中国人民银行某市分行', 'suspension'],
  [41, CYBER, 'other'],
  [43, '某省通信管理局', 'suspension'],
] as const)(
  'ACTF.%i 「由有关主管部门责令改正，情节较轻的，给予警告、通报批评，或者处五万元以上五十万元以下罚款；情节严重的，处五十万元以上五百万元以下罚款，并可以…，对其直接负责的主管人员和其他直接责任人员，处一万元以上二十万元以下罚款」',
  (article, agency, measure) => {
    const d = (sanctions: Sanction[], facts: Fact[] = []): Decision => ({
      article,
      agency,
      party: 'organization',
      sanctions,
      facts,
    });
    const MINOR: Fact[] = ['minor_circumstances'];
    const SERIOUS: Fact[] = ['serious_circumstances'];

    it('情节较轻: a warning, or a fine of 五万元 to 五十万元, is lawful once 情节较轻 is established', () => {
      expect(verdict(d([of('rectification'), of('warning')], MINOR))).toBe('lawful');
      expect(verdict(d([fine(50000)], MINOR))).toBe('lawful');
      expect(verdict(d([fine(500000)], MINOR))).toBe('lawful');
      const r = check(d([fine(50000)]));
      expect(r.verdict).toBe('lawful_if');
      expect(r.applied[0]).toMatchObject({ rule: `ACTF.${article}`, tier: 'minor' });
      expect(r.requires).toEqual(['情节较轻']);
    });

    it('情节较轻: 49999 yuan is below every tier; a fine above 五十万元 needs 情节严重', () => {
      expect(verdict(d([fine(49999)], MINOR))).toBe('unlawful');
      const r = check(d([fine(500001)], MINOR));
      expect(r.applied[0]!.tier).toBe('serious');
      expect(r.requires).toEqual(['情节严重']);
    });

    it('情节严重: 五十万元 to 五百万元, responsible persons 一万元 to 二十万元, and the business measures', () => {
      expect(verdict(d([fine(500000), fine(10000, 'responsible_person'), of(measure)], SERIOUS))).toBe(
        'lawful',
      );
      expect(verdict(d([fine(5000000), fine(200000, 'responsible_person')], SERIOUS))).toBe('lawful');
    });

    it('情节严重: just outside — 5000001 yuan; responsible persons 9999 or 200001 yuan', () => {
      expect(verdict(d([fine(5000001)], SERIOUS))).toBe('unlawful');
      expect(verdict(d([fine(500000), fine(9999, 'responsible_person')], SERIOUS))).toBe('unlawful');
      expect(verdict(d([fine(500000), fine(200001, 'responsible_person')], SERIOUS))).toBe('unlawful');
    });

    it('有关主管部门 may be any department, but none of them may detain (行政处罚法 第十八条第三款)', () => {
      expect(verdict(d([fine(600000)], SERIOUS))).toBe('lawful');
      expect(verdict({ ...d([fine(600000)], SERIOUS), agency: POLICE })).toBe('lawful');
      expect(verdict(d([days(5)], SERIOUS))).toBe('unlawful');
    });
  },
);

describe('ACTF.42 第四十二条 「没收违法所得，由公安机关或者有关主管部门处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足五万元的，处五十万元以下罚款；情节严重的，由公安机关并处十五日以下拘留」', () => {
  const d = (sanctions: Sanction[], gains: number, agency = POLICE, facts: Fact[] = []): Decision => ({
    article: 42,
    agency,
    party: 'individual',
    sanctions,
    gains,
    facts,
  });

  it('base: 五十万元 without gains, 1× to 10× of gains from 五万元 — by 公安机关 or 有关主管部门', () => {
    expect(verdict(d([fine(500000)], 0))).toBe('lawful');
    expect(verdict(d([fine(500000)], 0, CYBER))).toBe('lawful');
    expect(verdict(d([fine(50000), of('confiscation')], 50000))).toBe('lawful');
    expect(verdict(d([fine(500000)], 50000))).toBe('lawful');
  });

  it('base: just outside — 500001 yuan with gains under 五万元; 49999 or 500001 yuan with gains of 五万元', () => {
    expect(verdict(d([fine(500001)], 49999))).toBe('unlawful');
    expect(verdict(d([fine(49999)], 50000))).toBe('unlawful');
    expect(verdict(d([fine(500001)], 50000))).toBe('unlawful');
  });

  it('情节严重: 公安机关 adds up to 15 days; 16 days is outside; another department may not detain', () => {
    expect(verdict(d([fine(1000), days(15)], 0, POLICE, ['serious_circumstances']))).toBe('lawful');
    expect(verdict(d([fine(1000), days(16)], 0, POLICE, ['serious_circumstances']))).toBe('unlawful');
    const r = check(d([fine(1000), days(5)], 0, CYBER, ['serious_circumstances']));
    expect(r.verdict).toBe('unlawful');
    expect(r.findings.map((f) => f.code)).toContain('DETENTION_AUTHORITY');
  });
});

describe('ACTF.44 第四十四条 「没收违法所得，由公安机关处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得不足二万元的，处二十万元以下罚款；情节严重的，并处十五日以下拘留」', () => {
  const d = (
    sanctions: Sanction[],
    gains: number,
    agency = POLICE,
    facts: Fact[] = [],
    party: PartyKind = 'individual',
  ): Decision => ({ article: 44, agency, party, sanctions, gains, facts });

  it('base: 二十万元 without gains; 1× to 10× of gains from 二万元; a unit too (「任何单位和个人」 第三十一条)', () => {
    expect(verdict(d([fine(200000)], 0))).toBe('lawful');
    expect(verdict(d([fine(20000)], 20000))).toBe('lawful');
    expect(verdict(d([fine(200000)], 20000))).toBe('lawful');
    expect(verdict(d([fine(200000)], 0, POLICE, [], 'organization'))).toBe('lawful');
  });

  it('base: just outside — 200001 yuan with gains under 二万元; 19999 yuan with gains of 二万元', () => {
    expect(verdict(d([fine(200001)], 19999))).toBe('unlawful');
    expect(verdict(d([fine(19999)], 20000))).toBe('unlawful');
  });

  it('情节严重: up to 15 days added to the fine; 16 days is outside; detention alone asks for 情节严重', () => {
    expect(verdict(d([fine(2000), days(15)], 0, POLICE, ['serious_circumstances']))).toBe('lawful');
    expect(verdict(d([fine(2000), days(16)], 0, POLICE, ['serious_circumstances']))).toBe('unlawful');
    const r = check(d([days(5)], 0));
    expect(r.verdict).toBe('lawful_if');
    expect(r.requires).toEqual(['情节严重']);
  });

  it('「由公安机关」: a 网信办 fine under it is unlawful', () => {
    const r = check(d([fine(2000)], 0, CYBER));
    expect(r.verdict).toBe('unlawful');
    expect(r.findings.map((f) => f.code)).toContain('AUTHORITY_NOT_EMPOWERED');
  });
});
