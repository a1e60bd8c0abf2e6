import { describe, expect, it } from 'vitest';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import { appliesTo, describeApplicability } from './applicability.js';
import type { Profile } from './model.js';
import { GENERAL_OPERATOR } from './profiles.test-support.js';
import { ALL_REQUIREMENTS } from './requirements/index.js';
import { applicableRequirements } from './select.js';

const rules = new RuleIndex(ALL_RULES);
const ids = (profile: Profile | undefined, date: string) =>
  applicableRequirements(profile, date, rules).map((r) => r.id);

describe('applicableRequirements', () => {
  it('takes the version in force on the date: 网络安全法 2016 until 2025-12-31, 2025 from 2026-01-01', () => {
    // 《关于修改〈中华人民共和国网络安全法〉的决定》：自2026年1月1日起施行。
    expect(ids(GENERAL_OPERATOR, '2025-12-31')).toContain('csl2016-21-mlps');
    expect(ids(GENERAL_OPERATOR, '2025-12-31')).not.toContain('csl2025-23-mlps');
    expect(ids(GENERAL_OPERATOR, '2026-01-01')).toContain('csl2025-23-mlps');
    expect(ids(GENERAL_OPERATOR, '2026-01-01')).not.toContain('csl2016-21-mlps');
  });

  it('without a profile gives every requirement in force', () => {
    const all = ids(undefined, '2026-03-01');
    expect(all).toHaveLength(ALL_REQUIREMENTS.filter((r) => !r.id.startsWith('csl2016')).length);
  });

  it('selects by profile: an internet café gets 实名登记 (网吧条例 第二十三条), a general operator does not', () => {
    const cafe: Profile = { ...GENERAL_OPERATOR, internet_cafe: true };
    expect(ids(cafe, '2026-03-01')).toContain('netcafe-23-real-name-records');
    expect(ids(GENERAL_OPERATOR, '2026-03-01')).not.toContain('netcafe-23-real-name-records');
    expect(ids(GENERAL_OPERATOR, '2026-03-01')).not.toContain('csl2025-36-cii-organisation');
    expect(ids({ ...GENERAL_OPERATOR, cii: true }, '2026-03-01')).toContain('csl2025-36-cii-organisation');
  });

  it('uses the statute threshold 1000万人 of 网络数据安全管理条例 第二十八条', () => {
    const big: Profile = { ...GENERAL_OPERATOR, pi_volume: 'at_least_10m' };
    expect(ids(big, '2026-03-01')).toContain('ndsr-30-data-officer');
    expect(ids({ ...big, pi_volume: '1m_to_10m' }, '2026-03-01')).not.toContain('ndsr-30-data-officer');
  });

  it('gives each requirement its citation, enforcing rules and applies_to in words', () => {
    const r = applicableRequirements(GENERAL_OPERATOR, '2026-03-01', rules).find(
      (x) => x.id === 'csl2025-23-logs-6-months',
    )!;
    expect(r.article_label).toBe('《中华人民共和国网络安全法》第二十三条第（三）项');
    expect(r.rules).toEqual(['CSL2025.61.1', 'CSL2025.61.3']);
    expect(r.applies_to_words).toBe('适用于：网络运营者（网络的所有者、管理者和网络服务提供者）');
  });

  it('explains every applies_to in words (no field left unnamed)', () => {
    for (const r of applicableRequirements(undefined, '2026-03-01', rules))
      expect(r.applies_to_words, r.id).not.toMatch(/undefined|[a-z]+_[a-z]+/u);
  });

  it('rejects a date that is not a day', () => {
    expect(() => ids(undefined, '2026-13')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('applies_to', () => {
  it('is evaluated and explained as data', () => {
    const a = {
      all: [
        { field: 'processes_pi', is: true },
        { field: 'pi_volume', at_least: '1m_to_10m' },
      ],
    } as const;
    expect(appliesTo(a, { ...GENERAL_OPERATOR, pi_volume: 'at_least_10m' })).toBe(true);
    expect(appliesTo(a, GENERAL_OPERATOR)).toBe(false);
    expect(describeApplicability(a)).toBe('处理个人信息的，且处理100万人以上个人信息的');
    expect(describeApplicability({ all: [] })).toBe('所有单位和个人');
  });
});
