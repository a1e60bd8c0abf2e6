/**
 * 从旧兼从轻 (行政处罚法 第三十七条 “且新的规定处罚较轻或者不认为是违法的，适用新的规定”): one tier of the old rule against
 * one tier of the new, for the circumstances that put a case in both. Which tiers those are, over the facts a record
 * leaves open, is transition.ts's (check-case.transition.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareTierPair, withImplied } from './lenient-law.js';
import type { PenaltyRule, SanctionRule, Tier } from './model.js';

const fine = (min: number, max: number): SanctionRule => ({
  kind: 'fine',
  target: 'party',
  modality: 'mandatory',
  fine: [{ min: { yuan: min }, max: { yuan: max }, words: `${min}-${max}` }],
});
const warn: SanctionRule = { kind: 'warning', target: 'party', modality: 'mandatory' };
const confiscate: SanctionRule = { kind: 'confiscation', target: 'party', modality: 'mandatory' };
const suspend: SanctionRule = { kind: 'suspension', target: 'party', modality: 'optional' };
const detain = (
  min: number | null,
  max: number,
  modality: SanctionRule['modality'] = 'mandatory',
): SanctionRule => ({
  kind: 'detention',
  target: 'party',
  modality,
  days: { min, max, words: `${max}日以下` },
});

const rule = (id: string, sanctions: SanctionRule[]): PenaltyRule => ({
  id,
  law: '网络安全法',
  version: 'v',
  article: 1,
  paragraph: null,
  text: '',
  enforces: [],
  parties: ['organization'],
  roles: [],
  authorities: ['competent_department'],
  tiers: [{ id: 'base', label: '一般情形', when: [], sanctions }],
});
const base = (r: PenaltyRule): { rule: PenaltyRule; tier: Tier } => ({ rule: r, tier: r.tiers[0]! });
const verdict = (o: SanctionRule[], n: SanctionRule[], imposed?: string[]) =>
  compareTierPair(base(rule('old', o)), base(rule('new', n)), imposed && new Set(imposed)).verdict;

describe('从旧兼从轻: is the new tier lighter?', () => {
  it('higher ceiling → heavier (网络安全法 第五十九条 10万 → 第六十一条 50万)', () =>
    expect(verdict([fine(10000, 100000)], [fine(50000, 500000)])).toBe('heavier'));
  it('lower ceiling → lighter', () =>
    expect(verdict([fine(10000, 100000)], [fine(10000, 50000)])).toBe('lighter'));
  it('same ceiling, lower floor → lighter', () =>
    expect(verdict([fine(20000, 100000)], [fine(10000, 100000)])).toBe('lighter'));
  it('a measure dropped and a ceiling raised → mixed (Flag A24)', () =>
    expect(verdict([warn, fine(1, 10)], [fine(1, 20)])).toBe('mixed'));
  it('identical → same', () => expect(verdict([fine(1, 10)], [fine(1, 10)])).toBe('same'));

  it('没收违法所得 (imposed anyway by 行政处罚法 第二十八条第二款) never makes the new tier lighter', () => {
    const v = compareTierPair(base(rule('old', [confiscate, fine(1, 10)])), base(rule('new', [fine(1, 10)])));
    expect(v.verdict).toBe('same');
    expect(v.reasons.join()).not.toMatch(/没收/);
  });

  it('a new tier that adds 行政拘留 is heavier, whatever the fines do (限制人身自由 only by law, 行政处罚法 第十条第二款)', () => {
    const v = compareTierPair(base(rule('old', [fine(1, 1_000_000)])), base(rule('new', [detain(null, 15)])));
    expect(v.verdict).toBe('heavier');
    expect(v.reasons.join()).toMatch(/行政拘留/);
  });

  it('both detain: the detention decides before the fines (治安管理处罚法 2012 第四十七条 10–15日 → 2025 第五十五条 情节较轻 5日以下或者三千元)', () =>
    expect(
      verdict(
        [detain(10, 15), { ...fine(0, 1000), modality: 'optional' }],
        [detain(null, 5, 'alternative'), { ...fine(0, 3000), modality: 'alternative' }],
      ),
    ).toBe('lighter'));

  it('only the kinds the decision imposed count: a dropped measure it did not use does not make the new tier lighter', () => {
    const o = [warn, fine(50000, 500000), suspend];
    const n = [warn, fine(100000, 1000000)];
    expect(verdict(o, n)).toBe('mixed');
    expect(verdict(o, n, ['fine|party', 'warning|party'])).toBe('heavier');
  });

  it('a new rule that punishes nothing in these circumstances 「不认为是违法」: lighter', () => {
    const v = compareTierPair(base(rule('old', [detain(null, 5)])), { rule: rule('new', []), tier: null });
    expect(v.verdict).toBe('lighter');
    expect(v.reasons.join()).toMatch(/不认为是违法/);
  });

  it('the old rule punishing nothing in these circumstances makes the new one heavier', () =>
    expect(compareTierPair({ rule: rule('old', []), tier: null }, base(rule('new', [warn]))).verdict).toBe(
      'heavier',
    ));
});

describe('facts imply facts', () => {
  it('特别严重后果 is also 严重后果 and 导致危害网络安全等后果', () =>
    expect([...withImplied(['especially_serious_consequences'])].sort()).toEqual([
      'especially_serious_consequences',
      'harm_caused',
      'serious_consequences',
    ]));
});
