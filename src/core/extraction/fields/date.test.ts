import { describe, expect, it } from 'vitest';
import { contextYear, extractDate, findDates } from './date.js';

describe('extractDate', () => {
  it.each([
    ['2021年1月份，银川市兴庆区网安部门发现', '2021-01'],
    ['2019年10月28日，某公司', '2019-10-28'],
    ['2021年3月底，利通区网安部门发现', '2021-03'],
    ['2023年7月13日，朝阳网安部门', '2023-07-13'],
    ['二〇二一年三月五日', '2021-03-05'],
    ['2021.05.07 发现', '2021-05-07'],
    ['2021年，某公司', '2021'],
    ['2022年12月以来，执法人员先后三次', '2022-12'],
  ])('%s → %s', (text, want) => {
    expect(extractDate(text)).toBe(want);
  });

  it('takes a month without year from the context, and gives null when there is none', () => {
    expect(extractDate('7月份，衡阳市网信办在巡网时发现', { year: 2024 })).toBe('2024-07');
    expect(extractDate('7月份，衡阳市网信办在巡网时发现')).toBeNull();
    expect(extractDate('今年2月底，多名学员')).toBeNull();
    expect(extractDate('今年2月底，多名学员', { publishedYear: 2023 })).toBe('2023-02');
    expect(extractDate('近日，某公司')).toBeNull();
  });

  it('carries the year of an earlier date to a later month', () => {
    expect(findDates('2019年8月，大连网安接通报。9月，公安机关依据').map((d) => d.date)).toEqual([
      '2019-08',
      '2019-09',
    ]);
  });

  it('skips periods, founding years and durations', () => {
    expect(extractDate('2022年以来，江苏公安机关')).toBeNull();
    expect(extractDate('该公司成立于2018年，2021年5月15日禹王台分局依据')).toBe('2021-05-15');
    expect(extractDate('整改期限3个月')).toBeNull();
  });
});

describe('contextYear', () => {
  it('reads the period of a bulletin, not a law entering into force', () => {
    expect(contextYear(['2024年第三季度，衡阳市网信系统']).year).toBe(2024);
    expect(contextYear(['《个人信息保护法》于2021年11月1日起施行。', '2022年以来，江苏公安机关']).year).toBe(
      2022,
    );
    expect(contextYear(['时事 2024-10-22 20:32 湖南'])).toEqual({ year: 2024, publishedYear: 2024 });
    expect(contextYear([])).toEqual({ year: null, publishedYear: null });
  });
});
