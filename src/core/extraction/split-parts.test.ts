import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';

describe('numbered parties after one decision (分别作出如下处理：1.对…；2.对…；3.对…)', () => {
  it('gives one record per party, a school named in full past ten characters included', () => {
    const text = [
      '某县教育局关于转发网站安全检查处理情况的通报',
      '2032年4月，某县公安局检查发现部分学校网站未落实网络安全等级保护制度。',
      '某县公安局依据《中华人民共和国网络安全法》第二十三条、第六十一条第一款的规定，于2032年5月6日分别作出如下处理：',
      '1. 对某县实验小学给予警告；',
      '2. 对某县某外国语艺术职业培训学校给予警告，并处罚款三万元。',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.sanctions.map((s) => s.amount_yuan ?? s.kind).join('+'),
      ]),
    ).toEqual([
      ['某县实验小学', 'warning'],
      ['某县某外国语艺术职业培训学校', 'warning+30000'],
    ]);
  });
});

describe('two people, each under their own article in one sentence, after a lead naming both (blind49 class)', () => {
  it('gives each one record with only their own sanctions', () => {
    const text = [
      '某县警方查处一起网络谣言案',
      '近日，某县公安局依法查处一起网络谣言案，对造谣的钱某依法处以行政拘留，对煽动围观的孔某依法给予警告处罚。',
      '2031年5月2日，钱某在其微博账号发布“某镇化工厂爆炸”的虚假信息。次日，孔某转发该信息并号召他人前往围观。',
      '5月6日，某县公安局依据《中华人民共和国治安管理处罚法》第二十九条第（一）项之规定，对钱某处以行政拘留六日；依据《中华人民共和国治安管理处罚法》第二十六条第（一）项之规定，鉴于孔某系初次违法，对其给予警告处罚。',
    ].join('\n');
    expect(
      extractCases(text).map((r) => [
        r.party.name,
        r.provisions.map((p) => p.article).join('+'),
        r.sanctions.map((s) => `${s.kind}${s.days ?? ''}`).join('+'),
      ]),
    ).toEqual([
      ['钱某', '29', 'detention6'],
      ['孔某', '26', 'warning'],
    ]);
  });
});
