import { describe, expect, it } from 'vitest';
import { parseCitations, type Citation } from './parse-citations.js';

type Ref = [law: string, article: number | null, paragraph?: number | null, item?: number | null];

const CSL = '网络安全法';
const INTL = '计算机信息网络国际联网安全保护管理办法';

/** The provisions cited, as [law, article, paragraph, item]; checks every span on the way. */
function refs(text: string, selfLaw?: string): Ref[] {
  const found = parseCitations(text, selfLaw === undefined ? {} : { selfLaw });
  for (const c of found) expect(c.source).toBe(text.slice(c.start, c.end));
  return found.map((c) => [c.law, c.article, c.paragraph, c.item]);
}

const r = (
  law: string,
  article: number | null,
  paragraph: number | null = null,
  item: number | null = null,
): Ref => [law, article, paragraph, item];

const sources = (text: string): string[] => parseCitations(text).map((c: Citation) => c.source);

describe('law names', () => {
  it('reads the full title with 中华人民共和国 and normalises it to the catalogue name', () => {
    const [c] = parseCitations('依据《中华人民共和国网络安全法》第六十四条第二款');
    expect(c).toMatchObject({ law: CSL, article: 64, paragraph: 2, item: null, known: true });
  });

  it('reads short titles, aliases and names written without 《》', () => {
    expect(refs('《网络安全法》第五十九条')).toEqual([r(CSL, 59)]);
    expect(refs('网安法第五十九条')).toEqual([r(CSL, 59)]);
    expect(refs('依据网络安全法第五十九条')).toEqual([r(CSL, 59)]);
    expect(refs('中华人民共和国网络安全法第五十九条')).toEqual([r(CSL, 59)]);
    expect(refs('个保法第六十六条')).toEqual([r('个人信息保护法', 66)]);
    expect(refs('数安法第四十五条')).toEqual([r('数据安全法', 45)]);
  });

  it('reads the full titles of regulations and rules', () => {
    expect(refs('《计算机信息网络国际联网安全保护管理办法》第二十条')).toEqual([r(INTL, 20)]);
    expect(refs('计算机信息网络国际联网安全保护管理办法第二十条')).toEqual([r(INTL, 20)]);
    expect(refs('《国际联网安全保护管理办法》第二十条')).toEqual([r(INTL, 20)]);
    expect(refs('《关键信息基础设施安全保护条例》第三十九条')).toEqual([
      r('关键信息基础设施安全保护条例', 39),
    ]);
    expect(refs('《中华人民共和国计算机信息系统安全保护条例》第二十条')).toEqual([
      r('计算机信息系统安全保护条例', 20),
    ]);
  });

  it('keeps an unknown law under its written title without 中华人民共和国, marked unknown', () => {
    const [c] = parseCitations('根据《中华人民共和国刑法》第二百八十七条');
    expect(c).toMatchObject({ law: '刑法', article: 287, known: false });
    const [d] = parseCitations('根据《网络信息内容生态治理规定》第三十五条之规定');
    expect(d).toMatchObject({ law: '网络信息内容生态治理规定', article: 35, known: false });
  });

  it('accepts other title marks: 〈〉, <<>>, «»', () => {
    expect(refs('〈网络安全法〉第五十九条')).toEqual([r(CSL, 59)]);
    expect(refs('<<网络安全法>>第五十九条')).toEqual([r(CSL, 59)]);
    expect(refs('«网络安全法»第五十九条')).toEqual([r(CSL, 59)]);
  });

  it('does not read 网络安全法律 as a law name', () => {
    expect(refs('依据网络安全法律法规第五条')).toEqual([]);
  });

  it('skips non-law titles and does not let them carry articles', () => {
    expect(refs('据《厦门日报》报道，第三条线索')).toEqual([]);
  });

  it('treats a non-law-looking title followed by an article as an unknown law', () => {
    expect(refs('《某某平台公约细目》第5条')).toEqual([r('某某平台公约细目', 5)]);
    expect(refs('《1》第5条, a<b>第5条, <某某细目>第5条')).toEqual([]);
  });
});

