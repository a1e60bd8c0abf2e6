import { describe, expect, it } from 'vitest';
import { formatProvision, formatProvisionList, provisionHref, versionEffective } from './provisions.js';

describe('formatProvision', () => {
  it('writes a citation as the bulletins do', () => {
    expect(formatProvision({ law: '网络安全法', article: 64, paragraph: 2, item: null })).toBe(
      '《网络安全法》第六十四条第二款',
    );
    expect(formatProvision({ law: '网络安全法', article: 21, paragraph: null, item: 2 })).toBe(
      '《网络安全法》第二十一条第（二）项',
    );
    expect(formatProvision({ law: '数据安全法', article: null, paragraph: null, item: null })).toBe(
      '《数据安全法》',
    );
  });
});

describe('provisionHref', () => {
  it('links to the article read at the case date (闫某: 2021-01, 网络安全法 2016 text)', () => {
    expect(provisionHref({ law: '网络安全法', article: 64, paragraph: 2, item: null }, '2021-01')).toBe(
      '/laws/csl/articles/64?at=2021-01-01&paragraph=2',
    );
  });
  it('prefers the version the check applied, and accepts aliases and full titles', () => {
    expect(
      provisionHref(
        { law: '中华人民共和国网络安全法', article: 59, paragraph: null, item: null },
        null,
        '2017-06-01',
      ),
    ).toBe('/laws/csl/articles/59?at=2017-06-01');
    expect(provisionHref({ law: '网安法', article: 21, paragraph: null, item: null }, null)).toBe(
      '/laws/csl/articles/21',
    );
  });
  it('gives no link for an unknown law or a citation without article', () => {
    expect(
      provisionHref({ law: '网络信息内容生态治理规定', article: 35, paragraph: null, item: null }, '2024'),
    ).toBeNull();
    expect(
      provisionHref({ law: '网络安全法', article: null, paragraph: null, item: null }, '2024'),
    ).toBeNull();
  });
  it('finds the effective day of a version', () => {
    expect(versionEffective('网络安全法', '2016-11-07')).toBe('2017-06-01');
    expect(versionEffective('网络安全法', '1999-01-01')).toBeUndefined();
  });
});

describe('formatProvisionList', () => {
  it('names each law once per run of its articles (宁夏 案例八)', () => {
    expect(
      formatProvisionList([
        { law: '网络安全法', article: 21, paragraph: null, item: 1 },
        { law: '网络安全法', article: 25, paragraph: null, item: null },
        { law: '网络安全法', article: 59, paragraph: 1, item: null },
      ]),
    ).toBe('《网络安全法》第二十一条第（一）项、第二十五条、第五十九条第一款');
  });
  it('starts again when the law changes', () => {
    expect(
      formatProvisionList([
        { law: '计算机信息网络国际联网安全保护管理办法', article: 5, paragraph: null, item: 5 },
        { law: '网络安全法', article: 12, paragraph: null, item: null },
        { law: '网络安全法', article: null, paragraph: null, item: null },
      ]),
    ).toBe(
      '《计算机信息网络国际联网安全保护管理办法》第五条第（五）项，《网络安全法》第十二条，《网络安全法》',
    );
    expect(formatProvisionList([])).toBe('');
  });
});
