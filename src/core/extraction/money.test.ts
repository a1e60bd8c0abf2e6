import { describe, expect, it } from 'vitest';
import { findMoney, parseMoney } from './money.js';

describe('parseMoney', () => {
  it.each([
    ['1500元', 1500],
    ['1,500元', 1500],
    ['1.5万元', 15000],
    ['5万元', 50000],
    ['5 万元', 50000],
    ['五万元', 50000],
    ['一百万元', 1_000_000],
    ['壹万伍仟元', 15000],
    ['壹万元', 10000],
    ['一万五千元', 15000],
    ['人民币4000元', 4000],
    ['人民币四千元', 4000],
    ['4000.00元', 4000],
    ['十万圆', 100000],
    ['两千元', 2000],
    ['0.8万元', 8000],
    ['10000元', 10000],
  ])('%s → %d', (text, yuan) => {
    expect(parseMoney(text)).toBe(yuan);
  });

  it('returns undefined when no amount is written', () => {
    expect(parseMoney('给予警告')).toBeUndefined();
    expect(parseMoney('元旦')).toBeUndefined();
  });

  it('finds several amounts with their offsets and flags ranges and approximations', () => {
    const text = '处一万元以上十万元以下罚款，违法所得2万余元，罚款5000元';
    const found = findMoney(text);
    expect(found.map((m) => m.yuan)).toEqual([10000, 100000, 20000, 5000]);
    expect(found.map((m) => m.bound)).toEqual([true, true, false, false]);
    expect(found[2]!.approximate).toBe(true);
    expect(text.slice(found[3]!.start, found[3]!.end)).toBe('5000元');
  });

  it('flags both ends of a range written with 至 (处人民币2万元至8万元罚款), not an amount after 至 alone', () => {
    expect(findMoney('可处人民币2万元至8万元罚款').map((m) => m.bound)).toEqual([true, true]);
    expect(findMoney('违法所得3000元，罚款提高至8000元').map((m) => m.bound)).toEqual([false, false]);
  });
});
