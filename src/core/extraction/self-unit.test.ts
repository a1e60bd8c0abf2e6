import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';
import { ownUnit, selfMentions, signedName } from './self-unit.js';

describe('selfMentions / ownUnit: the unit behind 我局', () => {
  it('finds labelled and signature lines, and takes the first after the reference', () => {
    const text = [
      '办理单位：某市公安局某分局　答复时间：2031-09-03',
      '网友您好：',
      '我分局依法给予警告。',
      '某市公安局某分局',
      '2031年9月3日',
    ].join('\n');
    const mentions = selfMentions(text);
    expect(mentions.map((m) => m.name)).toEqual(['某市公安局某分局', '某市公安局某分局']);
    expect(ownUnit(mentions, text.indexOf('我分局'), null)).toBe('某市公安局某分局');
    expect(ownUnit([], 0, '某县公安局')).toBe('某县公安局');
  });

  it('names the writer as the deciding unit of a case told with 我局 (a reply letter, an annual report)', () => {
    const report = [
      '某县公安局2031年政府信息公开工作年度报告',
      '本年制发行政规范性文件2件。',
      '典型案例：一是某通讯服务有限公司不落实用户实名制案。2031年6月，我局网安大队在检查中发现，该公司未要求用户提供真实身份信息。我局依据《中华人民共和国网络安全法》第二十四条第一款、第六十一条之规定，对该公司处以罚款人民币五万元。二是某职业技术学校未履行联网备案职责案。该校未按规定将用户情况报公安机关备案，我局依据《计算机信息网络国际联网安全保护管理办法》第十二条、第二十三条之规定，对其给予警告处罚。',
      '某县公安局',
      '2032年1月20日',
    ].join('\n');
    expect(extractCases(report).map((r) => [r.party.name, r.agency, r.date])).toEqual([
      ['某通讯服务有限公司', '某县公安局', '2031-06'],
      ['某职业技术学校', '某县公安局', '2031'],
    ]);
  });
});

describe('signedName: the writer named as a party (我院, 我校, 我公司)', () => {
  it('is the last line that is only the writer’s name, without its office', () => {
    const text = [
      '欢迎访问某某中心医院网站',
      '关于某事的通报',
      '特此通报。',
      '某市某某中心医院办公室',
      '2031年5月6日',
    ].join('\n');
    expect(signedName(text, '院')).toBe('某市某某中心医院');
    expect(signedName(text, '校')).toBeNull();
    expect(signedName('特此通报。\n某县第一中学\n2031年5月6日', '校')).toBe('某县第一中学');
  });
});

describe('extractCases: 责令我院限期改正 in the hospital’s own notice', () => {
  it('names the writer, as it signs the notice, as the party', () => {
    const text = [
      '关于我院受到公安机关处罚的通报',
      '各科室：',
      '2031年4月，某区公安分局检查发现我院信息系统未落实等级保护制度。5月8日，某区公安分局依据《中华人民共和国网络安全法》第二十一条、第五十九条第一款的规定，责令我院限期改正，并给予警告。',
      '特此通报。',
      '某市某某中心医院办公室',
      '2031年5月20日',
    ].join('\n');
    const [r] = extractCases(text);
    expect(r!.party).toEqual({ kind: 'organization', name: '某市某某中心医院' });
  });
});
