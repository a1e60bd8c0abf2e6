/**
 * A LegalDocument as Word (.docx): the blocks in named styles on the page of its kind (layout.ts), a ruled table for a
 * table block, the page footer of GB/T 9704 7.5 (「— 1 —」, odd pages right and even pages left, one character in) or,
 * for a 笔录, the line each page is signed on with 「第 X 页 共 Y 页」 (PAGE / NUMPAGES fields). The bytes depend on
 * the document only (docx-package.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import type { Block, PrintedDocument } from '../core/documents/model.js';
import { corePropertiesXml, fontTableXml, pinZipDates } from './docx-package.js';
import { STYLE, twips, wordStyles } from './docx-styles.js';
import { PAGE_LAYOUT, typeWidth, type PageLayout } from './layout.js';

/** A text's lines as runs with line breaks between them. */
const runs = (text: string) =>
  text.split('\n').map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : undefined }));

type Options = Omit<IParagraphOptions, 'style' | 'children'>;

const para = (style: string, text: string, o: Options = {}) =>
  new Paragraph({ style, children: runs(text), ...o });

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function table(b: Extract<Block, { type: 'table' }>, l: PageLayout): Table {
  const width = twips.mm(typeWidth(l));
  const columns = b.widths.map((w) => Math.round((width * w) / 100));
  const rows = b.rows.map((row) => {
    let at = 0;
    const cells = row.map((c) => {
      const span = c.span ?? 1;
      const w = columns.slice(at, at + span).reduce((s, x) => s + x, 0);
      at += span;
      return new TableCell({
        columnSpan: span > 1 ? span : undefined,
        width: { size: w, type: WidthType.DXA },
        children: c.text.split('\n').map((t) => para(STYLE.table, t)),
      });
    });
    return new TableRow({ children: cells, cantSplit: true });
  });
  return new Table({
    rows,
    columnWidths: columns,
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
  });
}

/** A block's paragraphs; `lead` is added to the first (a page break before it). */
function block(b: Block, l: PageLayout, lead: Options): FileChild[] {
  const first = (i: number, o: Options = {}): Options => (i === 0 ? { ...o, ...lead } : o);
  switch (b.type) {
    case 'organ':
      return [para(STYLE.organ, b.text, lead)];
    case 'title':
      return [para(STYLE.title, b.text, lead)];
    case 'number':
      return [para(STYLE.number, b.text, lead)];
    case 'paragraph':
      return [
        para(b.indent === false ? STYLE.plain : STYLE.body, b.text, {
          ...(b.align ? { alignment: ALIGN[b.align] } : {}),
          ...lead,
        }),
      ];
    case 'fields':
      // A value that wraps continues under itself, after its label.
      return b.rows.map((r, i) => {
        const hang = twips.pt((r.label.length + 1) * l.size.body);
        return para(
          STYLE.plain,
          `${r.label}：${r.value}`,
          first(i, { indent: { left: hang, hanging: hang } }),
        );
      });
    case 'table':
      return [table(b, l)];
    case 'signature':
      return [
        para(STYLE.signature, `${b.organ}（印）`, first(0, { spacing: { before: twips.pt(2 * l.line) } })),
        para(STYLE.signature, b.date),
      ];
    case 'sign_lines':
      return b.lines.map((line, i) =>
        para(STYLE.plain, line, first(i, { spacing: { before: twips.pt(l.line) } })),
      );
    case 'footer':
      return [
        new Paragraph({
          style: STYLE.footer,
          children: b.copy ? [...runs(b.text), new TextRun({ children: [new Tab(), b.copy] })] : runs(b.text),
          ...lead,
        }),
      ];
    case 'page_break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * The blocks in order. A page break becomes 「page break before」 on the next paragraph — a paragraph holding only a
 * break would leave its empty line at the top of the new page — and a paragraph of its own only before a table.
 */
function body(blocks: readonly Block[], l: PageLayout): FileChild[] {
  const out: FileChild[] = [];
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.type === 'page_break' && next !== undefined && next.type !== 'table' && next.type !== 'page_break')
      return;
    const after = blocks[i - 1]?.type === 'page_break' && b.type !== 'table' && b.type !== 'page_break';
    out.push(...block(b, l, after ? { pageBreakBefore: true } : {}));
  });
  return out;
}

/** 「— 1 —」 one character in from the outer edge (GB/T 9704 7.5). */
function pageNumberFooter(l: PageLayout, side: 'odd' | 'even'): Footer {
  const inset = twips.pt(l.size.page_number);
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.page_number,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset } : { left: inset },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** The 笔录's footer: the line signed on each page, then 「第 X 页 共 Y 页」. */
const signedPageFooter = (line: string) =>
  new Footer({
    children: [
      para(STYLE.page_sign, line),
      new Paragraph({
        style: STYLE.page_number,
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] }),
        ],
      }),
    ],
  });

/** The distance from the sheet's lower edge to the footer's, so that the footer starts `footer_gap` below the type. */
function footerDistance(l: PageLayout, lines: number): number {
  const footerHeightMm = lines * l.size.page_number * 1.5 * (25.4 / 72);
  return twips.mm(Math.max(l.margin.bottom - l.footer_gap - footerHeightMm, 5));
}

export async function renderDocx(doc: PrintedDocument): Promise<Buffer> {
  const l = PAGE_LAYOUT[doc.page];
  const signed = doc.page_sign_line !== undefined;
  const file = new Document({
    title: doc.title,
    creator: 'Wangan',
    styles: wordStyles(l),
    evenAndOddHeaderAndFooters: !signed,
    sections: [
      {
        properties: {
          page: {
            size: { width: twips.mm(l.width), height: twips.mm(l.height) },
            margin: {
              top: twips.mm(l.margin.top),
              bottom: twips.mm(l.margin.bottom),
              left: twips.mm(l.margin.left),
              right: twips.mm(l.margin.right),
              header: twips.mm(l.margin.top / 2),
              footer: footerDistance(l, signed ? 2 : 1),
              gutter: 0,
            },
          },
          grid: { linePitch: twips.pt(l.line) },
        },
        footers: signed
          ? { default: signedPageFooter(doc.page_sign_line!) }
          : { default: pageNumberFooter(l, 'odd'), even: pageNumberFooter(l, 'even') },
        children: body(doc.blocks, l),
      },
    ],
  });
  const packed = await Packer.toBuffer(file, false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
    { path: 'docProps/core.xml', data: corePropertiesXml(doc.title) },
  ]);
  return pinZipDates(packed);
}