describe('articles, paragraphs and items', () => {
  it('第六十四条第二款', () => {
    expect(refs('《网络安全法》第六十四条第二款')).toEqual([r(CSL, 64, 2)]);
  });

  it('第二十一条第（二）项 / 第(二)项 / 第二项', () => {
    expect(refs('《网络安全法》第二十一条第（二）项')).toEqual([r(CSL, 21, null, 2)]);
    expect(refs('《网络安全法》第二十一条第(二)项')).toEqual([r(CSL, 21, null, 2)]);
    expect(refs('《网络安全法》第二十一条第二项')).toEqual([r(CSL, 21, null, 2)]);
    expect(refs('《网络安全法》第二十一条第 (2) 项')).toEqual([r(CSL, 21, null, 2)]);
  });

  it('第五条（五）项 / 第五条(五)项 (item without 第)', () => {
    expect(refs(`《${INTL}》第五条（五）项`)).toEqual([r(INTL, 5, null, 5)]);
    expect(refs(`《${INTL}》第五条(五)项`)).toEqual([r(INTL, 5, null, 5)]);
  });

  it('article, paragraph and item together', () => {
    expect(refs('《网络安全法》第二十一条第一款第（三）项')).toEqual([r(CSL, 21, 1, 3)]);
    expect(refs('《网络安全法》第21条第1款第3项')).toEqual([r(CSL, 21, 1, 3)]);
  });

  it('Arabic and full-width digits, spaced', () => {
    expect(refs('《网络安全法》第59条')).toEqual([r(CSL, 59)]);
    expect(refs('《网络安全法》第 59 条')).toEqual([r(CSL, 59)]);
    expect(refs('《网络安全法》第５９条第１款')).toEqual([r(CSL, 59, 1)]);
    expect(refs('《网络安全法》第27条、第63条')).toEqual([r(CSL, 27), r(CSL, 63)]);
  });

  it('financial numerals and 百/零', () => {
    expect(refs('《治安管理处罚法》第一百零八条')).toEqual([r('治安管理处罚法', 108)]);
    expect(refs('《网络安全法》第陆拾肆条')).toEqual([r(CSL, 64)]);
  });

  it('六十四条 written without 第, after a law name or in an enumeration', () => {
    expect(refs('《网络安全法》六十四条第二款')).toEqual([r(CSL, 64, 2)]);
    expect(refs('网安法64条')).toEqual([r(CSL, 64)]);
    expect(refs('《网络安全法》第四十四条、六十四条第二款')).toEqual([r(CSL, 44), r(CSL, 64, 2)]);
  });

  it('does not read a bare numeral in prose as an article', () => {
    expect(refs('《网络安全法》第五十九条，共三十条线索')).toEqual([r(CSL, 59)]);
  });

  it('paragraph lists: 第一款、第二款 and 第一、二款', () => {
    expect(refs('《网络安全法》第六十四条第一款、第二款')).toEqual([r(CSL, 64, 1), r(CSL, 64, 2)]);
    expect(refs('《网络安全法》第六十四条第一、二款')).toEqual([r(CSL, 64, 1), r(CSL, 64, 2)]);
  });

  it('item lists: 第（一）、（二）项 and 第（一）项、第（二）项', () => {
    expect(refs('《网络安全法》第二十一条第（一）、（二）项')).toEqual([
      r(CSL, 21, null, 1),
      r(CSL, 21, null, 2),
    ]);
    expect(refs('《网络安全法》第二十一条第（一）项、第（二）项')).toEqual([
      r(CSL, 21, null, 1),
      r(CSL, 21, null, 2),
    ]);
    expect(refs('《网络安全法》第二十一条第一款第（一）项、（三）项、第二款')).toEqual([
      r(CSL, 21, 1, 1),
      r(CSL, 21, 1, 3),
      r(CSL, 21, 2),
    ]);
  });

  it('item ranges: 第（一）至（三）项', () => {
    expect(refs('《网络安全法》第二十一条第（一）至（三）项')).toEqual([
      r(CSL, 21, null, 1),
      r(CSL, 21, null, 2),
      r(CSL, 21, null, 3),
    ]);
  });

  it('ignores 章 and 节 units and keeps the article after them', () => {
    expect(refs('《网络安全法》第六章第五十九条')).toEqual([r(CSL, 59)]);
  });

  it('does not return an article with a 之一 suffix (ProvisionRef cannot hold it)', () => {
    expect(refs('《刑法》第二百八十七条之一、第二百八十六条')).toEqual([r('刑法', 286)]);
  });
});

