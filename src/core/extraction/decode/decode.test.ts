import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.js';
import { htmlToText, looksLikeHtml, MAX_HTML_DEPTH } from './html.js';
import { decodeBulletin } from './index.js';
import { sniff } from './sniff.js';
import { decodeText } from './text-encoding.js';
import { isTraditional, toSimplified } from './traditional.js';

const bytes = (...xs: number[]): Uint8Array => new Uint8Array(xs);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniff', () => {
  it.each([
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'PNG 图片'],
    [bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'JPEG 图片'],
    [utf8('GIF89a....'), 'GIF 图片'],
    [utf8('%PDF-1.7\n'), 'PDF 文档'],
    [bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0), 'ZIP 压缩包'],
    [bytes(0x41, 0x42, 0x00, 0x43), '二进制文件（含 NUL 字节）'],
  ])('refuses %#: %s', (b, looksLike) => {
    expect(sniff(b)).toEqual({ kind: 'binary', looksLike });
  });

  it('accepts text, and knows a .docx from another ZIP', async () => {
    expect(sniff(utf8('案例一'))).toEqual({ kind: 'text' });
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('案例一')] }] }));
    expect(sniff(new Uint8Array(docx))).toEqual({ kind: 'docx' });
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(utf8('\ufeff案例一'))).toEqual({ text: '案例一', encoding: 'utf-8' });
    expect(decodeText(utf8('案例一'))).toEqual({ text: '案例一', encoding: 'utf-8' });
  });

  it('reads GBK and GB18030', () => {
    const text = '给予该公司罚款壹万伍仟元，责令限期整改。';
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gbk')))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gb18030')))).toEqual({ text, encoding: 'gb18030' });
  });

  it('refuses bytes that are neither, naming the input, rather than print mojibake', () => {
    const garbage = bytes(
      0xc3,
      0x28,
      0xa0,
      0xa1,
      0xe2,
      0x28,
      0xa1,
      0xf0,
      0x28,
      0x8c,
      0xbc,
      0x80,
      0xfe,
      0xfe,
      0xff,
      0x81,
      0x30,
    );
    try {
      decodeText(garbage, 'x.txt');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('UNREADABLE_INPUT');
      expect((e as DomainError).details.input).toBe('x.txt');
    }
  });
});

describe('htmlToText', () => {
  it('keeps the article as lines and drops page furniture', () => {
    const html = `<html><head><title>T</title><script>var a="罚款";</script><style>p{}</style></head><body>
      <div class="header">首页</div><nav><a>通知公告</a></nav><div class="breadcrumb">当前位置：首页</div>
      <div class="article"><h3>一、某公司案</h3><p>某公司未履行义务，<b>给予警告</b>。</p><p>第二段&nbsp;&amp;</p>
      <div class="share">分享到：微信</div></div>
      <div id="comment-list"><p>网友评论：罚款太少</p></div><div class="footer">版权所有</div></body></html>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '一、某公司案',
      '某公司未履行义务，给予警告。',
      '第二段\u00a0&',
    ]);
  });

  it('reads a definition list’s term and description as one labelled line (<dt>处罚机关</dt><dd>某区分局</dd>)', () => {
    const html = `<div class="item"><h3>〔1〕某网吧未登记上网人员案</h3><dl>
      <dt>行政相对人名称</dt><dd>某县某网吧</dd>
      <dt>处罚内容：</dt><dd>警告</dd>
      <dt>罚款金额（万元）</dt>
      <dd>0</dd><dd>另见附件</dd></dl></div>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '〔1〕某网吧未登记上网人员案',
      '行政相对人名称：某县某网吧',
      '处罚内容：警告',
      '罚款金额（万元）：0',
      '另见附件',
    ]);
  });

  it('joins paragraphs cut inside a sentence (<p>…某</p><p>科技有限公司…</p>), not a heading or an item', () => {
    const html = `<div class="content">
      <p><span>二、某网站未备案</span></p>
      <p><span>3月，某区分局网安大队检查发现，辖区内</span><span>桐湾某</span></p>
      <p><span>信息科技有限公司运营的网站未备案。某区分局依据《计算机信息网络国际联网安全保护</span></p>
      <p><span>管理办法》第十二条、第二十三条之规定，</span></p>
      <p><span>对该公司给予警告。依据《中华人民共和国治安管理处罚法》第二十五条第</span></p>
      <p><span>（一）项之规定，对桐湾某某处以行政拘留五日，</span></p>
      <p><span>1．责令改正；</span></p>
      <p>三、某店案</p>
      <p>经营者：某某</p></div>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '二、某网站未备案',
      '3月，某区分局网安大队检查发现，辖区内桐湾某信息科技有限公司运营的网站未备案。某区分局依据《计算机信息网络国际联网安全保护管理办法》第十二条、第二十三条之规定，对该公司给予警告。依据《中华人民共和国治安管理处罚法》第二十五条第（一）项之规定，对桐湾某某处以行政拘留五日，',
      '1．责令改正；',
      '三、某店案',
      '经营者：某某',
    ]);
  });

  it('keeps paragraphs that end their sentences, and lines that are no paragraphs (<div>, <li>), apart', () => {
    const html = `<div><p>某公司未履行义务，给予警告。</p><p>某某被罚款五百元</p><p>下一段</p>
      <ul><li>某某，罚款</li><li>某某某，警告</li></ul></div>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '某公司未履行义务，给予警告。',
      '某某被罚款五百元',
      '下一段',
      '某某，罚款',
      '某某某，警告',
    ]);
  });

  it('recognises HTML documents and fragments', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<p>a</p><p>b</p><div>c</div>')).toBe(true);
    expect(looksLikeHtml('案例一：给予警告 <注意>')).toBe(false);
  });
});

