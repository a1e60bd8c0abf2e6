import { describe, expect, it } from 'vitest';
import { dayBefore, describeSpan, firstDayOf, versionInForce } from './versions.js';

// 网络安全法: the 2016 text took effect on 2017-06-01 (第七十九条), the 2025 amendment on 2026-01-01.
const CSL = [
  { id: '2016-11-07', effective: '2017-06-01', superseded: '2026-01-01' },
  { id: '2025-10-28', effective: '2026-01-01', superseded: null },
];

describe('versionInForce', () => {
  it('picks the version whose span holds the day, bounds included', () => {
    expect(versionInForce(CSL, '2017-06-01')?.id).toBe('2016-11-07');
    expect(versionInForce(CSL, '2021-01-15')?.id).toBe('2016-11-07');
    expect(versionInForce(CSL, '2025-12-31')?.id).toBe('2016-11-07');
    expect(versionInForce(CSL, '2026-01-01')?.id).toBe('2025-10-28');
    expect(versionInForce(CSL, '2030-01-01')?.id).toBe('2025-10-28');
  });
  it('gives null before the first version took effect', () => {
    expect(versionInForce(CSL, '2017-05-31')).toBeNull();
  });
});

describe('spans', () => {
  it('ends a version the day before its successor, across month and leap-year ends', () => {
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(describeSpan(CSL[0]!)).toBe('2017-06-01 起施行，2025-12-31 止');
    expect(describeSpan(CSL[1]!)).toBe('2026-01-01 起施行（现行有效）');
  });
  it('reads a partial case date at its first day', () => {
    expect(firstDayOf('2021')).toBe('2021-01-01');
    expect(firstDayOf('2021-04')).toBe('2021-04-01');
    expect(firstDayOf('2021-05-07')).toBe('2021-05-07');
    expect(firstDayOf(null)).toBeUndefined();
    expect(firstDayOf('去年')).toBeUndefined();
  });
});