describe('enumerations and ranges', () => {
  it('第十一条、第十二条、第二十三条', () => {
    expect(refs(`依据《${INTL}》第十一条、第十二条、第二十三条之规定`)).toEqual([
      r(INTL, 11),
      r(INTL, 12),
      r(INTL, 23),
    ]);
  });

  it('第二十二、六十条', () => {
    expect(refs('《网络安全法》第二十二、六十条')).toEqual([r(CSL, 22), r(CSL, 60)]);
  });

  it('第二十一条和第五十九条; 第四十四条及六十四条第二款; 以及, 或者', () => {
    expect(refs('《网络安全法》第二十一条和第五十九条')).toEqual([r(CSL, 21), r(CSL, 59)]);
    expect(refs('《网络安全法》第四十四条及六十四条第二款')).toEqual([r(CSL, 44), r(CSL, 64, 2)]);
    expect(refs('《网络安全法》第二十一条以及第二十五条或者第五十九条')).toEqual([
      r(CSL, 21),
      r(CSL, 25),
      r(CSL, 59),
    ]);
  });

  it('第二十一条第一项、第二十五条和第五十九条第一款', () => {
    expect(refs('《网络安全法》第二十一条第一项、第二十五条和第五十九条第一款')).toEqual([
      r(CSL, 21, null, 1),
      r(CSL, 25),
      r(CSL, 59, 1),
    ]);
  });

  it('article ranges: 第四十一条至第四十三条, 第四十一至四十三条, 第41-43条', () => {
    const expected = [r(CSL, 41), r(CSL, 42), r(CSL, 43)];
    expect(refs('《网络安全法》第四十一条至第四十三条')).toEqual(expected);
    expect(refs('《网络安全法》第四十一至四十三条')).toEqual(expected);
    expect(refs('《网络安全法》第41-43条')).toEqual(expected);
    expect(refs('《网络安全法》第41条～第43条')).toEqual(expected);
  });

  it('a range wider than 200 articles or backwards yields only its two written ends', () => {
    expect(refs('《民法典》第一条至第一千条')).toEqual([r('民法典', 1), r('民法典', 1000)]);
    expect(refs('《网络安全法》第四十三条至第四十一条')).toEqual([r(CSL, 43), r(CSL, 41)]);
  });

  it('one law followed by several articles keeps the law until another is named', () => {
    expect(refs('依据《数据安全法》第二十七条、《网络安全法》第二十一条和第五十九条')).toEqual([
      r('数据安全法', 27),
      r(CSL, 21),
      r(CSL, 59),
    ]);
  });

  it('the law stays in force across clauses of one sentence', () => {
    expect(refs('依据《网络安全法》第二十一条的规定，并依照第五十九条第一款，给予警告')).toEqual([
      r(CSL, 21),
      r(CSL, 59, 1),
    ]);
  });

  it('the law ends with the sentence: a later bare article is not attributed to it', () => {
    expect(refs('依据《网络安全法》第二十一条处罚。第五十九条另有规定')).toEqual([r(CSL, 21)]);
    expect(refs('依据《网络安全法》第二十一条处罚\n第五十九条 网络运营者不履行')).toEqual([r(CSL, 21)]);
  });

  it('does not give an article of a bare-named uncatalogued law to the law in force', () => {
    expect(refs('根据《网络安全法》第五十九条和刑法第二百八十七条、第二百八十八条')).toEqual([r(CSL, 59)]);
    expect(refs('根据《网络安全法》和刑法第二百八十七条')).toEqual([r(CSL, null)]);
    expect(refs('《网络安全法》第二十一条、网络信息内容生态治理规定第三十五条')).toEqual([r(CSL, 21)]);
  });

  it('still reads articles after words that only look like law names (依法, 有关规定)', () => {
    expect(refs('依据《网络安全法》相关规定，依法第五十九条')).toEqual([r(CSL, 59)]);
  });

  it('returns nothing for articles with no law named', () => {
    expect(refs('第五十九条 网络运营者不履行本法第二十一条规定的')).toEqual([]);
  });
});

