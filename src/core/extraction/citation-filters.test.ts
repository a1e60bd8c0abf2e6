import { describe, expect, it } from 'vitest';
import { parseCitations } from '../citations/parse-citations.js';
import {
  withoutRangeTalk,
  quotedArticlesJoined,
  withoutAdvice,
  withoutCommaQuotes,
  withoutFormerNumbers,
  withoutPlans,
  withoutProcedure,
  withoutQuotedStatutes,
} from './citation-filters.js';
import { sanctionSentences } from './fields/sanctions.js';

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
describe('withoutCommaQuotes: a rule explained after 根据…的规定， (blind59 class)', () => {
  it('drops an applied-looking article whose sentence only states a rule (应当…) and decides nothing', () => {
    expect(
      kept(
        '专家解释，根据《立法法》第一百零四条的规定，法律不溯及既往，但为了更好地保护权利的特别规定除外；新规应当从施行之日起适用。',
      ),
    ).toEqual([]);
  });
  it('keeps it when the sentence goes on to a decision', () => {
    expect(kept('根据《数据安全法》第四十五条的规定，对该商户处以罚款五万元。')).toEqual([45]);
    expect(kept('依据《数据安全法》第二十七条规定，该商户应当整改，给予警告。')).toEqual([27]);
  });
});

describe('withoutFormerNumbers: an amended article’s former number in brackets (blind59 class)', () => {
  const left = (text: string): string[] =>
    withoutFormerNumbers(text, parseCitations(text)).map((c) => `${c.article}|${c.paragraph ?? ''}`);
  it('keeps the number applied and drops the one before the amendment', () => {
    expect(
      left(
        '依据《数据安全法》第三十条（修改前为第二十九条）、第七十二条第二款（修订前为第六十八条第二款）之规定，给予警告。',
      ),
    ).toEqual(['30|', '72|2']);
    expect(left('依据《数据安全法》第三十条（原第二十九条），给予警告。')).toEqual(['30|']);
  });
  it('keeps articles in brackets that are no former numbers', () => {
    expect(left('依据《数据安全法》第三十条（第一款）、第四十五条，给予警告。').length).toBeGreaterThan(0);
    expect(left('依据《数据安全法》第三十条，给予警告（依照第四十五条）。')).toEqual(['30|', '45|']);
  });
});

describe('withoutAdvice', () => {
  it('drops what a scholar’s analysis cites (某教授向记者分析，…第六十一条第一款规定…), keeping the decision’s', () => {
    const analysis =
      '一位大学教授向记者分析，修改后的《网络安全法》第六十一条第一款规定，警告的同时可以并处罚款。';
    const decision = '某县公安局依据《网络安全法》第五十九条第一款，对该宾馆给予警告。';
    const text = `${analysis}\n${decision}`;
    const left = withoutAdvice(text, parseCitations(text), [
      {
        start: analysis.length + 1,
        end: text.length,
        at: analysis.length + 20,
        sanctions: [],
        generic: false,
      },
    ]);
    expect(left.map((c) => c.article)).toEqual([59]);
  });
});

describe('withoutPlans: the writer’s plans after the cases (blind66 class)', () => {
  const plans = (paragraphs: string[]): (number | null)[] => {
    const text = paragraphs.join('\n');
    return withoutPlans(text, paragraphs, parseCitations(text), sanctionSentences(text)).map(
      (c) => c.article,
    );
  };

  it('drops the articles a 下一步/今后 paragraph names for what is yet to come', () => {
    expect(
      plans([
        '某县公安局依据《中华人民共和国网络安全法》第二十五条、第五十九条第一款，对该医院给予警告。',
        '下一步，某县公安局将持续开展检查，督促各单位落实《中华人民共和国网络安全法》第二十一条规定的等级保护义务。',
        '　今后，我们还将依据《中华人民共和国数据安全法》第二十七条加强指导。',
      ]),
    ).toEqual([25, 59]);
  });

  it('keeps the articles of a paragraph that opens so but decides about a party itself', () => {
    expect(
      plans([
        '接下来，某县公安局依据《中华人民共和国网络安全法》第二十四条、第六十一条，对该论坛运营者处罚款五万元。',
      ]),
    ).toEqual([24, 61]);
  });
});

