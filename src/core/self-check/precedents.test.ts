import { describe, expect, it } from 'vitest';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import type { PrecedentCandidate } from './model.js';
import { rankPrecedents } from './precedents.js';
import { GENERAL_OPERATOR } from './profiles.test-support.js';

const rules = new RuleIndex(ALL_RULES);
const csl61 = rules.byId('CSL2025.61.1')!;
const candidate = (over: Partial<PrecedentCandidate> & { id: string }): PrecedentCandidate => ({
  title: over.id,
  applied: [{ rule: 'CSL2016.59.1', tier: 'base' }],
  party_kind: 'organization',
  region: null,
  date: '2021-01',
  ...over,
});

describe('rankPrecedents', () => {
  // 网络安全法 2016 第五十九条第一款 → 2025 第六十一条第一款 (successors): the same conduct, 网络运营者不履行…网络安全保护义务.
  it('same rule first, then the predecessor rule; then same sector and party kind; then newest', () => {
    const pool = [
      candidate({ id: 'old-rule-old', date: '2019-05' }),
      candidate({ id: 'old-rule-new', date: '2024-05' }),
      candidate({ id: 'old-rule-same-sector', date: '2018-01', sector: 'other' }),
      candidate({ id: 'old-rule-person', date: '2025-01', party_kind: 'individual' }),
      candidate({
        id: 'same-rule',
        date: '2026-02',
        applied: [{ rule: 'CSL2025.61.1', tier: 'aggravated' }],
      }),
      candidate({ id: 'unrelated', applied: [{ rule: 'INTLNET.23', tier: 'base' }] }),
      candidate({ id: 'untiered', date: '2017-09', applied: [{ rule: 'CSL2016.59.1', tier: null }] }),
    ];
    expect(rankPrecedents(rules, [csl61], pool, GENERAL_OPERATOR, 10)).toEqual([
      'same-rule',
      'old-rule-same-sector',
      'old-rule-new',
      'old-rule-old',
      'untiered',
      'old-rule-person',
    ]);
  });

  it('takes candidates from a function of the rule ids, and keeps at most five', () => {
    const asked: string[][] = [];
    const pool = Array.from({ length: 9 }, (_, i) => candidate({ id: `c${i}`, date: `201${i}-01` }));
    const ids = rankPrecedents(rules, [csl61], (r) => (asked.push([...r]), pool), undefined);
    expect(asked).toEqual([['CSL2025.61.1']]);
    expect(ids).toEqual(['c8', 'c7', 'c6', 'c5', 'c4']);
  });
});
