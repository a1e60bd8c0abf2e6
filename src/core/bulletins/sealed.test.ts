import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/case-record.js';
import { sealingRuleOf, sealParty } from './sealed.js';

const CASE: CaseRecord = {
  title: '张三丰非法侵入计算机信息系统案',
  date: '2026-01-01',
  region: null,
  agency: null,
  party: { kind: 'individual', name: '张三丰' },
  facts: '张三丰侵入某单位办公系统',
  provisions: [{ law: '治安管理处罚法', article: 29, paragraph: null, item: 1 }],
  sanctions: [{ kind: 'detention', amount_yuan: null, days: 5, target: 'party' }],
};

// 治安管理处罚法（2025）第一百三十六条 「违反治安管理的记录应当予以封存，不得向任何单位和个人提供或者公开…」
describe('sealParty (治安管理处罚法 第一百三十六条)', () => {
  it('names no person in a 治安 decision from the day the 2025 text applies (2026-01-01)', () => {
    const r = sealParty(CASE);
    expect(r.party.name).toBe('违法行为人');
    expect(`${r.title}${r.facts}`).not.toContain('张三丰');
    expect(sealParty({ ...CASE, party: { kind: 'organization', name: '某某科技有限公司' } }).party.name).toBe(
      '某单位',
    );
  });
  it('reads the decision date before the case date; a 2025 decision or a month that may precede the day is kept', () => {
    expect(sealingRuleOf({ ...CASE, date: '2025-12-31' })).toBeUndefined();
    expect(sealingRuleOf({ ...CASE, date: '2025-11', decision_date: '2026-01-05' })).toBeDefined();
    expect(sealingRuleOf({ ...CASE, date: '2025' })).toBeUndefined();
  });
  it('seals a case with no date (it cannot be shown to precede the rule), and leaves other laws alone', () => {
    expect(sealingRuleOf({ ...CASE, date: null })).toBeDefined();
    const other = { ...CASE, provisions: [{ law: '网络安全法', article: 64, paragraph: 2, item: null }] };
    expect(sealParty(other)).toBe(other);
  });
});
