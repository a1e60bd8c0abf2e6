import { describe, expect, it } from 'vitest';
import { splitInlineItems } from './inline-items.js';
import { extractCases } from './extract.js';

describe('splitInlineItems', () => {
  it('puts numbered cases of one paragraph on lines of their own', () => {
    const text =
      '近期查处案件如下：（1）2021年3月，某公司未落实实名制，县公安局给予警告。（2）2021年4月，某网吧未登记身份证件，县公安局对该网吧罚款2000元。';
    expect(splitInlineItems(text).split('\n')).toEqual([
      '近期查处案件如下：',
      '（1）2021年3月，某公司未落实实名制，县公安局给予警告。',
      '（2）2021年4月，某网吧未登记身份证件，县公安局对该网吧罚款2000元。',
    ]);
    expect(extractCases(text).map((r) => [r.date, r.sanctions.map((s) => s.kind).join()])).toEqual([
      ['2021-03', 'warning'],
      ['2021-04', 'fine'],
    ]);
  });

  it('splits 一是…二是… and leaves citations of items alone', () => {
    expect(
      splitInlineItems(
        '网信办查处两案：一是某网站发布谣言，给予警告；二是某平台未审核信息，处罚款1万元。',
      ).split('\n'),
    ).toHaveLength(3);
    const cite = '依据《网络安全法》第二十一条第（一）项、第（二）项之规定，对该公司给予警告，责令改正。';
    expect(splitInlineItems(cite)).toBe(cite);
  });

  it('splits a work report’s run-on 针对… clauses, each imposing something, into cases (issue 13)', () => {
    const line =
      '针对甲某网传播违法信息，责令暂停更新10天，作出罚款1万元行政处罚；针对乙某合作社网站未及时注销备案的行为，作出警告处罚;针对丙某学校网站外链违规网站的行为，责令限期整改。';
    expect(splitInlineItems(line).split('\n')).toEqual([
      '针对甲某网传播违法信息，责令暂停更新10天，作出罚款1万元行政处罚。',
      '针对乙某合作社网站未及时注销备案的行为，作出警告处罚。',
      '针对丙某学校网站外链违规网站的行为，责令限期整改。',
    ]);
  });

  it('splits a run of 一是… cases closed by an item with no measure, and keeps a run of problems whole (issue 13)', () => {
    const line =
      '查处情况如下。一是某甲科技公司网站未落实日志留存措施，县局对该公司给予警告。二是网民丙某编造疫情谣言，县局对丙某处行政拘留三日。三是对5家网吧负责人进行了约谈。';
    // Each item on a line of its own: the two cases and the closing talk (约谈), which gives no record.
    const items = splitInlineItems(line).split('\n');
    expect(items.map((l) => l.slice(0, 2))).toEqual(['查处', '一是', '二是', '三是']);
    expect(extractCases(line).map((r) => r.party.name)).toEqual(['某甲科技公司', '丙某']);
    const facts =
      '该公司问题较多：一是未落实日志留存措施，影响追查；二是未建立安全管理制度，责任不明。县局对其给予警告。';
    expect(splitInlineItems(facts)).toBe(facts);
  });

  it('keeps the numbered measures of one announced decision in their sentence (blind38 class)', () => {
    const line =
      '3月2日，某区分局依据《中华人民共和国网络安全法》第四十四条、第六十四条第二款的规定，对店员李某作出如下处理：1.没收违法所得八百元；2.罚款五千元。同日，依据《中华人民共和国个人信息保护法》第五十一条、第六十六条第一款的规定，对某便利店作出以下处罚：1.责令改正；2.给予警告。';
    expect(splitInlineItems(line)).toBe(line);
    const records = extractCases(`某区分局查处两起案件\n\n${line}`);
    expect(records[0]!.party.name).toContain('李某');
    expect(records[0]!.sanctions.map((s) => s.kind)).toEqual(['confiscation', 'fine']);
    // Cases listed after a lead that announces cases, not measures, are still split.
    const cases =
      '现将典型案例通报如下：1.某甲公司未落实日志留存措施，被给予警告；2.某乙网吧未核验身份，被罚款二千元。';
    expect(splitInlineItems(cases).split('\n')).toHaveLength(3);
  });
});
