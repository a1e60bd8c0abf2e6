/**
 * The typefaces of the documents. Word and WPS on a Chinese desktop: 仿宋_GB2312 for the body (3号仿宋, 说明 第2项),
 * 方正小标宋简体 for titles (2号小标宋), Times New Roman for digits and Latin letters (说明; GB/T 9704 7.3.5.4), 宋体
 * for page numbers (GB/T 9704 7.5 「4号半角宋体阿拉伯数字」). word/fontTable.xml describes each so that a desktop
 * without it substitutes a Chinese font of the same kind (altName, charset 86 = GB2312, family, panose) instead of a
 * Latin default. The PDF embeds one free font, Noto Serif CJK SC, so it reads the same everywhere.
 */

export const WORD_FONT = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  latin: 'Times New Roman',
  page_number: '宋体',
} as const;

export interface FontTableEntry {
  name: string;
  /** The name a desktop without `name` looks for instead (w:altName). */
  alt: string;
  /** PANOSE-1 classification, 10 bytes in hex. */
  panose: string;
  /** Windows character set: 86 (0x86) = GB2312, 00 = ANSI. */
  charset: '86' | '00';
  family: 'roman' | 'modern' | 'script' | 'auto';
  pitch: 'variable' | 'fixed';
  /** w:sig: Unicode ranges (usb0–3) and code pages (csb0–1; bit 18 of csb0 = GB2312) the font covers, in hex. */
  sig: [string, string, string, string, string, string];
}

const GB2312_CJK: FontTableEntry['sig'] = [
  '00000001',
  '080E0000',
  '00000000',
  '00000000',
  '00040000',
  '00000000',
];

/**
 * 仿宋_GB2312 (the GB2312 仿宋 of older Windows) falls back to 仿宋 (FangSong, shipped since Windows Vista);
 * 方正小标宋简体 (commercial, installed in most government offices) to 宋体; 宋体 to SimSun. PANOSE, family and sig
 * are the values Word and WPS record for these fonts in the documents they save.
 */
export const FONT_TABLE: readonly FontTableEntry[] = [
  {
    name: WORD_FONT.latin,
    alt: 'Times New Roman',
    panose: '02020603050405020304',
    charset: '00',
    family: 'roman',
    pitch: 'variable',
    sig: ['E0002EFF', 'C000785B', '00000009', '00000000', '000001FF', '00000000'],
  },
  {
    name: WORD_FONT.body,
    alt: '仿宋',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
    sig: GB2312_CJK,
  },
  {
    name: '仿宋',
    alt: 'FangSong',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
    sig: ['800002BF', '38CF7CFA', '00000016', '00000000', '00040001', '00000000'],
  },
  {
    name: WORD_FONT.title,
    alt: '宋体',
    panose: '03000509000000000000',
    charset: '86',
    family: 'script',
    pitch: 'variable',
    sig: GB2312_CJK,
  },
  {
    name: WORD_FONT.page_number,
    alt: 'SimSun',
    panose: '02010600030101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
    sig: ['00000003', '288F0000', '00000016', '00000000', '00040001', '00000000'],
  },
];

/** The PDF's font: Debian's fonts-noto-cjk, found by Chromium through fontconfig under these names. */
export const PDF_FONT = {
  family: 'Noto Serif CJK SC',
  postscript: 'NotoSerifCJKsc-Regular',
  files: ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'],
} as const;
