import { describe, expect, it } from 'vitest';
import { parseCitations } from './parse-citations.js';
import {
  isLawLikeTitle,
  normaliseLawName,
  readAnaphora,
  readBareLawName,
  readBasisVerb,
  readSelfReference,
  readTitle,
  uncataloguedLawEndingAt,
} from './law-mentions.js';

describe('readTitle', () => {
  it('reads titles in 《》, 〈〉, «», <<>> and <>', () => {
    expect(readTitle('《网络安全法》第', 0)).toEqual({ title: '网络安全法', end: 7 });
    expect(readTitle('<<网络安全法>>', 0)).toEqual({ title: '网络安全法', end: 9 });
    expect(readTitle('<网络安全法>', 0)?.title).toBe('网络安全法');
    expect(readTitle('«网络安全法»', 0)?.title).toBe('网络安全法');
    expect(readTitle('《关于修改〈中华人民共和国网络安全法〉的决定》', 0)?.title).toBe(
      '关于修改〈中华人民共和国网络安全法〉的决定',
    );
  });

  it('refuses unclosed, empty, multi-line or nested-open titles', () => {
    expect(readTitle('《网络安全法', 0)).toBeNull();
    expect(readTitle('《》', 0)).toBeNull();
    expect(readTitle('《网络\n安全法》', 0)).toBeNull();
    expect(readTitle('《《网络安全法》', 0)).toBeNull();
    expect(readTitle(`《${'字'.repeat(100)}》`, 0)).toBeNull();
  });
});

describe('law names', () => {
  it('normalises to the catalogue name, or strips 中华人民共和国 from an unknown title', () => {
    expect(normaliseLawName('中华人民共和国网络安全法')).toEqual({ law: '网络安全法', known: true });
    expect(normaliseLawName('网安法')).toEqual({ law: '网络安全法', known: true });
    expect(normaliseLawName('《国际联网安全保护管理办法》')).toEqual({
      law: '计算机信息网络国际联网安全保护管理办法',
      known: true,
    });
    expect(normaliseLawName('中华人民共和国刑法')).toEqual({ law: '刑法', known: false });
    expect(normaliseLawName('中华人民共和国网络安全法（2016年）')).toEqual({
      law: '网络安全法',
      known: true,
    });
    expect(normaliseLawName('网络安全等级保护管理办法（试行）')).toEqual({
      law: '网络安全等级保护管理办法（试行）',
      known: false,
    });
  });

  it('tells law titles from other titles', () => {
    expect(isLawLikeTitle('网络信息内容生态治理规定')).toBe(true);
    expect(isLawLikeTitle('网络安全等级保护管理办法（试行）')).toBe(true);
    expect(isLawLikeTitle('网安法')).toBe(true);
    expect(isLawLikeTitle('厦门日报')).toBe(false);
    expect(isLawLikeTitle('厦门日报（电子版）')).toBe(false);
  });

  it('reads bare names longest first, but not 网络安全法律', () => {
    expect(readBareLawName('计算机信息网络国际联网安全保护管理办法第', 0)?.name).toBe(
      '计算机信息网络国际联网安全保护管理办法',
    );
    expect(readBareLawName('中华人民共和国网络安全法', 0)?.name).toBe('中华人民共和国网络安全法');
    expect(readBareLawName('网络安全法律法规', 0)).toBeNull();
    expect(readBareLawName('网络', 0)).toBeNull();
  });

  it('reads 本法 / 本办法 but not 根本法, and 该法 / 同法', () => {
    expect(readSelfReference('本办法第五条', 0)).toBe(3);
    expect(readSelfReference('根本法', 1)).toBeNull();
    expect(readSelfReference('本条第一款', 0)).toBeNull();
    expect(readAnaphora('该法第五条', 0)).toBe(2);
    expect(readAnaphora('该条例第五条', 0)).toBe(3);
  });

  it('reads basis verbs; a lone 依 only before a title mark', () => {
    expect(readBasisVerb('依据《', 0)).toBe(2);
    expect(readBasisVerb('违反', 0)).toBe(2);
    expect(readBasisVerb('依《网络安全法》', 0)).toBe(1);
    expect(readBasisVerb('依法', 0)).toBeNull();
  });

  it('finds the ending of a bare law name the catalogue lacks, but not 依法 or 有关规定', () => {
    expect(uncataloguedLawEndingAt('和刑法第', 3)).toBe(2);
    expect(uncataloguedLawEndingAt('治理规定第', 4)).toBe(2);
    expect(uncataloguedLawEndingAt('依法第', 2)).toBeNull();
    expect(uncataloguedLawEndingAt('有关规定第', 4)).toBeNull();
    expect(uncataloguedLawEndingAt('法', 1)).toBeNull();
  });
});

describe('同一法律 / 该法律', () => {
  it('refers back to the law named last when an article follows', () => {
    const cited = parseCitations(
      '某市委网信办依据《中华人民共和国个人信息保护法》第六十六条处罚甲公司。同日，依据同一法律第五十一条对乙公司给予警告。',
    );
    expect(cited.map((c) => `${c.law}|${c.article}`)).toEqual(['个人信息保护法|66', '个人信息保护法|51']);
  });
});
