import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../shared/case-record.js';
import { defaultPeriod, defaultUnit } from './framing.js';

const r = (agency: string | null, date: string | null) => ({ agency, date }) as CaseRecord;

describe('a draft’s unit and period', () => {
  it('takes the unit the cases share, else the fallback', () => {
    expect(defaultUnit([r('兴庆区网安部门', null), r('兴庆区网安部门', null)], '网安')).toBe(
      '兴庆区网安部门',
    );
    expect(defaultUnit([r('兴庆区网安部门', null), r(null, null)], '网安')).toBe('网安');
  });
  it('takes the years of the cases, else the current year', () => {
    expect(defaultPeriod([r(null, '2021-01'), r(null, '2021')], '2026-06-01')).toBe('2021年');
    expect(defaultPeriod([r(null, '2023-05-01'), r(null, '2021')], '2026-06-01')).toBe('2021年至2023年');
    expect(defaultPeriod([r(null, null)], '2026-06-01')).toBe('2026年');
  });
});
