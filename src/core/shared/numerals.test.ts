import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatArticleLabel,
  formatChineseInteger,
  parseArticleLabel,
  parseChineseInteger,
  tryParseChineseInteger,
} from './numerals.js';
import { DomainError } from './errors.js';

describe('parseChineseInteger', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十一', 21],
    ['一十', 10],
    ['一百', 100],
    ['一百零八', 108],
    ['一百一十', 110],
    ['一百十', 110],
    ['一百二十三', 123],
    ['两', 2],
    ['两百', 200],
    ['〇', 0],
    ['零', 0],
    ['一千零八', 1008],
    ['一千零一十', 1010],
    ['一万', 10000],
    ['一万零一', 10001],
    ['十万', 100000],
    ['一百零一万', 1010000],
    ['五千万', 50000000],
    ['一亿二千万', 120000000],
    ['二〇一六', 2016],
    ['壹', 1],
    ['拾', 10],
    ['壹佰零捌', 108],
    ['贰拾', 20],
    ['叁仟肆佰伍拾陆', 3456],
    ['伍万', 50000],
    ['柒拾玖', 79],
    ['陆', 6],
    ['108', 108],
    ['１０８', 108],
    [' 六十一 ', 61],
  ])('%s → %i', (s, n) => {
    expect(parseChineseInteger(s)).toBe(n);
  });

  it.each(['', '一二十', '百', '第一', '一十百', '十十', '一a', '万', '两两', '一百千'])(
    'rejects %j with INVALID_INPUT naming the input',
    (s) => {
      try {
        parseChineseInteger(s);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('INVALID_INPUT');
        expect((e as DomainError).details.input).toBe(s);
      }
    },
  );

  it.each([
    ['', '空字符串'],
    ['三十五条', '含非数字字符“条”'],
    ['一𠀀', '含非数字字符“𠀀”'],
    ['两两', '“两”不能用于逐位书写'],
    ['一二十', '数字之间缺少单位'],
    ['二零十', '数字之间缺少单位'],
    ['十十', '单位“十”顺序错误'],
    ['百', '单位“百”前缺少数字'],
    ['万', '单位“万”前缺少数字'],
    ['一万二亿', '单位“亿”顺序错误'],
  ])('says why %j is no number: %s', (s, reason) => {
    expect(() => parseChineseInteger(s)).toThrow(reason);
  });

  it('tryParseChineseInteger agrees with parseChineseInteger on any string of numeral characters', () => {
    const chars = [...'零〇一两二三五九十百千万亿壹拾佰仟萬1２ 条'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 8 }), (cs) => {
        const s = cs.join('');
        let thrown: number | undefined;
        try {
          thrown = parseChineseInteger(s);
        } catch {
          thrown = undefined;
        }
        expect(tryParseChineseInteger(s)).toBe(thrown);
      }),
    );
  });

  it('tryParseChineseInteger returns undefined on bad input', () => {
    expect(tryParseChineseInteger('三十五')).toBe(35);
    expect(tryParseChineseInteger('三十五条')).toBeUndefined();
  });

  it('round-trips with formatChineseInteger for 0..10^9', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (n) => {
        expect(parseChineseInteger(formatChineseInteger(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every article number 1..999 exactly', () => {
    for (let n = 1; n < 1000; n++) expect(parseChineseInteger(formatChineseInteger(n))).toBe(n);
  });
});

describe('formatChineseInteger / formatArticleLabel', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [100, '一百'],
    [108, '一百零八'],
    [110, '一百一十'],
    [119, '一百一十九'],
    [1000, '一千'],
    [1008, '一千零八'],
    [1010, '一千零一十'],
    [10001, '一万零一'],
    [100000, '十万'],
    [1010000, '一百零一万'],
    [120000000, '一亿二千万'],
    [100000001, '一亿零一'],
  ])('%i → %s', (n, s) => {
    expect(formatChineseInteger(n)).toBe(s);
  });

  it('formats article labels', () => {
    expect(formatArticleLabel(1)).toBe('第一条');
    expect(formatArticleLabel(21)).toBe('第二十一条');
    expect(formatArticleLabel(108)).toBe('第一百零八条');
    expect(formatArticleLabel(110)).toBe('第一百一十条');
  });

  it('rejects non-positive or fractional article numbers', () => {
    expect(() => formatArticleLabel(0)).toThrow(DomainError);
    expect(() => formatArticleLabel(1.5)).toThrow(DomainError);
    expect(() => formatChineseInteger(-1)).toThrow(DomainError);
  });
});

describe('parseArticleLabel', () => {
  it.each([
    ['61', 61],
    ['６１', 61],
    ['第61条', 61],
    ['第六十一条', 61],
    ['六十一', 61],
    ['第一百零八条', 108],
    ['第 5 条', 5],
  ])('%s → %i', (s, n) => {
    expect(parseArticleLabel(s)).toBe(n);
  });

  it.each(['', '第条', '0', '第零条', 'abc', '第六十一条第二款'])('rejects %j', (s) => {
    expect(() => parseArticleLabel(s)).toThrow(DomainError);
  });
});
