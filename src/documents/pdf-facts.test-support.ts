/**
 * What a test can tell of a PDF from its bytes, for the tests of every layer that serves documents: that it is one,
 * its pages' sizes, and the fonts it embeds. Chromium (Skia) writes these dictionaries uncompressed; it embeds a
 * TrueType font as /FontFile2 and a CFF font such as Noto Serif CJK as a Type3 font (the glyphs as drawings), both
 * with a FontDescriptor naming the subset (AAAAAA+NotoSerifCJKsc-Regular).
 */
export interface PdfFacts {
  isPdf: boolean;
  /** Each page's MediaBox width × height, in points. */
  pages: { width: number; height: number }[];
  /** The FontName of each embedded font, subset tag removed. */
  fonts: string[];
  /** Whether glyphs are in the file: a font program (/FontFile, /FontFile2, /FontFile3) or Type3 glyph procedures. */
  embedded: boolean;
}

export function pdfFacts(data: Buffer): PdfFacts {
  const s = data.toString('latin1');
  const pages = [...s.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const fonts = [...new Set([...s.matchAll(/\/FontName\s*\/(?:[A-Z]{6}\+)?([^\s/>]+)/g)].map((m) => m[1]!))];
  return {
    isPdf: s.startsWith('%PDF-'),
    pages,
    fonts,
    embedded: /\/FontFile[23]?\b/.test(s) || (/\/Subtype\s*\/Type3/.test(s) && /\/CharProcs/.test(s)),
  };
}

/** Points as mm, to the tenth. */
export const ptToMm = (pt: number) => Math.round((pt * 254) / 72) / 10;