describe('traditional characters', () => {
  it('detects traditional text and converts it with Taiwan phrases', () => {
    const t = '福田區公安分局依據《網路安全法》第四十二條之規定，對該公司處罰款十萬元。個人資訊保護。';
    expect(isTraditional(t)).toBe(true);
    expect(toSimplified(t)).toBe(
      '福田区公安分局依据《网络安全法》第四十二条之规定，对该公司处罚款十万元。个人信息保护。',
    );
    expect(isTraditional('福田区公安分局依据《网络安全法》第四十二条之规定，对该公司处罚款十万元。')).toBe(
      false,
    );
  });
});

describe('decodeBulletin', () => {
  it('reads a .docx one paragraph a line', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('案例一'), new Paragraph('给予警告。')] }] }),
    );
    const d = await decodeBulletin(new Uint8Array(docx), 'a.docx');
    expect(d.format).toBe('docx');
    expect(d.text.split('\n').filter(Boolean)).toEqual(['案例一', '给予警告。']);
  });

  it('keeps the original of a traditional text', async () => {
    const d = await decodeBulletin(utf8('對該公司處以罰款。網路安全。個人資訊。'), 'a.txt');
    expect(d).toMatchObject({
      traditional: true,
      originalText: '對該公司處以罰款。網路安全。個人資訊。',
      text: '对该公司处以罚款。网络安全。个人信息。',
    });
  });

  it('names the file and what it looked like when it is not text', async () => {
    await expect(decodeBulletin(bytes(0x89, 0x50, 0x4e, 0x47, 1, 2), 'scan.png')).rejects.toMatchObject({
      code: 'UNREADABLE_INPUT',
      details: { input: 'scan.png', looksLike: 'PNG 图片' },
    });
    await expect(decodeBulletin(bytes(0x50, 0x4b, 0x03, 0x04, 9, 9, 9), 'x.docx')).rejects.toMatchObject({
      details: { looksLike: 'ZIP 压缩包' },
    });
  });
});

describe('decodeText on damaged UTF-8', () => {
  it('reads a UTF-8 file cut inside a character as UTF-8, not as GB18030 mojibake', () => {
    const whole = new TextEncoder().encode('某公司未履行网络安全保护义务，给予警告。');
    const cut = whole.subarray(1, whole.length - 1);
    const { text, encoding } = decodeText(cut);
    expect(encoding).toBe('utf-8');
    expect(text).toBe('公司未履行网络安全保护义务，给予警告');
  });
});

describe('government CMS pages', () => {
  it('keeps the article body of a TRS_Editor page', () => {
    const html =
      '<div id="header"><ul class="menu"><li>首页</li></ul></div><div class="TRS_Editor"><p><b>案例一：某案</b><br/>某公司被罚款。</p></div><div class="bottom">【打印本页】</div>';
    expect(htmlToText(html).split('\n')).toEqual(['案例一：某案', '某公司被罚款。', '【打印本页】']);
    expect(
      htmlToText('<div class="main-nav"><a>首页</a></div><div class="article-content"><p>正文</p></div>'),
    ).toBe('正文');
  });
});

describe('HTML nesting cap', () => {
  it('reads deep but plausible nesting, refuses 200,000 nested <div>s with INPUT_TOO_COMPLEX (422)', () => {
    const nested = (n: number) => `${'<div>'.repeat(n)}某公司被罚款一万元。${'</div>'.repeat(n)}`;
    expect(htmlToText(nested(MAX_HTML_DEPTH - 1))).toBe('某公司被罚款一万元。');
    expect(() => htmlToText(nested(200_000))).toThrow(
      expect.objectContaining({
        code: 'INPUT_TOO_COMPLEX',
        details: expect.objectContaining({ limit: MAX_HTML_DEPTH }),
      }),
    );
  });
});