describe('本法, 该法', () => {
  it('本法 → options.selfLaw', () => {
    expect(refs('网络运营者不履行本法第二十一条、第二十五条规定的网络安全保护义务的', '网络安全法')).toEqual([
      r(CSL, 21),
      r(CSL, 25),
    ]);
    expect(refs('违反本办法第五条', INTL)).toEqual([r(INTL, 5)]);
    expect(refs('违反本法第五条', '中华人民共和国刑法')).toEqual([r('刑法', 5)]);
  });

  it('本法 is ignored without selfLaw, and so are the articles it governs', () => {
    expect(refs('违反《网络安全法》规定，又违反本法第二十一条、第二十五条')).toEqual([r(CSL, null)]);
  });

  it('本法 alone never yields an article-null citation', () => {
    expect(refs('违反本法规定的', '网络安全法')).toEqual([]);
  });

  it('根本法 and 基本法 are not 本法', () => {
    expect(refs('宪法是根本法第一条', '网络安全法')).toEqual([]);
  });

  it('该法 refers back to the law named last, when an article follows', () => {
    expect(refs('当事人违反《网络安全法》。依据该法第五十九条处罚')).toEqual([r(CSL, null), r(CSL, 59)]);
    expect(refs('《网络安全法》施行。该法人第五条')).toEqual([]);
  });

  it('该规定 refers back to a 规定 named last (暂行规定 第六条, then 依据该规定第十四条)', () => {
    const law = '计算机信息网络国际联网管理暂行规定';
    expect(refs(`其行为违反了《${law}》第六条。某局依据该规定第十四条处罚`)).toEqual([r(law, 6), r(law, 14)]);
    expect(refs(`违反《${law}》第六条。违反该规定的，依法处理`)).toEqual([r(law, 6)]);
  });
});

describe('a law named without an article', () => {
  it('after a basis verb: 依据/根据/依照/违反 …《X》', () => {
    expect(refs('依据《网络安全法》相关规定')).toEqual([r(CSL, null)]);
    expect(refs('根据《中华人民共和国数据安全法》')).toEqual([r('数据安全法', null)]);
    expect(refs('依照网络安全法的有关规定')).toEqual([r(CSL, null)]);
    expect(refs('依《网络安全法》处理')).toEqual([r(CSL, null)]);
  });

  it('every title of a list after one verb: 违反了《网络安全法》《数据安全法》…的规定', () => {
    const text = '违反了《网络安全法》《数据安全法》关于网络运营者应履行安全保护义务的规定。';
    const found = parseCitations(text);
    expect(found.map((c) => [c.law, c.article, c.start, c.end])).toEqual([
      [CSL, null, 3, 10],
      ['数据安全法', null, 10, 17],
    ]);
    expect(refs('违反《网络安全法》和《数据安全法》的规定')).toEqual([r(CSL, null), r('数据安全法', null)]);
  });

  it('titles on a line of their own', () => {
    expect(refs('《网络安全法》')).toEqual([r(CSL, null)]);
    expect(refs('  《网络安全法》、《数据安全法》。\n其他内容')).toEqual([
      r(CSL, null),
      r('数据安全法', null),
    ]);
  });

  it('not a title inside other prose', () => {
    expect(refs('禹王台分局深入宣贯落实《网络安全法》,全面推进“一案双查”')).toEqual([]);
    expect(refs('自觉遵守《网络安全法》等法律法规。')).toEqual([]);
    expect(refs('《中华人民共和国个人信息保护法》于2021年11月1日起施行。')).toEqual([]);
    expect(refs('依据国家规定，落实《网络安全法》')).toEqual([]);
  });

  it('not when the law is then cited with an article in the same sentence', () => {
    expect(refs('依据《网络安全法》，并依照其第五十九条第一款')).toEqual([r(CSL, 59, 1)]);
  });
});

