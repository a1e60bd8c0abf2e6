import { describe, expect, it } from 'vitest';
import { parseCitations } from '../citations/parse-citations.js';
import { withoutCommaQuotes } from './citation-filters.js';

/** The articles left once statutes quoted after 规定， are set aside. */
const kept = (text: string): (number | null)[] =>
  withoutCommaQuotes(text, parseCitations(text)).map((c) => c.article);

describe('withoutCommaQuotes: a statute quoted after 规定， cites nothing', () => {
  it('drops an article whose 规定， is followed by the statute’s own words (不得, 应当)', () => {
    expect(kept('《网络安全法》第二十七条规定，任何个人和组织不得从事危害网络安全的活动。')).toEqual([]);
    expect(
      kept(
        '《网络安全法》第四十七条规定，网络运营者应当加强管理。另依据《网络安全法》第六十八条规定，对其罚款。',
      ),
    ).toEqual([68]);
  });
  it('keeps an article its sentence applies (依据/违反 before it), or followed by the case’s own words', () => {
    expect(kept('依据《网络安全法》第六十四条规定，对该公司处以警告。')).toEqual([64]);
    expect(kept('违反《网络安全法》第二十一条规定，应当给予警告。')).toEqual([21]);
    expect(kept('《网络安全法》第二十一条规定，该公司未落实等级保护制度。')).toEqual([21]);
  });
});
