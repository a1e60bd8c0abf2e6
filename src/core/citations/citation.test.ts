import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.js';

describe('formatCitation', () => {
  it('writes law, article, paragraph and item in statute style', () => {
    expect(formatCitation({ law: '网络安全法', article: 64, paragraph: 2, item: null })).toBe(
      '《网络安全法》第六十四条第二款',
    );
    expect(formatCitation({ law: '网络安全法', article: 21, paragraph: null, item: 2 })).toBe(
      '《网络安全法》第二十一条第（二）项',
    );
    expect(formatCitation({ law: '网络安全法', article: 21, paragraph: 1, item: 3 })).toBe(
      '《网络安全法》第二十一条第一款第（三）项',
    );
    expect(formatCitation({ law: '治安管理处罚法', article: 110, paragraph: null, item: null })).toBe(
      '《治安管理处罚法》第一百一十条',
    );
  });

  it('writes the law alone when there is no article', () => {
    expect(formatCitation({ law: '数据安全法', article: null, paragraph: null, item: null })).toBe(
      '《数据安全法》',
    );
  });

  it('can leave the law out', () => {
    expect(
      formatCitation({ law: '网络安全法', article: 21, paragraph: null, item: 2 }, { withLaw: false }),
    ).toBe('第二十一条第（二）项');
  });

  it('never throws on numbers no label can hold', () => {
    expect(formatCitation({ law: 'X', article: 0, paragraph: -1, item: 1.5 })).toBe(
      '《X》第0条第-1款第（1.5）项',
    );
  });
});
