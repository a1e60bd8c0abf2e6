import { describe, expect, it } from 'vitest';
import type { PenaltyRule } from '../penalties/model.js';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import { changedSince, fingerprint, fingerprintsOf } from './changes.js';
import { GENERAL_OPERATOR } from './profiles.test-support.js';
import { requirementById } from './requirements/index.js';

const rules = new RuleIndex(ALL_RULES);
const mlps2016 = requirementById('csl2016-21-mlps')!;
const mlps2025 = requirementById('csl2025-23-mlps')!;

describe('changedSince', () => {
  it('nothing changed: no entry', () => {
    const saved = fingerprintsOf(rules, { 'csl2025-23-mlps': 'yes' }, '2026-02-01');
    expect(changedSince(saved, { rules, date: '2026-06-01' })).toEqual([]);
  });

  it('an answer given under 网络安全法 2016 第二十一条 is gone from 2026-01-01, carried by 2025 第二十三条', () => {
    const saved = fingerprintsOf(rules, { 'csl2016-21-mlps': 'no' }, '2025-06-01');
    const changes = changedSince(saved, { rules, date: '2026-01-01', profile: GENERAL_OPERATOR });
    expect(changes[0]).toMatchObject({
      requirement: 'csl2016-21-mlps',
      change: 'requirement_gone',
      successor: 'csl2025-23-mlps',
    });
    // The successor is named once, not also reported as new.
    expect(changes.filter((c) => c.requirement === 'csl2025-23-mlps')).toEqual([]);
    expect(changes.some((c) => c.change === 'new_requirement')).toBe(true);
  });

  it('a new version of an enforcing rule (other bounds) is rule_changed; a changed quote is requirement_changed', () => {
    const saved = { 'csl2025-23-mlps': fingerprint(rules, mlps2025, '2026-02-01') };
    const amended: PenaltyRule[] = ALL_RULES.map((r) =>
      r.id === 'CSL2025.61.1' ? { ...r, tiers: r.tiers.slice(0, 1) } : r,
    );
    expect(changedSince(saved, { rules: new RuleIndex(amended), date: '2026-06-01' })).toEqual([
      expect.objectContaining({ requirement: 'csl2025-23-mlps', change: 'rule_changed' }),
    ]);
    const requirements = [{ ...mlps2025, quote: '国家实行网络安全等级保护制度。' }];
    expect(changedSince(saved, { rules, date: '2026-06-01', requirements })).toEqual([
      expect.objectContaining({ requirement: 'csl2025-23-mlps', change: 'requirement_changed' }),
    ]);
  });

  it('fingerprints are <requirement>.<rules> FNV-1a hex', () => {
    expect(fingerprint(rules, mlps2016, '2025-06-01')).toMatch(/^[0-9a-f]{8}\.[0-9a-f]{8}$/);
    expect(fingerprint(rules, mlps2016, '2025-06-01')).not.toBe(fingerprint(rules, mlps2025, '2026-06-01'));
  });
});
