import { describe, expect, it } from 'vitest';
import { extractProvisions } from './provisions.js';

const keys = (text: string): string[] =>
  extractProvisions(text).map((p) => [p.law, p.article, p.paragraph, p.item].join('|'));

describe('extractProvisions', () => {
  it('cites every provision once, in order, numbers in Arabic', () => {
    expect(keys('根据《网络安全法》第四十四条、六十四条第二款之规定')).toEqual([
      '网络安全法|44||',
      '网络安全法|64|2|',
    ]);
    expect(keys('根据《计算机信息网络国际联网安全保护管理办法》第五条（五）项、第二十条之规定')).toEqual([
      '计算机信息网络国际联网安全保护管理办法|5||5',
      '计算机信息网络国际联网安全保护管理办法|20||',
    ]);
    expect(keys('依据《个人信息保护法》第13条、第17条。又依据《个人信息保护法》第13条')).toEqual([
      '个人信息保护法|13||',
      '个人信息保护法|17||',
    ]);
  });

  it('keeps a law named without an article only when no article of it is cited', () => {
    expect(
      keys(
        '违反了《网络安全法》《数据安全法》关于网络运营者应履行安全保护义务的规定。依据《网络安全法》，处以罚款。',
      ),
    ).toEqual(['网络安全法|||', '数据安全法|||']);
    expect(keys('依据《网络安全法》查处。依据《网络安全法》第四十四条之规定')).toEqual(['网络安全法|44||']);
  });

  it('cites nothing from text that names no provision', () => {
    expect(keys('根据有关规定，烈士身份的确认需经批准。')).toEqual([]);
  });
});

describe('provisionsFrom: an article named bare and precisely', () => {
  it('keeps the precise citation only (依据第二十五条第（一）项…，违反了第二十五条)', () => {
    expect(
      extractProvisions(
        '依据《治安管理处罚法》第二十五条第（一）项对其行政拘留七日。其行为违反了《治安管理处罚法》第二十五条。',
      ),
    ).toEqual([{ law: '治安管理处罚法', article: 25, paragraph: null, item: 1 }]);
  });
});

describe('an association’s own rules', () => {
  it('drops a 自律公约 or 章程 named as the basis of a 行业内通报, keeps a law named without an article', () => {
    expect(keys('协会根据《某省网络直播行业自律公约》对该会员进行了通报。')).toEqual([]);
    expect(keys('依据《某市数据协会章程》，协会决定取消其会员资格。')).toEqual([]);
    expect(keys('依据《中华人民共和国网络安全法》，对该公司给予警告。')).toEqual(['网络安全法|||']);
  });
});
