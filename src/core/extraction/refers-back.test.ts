import { describe, expect, it } from 'vitest';
import { citesArticlesAbove, citesSameArticle } from './refers-back.js';

describe('citesArticlesAbove', () => {
  it.each([
    '执法大队依据上述规定对其给予警告。',
    '依照前述法律规定对其处以罚款。',
    '分局依据同一条款对其给予警告处罚。',
    '依据同法同条款作出没收违法所得900元的处罚。',
    '根据相同的规定对乙公司给予警告。',
    '按照同一法条对其处以罚款二百元。',
  ])('reads %s as applying the articles told before', (text) => {
    expect(citesArticlesAbove(text)).toBe(true);
  });

  it.each([
    '依据《中华人民共和国网络安全法》第二十一条对其给予警告。',
    '上述公司均已整改。',
    '同日，对其给予警告。',
  ])('does not read %s so', (text) => {
    expect(citesArticlesAbove(text)).toBe(false);
  });
});

describe('citesSameArticle', () => {
  it('takes 同一条款 and 同法同条款 as the article cited just before', () => {
    expect(citesSameArticle('某派出所依据同一条款对其处以罚款二百元。')).toBe(true);
    expect(citesSameArticle('依据同法同条款作出行政拘留二日的处罚。')).toBe(true);
    expect(citesSameArticle('按照同一法条对其处以罚款。')).toBe(true);
  });

  it('leaves 上述规定 and 前述法律 to the story told before', () => {
    expect(citesSameArticle('同时依据上述规定对其给予警告。')).toBe(false);
    expect(citesSameArticle('同时依照前述法律规定对其处以罚款。')).toBe(false);
  });
});
