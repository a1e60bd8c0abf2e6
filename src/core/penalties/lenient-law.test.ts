import { describe, expect, it } from 'vitest';
import { compareLenience } from './lenient-law.js';
import type { PenaltyRule, SanctionRule, Tier } from './model.js';

const fine = (min: number, max: number): SanctionRule => ({
  kind: 'fine',
  target: 'party',
  modality: 'mandatory',
  fine: [{ min: { yuan: min }, max: { yuan: max }, words: `${min}-${max}` }],
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

describe('从旧兼从轻: is the new rule lighter?', () => {
  it('higher ceiling → heavier (网络安全法 第五十九条 10万 → 第六十一条 50万)', () => {
    expect(
      compareLenience([rule('old', [fine(10000, 100000)])], [rule('new', [fine(50000, 500000)])]).verdict,
    ).toBe('heavier');
  });
  it('lower ceiling → lighter', () => {
    expect(
      compareLenience([rule('old', [fine(10000, 100000)])], [rule('new', [fine(10000, 50000)])]).verdict,
    ).toBe('lighter');
  });
  it('same ceiling, lower floor → lighter', () => {
    expect(
      compareLenience([rule('old', [fine(20000, 100000)])], [rule('new', [fine(10000, 100000)])]).verdict,
    ).toBe('lighter');
  });
  it('a measure dropped and a ceiling raised → mixed (Flag A24), and the old rule is kept', () => {
    const warn: SanctionRule = { kind: 'warning', target: 'party', modality: 'mandatory' };
    expect(compareLenience([rule('old', [warn, fine(1, 10)])], [rule('new', [fine(1, 20)])]).verdict).toBe(
      'mixed',
    );
  });
  it('identical → same', () => {
    expect(compareLenience([rule('old', [fine(1, 10)])], [rule('new', [fine(1, 10)])]).verdict).toBe('same');
  });
});

const tier = (id: string, when: Tier['when'], sanctions: SanctionRule[]): Tier => ({
  id,
  label: id,
  when,
  sanctions,
});
const tiered = (id: string, tiers: Tier[]): PenaltyRule => ({ ...rule(id, []), tiers });
const warn: SanctionRule = { kind: 'warning', target: 'party', modality: 'mandatory' };
const confiscate: SanctionRule = { kind: 'confiscation', target: 'party', modality: 'mandatory' };
const detain = (max: number): SanctionRule => ({
  kind: 'detention',
  target: 'party',
  modality: 'mandatory',
  days: { min: null, max, words: `${max}日以下` },
});

describe('从旧兼从轻 compares tier with tier (行政处罚法 第三十七条 “新的规定处罚较轻”)', () => {
  // 网络安全法 2016 第五十九条第一款 → 2025 第六十一条第一款, in outline.
  const old = tiered('old', [
    tier('base', [], [warn]),
    tier('aggravated', [['refused_rectification'], ['harm_caused']], [fine(10000, 100000)]),
  ]);
  const lighterAggravated = tiered('new', [
    tier('base', [], [warn, fine(10000, 50000)]),
    tier('aggravated', [['refused_rectification'], ['harm_caused']], [fine(10000, 50000)]),
  ]);

  it('each tier with its counterpart: the base tier heavier (a fine added), the aggravated lighter — mixed overall', () => {
    const v = compareLenience([old], [lighterAggravated]);
    expect(v.verdict).toBe('mixed');
    expect(v.tiers.map((t) => [t.old, t.new, t.verdict])).toEqual(
      expect.arrayContaining([
        ['base', 'base', 'heavier'],
        ['aggravated', 'aggravated', 'lighter'],
      ]),
    );
  });

  it('for a case in the aggravated tier, the new rule is lighter (focus on the tier of the case)', () => {
    expect(compareLenience([old], [lighterAggravated], 'aggravated').verdict).toBe('lighter');
    expect(compareLenience([old], [lighterAggravated], 'base').verdict).toBe('heavier');
  });

  it('a tier with facts the other rule lacks is compared with the tier those facts fall under (特别严重后果 → 危害后果)', () => {
    const withSerious = tiered('new', [
      tier('base', [], [warn]),
      tier('aggravated', [['refused_rectification'], ['harm_caused']], [fine(10000, 100000)]),
      tier('serious', [['serious_consequences']], [fine(500000, 2000000)]),
    ]);
    const v = compareLenience([old], [withSerious]);
    expect(v.tiers.find((t) => t.new === 'serious')).toMatchObject({ old: 'aggravated', verdict: 'heavier' });
  });

  it('没收违法所得 (imposed anyway by 行政处罚法 第二十八条第二款) never makes the new rule lighter', () => {
    const v = compareLenience([rule('old', [confiscate, fine(1, 10)])], [rule('new', [fine(1, 10)])]);
    expect(v.verdict).toBe('same');
    expect(v.reasons.join()).not.toMatch(/没收/);
  });

  it('a new rule that adds 行政拘留 is heavier, whatever the fines do (限制人身自由 only by law, 行政处罚法 第十条第二款)', () => {
    const v = compareLenience([rule('old', [fine(1, 1_000_000)])], [rule('new', [detain(15)])]);
    expect(v.verdict).toBe('heavier');
    expect(v.reasons.join()).toMatch(/行政拘留/);
  });

  it('only the kinds the decision imposed count: a dropped measure it did not use does not make the new rule lighter', () => {
    const suspend: SanctionRule = { kind: 'suspension', target: 'party', modality: 'optional' };
    const oldR = rule('old', [warn, fine(50000, 500000), suspend]);
    const newR = rule('new', [warn, fine(100000, 1000000)]);
    expect(compareLenience([oldR], [newR]).verdict).toBe('mixed');
    expect(compareLenience([oldR], [newR], undefined, new Set(['fine|party', 'warning|party'])).verdict).toBe(
      'heavier',
    );
  });
});
