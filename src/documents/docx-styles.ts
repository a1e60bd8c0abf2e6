/**
 * The Word styles of a document, from its page layout: an officer who edits the file finds named styles (文书正文,
 * 文书标题 …) rather than direct formatting, and the fonts are named per script — 仿宋_GB2312 / 方正小标宋简体 for
 * Chinese (eastAsia), Times New Roman for digits and Latin (ascii, hAnsi); hint eastAsia keeps the full-width
 * punctuation that Unicode shares with Latin (“ ” ‘ ’ …) in the Chinese face.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { WORD_FONT } from './fonts.js';
import { typeWidth, type PageLayout } from './layout.js';

export const STYLE = {
  organ: 'WanganOrgan',
  title: 'WanganTitle',
  number: 'WanganNumber',
  body: 'WanganBody',
  plain: 'WanganPlain',
  table: 'WanganTable',
  signature: 'WanganSignature',
  footer: 'WanganFooterNote',
  page_number: 'WanganPageNumber',
  page_sign: 'WanganPageSign',
} as const;

export const twips = {
  pt: (pt: number) => Math.round(pt * 20),
  mm: (mm: number) => Math.round((mm / 25.4) * 1440),
};
const halfPoints = (pt: number) => Math.round(pt * 2);
const exactly = (pt: number) => ({ line: twips.pt(pt), lineRule: LineRuleType.EXACT, before: 0, after: 0 });

const fonts = (eastAsia: string) => ({
  eastAsia,
  ascii: WORD_FONT.latin,
  hAnsi: WORD_FONT.latin,
  cs: WORD_FONT.latin,
  hint: 'eastAsia',
});

export function wordStyles(l: PageLayout): IStylesOptions {
  const bodyLine = exactly(l.line);
  const style = (
    id: string,
    name: string,
    o: Omit<IParagraphStyleOptions, 'id' | 'name'>,
  ): IParagraphStyleOptions => ({
    id,
    name,
    quickFormat: true,
    ...o,
  });
  return {
    default: {
      document: {
        run: {
          font: fonts(WORD_FONT.body),
          size: halfPoints(l.size.body),
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: { spacing: bodyLine, alignment: AlignmentType.JUSTIFIED },
      },
    },
    paragraphStyles: [
      style(STYLE.organ, '发文机关', {
        run: { font: fonts(WORD_FONT.title), size: halfPoints(l.size.title) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: exactly(l.size.title * 1.4) },
      }),
      style(STYLE.title, '文书标题', {
        run: { font: fonts(WORD_FONT.title), size: halfPoints(l.size.title) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: exactly(l.size.title * 1.4), keepNext: true },
      }),
      style(STYLE.number, '文号', {
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { ...bodyLine, after: twips.pt(l.line / 2) } },
      }),
      style(STYLE.body, '文书正文', {
        paragraph: { indent: { firstLineChars: 200, firstLine: twips.pt(2 * l.size.body) } },
      }),
      style(STYLE.plain, '文书表单行', { paragraph: { alignment: AlignmentType.LEFT } }),
      style(STYLE.table, '表格文字', {
        run: { size: halfPoints(l.size.table) },
        paragraph: { alignment: AlignmentType.LEFT, spacing: exactly(l.table_line) },
      }),
      style(STYLE.signature, '落款', {
        paragraph: {
          alignment: AlignmentType.RIGHT,
          indent: { right: twips.pt(2 * l.size.body) },
          keepLines: true,
        },
      }),
      style(STYLE.footer, '版记', {
        run: { size: halfPoints(l.size.footer) },
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { ...exactly(l.table_line), before: twips.pt(l.line) },
          rightTabStop: twips.mm(typeWidth(l)),
        },
      }),
      style(STYLE.page_number, '页码', {
        run: { font: fonts(WORD_FONT.page_number), size: halfPoints(l.size.page_number) },
        paragraph: { spacing: exactly(l.size.page_number * 1.5) },
      }),
      style(STYLE.page_sign, '逐页签名', {
        run: { size: halfPoints(l.size.footer) },
        paragraph: { alignment: AlignmentType.LEFT, spacing: exactly(l.size.footer * 1.5) },
      }),
    ],
  };
}
