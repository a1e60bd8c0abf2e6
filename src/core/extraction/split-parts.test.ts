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
