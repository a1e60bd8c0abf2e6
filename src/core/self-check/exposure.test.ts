import { describe, expect, it } from 'vitest';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import { ruleRanges } from '../penalties/tiers.js';
import { CLOSURE_WEIGHT, DETENTION_DAY_WEIGHT, exposureOf } from './exposure.js';

const rules = new RuleIndex(ALL_RULES);
const exposure = (id: string) => exposureOf(ruleRanges(rules.byId(id)!, { illegalGains: null }));

describe('exposureOf', () => {
  it('网络安全法(2025) 第六十一条第一款: the highest fine maximum, 处五万元以上五十万元以下罚款 → 500,000', () => {
    expect(exposure('CSL2025.61.1')).toBe(500_000);
  });

  it('计算机信息网络国际联网安全保护管理办法 第二十三条: 给予警告或者停机整顿不超过6个月 — no fine, closure weighs', () => {
    expect(exposure('INTLNET.23')).toBe(CLOSURE_WEIGHT);
  });

  it('反电信网络诈骗法 第三十八条第二款: 处十日以上十五日以下拘留 weighs 15 days of detention besides the fine', () => {
    expect(exposure('ACTF.38.2')).toBeGreaterThanOrEqual(15 * DETENTION_DAY_WEIGHT);
  });
});
