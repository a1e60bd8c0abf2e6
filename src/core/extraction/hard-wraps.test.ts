import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';
import { rejoinHardWraps } from './hard-wraps.js';

/** Invented text broken every 20 characters, as a PDF page would, with page footers and a running header. */
function wrap(paragraphs: readonly string[], every = 20): string {
  const lines: string[] = [];
  for (const p of paragraphs) {
    const text = `\u3000\u3000${p}`;
    for (let i = 0; i < text.length; i += every) lines.push(text.slice(i, i + every));
  }
  return lines.join('\n');
}

const STORY = [
  '某市公安局网络安全行政执法案例汇编',
  '一、某科技有限公司未履行数据安全保护义务案',
  '2031年3月8日，某市公安局网安支队在工作中发现，某科技有限公司运营的平台数据库未设置访问密码，大量用户数据可被公开访问。该公司的行为违反了《中华人民共和国数据安全法》第二十七条第一款之规定。某市公安局依据《中华人民共和国数据安全法》第四十五条第一款之规定，责令该公司改正，给予警告，并处罚款5万元，对直接负责的主管人员何某处罚款1万元。',
];

describe('text copied from a PDF with hard line breaks', () => {
  it('joins the lines of a paragraph and keeps paragraphs apart', () => {
    const joined = rejoinHardWraps(wrap(STORY.slice(1)));
    expect(joined.split('\n')).toEqual(STORY.slice(1).map((p) => `\u3000\u3000${p}`));
  });

  it('drops page footers (第 N 页 共 M 页) and the running header after them', () => {
    const wrapped = wrap(STORY.slice(1)).split('\n');
    const withPage = [
      STORY[0]!,
      ...wrapped.slice(0, 5),
      '',
      '第 1 页 共 2 页',
      '',
      STORY[0]!,
      '',
      ...wrapped.slice(5),
    ].join('\n');
    expect(rejoinHardWraps(withPage).split('\n').slice(1)).toEqual(
      STORY.slice(1).map((p) => `\u3000\u3000${p}`),
    );
  });

  it('drops a page break inside a sentence: rules around the footer and a header in two pieces set apart by spaces', () => {
    const wrapped = wrap(STORY.slice(1)).split('\n');
    const rule = '─'.repeat(30);
    const withPage = [
      '某 市 公 安 局',
      ...wrapped.slice(0, 6),
      rule,
      '          第 1 页  共 2 页',
      '某市公安局            某公（网）行罚决字[2031]12号',
      rule,
      ...wrapped.slice(6),
    ];
    const withNumber = ['某公（网）行罚决字[2031]12号', ...withPage];
    expect(rejoinHardWraps(withNumber.join('\n')).split('\n').slice(2)).toEqual(
      STORY.slice(1).map((p) => `\u3000\u3000${p}`),
    );
  });

  it('counts an indented first line that runs wider than the page (a scan with spaced letters) as a full line', () => {
    const wrapped = wrap(STORY.slice(2)).split('\n');
    const spaced = `  ${[...wrapped[0]!.trim()].join(' ')}`;
    const joined = rejoinHardWraps([STORY[1], spaced, ...wrapped.slice(1)].join('\n')).split('\n');
    expect(joined).toHaveLength(2);
  });

  it('leaves text that is not hard-wrapped as it is', () => {
    const text = STORY.join('\n');
    expect(rejoinHardWraps(text)).toBe(text);
  });

  it('reads the case across the breaks: 「改/正」, 「罚款1/万元」 and a law name cut in two (数据安全法 第四十五条第一款)', () => {
    for (const every of [17, 19, 23]) {
      const [r] = extractCases(wrap(STORY, every));
      expect(r!.provisions.map((p) => `${p.article}|${p.paragraph}`)).toEqual(['27|1', '45|1']);
      expect(r!.sanctions.map((s) => `${s.kind}|${s.amount_yuan ?? ''}|${s.target}`)).toEqual([
        'rectification||party',
        'warning||party',
        'fine|50000|party',
        'fine|10000|responsible_person',
      ]);
    }
  });
});

describe('a closing section headed 五、工作启示', () => {
  it('is commentary: its article names are no case and no citation', () => {
    const records = extractCases(
      [
        ...STORY.slice(1),
        '二、工作启示',
        '网络运营者应当落实数据安全保护义务。《数据安全法》第四十五条规定了相应的法律责任。',
      ].join('\n'),
    );
    expect(records).toHaveLength(1);
  });
});