describe('spans', () => {
  it('an article span starts at the law name right before it and ends at its last 款/项', () => {
    const text = '根据《网络安全法》第二十一条第(二)项、第五十九条第一款之规定';
    expect(sources(text)).toEqual(['《网络安全法》第二十一条第(二)项', '第五十九条第一款']);
    const [a, b] = parseCitations(text);
    expect([a?.start, a?.end, b?.start, b?.end]).toEqual([2, 19, 20, 28]);
  });

  it('a paragraph list keeps the article in each span', () => {
    expect(sources('《网络安全法》第六十四条第一款、第二款')).toEqual([
      '《网络安全法》第六十四条第一款',
      '《网络安全法》第六十四条第一款、第二款',
    ]);
  });

  it('lists and ranges carry the whole unit', () => {
    expect(sources('依据《网络安全法》第二十二、六十条之规定')).toEqual([
      '《网络安全法》第二十二、六十条',
      '《网络安全法》第二十二、六十条',
    ]);
    expect(sources('《网络安全法》第四十四条及六十四条第二款')).toEqual([
      '《网络安全法》第四十四条',
      '六十四条第二款',
    ]);
  });

  it('an article-null citation spans the name', () => {
    expect(sources('依据网安法处理')).toEqual(['网安法']);
  });
});

describe('robustness', () => {
  it('returns [] for empty and non-string input', () => {
    expect(parseCitations('')).toEqual([]);
    expect(parseCitations(undefined as unknown as string)).toEqual([]);
    expect(parseCitations(42 as unknown as string)).toEqual([]);
  });

  it('ignores numbers out of bounds instead of inventing a provision', () => {
    expect(refs('《网络安全法》第九九九九九九九九九条')).toEqual([]);
    expect(refs('《网络安全法》第99999999999999999999999条')).toEqual([]);
    expect(refs('《网络安全法》第零条')).toEqual([]);
    expect(refs('《网络安全法》第五十九条第一千款')).toEqual([r(CSL, 59)]);
  });

  it('survives unclosed marks and stray units', () => {
    expect(refs('《网络安全法第五十九条')).toEqual([r(CSL, 59)]);
    expect(refs('第款项条《》<>()（）第第第、、至至')).toEqual([]);
  });
});

describe('parseCitations with lawInForce: articles written under a law named before the text', () => {
  const LAW = '互联网信息服务管理办法';
  const under = (text: string): Ref[] => {
    const found = parseCitations(text, { lawInForce: LAW });
    for (const c of found) expect(c.source).toBe(text.slice(c.start, c.end));
    return found.map((c) => [c.law, c.article, c.paragraph, c.item]);
  };

  it('reads an article, its 款 and its 项 under that law', () => {
    expect(under('第十五条第二款的规定，责令其改正。')).toEqual([r(LAW, 15, 2)]);
    expect(under('第二十一条第一款第（二）项的规定，给予警告。')).toEqual([r(LAW, 21, 1, 2)]);
    const [c] = parseCitations('第二十一条第一款第（二）项的规定', { lawInForce: LAW });
    expect([c?.start, c?.source]).toEqual([0, '第二十一条第一款第（二）项']);
  });
  it('reads lists and ranges, and a bare article right at the start', () => {
    expect(under('第十二条、第十三条之规定')).toEqual([r(LAW, 12), r(LAW, 13)]);
    expect(under('第四十一条至第四十三条之规定')).toEqual([r(LAW, 41), r(LAW, 42), r(LAW, 43)]);
    expect(under('二十三条规定，予以警告。')).toEqual([r(LAW, 23)]);
  });
  it('holds only to the end of the first sentence, and gives way to a law the text names', () => {
    expect(under('第八条。另依第九条处理。')).toEqual([r(LAW, 8)]);
    expect(under('第八条和《网络安全法》第六十四条')).toEqual([r(LAW, 8), r(CSL, 64)]);
  });
  it('finds nothing in text without an article (the law itself is not cited)', () => {
    expect(under('责令改正，给予警告。')).toEqual([]);
    expect(under('第二款规定')).toEqual([]);
    expect(parseCitations('第八条', {})).toEqual([]);
  });
});
