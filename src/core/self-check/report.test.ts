import { describe, expect, it } from 'vitest';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import { GENERAL_OPERATOR } from './profiles.test-support.js';
import { selfCheckReport } from './report.js';

const rules = new RuleIndex(ALL_RULES);

describe('selfCheckReport — 等级保护', () => {
  // 网络安全法(2025) 第六十一条: 网络运营者不履行本法第二十三条…规定的网络安全保护义务的，由有关主管部门责令改正，给予警告，
  // 可以处一万元以上五万元以下罚款；拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款…
  it('a general network operator answering no: 第二十三条 punished by 第六十一条第一款, both tiers, 公安机关', () => {
    const report = selfCheckReport({
      rules,
      profile: GENERAL_OPERATOR,
      answers: { 'csl2025-23-mlps': 'no' },
      date: '2026-03-01',
    });
    const gap = report.gaps.find((g) => g.requirement === 'csl2025-23-mlps')!;
    expect(gap.article).toBe('《中华人民共和国网络安全法》第二十三条');
    expect(gap.rule_today).toMatchObject({ id: 'CSL2025.61.1', article: 61, paragraph: 1 });
    expect(gap.rule_today!.citation).toBe('《中华人民共和国网络安全法》第六十一条第一款');
    const base = gap.ranges.find((t) => t.tier === 'base')!;
    expect(base.sanctions.map((s) => s.words ?? s.kind)).toContain('可以处一万元以上五万元以下罚款');
    const aggravated = gap.ranges.find((t) => t.tier === 'aggravated')!;
    expect(aggravated.label).toBe('拒不改正或者导致危害网络安全等后果');
    expect(aggravated.sanctions.find((s) => s.kind === 'fine' && s.target === 'party')).toMatchObject({
      min_yuan: 50000,
      max_yuan: 500000,
    });
    expect(gap.authority).toBe('公安机关');
    expect(gap.exposure).toBe(500000);
  });
});
