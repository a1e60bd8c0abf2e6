import { describe, expect, it } from 'vitest';
import { conductKeys, matchConduct } from './conduct.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import { rules } from './similar.test-support.js';

describe('matchConduct', () => {
  it('网络安全法(2016) 第五十九条第一款「拒不改正或者导致危害网络安全等后果的，处一万元以上十万元以下罚款」 matches 2025 第六十一条第一款 in the tier of the same words', () => {
    const m = matchConduct(
      rules,
      { rule: 'CSL2016.59.1', tier: 'aggravated' },
      { rule: 'CSL2025.61.1', tier: 'aggravated' },
    );
    expect(m).toMatchObject({ link: 'successor', rule: 'CSL2025.61.1', tier: 'aggravated' });
    expect(m!.why).toContain('拒不改正或者导致危害网络安全等后果');
    expect(
      matchConduct(rules, { rule: 'CSL2025.61.1', tier: 'base' }, { rule: 'CSL2016.59.1', tier: 'base' }),
    ).toMatchObject({ link: 'predecessor' });
  });

  it('「责令改正，给予警告」 (base) does not match 「拒不改正或者导致…」 (aggravated), in one rule or across versions', () => {
    expect(
      matchConduct(
        rules,
        { rule: 'CSL2016.59.1', tier: 'base' },
        { rule: 'CSL2016.59.1', tier: 'aggravated' },
      ),
    ).toBeNull();
    expect(
      matchConduct(
        rules,
        { rule: 'CSL2016.59.1', tier: 'base' },
        { rule: 'CSL2025.61.1', tier: 'aggravated' },
      ),
    ).toBeNull();
  });

  it('two successors of one 2016 rule (2025 第六十一条第一款 and 第三款 「造成大量数据泄露…等严重危害网络安全后果」) are not the same conduct as each other', () => {
    expect(
      matchConduct(rules, { rule: 'CSL2025.61.1', tier: 'base' }, { rule: 'CSL2025.61.3', tier: 'base' }),
    ).toBeNull();
  });

  it('unrelated rules (2016 第五十九条第一款, 第六十四条第二款) never match', () => {
    expect(
      matchConduct(rules, { rule: 'CSL2016.59.1', tier: 'base' }, { rule: 'CSL2016.64.2', tier: 'base' }),
    ).toBeNull();
  });

  it('is symmetric over every rule and tier we hold (each step of `successors`, read both ways)', () => {
    const keys = ALL_RULES.flatMap((r) => r.tiers.map((t) => ({ rule: r.id, tier: t.id })));
    let pairs = 0;
    for (const a of keys)
      for (const b of keys) {
        const ab = matchConduct(rules, a, b);
        expect(ab === null, `${a.rule}/${a.tier} ~ ${b.rule}/${b.tier}`).toBe(
          matchConduct(rules, b, a) === null,
        );
        if (ab && a.rule !== b.rule) pairs += 1;
      }
    expect(pairs).toBeGreaterThan(10);
  });
});

describe('conductKeys: the (rule, tier) pairs a store looks comparables up by', () => {
  it('网络安全法(2016) 第五十九条第一款「拒不改正或者导致危害网络安全等后果的」 (aggravated) reaches its own tier and 2025 第六十一条第一款 in the tier of the same words, not 第三款', () => {
    const keys = conductKeys(rules, { rule: 'CSL2016.59.1', tier: 'aggravated' });
    expect(keys).toContainEqual({ rule: 'CSL2016.59.1', tier: 'aggravated' });
    expect(keys).toContainEqual({ rule: 'CSL2025.61.1', tier: 'aggravated' });
    expect(keys).not.toContainEqual({ rule: 'CSL2016.59.1', tier: 'base' });
    expect(keys.some((k) => k.rule === 'CSL2025.61.3')).toBe(false);
  });

  it('is exactly what matchConduct accepts, for every rule and tier we hold', () => {
    const all = ALL_RULES.flatMap((r) => r.tiers.map((t) => ({ rule: r.id, tier: t.id })));
    for (const a of all) {
      const keys = new Set(conductKeys(rules, a).map((k) => `${k.rule}/${k.tier}`));
      for (const b of all)
        expect(keys.has(`${b.rule}/${b.tier}`), `${a.rule}/${a.tier} ~ ${b.rule}/${b.tier}`).toBe(
          matchConduct(rules, a, b) !== null,
        );
    }
  });

  it('an unknown rule reaches nothing (it has no tier to look up)', () => {
    expect(conductKeys(rules, { rule: 'NOPE.1', tier: 'base' })).toEqual([]);
  });
});
