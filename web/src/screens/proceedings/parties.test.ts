import { describe, expect, it } from 'vitest';
import { partyLabel, sanctionLines } from './parties.js';

describe('partyLabel', () => {
  // 网络安全法 第六十一条 names the operator and 「直接负责的主管人员」 as parties of their own
  it('names a unit, a person and a responsible person of the unit', () => {
    const unit = { id: 'p1', kind: 'organization' as const, name: '某科技有限公司' };
    const person = { id: 'p2', kind: 'individual' as const, name: '张某', responsible_for: 'p1' };
    expect(partyLabel(unit, [unit, person])).toBe('某科技有限公司（单位）');
    expect(partyLabel(person, [unit, person])).toBe('张某（某科技有限公司的责任人员）');
    expect(partyLabel({ id: 'x', kind: 'individual', name: '闫某' }, [])).toBe('闫某（个人）');
  });
});

describe('sanctionLines', () => {
  // 网络安全法 (2025) 第六十一条第一款 sets a warning and a fine on the operator
  it('names the party, the kind and the amount or term of each sanction', () => {
    const parties = [{ id: 'p1', kind: 'organization' as const, name: '某科技有限公司' }];
    expect(
      sanctionLines(
        [
          { party: 'p1', kind: 'fine', amount_yuan: 20000, days: null },
          { party: 'p1', kind: 'warning', amount_yuan: null, days: null },
          { party: 'x', kind: 'detention', amount_yuan: null, days: 5 },
        ],
        parties,
      ),
    ).toEqual(['某科技有限公司：罚款 2 万元', '某科技有限公司：警告', '行政拘留 5 日']);
  });
});
