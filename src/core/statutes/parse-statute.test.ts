import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import { headerDates, parseStatute, statedEffectiveDate } from './parse-statute.js';

const lawText = (file: string): string =>
  readFileSync(new URL(`../../../data/law/${file}`, import.meta.url), 'utf8');

describe('parseStatute on 网络安全法', () => {
  const v2016 = parseStatute(lawText('网络安全法(2016-11-07).md'));
  const v2025 = parseStatute(lawText('网络安全法(2025-10-28).md'));

  it('counts the articles of both versions, numbered 1..N without gaps', () => {
    expect(v2016.articles).toHaveLength(79);
    expect(v2025.articles).toHaveLength(81);
    expect(v2016.articles.map((a) => a.number)).toEqual(Array.from({ length: 79 }, (_, i) => i + 1));
    expect(v2016.title).toBe('中华人民共和国网络安全法');
  });

  it('reads 第二十一条 as one paragraph with 5 items', () => {
    const a21 = v2016.articles[20]!;
    expect(a21.label).toBe('第二十一条');
    expect(a21.paragraphs).toHaveLength(1);
    expect(a21.paragraphs[0]!.text.startsWith('国家实行网络安全等级保护制度。')).toBe(true);
    expect(a21.paragraphs[0]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(a21.paragraphs[0]!.items[2]!.text).toContain('留存相关的网络日志不少于六个月');
    expect(a21.text.split('\n')).toHaveLength(6);
  });

  it('reads 第五十九条 as 2 paragraphs under 第六章', () => {
    const a59 = v2016.articles[58]!;
    expect(a59.paragraphs).toHaveLength(2);
    expect(a59.paragraphs[1]!.text.startsWith('关键信息基础设施的运营者')).toBe(true);
    expect(a59.chapter).toBe('第六章 法律责任');
    expect(a59.text.startsWith('第五十九条 网络运营者不履行本法第二十一条')).toBe(true);
  });

  it('states the effective dates the texts give', () => {
    expect(statedEffectiveDate(v2016)?.date).toBe('2017-06-01');
    expect(statedEffectiveDate(v2025)?.date).toBe('2026-01-01');
    expect(headerDates(v2025)).toContain('2025-10-28');
  });
});

describe('parseStatute on other texts', () => {
  it('reads 第一百零八条-style numbers and sections (治安管理处罚法 2025)', () => {
    const p = parseStatute(lawText('治安管理处罚法(2025-06-27).md'));
    expect(p.articles).toHaveLength(144);
    const a108 = p.articles[107]!;
    expect(a108.number).toBe(108);
    expect(a108.label).toBe('第一百零八条');
    expect(p.articles.some((a) => a.section !== undefined)).toBe(true);
  });

  it('reads full-width header digits (公安机关办理行政案件程序规定)', () => {
    const p = parseStatute(lawText('公安机关办理行政案件程序规定(2020-08-06).md'));
    expect(p.articles).toHaveLength(266);
    expect(headerDates(p)).toEqual([
      '2012-12-03',
      '2012-12-19',
      '2013-01-01',
      '2014-06-29',
      '2018-11-25',
      '2020-08-06',
    ]);
  });
});

describe('parseStatute on synthetic texts', () => {
  const wrap = (body: string): string => `# 测试法\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n${body}\n`;

  it('attaches items to the paragraph before them and starts a new 款 after items', () => {
    const p = parseStatute(
      wrap('## 第一章 总则\n\n第一条 甲：\n\n(一)乙；\n\n（二） 丙。\n\n有前款情形的，丁。\n\n第二条　戊。'),
    );
    expect(p.articles).toHaveLength(2);
    const [a1, a2] = p.articles;
    expect(a1!.paragraphs.map((x) => [x.text, x.items.map((i) => i.text)])).toEqual([
      ['甲：', ['乙；', '丙。']],
      ['有前款情形的，丁。', []],
    ]);
    expect(a2!.paragraphs[0]!.text).toBe('戊。');
    expect(a2!.chapter).toBe('第一章 总则');
  });

  it('rejects non-increasing article numbers, naming the line', () => {
    try {
      parseStatute(wrap('第一条 甲。\n\n第二条 乙。\n\n第二条 丙。'), 'x.md');
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('UNREADABLE_INPUT');
      expect((e as DomainError).details).toMatchObject({ source: 'x.md', line: 11, text: '第二条 丙。' });
    }
  });

  it('rejects a text without header marker, with text outside articles, or with items out of order', () => {
    expect(() => parseStatute('# 法\n第一条 甲。')).toThrow(DomainError);
    expect(() => parseStatute(wrap('前言。\n第一条 甲。'))).toThrow(/条文之外/);
    expect(() => parseStatute(wrap('第一条 甲：\n（一）乙；\n（三）丙。'))).toThrow(/项的序号/);
    expect(() => parseStatute(wrap(''))).toThrow(/没有条文/);
  });
});
