import { describe, expect, it } from 'vitest';
import { parseCitations } from '../citations/parse-citations.js';
import { shortLawNames, withShortLawNames } from './short-law-names.js';

describe('shortLawNames: a law named in full once, then by the short name the page declares (blind77 class)', () => {
  const page =
    '（一）某网咖。该网咖违反了《互联网上网服务营业场所管理条例》（以下简称《条例》）第二十三条之规定，处警告。\n' +
    '（二）某网吧。依据《条例》第三十三条第（四）项，对该网吧给予警告。';

  it('reads the declared short name as the full law in every case of the page', () => {
    const names = shortLawNames(page);
    const second = page.slice(page.indexOf('（二）'));
    const cited = withShortLawNames(parseCitations(second), { text: page, names }).map(
      (c) => `${c.law}|${c.article}|${c.item}`,
    );
    expect(cited).toEqual(['互联网上网服务营业场所管理条例|33|4']);
  });

  it('reads 「…」 as a declaration too', () => {
    expect([...shortLawNames('依据《某省公共数据管理办法》（简称「办法」）第九条。').keys()]).toEqual([
      '办法',
    ]);
  });

  it('reads “…” and 下称 as declarations too', () => {
    expect([...shortLawNames('依据《某市数据安全管理办法》（下称“办法”）第九条。').entries()]).toEqual([
      ['办法', '某市数据安全管理办法'],
    ]);
  });

  it('leaves a page without a declaration as parsed', () => {
    const cited = parseCitations('依据《条例》第三十三条，给予警告。');
    expect(withShortLawNames(cited, { text: '依据《条例》第三十三条，给予警告。' })).toBe(cited);
  });
});
