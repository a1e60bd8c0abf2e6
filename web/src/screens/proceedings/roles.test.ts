import { describe, expect, it } from 'vitest';
import { actionsForRole, roleMay } from './roles.js';

describe('the steps each role takes', () => {
  const review = ['pass_review', 'escalate_collective', 'return_for_investigation', 'record_event'];

  it('gives legal review to the reviewer, not to an officer (行政处罚法 第五十八条 法制审核)', () => {
    expect(actionsForRole('reviewer', review)).toEqual([
      'pass_review',
      'escalate_collective',
      'return_for_investigation',
    ]);
    expect(actionsForRole('officer', review)).toEqual(['return_for_investigation', 'record_event']);
  });

  it('gives the decision to the leader (行政处罚法 第五十七条 行政机关负责人…作出决定)', () => {
    expect(roleMay('leader', 'decide')).toBe(true);
    expect(roleMay('officer', 'decide')).toBe(false);
    expect(roleMay('reviewer', 'decide')).toBe(false);
  });

  it('lets viewers and anonymous readers take no step', () => {
    expect(actionsForRole('viewer', review)).toEqual([]);
    expect(actionsForRole(null, review)).toEqual([]);
    expect(actionsForRole('admin', review)).toEqual(review);
  });
});
