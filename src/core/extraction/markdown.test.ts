import { describe, expect, it } from 'vitest';
import { extractCases } from './extract.js';
import { fromMarkdown } from './markdown.js';

const POST = [
  '# 2031年终盘点｜某市网安这一年',
  '',
  '> 作者：某市网安观察 · 阅读约 8 分钟',
  '',
  '---',
  '',
  '这一年，**某市**公安机关依法查处网络安全行政案件 **187** 起，其中警告 **112** 起、罚款 **58** 起。',
  '',
  '## 一、《数据安全法》：罚单金额明显上来了',
  '',
  '- **某医疗器械有限公司**（7月）：数据库放在公网测试服务器上。某市公安局依据《数据安全法》第二十七条第一款、第四十五条第一款，**责令改正，给予警告，并处罚款30万元**。',
  '- **某电商服务有限公司**（10月）：数据库被撞库后未报告。某区分局依据《数据安全法》第二十九条、第四十五条第一款，给予**警告**，并处罚款**8万元**。',
  '',
  '*本文数据来自各执法单位公开的行政处罚信息。*',
].join('\n');

describe('fromMarkdown', () => {
  it('takes off headings, quotes, bullets, rules and emphasis', () => {
    const lines = fromMarkdown(POST).split('\n');
    expect(lines[0]).toBe('2031年终盘点｜某市网安这一年');
    expect(lines).toContain('作者：某市网安观察 · 阅读约 8 分钟');
    expect(lines).toContain(
      '这一年，某市公安机关依法查处网络安全行政案件 187 起，其中警告 112 起、罚款 58 起。',
    );
    expect(lines).toContain('一、《数据安全法》：罚单金额明显上来了');
    expect(lines).toContain('本文数据来自各执法单位公开的行政处罚信息。');
    expect(lines.some((l) => /\*\*|^- |^#|^>/.test(l))).toBe(false);
  });

  it('leaves text that is not Markdown alone (a lone - or * is no mark)', () => {
    const text = '某公司被罚款5万元 - 2031年\n*号为脱敏字符';
    expect(fromMarkdown(text)).toBe(text);
  });

  it('lets each entry under a section heading be a case, and a tally none', () => {
    expect(
      extractCases(POST).map((r) => [
        r.party.name,
        r.sanctions.map((s) => s.amount_yuan ?? s.kind).join('+'),
      ]),
    ).toEqual([
      ['某医疗器械有限公司', 'rectification+warning+300000'],
      ['某电商服务有限公司', 'warning+80000'],
    ]);
  });
});

describe('fromMarkdown: a few bold cross-heads on a page that is not Markdown (issue 13)', () => {
  it('takes the marks off a line wholly in bold, and leaves bold inside a sentence and lone stars', () => {
    const page = [
      '标题',
      '　　**记者手记**',
      '　　正文里有 **加粗** 的字，1*2 不动。',
      '　　**第二个小标题**',
    ].join('\n');
    expect(fromMarkdown(page).split('\n')).toEqual([
      '标题',
      '　　记者手记',
      '　　正文里有 **加粗** 的字，1*2 不动。',
      '　　第二个小标题',
    ]);
  });
});