describe('a 法律依据： part quoting or paraphrasing its articles cites them (blind50)', () => {
  const cited = (text: string): string[] =>
    withoutQuotedStatutes(text, parseCitations(quotedArticlesJoined(text))).map(
      (c) => `${c.law}|${c.article}|${c.paragraph ?? ''}`,
    );
  it('keeps the articles a basis part quotes, the second one after the first one’s closing quote', () => {
    const text =
      '处理结果：某区网信办对该公司作出警告。\n法律依据：《中华人民共和国数据安全法》第二十九条规定：“开展数据处理活动应当加强风险监测。”第四十五条第一款规定：“违反本法第二十九条规定的，由有关主管部门责令改正，给予警告。”';
    expect(cited(text)).toEqual(['数据安全法|29|', '数据安全法|45|1']);
  });
  it('keeps the articles a basis part paraphrases after 规定，', () => {
    const text =
      '法律依据：《中华人民共和国网络安全法》第二十二条规定，网络产品应当符合国家标准；第六十条规定，违反本法第二十二条规定的，由有关主管部门责令改正，给予警告。';
    expect(cited(text)).toEqual(['网络安全法|22|', '网络安全法|60|']);
  });
  it('still drops the same quotes outside a basis part', () => {
    const text =
      '律师说法：《中华人民共和国数据安全法》第二十九条规定：“开展数据处理活动应当加强风险监测。”第四十五条第一款规定：“违反本法第二十九条规定的，给予警告。”';
    expect(cited(text)).toEqual([]);
  });
  it('reads a 网信部门提示 as advice', () => {
    const text =
      '某市网信办对该公司给予警告。\n下一步将持续执法。网信部门提示：根据《个人信息保护法》第六十六条，情节严重的可处五千万元以下罚款。';
    const all = parseCitations(text);
    expect(withoutAdvice(text, all, []).map((c) => c.article)).toEqual([]);
  });
});

describe('withoutProcedure: the procedure law cited for a hearing is no provision of the case (blind65 class)', () => {
  const left = (text: string) =>
    withoutProcedure(text, parseCitations(text), sanctionSentences(text)).map((c) => `${c.law}${c.article}`);

  it('drops 行政处罚法 articles cited for holding a hearing, keeps those of the decision', () => {
    expect(
      left(
        '当事人申请听证。依照《中华人民共和国行政处罚法》第六十三条规定，某办于3月2日举行听证。3月20日，某办依据《中华人民共和国个人信息保护法》第六十六条第一款，对该公司处罚款十万元。',
      ),
    ).toEqual(['个人信息保护法66']);
  });

  it('keeps the procedure law where its sentence decides (依据行政处罚法…不予处罚 is told with the decision)', () => {
    expect(
      left(
        '经听证，某局依据《中华人民共和国行政处罚法》第三十二条、《中华人民共和国网络安全法》第六十一条，对该公司处罚款一万元。',
      ),
    ).toEqual(['行政处罚法32', '网络安全法61']);
  });
});

describe('withoutFormerNumbers: 原第N条、现第M条 side by side (blind69 class)', () => {
  const left = (text: string): string[] =>
    withoutFormerNumbers(text, parseCitations(text)).map(
      (c) => `${c.article}|${c.paragraph ?? ''}|${c.item ?? ''}`,
    );
  it('keeps the current number and drops the former one written before it', () => {
    expect(
      left(
        '某分局依据《网络安全法》原第二十四条、现第二十六条第（一）项和原第六十一条、现第六十三条第二款之规定，对该店给予警告。',
      ),
    ).toEqual(['26||1', '63|2|']);
    expect(left('依据《数据安全法》原第二十七条，现为第二十九条之规定，责令改正。')).toEqual(['29||']);
  });
  it('keeps an article after 原 that no current number follows', () => {
    expect(left('依据原《治安管理处罚法》第二十五条第（一）项，对王某处以行政拘留三日。')).toEqual(['25||1']);
    expect(left('该店原第三分店未落实《网络安全法》第二十一条规定，被给予警告。')).toEqual(['21||']);
  });
});

describe('withoutRangeTalk: an article cited for the bounds of its range (blind69 class)', () => {
  const left = (text: string): number[] =>
    withoutRangeTalk(text, parseCitations(text), sanctionSentences(text)).map((c) => c.article ?? 0);
  it('drops an article whose sentence only says where its fines start or stop', () => {
    expect(
      left(
        '某局认为，依照修正后的《数据安全法》第四十五条第一款，对单位的罚款起点为十万元，重于原规定。3月2日，某局依据原《数据安全法》第二十七条、第四十五条第一款，对该公司处罚款六万元。',
      ),
    ).toEqual([27, 45]);
    expect(left('按《网络安全法》第六十七条，罚款上限为五十万元。')).toEqual([]);
  });
  it('keeps an article in a sentence that decides, and pages that speak of no bounds', () => {
    expect(
      left('依据《网络安全法》第六十一条第一款，对该公司处罚款五万元，已达罚款起点为五万元的档次。'),
    ).toEqual([61]);
    expect(left('依据《网络安全法》第六十一条第一款，对该公司处罚款五万元。')).toEqual([61]);
  });
});
