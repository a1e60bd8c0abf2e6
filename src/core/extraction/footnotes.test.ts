import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';
import { citingNotes, notesInPlace } from './footnotes.js';

describe('citingNotes', () => {
  it('keeps the notes that cite an article as a basis, and marks the reader’s references (参见) null', () => {
    const notes = citingNotes([
      '① 《中华人民共和国个人信息保护法》第五十一条、第六十六条第一款。',
      '② 参见《中华人民共和国行政处罚法》第三十二条。',
      '③ 某某：《论数据合规》，载《法学研究》2021年第3期。',
    ]);
    expect([...notes]).toEqual([
      ['①', '《中华人民共和国个人信息保护法》第五十一条、第六十六条第一款'],
      ['②', null],
      ['③', null],
    ]);
  });

  it('gives nothing when no note cites an article as a basis', () => {
    expect(
      citingNotes(['① 参见《中华人民共和国网络安全法》第二十一条。', '② 某某：《网络治理》。']).size,
    ).toBe(0);
  });
});

describe('notesInPlace', () => {
  const notes = citingNotes([
    '① 《中华人民共和国网络安全法》第二十四条第一款、第六十一条。',
    '② 参见《某法》第三条。',
  ]);

  it('reads a mark after a word as its note, in brackets, and drops the mark of a reference', () => {
    expect(
      notesInPlace('某局认定该公司未落实实名制①，依法对其处罚款五万元。此类义务不容忽视②。', notes),
    ).toBe(
      '某局认定该公司未落实实名制（《中华人民共和国网络安全法》第二十四条第一款、第六十一条），依法对其处罚款五万元。此类义务不容忽视。',
    );
  });

  it('leaves a mark that opens an item, and a paragraph without marks, as written', () => {
    expect(notesInPlace('①责令改正；②警告。', notes)).toBe('①责令改正；②警告。');
    expect(notesInPlace('某局对该公司处罚款五万元。', notes)).toBe('某局对该公司处罚款五万元。');
  });
});

describe('an article whose provisions stand only in its notes', () => {
  const page = [
    '平台实名管理的几点体会',
    '作者：某市公安局网安支队 某某',
    '一、案情',
    '2021年4月，某市公安局网安支队发现，溪桥某网络科技有限公司运营的论坛用户无需认证即可发帖。该公司逾期未改正，某市公安局遂依法①对该公司处罚款五万元。',
    '二、体会',
    '实名制是网络运营者的法定义务②，企业应当主动落实。',
    '注释：',
    '① 《中华人民共和国网络安全法》第二十四条第一款、第六十一条。',
    '② 参见《中华人民共和国网络安全法》第二十四条。',
  ].join('\n');

  it('cites the articles of the note whose mark the decision carries, not those the commentary refers to', () => {
    const records = extractCases(page);
    expect(records).toHaveLength(1);
    expect(records[0]!.party.name).toBe('溪桥某网络科技有限公司');
    expect(records[0]!.provisions).toEqual([
      { law: '网络安全法', article: 24, paragraph: 1, item: null },
      { law: '网络安全法', article: 61, paragraph: null, item: null },
    ]);
  });
});

describe('notes marked in brackets under 注：', () => {
  it('reads a [1] mark as its note, as a circled one', () => {
    const notes = citingNotes([
      '[1] 《中华人民共和国数据安全法》第二十七条第一款、第四十五条第一款。',
      '[2] 参见某某：《数据合规》。',
    ]);
    expect(notesInPlace('该公司未履行数据安全保护义务[1]，某局遂对其作出处罚[2]。', notes)).toBe(
      '该公司未履行数据安全保护义务（《中华人民共和国数据安全法》第二十七条第一款、第四十五条第一款），某局遂对其作出处罚。',
    );
  });

  it('cites what the note under a bare 注： names', () => {
    const page = [
      '一起数据安全案件的启示',
      '2022年5月，某市公安局网安支队发现，溪桥某数据服务有限公司未对存储的客户信息采取加密措施。某市公安局据此认定该公司未履行数据安全保护义务［1］，责令该公司改正，给予警告，并处罚款五万元。',
      '注：',
      '［1］《中华人民共和国数据安全法》第二十七条第一款、第四十五条第一款。',
    ].join('\n');
    const [r] = extractCases(page);
    expect(r!.provisions.map((p) => [p.law, p.article, p.paragraph])).toEqual([
      ['数据安全法', 27, 1],
      ['数据安全法', 45, 1],
    ]);
  });
});
