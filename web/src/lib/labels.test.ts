import { describe, expect, it } from 'vitest';
import { SANCTION_KINDS } from '../../../src/core/shared/case-record.js';
import {
  SANCTION_LABELS,
  FINE_TOTAL_LABEL,
  FINE_TOTAL_NOTE,
  formatCaseCount,
  formatDaysRange,
  formatPartialDate,
  formatYuan,
  formatYuanRange,
  labelOf,
} from './labels.js';

describe('labels', () => {
  it('names every sanction kind of the case record', () => {
    for (const k of SANCTION_KINDS) expect(SANCTION_LABELS[k]).toMatch(/\p{Script=Han}/u);
  });
  it('falls back to the code for an unknown key and to a dash for none', () => {
    expect(labelOf(SANCTION_LABELS, 'fine')).toBe('罚款');
    expect(labelOf(SANCTION_LABELS, 'whipping')).toBe('whipping');
    expect(labelOf(SANCTION_LABELS, null)).toBe('—');
  });
});

describe('money and dates', () => {
  it('writes yuan the way bulletins do', () => {
    expect(formatYuan(1500)).toBe('1,500 元');
    expect(formatYuan(50_000)).toBe('5 万元');
    expect(formatYuan(1_000_000)).toBe('100 万元');
    expect(formatYuan(15_500)).toBe('15,500 元');
    expect(formatYuan(null)).toBe('—');
  });
  it('writes ranges with 以下/以上 when one side is open', () => {
    expect(formatYuanRange(10_000, 100_000)).toBe('1 万元 至 10 万元');
    expect(formatYuanRange(null, 100_000)).toBe('10 万元以下');
    expect(formatYuanRange(5000, null)).toBe('5,000 元以上');
    expect(formatYuanRange(null, null)).toBe('未规定数额');
    expect(formatDaysRange(5, 15)).toBe('5 至 15 日');
    expect(formatDaysRange(null, 5)).toBe('5 日以下');
  });
  it('writes partial dates at their precision', () => {
    expect(formatPartialDate('2021-01')).toBe('2021年1月');
    expect(formatPartialDate('2021-05-07')).toBe('2021年5月7日');
    expect(formatPartialDate('2019')).toBe('2019年');
    expect(formatPartialDate(null)).toBe('日期不详');
  });
});

describe('罚款合计', () => {
  // 网络安全法第五十九条「…处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款」: two fines, one total.
  it('says that the total includes the responsible persons’ fines, not the party’s alone', () => {
    expect(FINE_TOTAL_LABEL).toContain('含责任人员');
    expect(FINE_TOTAL_NOTE).toMatch(/当事人.*直接负责的主管人员/);
  });
});

describe('formatCaseCount', () => {
  it('gives an exact count as it is and a capped one as a lower bound', () => {
    expect(formatCaseCount(37, false)).toBe('共 37 件');
    expect(formatCaseCount(10_000, true)).toBe('共 10,000+ 件');
  });
});
