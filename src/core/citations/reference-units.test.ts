import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE, mayStartBareUnit, readUnit } from './reference-units.js';

const unit = (text: string, p = 0) => {
  const u = readUnit(text, p);
  return u && { kind: u.kind, values: u.values, read: text.slice(u.start, u.end), unusable: u.unusable };
};

describe('readUnit', () => {
  it('reads articles, paragraphs and items in Chinese, Arabic and full-width numerals', () => {
    expect(unit('第六十四条第二款')).toEqual({
      kind: 'article',
      values: [64],
      read: '第六十四条',
      unusable: false,
    });
    expect(unit('第二款规定')).toEqual({ kind: 'paragraph', values: [2], read: '第二款', unusable: false });
    expect(unit('第（二）项')).toEqual({ kind: 'item', values: [2], read: '第（二）项', unusable: false });
    expect(unit('(五)项')).toEqual({ kind: 'item', values: [5], read: '(五)项', unusable: false });
    expect(unit('第 59 条')).toEqual({ kind: 'article', values: [59], read: '第 59 条', unusable: false });
    expect(unit('第５９条')?.values).toEqual([59]);
    expect(unit('六十四条')?.values).toEqual([64]);
  });

  it('reads number lists and ranges inside one unit', () => {
    expect(unit('第二十二、六十条')?.values).toEqual([22, 60]);
    expect(unit('第一、第二款')?.values).toEqual([1, 2]);
    expect(unit('第（一）、（二）项')?.values).toEqual([1, 2]);
    expect(unit('第四十一至四十三条')?.values).toEqual([41, 42, 43]);
    expect(unit('第四十一条至第四十三条')).toMatchObject({
      values: [41, 42, 43],
      read: '第四十一条至第四十三条',
    });
    expect(unit('第（一）至（三）项')?.values).toEqual([1, 2, 3]);
    expect(unit('第（一）项至第（三）项')).toMatchObject({
      values: [1, 2, 3],
      read: '第（一）项至第（三）项',
    });
    expect(unit('第一款至第三款')?.values).toEqual([1, 2, 3]);
  });

  it('does not join an article to a range of another unit kind', () => {
    expect(unit('第四十一条至第三款')).toMatchObject({ values: [41], read: '第四十一条' });
  });

  it('returns null when no unit starts there', () => {
    expect(unit('第一、第二、第三')).toBeNull();
    expect(unit('第三次')).toBeNull();
    expect(unit('第（二）')).toBeNull();
    expect(unit('（二）条')).toBeNull();
    expect(unit('条')).toBeNull();
    expect(unit('')).toBeNull();
  });

  it('marks out-of-bounds numbers and 之一 articles as unusable, consuming them', () => {
    expect(unit(`第${MAX_ARTICLE + 1}条`)).toMatchObject({ unusable: true, values: [] });
    expect(unit('第零条')).toMatchObject({ unusable: true });
    expect(unit('第十十条')).toMatchObject({ unusable: true });
    expect(unit('第二百八十七条之一的')).toMatchObject({ unusable: true, read: '第二百八十七条之一' });
    expect(unit('第一千款')).toMatchObject({ kind: 'paragraph', unusable: true });
  });

  it('reads at an offset', () => {
    expect(unit('依据第五条', 2)?.values).toEqual([5]);
  });
});

describe('mayStartBareUnit', () => {
  it('is true at numerals and opening parentheses only', () => {
    expect(['六', '6', '６', '(', '（'].map((c) => mayStartBareUnit(c, 0))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['第', '条', 'a', ''].map((c) => mayStartBareUnit(c, 0))).toEqual([false, false, false, false]);
  });
});
