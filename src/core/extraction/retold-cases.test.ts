import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';

describe('decisionsToldFirst: the decisions first, each case’s facts after (作出上述处罚) (blind65 class)', () => {
  const page = (sections: string[]) =>
    [
      '某市网信办公众号',
      '2026年09月10日 18:02',
      '两家网站被处罚',
      '9月8日，甲市网信办对“青禾论坛”运营主体甲市青禾网络科技有限公司作出责令改正、给予警告，并处罚款5万元的行政处罚；同日，对“云岭资讯”网站主办单位甲市云岭传媒有限公司作出责令改正、给予警告的行政处罚。',
      ...sections,
    ].join('\n\n');
  const story1 =
    '案件一\n\n2026年5月，“青禾论坛”对用户发布的违法信息未及时停止传输。市网信办依据《中华人民共和国网络安全法》第四十九条、第六十九条第一款作出上述处罚。';
  const story2 =
    '案件二\n\n今年6月，“云岭资讯”网站未采取防范网络攻击的技术措施，后台被侵入。市网信办依据《中华人民共和国网络安全法》第二十三条、第六十一条第一款作出上述处罚。';
  const read = (text: string) =>
    extractCases(text).map((r) => [
      r.party.name.replace(/^“[^”]+”[\u4e00-\u9fff]{0,6}?(?:运营主体|主办单位)/, ''),
      r.sanctions.map((s) => s.amount_yuan ?? s.kind).join('+'),
      r.provisions.map((p) => p.article).join('+'),
      r.date,
      r.decision_date,
    ]);

  it('gives each decision the law and date of the section that refers back to it', () => {
    expect(read(page([story1, story2]))).toEqual([
      ['甲市青禾网络科技有限公司', 'rectification+warning+50000', '49+69', '2026-05', '2026-09-08'],
      ['甲市云岭传媒有限公司', 'rectification+warning', '23+61', '2026-06', '2026-09-08'],
    ]);
  });

  it('matches the sections by the quoted name they share with a decision, whatever their order', () => {
    expect(read(page([story2, story1])).map((r) => [r[0], r[2]])).toEqual([
      ['甲市青禾网络科技有限公司', '49+69'],
      ['甲市云岭传媒有限公司', '23+61'],
    ]);
  });
});
