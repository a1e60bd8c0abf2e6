import { describe, expect, it } from 'vitest';
import { compareLenience } from './lenient-law.js';
import type { PenaltyRule, SanctionRule } from './model.js';

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
