/**
 * The page each kind of document is laid out on, shared by the Word and the HTML (→ PDF) renderers so that both
 * print the same page (documents.md §2.2–§2.3; 公安部《公安行政法律文书制作与使用说明》一、一般要求 第2项;
 * GB/T 9704-2012 5.2.1, 7.5).
 */
import type { PageKind } from '../core/documents/model.js';

/** Chinese type sizes (字号) in points. */
export const POINTS = { '2号': 22, 小2号: 18, '3号': 16, '4号': 14, '5号': 10.5, 小5号: 9 } as const;

export interface PageLayout {
  /** The sheet, in mm. */
  width: number;
  height: number;
  /** The margins around the type area (版心), in mm. */
  margin: { top: number; bottom: number; left: number; right: number };
  /** Type sizes in points. */
  size: { title: number; body: number; table: number; footer: number; page_number: number };
  /** Fixed line pitch of body text, and of table text, in points. */
  line: number;
  table_line: number;
  /** From the lower edge of the type area to the top of the page footer (GB/T 9704 7.5: 7 mm), in mm. */
  footer_gap: number;
}

/**
 * A4: GB/T 9704 margins (上37、下35、左28、右26 mm → 版心 156 × 225 mm), 3号 body and 2号 title; 22 lines of
 * 28.95 pt fill the 225 mm (637.8 pt) type area. The page number is 4号 (GB/T 9704 7.5), the copies note one size
 * below the body (说明: 「此联附卷」 etc. smaller).
 *
 * 当场处罚决定书: the 说明 fixes a 130 × 160 mm type area but no sheet or type sizes; we take A5 (148 × 210 mm) with
 * margins 25/25 and 9/9 mm, a 小2号 title and a 5号 body on a 16 pt pitch — 28 lines of 35 characters, so that the
 * form with its party, facts, basis, execution, remedy, officers, seal and receipt fits one page, as the printed
 * form does — and 小5号 for tables and footers.
 */
export const PAGE_LAYOUT: Record<PageKind, PageLayout> = {
  A4: {
    width: 210,
    height: 297,
    margin: { top: 37, bottom: 35, left: 28, right: 26 },
    size: {
      title: POINTS['2号'],
      body: POINTS['3号'],
      table: POINTS['4号'],
      footer: POINTS['4号'],
      page_number: POINTS['4号'],
    },
    line: 28.95,
    table_line: 22,
    footer_gap: 7,
  },
  on_the_spot: {
    width: 148,
    height: 210,
    margin: { top: 25, bottom: 25, left: 9, right: 9 },
    size: {
      title: POINTS['小2号'],
      body: POINTS['5号'],
      table: POINTS['小5号'],
      footer: POINTS['小5号'],
      page_number: POINTS['小5号'],
    },
    line: 16,
    table_line: 13.5,
    footer_gap: 5,
  },
};

/** The width of the type area, in mm. */
export const typeWidth = (l: PageLayout) => l.width - l.margin.left - l.margin.right;
/** The height of the type area, in mm. */
export const typeHeight = (l: PageLayout) => l.height - l.margin.top - l.margin.bottom;

export const MM_PER_POINT = 25.4 / 72;
