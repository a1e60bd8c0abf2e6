import { describe, expect, it } from 'vitest';
import { actionsForRole, roleMay } from './roles.js';

describe('the steps each role takes', () => {
  const review = ['pass_review', 'escalate_collective', 'return_for_investigation', 'record_event'];

  it('gives legal review to the reviewer, not to an officer (行政处罚法 第五十八条 「未经法制审核或者审核未通过的，不得作出决定」)', () => {
    expect(actionsForRole('reviewer', review)).toEqual(review);
    expect(actionsForRole('officer', review)).toEqual(['record_event']);
  });

  it('gives the decision to the leader (行政处罚法 第五十七条 「调查终结，行政机关负责人应当对调查结果进行审查，根据不同情况，分别作出如下决定」)', () => {
    expect(roleMay('leader', 'decide')).toBe(true);
    expect(roleMay('officer', 'decide')).toBe(false);
    expect(roleMay('reviewer', 'decide')).toBe(false);
    expect(roleMay('leader', 'propose_penalty')).toBe(false);
  });

  it('lets officers investigate and notify (行政处罚法 第四十二条 「行政处罚应当由具有行政执法资格的执法人员实施」)', () => {
    expect(roleMay('officer', 'start_investigation')).toBe(true);
    expect(roleMay('officer', 'propose_penalty')).toBe(true);
    expect(roleMay('officer', 'archive')).toBe(true);
  });

  it('lets viewers and anonymous readers take no step', () => {
    expect(actionsForRole('viewer', review)).toEqual([]);
    expect(actionsForRole(null, review)).toEqual([]);
    expect(actionsForRole('admin', review)).toEqual(review);
  });
});
