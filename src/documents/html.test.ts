import { describe, expect, it } from 'vitest';
import type { LegalDocument } from '../core/documents/model.js';
import { escapeHtml, footerTemplate, renderHtml } from './html.js';
import { DECISION, NOTICE_RECORD, ON_THE_SPOT } from './samples.test-support.js';

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=\'y\'>';

describe('renderHtml', () => {
  it('A4 with GB/T 9704 margins (5.2.1: 天头37 mm，订口28 mm；版心156 mm×225 mm) and 3号 body, 2号 title', () => {
    const html = renderHtml(DECISION);
    expect(html).toContain('@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toMatch(/body \{[^}]*font-size: 16pt; line-height: 28\.95pt;/);
    expect(html).toMatch(/\.organ, \.title \{[^}]*font-size: 22pt;/);
    expect(html).toContain(
      'src: local("Noto Serif CJK SC"), local("NotoSerifCJKsc-Regular"); font-weight: 400;',
    );
    expect(html).toMatch(/body \{ margin: 0; font-family: "Wangan Serif", "仿宋_GB2312"/);
    expect(html).toContain('<html lang="zh-CN">');
  });

  it('当场处罚决定书 on a 130 × 160 mm type area (说明 第2项: 当场处罚决定书版心130mm×160mm)', () => {
    expect(renderHtml(ON_THE_SPOT)).toContain('@page { size: 148mm 210mm; margin: 25mm 9mm 25mm 9mm; }');
  });

  it('prints every line of the document, in order', () => {
    const html = renderHtml(DECISION);
    let at = 0;
    for (const b of DECISION.blocks) {
      const texts =
        b.type === 'signature'
          ? [`${b.organ}（印）`, b.date]
          : 'text' in b
            ? [b.text]
            : b.type === 'sign_lines'
              ? b.lines
              : [];
      for (const t of texts) {
        const found = html.indexOf(escapeHtml(t), at);
        expect(found, t).toBeGreaterThan(at);
        at = found;
      }
    }
  });

  it('escapes every text: blocks, fields, tables, footer, title and the page footer', () => {
    const doc: LegalDocument = {
      ...NOTICE_RECORD,
      title: HOSTILE,
      page_sign_line: HOSTILE,
      blocks: [
        { type: 'organ', text: HOSTILE },
        { type: 'paragraph', text: `${HOSTILE}\n第二行`, align: 'center' },
        { type: 'fields', rows: [{ label: HOSTILE, value: HOSTILE }] },
        { type: 'table', widths: [50, 50], rows: [[{ text: HOSTILE }, { text: HOSTILE }]] },
        { type: 'signature', organ: HOSTILE, date: HOSTILE },
        { type: 'sign_lines', lines: [HOSTILE] },
        { type: 'footer', text: HOSTILE, copy: HOSTILE },
      ],
    };
    for (const html of [renderHtml(doc), footerTemplate(doc)]) {
      expect(html).not.toMatch(/<script|<img|onerror='/);
      expect(html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=&#39;y&#39;&gt;',
      );
    }
    expect(renderHtml(doc)).toContain('<br>第二行');
  });
});

describe('footerTemplate', () => {
  it('「— 1 —」 under the type area (GB/T 9704 7.5: 页码一般用4号半角宋体阿拉伯数字，数字左右各放一条一字线)', () => {
    const f = footerTemplate(DECISION);
    expect(f).toContain('— <span class="pageNumber"></span> —');
    expect(f).toContain('font-size:14pt');
    expect(f).not.toContain('totalPages');
  });

  it('a 笔录: its signing line and 「第 X 页 共 Y 页」 (程序规定 第七十七条: 应当在询问笔录上逐页签名或者捺指印)', () => {
    const f = footerTemplate(NOTICE_RECORD);
    expect(f).toContain(NOTICE_RECORD.page_sign_line);
    expect(f).toContain('第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页');
  });
});
