import { describe, expect, it } from 'vitest';
import { partyLabel } from './parties.js';

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
