/**
 * A LegalDocument as one HTML page laid out like its Word file (the same layout.ts): CSS @page with the kind's sheet
 * and margins, the body, title, table and footer sizes and the fixed line pitch. Chromium prints it to PDF
 * (pdf.ts) with the page footer of `footerTemplate`. Every text is escaped.
 */
import type { Block, PrintedDocument } from '../core/documents/model.js';
import { PDF_FONT } from './fonts.js';
import { PAGE_LAYOUT, type PageLayout } from './layout.js';

export const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Escaped, with the text's own line breaks kept. */
const text = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');

const p = (cls: string, s: string, style = '') =>
  `<p class="${cls}"${style ? ` style="${style}"` : ''}>${text(s)}</p>`;

function block(b: Block): string {
  switch (b.type) {
    case 'organ':
      return p('organ', b.text);
    case 'title':
      return `<h1 class="title">${text(b.text)}</h1>`;
    case 'number':
      return p('number', b.text);
    case 'paragraph':
      return p(b.indent === false ? 'plain' : 'body', b.text, b.align ? `text-align:${b.align}` : '');
    case 'fields':
      // A value that wraps continues under itself, after its label.
      return b.rows
        .map((r) => {
          const hang = r.label.length + 1;
          return p('plain', `${r.label}：${r.value}`, `padding-left:${hang}em;text-indent:-${hang}em`);
        })
        .join('');
    case 'table': {
      const cols = b.widths.map((w) => `<col style="width:${w}%">`).join('');
      const rows = b.rows
        .map(
          (row) =>
            '<tr>' +
            row
              .map((c) => `<td${c.span && c.span > 1 ? ` colspan="${c.span}"` : ''}>${text(c.text)}</td>`)
              .join('') +
            '</tr>',
        )
        .join('');
      return `<table class="ruled"><colgroup>${cols}</colgroup><tbody>${rows}</tbody></table>`;
    }
    case 'signature':
      return `<div class="signature">${p('seal', `${b.organ}（印）`)}${p('date', b.date)}</div>`;
    case 'sign_lines':
      return `<div class="sign-lines">${b.lines.map((l) => p('plain', l)).join('')}</div>`;
    case 'footer':
      return (
        `<p class="footer-note"><span>${text(b.text)}</span>` +
        (b.copy ? ` <span class="copy">${text(b.copy)}</span>` : '') +
        '</p>'
      );
    case 'page_break':
      return '<div class="page-break"></div>';
  }
}

/**
 * The PDF's one face: Noto Serif CJK SC Regular under a family of our own that has no bold, so the title's bold is
 * synthesised from it. Embedding a second CJK face (the Bold) costs Chromium about as much again per PDF as the
 * first; the synthesised weight stands in for 小标宋 as well as the real Bold. Elsewhere (a desktop browser without
 * Noto) the names after it apply.
 */
const FACE = 'Wangan Serif';
const FONT_FACE = `@font-face { font-family: "${FACE}"; src: local("${PDF_FONT.family}"), local("${PDF_FONT.postscript}"); font-weight: 400; }`;
const SERIF = `"${FACE}", "仿宋_GB2312", "FangSong", serif`;
const TITLE = `"${FACE}", "方正小标宋简体", "SimSun", serif`;

function css(l: PageLayout): string {
  const m = l.margin;
  return `${FONT_FACE}
@page { size: ${l.width}mm ${l.height}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
html { -webkit-print-color-adjust: exact; }
body { margin: 0; font-family: ${SERIF}; font-size: ${l.size.body}pt; line-height: ${l.line}pt; text-align: justify; color: #000; }
p, h1 { margin: 0; }
.organ, .title { font-family: ${TITLE}; font-weight: 700; font-size: ${l.size.title}pt; line-height: ${l.size.title * 1.4}pt; text-align: center; }
.title { break-after: avoid; }
.number { text-align: right; margin-bottom: ${l.line / 2}pt; }
.body { text-indent: 2em; }
.plain { text-align: left; }
table.ruled { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${l.size.table}pt; line-height: ${l.table_line}pt; }
table.ruled td { border: 0.5pt solid #000; padding: 0 1.9mm; vertical-align: top; text-align: left; }
table.ruled tr { break-inside: avoid; }
.signature { text-align: right; padding-right: 2em; margin-top: ${2 * l.line}pt; break-inside: avoid; }
.sign-lines { margin-top: ${l.line}pt; }
.footer-note { display: flex; justify-content: space-between; font-size: ${l.size.footer}pt; line-height: ${l.table_line}pt; margin-top: ${l.line}pt; }
.page-break { break-after: page; }`;
}

export function renderHtml(doc: PrintedDocument): string {
  const l = PAGE_LAYOUT[doc.page];
  return (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(doc.title)}</title><style>${css(l)}</style></head><body>` +
    doc.blocks.map(block).join('') +
    '</body></html>'
  );
}

/**
 * Chromium's page footer (its classes pageNumber and totalPages are filled in per page), `footer_gap` below the type
 * area: 「— 1 —」 (GB/T 9704 7.5; centred — a footer template cannot tell odd pages from even), or a 笔录's signing
 * line and 「第 X 页 共 Y 页」. The template is a document of its own: it names the installed font and sets its sizes.
 */
export function footerTemplate(doc: PrintedDocument): string {
  const l = PAGE_LAYOUT[doc.page];
  const box =
    `width:100%;box-sizing:border-box;padding:${l.footer_gap}mm ${l.margin.right}mm 0 ${l.margin.left}mm;` +
    `font-family:'${PDF_FONT.family}',serif;font-size:${l.size.page_number}pt;line-height:${l.size.page_number * 1.5}pt;color:#000;`;
  const content =
    doc.page_sign_line === undefined
      ? '<div style="text-align:center">— <span class="pageNumber"></span> —</div>'
      : `<div style="text-align:left;font-size:${l.size.footer}pt">${text(doc.page_sign_line)}</div>` +
        '<div style="text-align:center">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>';
  return `<div style="${box}">${content}</div>`;
}
